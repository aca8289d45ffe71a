package importer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/jsonvalue"
	"github.com/conform-dev/conform/internal/target"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
	"github.com/conform-dev/conform/internal/scenario"
	"github.com/conform-dev/conform/internal/testrepo"
)

// TestHeldOutPages imports four pages the repository has no contract for
// (written by us in the vendors' two formats: testdata/pages/heldout) into an
// empty folder. The contract must load, say every limit, enumeration and
// mandatory flag the page's tables say, and the feature must pass against a
// loopback server that implements the pages.
func TestHeldOutPages(t *testing.T) {
	pages := testrepo.Pages(t, root, "testdata/pages/heldout")
	out := t.TempDir()
	importInto(t, out, pages)
	if _, err := contract.Load(context.Background(), out, nil); err != nil {
		t.Fatalf("the imported contracts do not load: %v", err)
	}
	for _, p := range pages {
		checkTables(t, out, p)
	}

	srv := heldOutServer(t, pages)
	env := map[string]string{"CONFORM_DCAAS_TOKEN": "held-out-token", "CONFORM_ELEMENT_USERNAME": "admin", "CONFORM_ELEMENT_PASSWORD": "held-out-password"}
	var buf bytes.Buffer
	code := scenario.Run(context.Background(), target.Config{
		Dir:   out,
		Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv, "element": srv + "/json-rpc/12.3"},
		Format: "progress", NoColors: true, Output: &buf, Errors: &buf,
		Getenv: func(k string) string { return env[k] },
	})
	if code != 0 || !strings.Contains(buf.String(), "PASSED: 4 of 4 scenarios passed") {
		t.Fatalf("the imported features do not pass against the pages' server (exit %d):\n%s", code, buf.String())
	}
}

// checkTables finds each table row's limits, enumeration and mandatory flag
// in the imported contract.
func checkTables(t *testing.T, out string, p *page.Page) {
	t.Helper()
	var doc any
	var facts Facts
	if p.Format == page.Element {
		doc = decodeFile(t, filepath.Join(out, "schemas", p.API, p.Operation+".json"))
		facts = Facts{}
		for name := range p.Objects {
			s, ok := jsonvalue.Lookup(doc, "/definitions/"+name)
			if !ok {
				t.Errorf("%s: no definitions/%s", p.Operation, name)
				continue
			}
			for k, v := range SchemaFacts(doc, s, "/"+name) {
				facts[k] = v
			}
		}
	} else {
		doc = decodeFile(t, filepath.Join(out, "openapi", p.API+".yaml"))
		f, ok := OperationFacts(doc, p.Path, p.HTTPMethod)
		if !ok {
			t.Fatalf("%s: no %s %s", p.Operation, p.HTTPMethod, p.Path)
		}
		facts = Facts{}
		for _, o := range p.Objects {
			s, _ := jsonvalue.Lookup(doc, "/components/schemas/"+o.Name)
			for k, v := range SchemaFacts(doc, s, "/"+o.Name) {
				facts[k] = v
			}
		}
		for k, v := range f {
			facts[k] = v
		}
	}
	want := func(key, fact string) {
		if !strings.Contains(" "+facts[key]+" ", " "+fact+" ") && !strings.Contains(facts[key], fact) {
			t.Errorf("%s: %s should say %s, says %q", p.Operation, key, fact, facts[key])
		}
	}
	limit := func(key string, m *page.Member) {
		lo, hi := "minimum", "maximum"
		if m.Kind == "string" {
			lo, hi = "minLength", "maxLength"
		}
		if m.Min != nil && *m.Min != 0 {
			want(key, fmt.Sprintf("%s=%v", lo, *m.Min))
		}
		if m.Max != nil {
			want(key, fmt.Sprintf("%s=%v", hi, *m.Max))
		}
		if m.Kind != "" && m.Ref == "" {
			want(key, fmt.Sprintf("type=%q", m.Kind))
		}
		if len(m.Enum) > 0 {
			want(key, "enum="+strings.Join(sorted(m.Enum), ","))
		}
	}
	for _, m := range p.Params {
		key := "parameter " + m.In + " " + m.Name
		want(key, fmt.Sprintf("required=%v", m.Required()))
		limit(key+" /", m)
	}
	for _, o := range p.Objects {
		var req []string
		for _, m := range o.Members {
			limit("/"+o.Name+"/"+m.Name, m)
			if m.Required() {
				req = append(req, m.Name)
			}
		}
		if len(req) > 0 {
			want("/"+o.Name, "required="+strings.Join(sorted(req), ","))
		}
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// heldOutServer implements the four pages on loopback: each operation checks
// its credentials and answers with its page's documented response, echoing
// what the request sent.
func heldOutServer(t *testing.T, pages []*page.Page) string {
	t.Helper()
	examples := map[string]any{}
	for _, p := range pages {
		for _, e := range p.ResponseExamples {
			if e.Parsed != nil && e.Parsed.Value != nil {
				examples[p.Operation] = plain(e.Parsed.Value)
			}
		}
	}
	mux := http.NewServeMux()
	restAuth := func(w http.ResponseWriter, r *http.Request) bool {
		if r.Header.Get("X-Auth-Token") != "held-out-token" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = io.WriteString(w, `{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information"}`)
			return false
		}
		return true
	}
	mux.HandleFunc("PUT /v3/{project}/dcaas/vif-peers/{id}", func(w http.ResponseWriter, r *http.Request) {
		if !restAuth(w, r) {
			return
		}
		var req struct {
			VifPeer map[string]any `json:"vif_peer"`
		}
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil || req.VifPeer == nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		resp := examples["UpdateVifPeer"].(map[string]any)
		peer := resp["vif_peer"].(map[string]any)
		for k, v := range req.VifPeer {
			peer[k] = v
		}
		peer["id"] = r.PathValue("id")
		writeJSON(w, http.StatusOK, resp)
	})
	mux.HandleFunc("DELETE /v3/{project}/dcaas/vif-peers/{id}", func(w http.ResponseWriter, r *http.Request) {
		if restAuth(w, r) {
			w.WriteHeader(http.StatusNoContent)
		}
	})
	mux.HandleFunc("POST /json-rpc/{version}", func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "admin" || p != "held-out-password" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		var req struct {
			Method string `json:"method"`
			ID     any    `json:"id"`
		}
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		doc, ok := examples[req.Method].(map[string]any)
		if !ok {
			writeJSON(w, http.StatusOK, map[string]any{"id": req.ID, "error": map[string]any{"code": 500, "name": "xUnknownAPIMethod", "message": "Unknown method"}})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"id": req.ID, "result": doc["result"]})
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

var _ = os.Getenv
