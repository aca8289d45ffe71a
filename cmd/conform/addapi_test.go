package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/testrepo"
)

// widgetsRepo copies the repository's contracts and features and adds the
// widgets API of testdata/widgets: a contract and a feature, no Go.
func widgetsRepo(t *testing.T) string {
	t.Helper()
	dir := testrepo.Copy(t, repo, "openapi", "schemas", "features")
	for _, f := range []string{"openapi/widgets.yaml", "features/widgets/create_widget.feature"} {
		b, err := os.ReadFile(filepath.Join(repo, "testdata", "widgets", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// widgetsServer is the test's own implementation of the widgets API on
// loopback. wrongStatus breaks one documented rule: it answers 200, not 201.
func widgetsServer(t *testing.T, token string, wrongStatus bool) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path != "/v1/widgets" || r.Method != http.MethodPost {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		if r.Header.Get("X-Auth-Token") != token {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"error":"unauthorized"}`))
			return
		}
		var req struct {
			Widget struct {
				Name string `json:"name"`
				Size *int   `json:"size"`
			} `json:"widget"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Widget.Name == "" || len(req.Widget.Name) > 16 ||
			(req.Widget.Size != nil && (*req.Widget.Size < 1 || *req.Widget.Size > 10)) {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"error":"bad widget"}`))
			return
		}
		if wrongStatus {
			w.WriteHeader(http.StatusOK)
		} else {
			w.WriteHeader(http.StatusCreated)
		}
		size := req.Widget.Size
		if size == nil {
			size = new(int)
			*size = 1
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"widget": map[string]any{"id": "w1234567", "name": req.Widget.Name, "size": *size}})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// Adding an API takes a contract and a feature, no Go: with a target of its
// own the new API's scenario passes (and a target that breaks a documented
// rule fails it); without one it is reported as not run, saying that the
// API has no target, and the rest of the suite still passes; lint and gen
// accept the repository as it is.
func TestAddingAnAPITakesNoGo(t *testing.T) {
	dir := widgetsRepo(t)
	const token = "widgets-test-token"
	t.Setenv("CONFORM_WIDGETS_TOKEN", token)
	run := func(args ...string) (int, string) {
		var out, errs bytes.Buffer
		code := execute(args, &out, &errs)
		return code, out.String() + errs.String()
	}
	good, bad := widgetsServer(t, token, false), widgetsServer(t, token, true)

	code, out := run("run", "--dir", dir, "--tags", "@widgets", "--allow", "mutating", "--target", "widgets="+good)
	if code != 0 || !strings.Contains(out, "PASSED: 1 of 1 scenarios passed") || strings.Contains(out, token) {
		t.Errorf("against its own target: exit %d, want 0 and 1 of 1 passed, the token masked:\n%s", code, out)
	}

	code, out = run("run", "--dir", dir, "--tags", "@widgets", "--allow", "mutating", "--target", "widgets="+bad)
	if code != 1 || !strings.Contains(out, "status: expected 201, got 200") {
		t.Errorf("against a target that answers 200: exit %d, want 1 naming the status rule:\n%s", code, out)
	}

	// The repository's suite: the curated seed's 42 scenarios and 2 of
	// the imported references' pass against the embedded reference target;
	// the other 293 imported ones, and the widget's, have no target.
	code, out = run("run", "--dir", dir)
	for _, want := range []string{
		"PASSED: 44 of 338 scenarios passed (294 skipped",
		"not run: 294 of the skipped scenarios have no target",
		"  - 1: the widgets API has no target",
		"the widgets API has no target (no --target widgets and no CONFORM_WIDGETS_URL)",
		"--target widgets=URL",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("without a target for widgets, the output lacks %q:\n%s", want, out)
		}
	}
	if code != 0 || strings.Contains(out, "APIG.0101") {
		t.Errorf("without a target for widgets: exit %d, want 0, nothing sent to the reference target:\n%s", code, out)
	}

	if code, out := run("lint", "--dir", dir); code != 0 {
		t.Errorf("conform lint: exit %d:\n%s", code, out)
	}
	if code, out := run("gen", "--dir", dir); code != 0 || !strings.Contains(out, "features/widgets/create_widget_limits.feature") {
		t.Errorf("conform gen: exit %d, want the widgets limits written:\n%s", code, out)
	}
	code, out = run("run", "--dir", dir, "--tags", "@widgets", "--allow", "mutating", "--target", "widgets="+good)
	if code != 0 || !strings.Contains(out, "scenarios passed") {
		t.Errorf("the generated widgets limits against the widgets target: exit %d:\n%s", code, out)
	}
}
