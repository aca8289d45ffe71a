package scenario

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// consoleRun runs the features against targets of the test's own and
// returns the exit code and everything the run printed.
func consoleRun(t *testing.T, cfg target.Config, env map[string]string) (int, string) {
	t.Helper()
	var out bytes.Buffer
	cfg.Dir, cfg.Output, cfg.Errors, cfg.Provider = repoRoot(t), &out, &out, refProvider(t)
	if cfg.Allow == "" {
		cfg.Allow = contract.Destructive // the servers here stand for real targets
	}
	if cfg.Format == "" {
		cfg.Format, cfg.NoColors = "progress", true
	}
	cfg.Getenv = func(k string) string { return env[k] }
	code := Run(context.Background(), cfg, nil)
	return code, out.String()
}

// answering is a target that answers every request the same way.
func answering(t *testing.T, status int, contentType, body string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestConsoleShowsTheTargetsAnswer: a failure shows what the target said
// (status, its error's code or name and message, the body), the curl that
// reproduces it with credentials as variables, and, when many scenarios
// failed the same way, says so once with the fix.
func TestConsoleShowsTheTargetsAnswer(t *testing.T) {
	ref := startRef(t, reference.Options{Token: "the-right-token"})
	rpcError := answering(t, 200, "application/json", `{"error":{"code":500,"name":"xExceededLimit","message":"a cluster cannot have more than 4 pairs"},"id":1}`)
	notFound := answering(t, 404, "text/plain", "404 page not found")
	tests := []struct {
		name    string
		targets map[string]string
		tags    string
		env     map[string]string
		want    []string
		once    string // said exactly once, however many scenarios it failed
		never   []string
	}{
		{
			name:    "a wrong token: 401 APIG.0301 on every dcaas scenario",
			targets: map[string]string{"dcaas": ref.URL()}, tags: "@dcaas",
			env: map[string]string{"CONFORM_DCAAS_TOKEN": "a-wrong-token"},
			want: []string{
				"status: expected 201, got 401",
				`the target answered: 401 Unauthorized: APIG.0301 "Incorrect IAM authentication information: verify token fail"`,
				"reproduce:",
				`-H "X-Auth-Token: $CONFORM_DCAAS_TOKEN"`,
				"(401 APIG.0301, as above)",
				"fix: the dcaas target (" + ref.URL() + ") refused the credentials: check CONFORM_DCAAS_TOKEN",
			},
			once:  "scenarios failed because dcaas answered 401 Unauthorized: APIG.0301",
			never: []string{"a-wrong-token", "the-right-token"},
		},
		{
			name:    "a JSON-RPC error instead of a result",
			targets: map[string]string{"element": rpcError + "/json-rpc/12.3"}, tags: "@element",
			env: refEnv,
			want: []string{
				"got no such member",
				`the target answered: 200 OK: xExceededLimit "a cluster cannot have more than 4 pairs"`,
				`-u "$CONFORM_ELEMENT_USERNAME:$CONFORM_ELEMENT_PASSWORD"`,
			},
			once:  "scenarios failed because element answered 200 OK: xExceededLimit",
			never: []string{reference.DefaultPassword},
		},
		{
			name:    "404 on every element scenario",
			targets: map[string]string{"element": notFound + "/json-rpc/12.3"}, tags: "@element",
			env: refEnv,
			want: []string{
				"the target answered: 404 Not Found",
				"404 page not found",
				"version: element 12.3 (from the target URL)",
				"fix: the element target (" + notFound + ") has nothing at the URLs conform sent to: check the target URL and the API version in it: 12.3 (from the target URL)",
			},
			once: "scenarios failed because element answered 404 Not Found",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := consoleRun(t, target.Config{Targets: tt.targets, Tags: tt.tags}, tt.env)
			if code != 1 {
				t.Fatalf("exit %d, want 1; output:\n%s", code, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			if n := strings.Count(out, tt.once); n != 1 {
				t.Errorf("output says %q %d times, want once", tt.once, n)
			}
			for _, w := range tt.never {
				if strings.Contains(out, w) {
					t.Errorf("output shows %q", w)
				}
			}
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}

// TestNoVacuousGreen: a run in which every scenario was skipped is not a
// pass unless the user allows it, and the console says why they did not
// run.
func TestNoVacuousGreen(t *testing.T) {
	ref := startRef(t, reference.Options{})
	old := map[string]string{"element": ref.URL() + "/json-rpc/9.5"}
	allow := map[string]string{"CONFORM_ALLOW_EMPTY": "1"}
	for k, v := range refEnv {
		allow[k] = v
	}
	tests := []struct {
		name string
		env  map[string]string
		code int
		want []string
	}{
		{"every scenario skipped by @since", refEnv, 1, []string{
			"version: element 9.5 (from the target URL)",
			"FAILED: no scenario ran (11 selected, 11 skipped)",
			"--allow-empty or CONFORM_ALLOW_EMPTY=1",
			"skipped: 11 scenarios\n  - 11: needs element API version 9.6 or later; the target runs 9.5 (from the target URL)",
		}},
		{"allowed by CONFORM_ALLOW_EMPTY=1", allow, 0, []string{
			"PASSED: 0 of 11 scenarios passed (11 skipped, 0 warnings)",
			"  - 11: needs element API version 9.6 or later",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := consoleRun(t, target.Config{Targets: old, Tags: "@element"}, tt.env)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}

// TestPrettyWithoutStepDefinitions: pretty output names each step, not the
// line of conform's code that runs it, with colours or without.
func TestPrettyWithoutStepDefinitions(t *testing.T) {
	feature := repoRoot(t) + "/features/dcaas/delete_vif_peer.feature"
	definition := regexp.MustCompile(`\.go:\d+ -> `)
	for _, noColors := range []bool{true, false} {
		code, out := consoleRun(t, target.Config{Features: []string{feature}, Format: "pretty", NoColors: noColors}, nil)
		if code != 0 || !strings.Contains(colour.ReplaceAllString(out, ""), "Then the response status is 201") {
			t.Fatalf("no colours %v: exit %d, want 0 with the steps; output:\n%s", noColors, code, out)
		}
		if definition.MatchString(out) {
			t.Errorf("no colours %v: output names step definitions:\n%s", noColors, out)
		}
		if hasColour := strings.Contains(out, "\x1b["); hasColour == noColors {
			t.Errorf("no colours %v: colours in the output: %v", noColors, hasColour)
		}
	}
}

// TestCleanupWarningsApart: what a cleanup could not delete is listed under
// its own heading, not among the documentation's conflicts.
func TestCleanupWarningsApart(t *testing.T) {
	ref := startRef(t, reference.Options{})
	u, _ := url.Parse(ref.URL())
	proxy := httputil.NewSingleHostReverseProxy(u)
	// A target that creates peers and cannot delete them.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodDelete {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte(`{"error_code":"DC.5000","error_msg":"deletion is broken"}`))
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	_, out := consoleRun(t, target.Config{Targets: map[string]string{"dcaas": srv.URL}, Features: []string{repoRoot(t) + "/features/dcaas/create_vif_peer.feature"}}, refEnv)
	docs, cleanup, ok := strings.Cut(out, "cleanup warning(s): what a scenario created could not be deleted")
	if !ok {
		t.Fatalf("no cleanup warnings heading; output:\n%s", out)
	}
	if strings.Contains(docs, "cleanup DeleteVifPeer") || !strings.Contains(cleanup, "cleanup DeleteVifPeer") {
		t.Errorf("the cleanup warning is not (only) under its own heading; output:\n%s", out)
	}
	if !strings.Contains(docs, "2 warning(s): the documentation disagrees with itself") {
		t.Errorf("the documentation warnings count the cleanup ones; output:\n%s", out)
	}
}
