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

	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// consoleRun runs the features against targets of the test's own and
// returns the exit code and everything the run printed.
func consoleRun(t *testing.T, cfg target.Config, env map[string]string) (int, string) {
	t.Helper()
	var out bytes.Buffer
	cfg.Dir, cfg.Output, cfg.Errors, cfg.Provider = repoRoot(t), &out, &out, refProvider(t)
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
