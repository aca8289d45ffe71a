package scenario

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
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
		{name: "the right secret key", sk: rightSK, wantCode: 0, want: []string{"PASSED: 29 of 29 scenarios passed"}},
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
			code := Run(context.Background(), target.Config{Provider: refProvider(t), Dir: repoRoot(t), Tags: "@dcaas",
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
