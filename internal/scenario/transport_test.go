package scenario

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/target"
	"github.com/conform-dev/conform/internal/testrepo"
)

// reportFiles asks for every report a run can write, in a fresh folder,
// and returns the --format value and a function that reads them all.
func reportFiles(t *testing.T) (format string, read func() map[string]string) {
	t.Helper()
	dir := t.TempDir()
	kinds := []string{"junit", "cucumber", "html", "json"}
	format = "progress"
	for _, k := range kinds {
		format += "," + k + ":" + filepath.Join(dir, k)
	}
	return format, func() map[string]string {
		out := map[string]string{}
		for _, k := range kinds {
			b, err := os.ReadFile(filepath.Join(dir, k))
			if err != nil {
				t.Fatalf("the %s report: %v", k, err)
			}
			out[k] = string(b)
		}
		return out
	}
}

// A Direct Connect target reached with an access key and secret key, no
// token: every request is signed, a right signature passes, a wrong secret
// gets the gateway's 401 and the run shows why, and the secret key appears
// in no output, console or report.
func TestAKSKSigning(t *testing.T) {
	const rightSK = "planted-SECRET-key-7c1e9a40b2"
	srv := startRef(t, reference.Options{AccessKey: reference.DefaultAccessKey, SecretKey: rightSK})
	tests := []struct {
		name     string
		sk       string
		wantCode int
		want     []string // in the console
		wantIn   map[string][]string
	}{
		{name: "the right secret key", sk: rightSK, wantCode: 0, want: []string{"PASSED: 31 of 31 scenarios passed"}},
		{name: "a wrong secret key", sk: "wrong-SECRET-key-5d0f3b61e8", wantCode: 1,
			want: []string{"got 401", "APIG.0301", "verify aksk signature fail"},
			// The curl reproducer masks the signature.
			wantIn: map[string][]string{"json": {`-H 'Authorization: ***'`}, "junit": {`-H &#39;Authorization: ***&#39;`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"CONFORM_DCAAS_AK": reference.DefaultAccessKey, "CONFORM_DCAAS_SK": tt.sk}
			format, read := reportFiles(t)
			var out, errs bytes.Buffer
			code := Run(context.Background(), target.Config{Provider: refProvider(t), Dir: repoRoot(t), Tags: "@dcaas", Allow: contract.Destructive,
				Targets: map[string]string{"dcaas": srv.URL()}, Format: format, Output: &out, Errors: &errs, NoColors: true,
				Getenv: func(k string) string { return env[k] }})
			console := out.String() + errs.String()
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d:\n%s", code, tt.wantCode, console)
			}
			for _, w := range tt.want {
				if !strings.Contains(console, w) {
					t.Errorf("the console lacks %q:\n%s", w, console)
				}
			}
			outputs := read()
			outputs["console"] = console
			for name, text := range outputs {
				if strings.Contains(text, tt.sk) {
					t.Errorf("the %s output shows the secret key", name)
				}
				if strings.Contains(text, "Signature=") {
					t.Errorf("the %s output shows a signature", name)
				}
				for _, w := range tt.wantIn[name] {
					if !strings.Contains(text, w) {
						t.Errorf("the %s output lacks %q", name, w)
					}
				}
			}
		})
	}
}

// refusingTarget is a loopback port nothing listens on.
func refusingTarget(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u := "http://" + ln.Addr().String()
	ln.Close()
	return u
}

// dcaasScenarios is how many scenarios @dcaas selects.
const dcaasScenarios = 31

// A target that does not answer costs the run N requests (--give-up-after),
// not one --timeout per scenario: the run says so once, naming the target,
// and reports the rest of its scenarios as not run, with that cause.
func TestGiveUpOnADeadTarget(t *testing.T) {
	const timeout = time.Second
	tests := []struct {
		name        string
		url         func(*testing.T) string
		giveUpAfter int
		concurrency int
		wantFailed  int
		within      time.Duration
		want        []string // in the console
		notWant     []string
	}{
		{name: "silent: one timeout and the rest not run", url: silent, giveUpAfter: 2, wantFailed: 1, within: timeout + 4*time.Second,
			want: []string{"conform: the dcaas target", "did not answer (no complete answer within 1s, while waiting for the answer's first byte): its remaining scenarios are not run (--give-up-after 2; 0 never gives up)",
				"so the run gave up on it (--give-up-after 2; 0 never gives up)"}},
		{name: "silent and concurrent: the timeouts overlap", url: silent, giveUpAfter: 2, concurrency: 4, wantFailed: 4, within: timeout + 4*time.Second,
			want: []string{"conform: the dcaas target"}},
		{name: "refused", url: refusingTarget, giveUpAfter: 2, wantFailed: 2, within: 4 * time.Second,
			want: []string{"did not answer 2 requests in a row (the last: connection refused):"}},
		{name: "refused and never giving up", url: refusingTarget, giveUpAfter: 0, wantFailed: dcaasScenarios, within: 10 * time.Second,
			notWant: []string{"did not answer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			jsonReport := filepath.Join(dir, "run.json")
			var out, errs bytes.Buffer
			start := time.Now()
			code := Run(context.Background(), target.Config{Provider: refProvider(t), Dir: repoRoot(t), Tags: "@dcaas", Allow: contract.Destructive,
				Targets: map[string]string{"dcaas": tt.url(t)}, Timeout: timeout, GiveUpAfter: tt.giveUpAfter, Concurrency: tt.concurrency,
				Format: "progress,json:" + jsonReport, Output: &out, Errors: &errs, NoColors: true,
				Getenv: func(k string) string { return refEnv[k] }})
			took := time.Since(start)
			console := out.String() + errs.String()
			if code != 1 {
				t.Fatalf("exit %d, want 1:\n%s", code, console)
			}
			if took > tt.within {
				t.Errorf("the run took %s, want at most %s", took, tt.within)
			}
			for _, w := range tt.want {
				if strings.Count(console, w) != 1 {
					t.Errorf("the console says %q %d times, want once:\n%s", w, strings.Count(console, w), console)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(console, w) {
					t.Errorf("the console says %q:\n%s", w, console)
				}
			}
			b, err := os.ReadFile(jsonReport)
			if err != nil {
				t.Fatal(err)
			}
			var run reports.Run
			if err := json.Unmarshal(b, &run); err != nil {
				t.Fatal(err)
			}
			failed, notRun := 0, 0
			for _, f := range run.Features {
				for _, sc := range f.Scenarios {
					switch {
					case sc.Status == reports.Failed:
						failed++
					case sc.Status == reports.Skipped && strings.Contains(sc.SkipReason, "not run: the dcaas target") && strings.Contains(sc.SkipReason, "--give-up-after"):
						notRun++
					default:
						t.Errorf("%s: %s %q", sc.Name, sc.Status, sc.SkipReason)
					}
				}
			}
			// Requests already sent when the run gives up fail on their own
			// timeout: at most one per other worker, sent at most one
			// timeout before, so the run ends within two.
			if tt.concurrency > 1 && failed >= tt.giveUpAfter && failed <= tt.wantFailed {
				tt.wantFailed = failed
			}
			if failed != tt.wantFailed || failed+notRun != dcaasScenarios {
				t.Errorf("%d failed and %d not run, want %d failed and the other %d of %d not run", failed, notRun, tt.wantFailed, dcaasScenarios-tt.wantFailed, dcaasScenarios)
			}
		})
	}
}

func silent(t *testing.T) string { return testrepo.SilentTarget(t) }
