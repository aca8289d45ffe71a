package scenario

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

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
