package contract_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

// TestLoadJSONRPC pins what loading a JSON-RPC API does that
// TestLoadRejects and TestLoadRepositoryMethods leave open: one row or more
// per job of loadJSONRPC, named in job, so that whoever changes a job finds
// its rows.
func TestLoadJSONRPC(t *testing.T) {
	const (
		elem  = "openapi/element.yaml"
		env   = "schemas/element/envelope.json"
		start = "schemas/element/StartClusterPairing.json"
		list  = "schemas/element/ListClusterPairs.json"
	)
	type edit struct{ file, old, new string }
	known := []string{"CompleteClusterPairing", "ListClusterPairs", "RemoveClusterPair", "StartClusterPairing"}
	tests := []struct {
		name  string
		job   string
		edits []edit
		add   map[string]string // files to write under the root
		want  []string          // in the error; none: Load succeeds
		// On success: the methods, and StartClusterPairing's x-conform-since.
		methods []string
		since   string
	}{
		{
			name:  "extension without schemas",
			job:   "jsonrpcFolder",
			edits: []edit{{elem, "x-conform-jsonrpc:\n  schemas: ../schemas/element", "x-conform-jsonrpc:\n  folder: ../schemas/element"}},
			want:  []string{elem + ": x-conform-jsonrpc needs schemas, the folder of the method schemas relative to this document: write x-conform-jsonrpc: {schemas: ../schemas/element}"},
		},
		{
			name:  "extension that is not an object",
			job:   "jsonrpcFolder",
			edits: []edit{{elem, "x-conform-jsonrpc:\n  schemas: ../schemas/element", "x-conform-jsonrpc: ../schemas/element"}},
			want:  []string{elem + ": x-conform-jsonrpc needs schemas", "write x-conform-jsonrpc: {schemas: ../schemas/element}"},
		},
		{
			name: "only the folder's own .json files are read",
			job:  "readJSONRPCFolder",
			add: map[string]string{
				"schemas/element/README.md":            "not JSON",
				"schemas/element/Draft.json.bak":       "not JSON",
				"schemas/element/Old.json/Broken.json": "{",
			},
			methods: known,
			since:   "9.6",
		},
		{
			name:  "envelope that is not JSON",
			job:   "readSchemaFile",
			edits: []edit{{env, `"title": "Element JSON-RPC envelope",`, `"title": "Element JSON-RPC envelope"`}},
			want:  []string{env + ": not valid JSON: line 5, column "},
		},
		{
			name:  "method pattern RE2 cannot compile",
			job:   "readSchemaFile",
			edits: []edit{{start, `"pattern": "^([0-9a-fA-F]{2})+$"`, `"pattern": "^(?=[0-9a-fA-F]{2})+$"`}},
			want: []string{
				start + ":25 (#/definitions/result/properties/clusterPairingKey/pattern)",
				"does not compile in Go's regexp",
			},
		},
		{
			name:  "malformed conflict in a method file",
			job:   "readSchemaFile",
			edits: []edit{{list, `"summary": "the clusterPair object names`, `"note": "the clusterPair object names`}},
			want:  []string{list + `#/definitions/clusterPair/x-conform-conflicts/0: conflict "element-cluster-pair-uuid-name" needs a summary`},
		},
		{
			name:  "envelope without its request definition",
			job:   "loadEnvelope",
			edits: []edit{{env, `"request": {`, `"requests": {`}},
			want:  []string{env, "/definitions/request"},
		},
		{
			name: "method without definitions.params",
			job:  "loadMethod",
			edits: []edit{{start, `"params": {
      "description"`, `"parameters": {
      "description"`}},
			want: []string{start + ": a method schema needs definitions.params and definitions.result", "/definitions/params"},
		},
		{
			name:  "method cleanup that is not an object",
			job:   "loadMethod",
			edits: []edit{{start, `"x-conform-cleanup": {`, `"x-conform-cleanup": "RemoveClusterPair", "x-unused": {`}},
			want:  []string{start + "#/x-conform-cleanup: must be an object"},
		},
		{
			name:    "method without x-conform-since",
			job:     "loadMethod",
			edits:   []edit{{start, `"x-conform-since": "9.6",`, ``}},
			methods: known,
			since:   "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each case has its own repository
			root := copySeed(t)
			for _, e := range tt.edits {
				replaceIn(t, root, e.file, e.old, e.new)
			}
			writeFiles(t, root, tt.add)
			set, err := contract.Load(context.Background(), root, nil)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("%s: Load: %v", tt.job, err)
				}
				checkElementMethods(t, set, tt.job, tt.methods, tt.since)
				return
			}
			if err == nil {
				t.Fatalf("%s: Load succeeded, want an error", tt.job)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%s: error does not contain %q:\n%s", tt.job, w, msg)
				}
			}
			if strings.Contains(msg, root) || strings.Contains(msg, "file://") {
				t.Errorf("%s: error names a file by its absolute path or URI:\n%s", tt.job, msg)
			}
		})
	}
}

// writeFiles writes files (path under root → content), making their folders.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for file, content := range files {
		p := filepath.Join(root, filepath.FromSlash(file))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkElementMethods checks the element API's methods and
// StartClusterPairing's x-conform-since.
func checkElementMethods(t *testing.T, set *contract.Set, job string, methods []string, since string) {
	t.Helper()
	a, err := set.API("element")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range a.JSONRPC.Methods() {
		got = append(got, m.Name)
	}
	if !slices.Equal(got, methods) {
		t.Errorf("%s: methods = %v, want %v", job, got, methods)
	}
	m, err := a.JSONRPC.Method("StartClusterPairing")
	if err != nil {
		t.Fatal(err)
	}
	if m.Since != since {
		t.Errorf("%s: StartClusterPairing.Since = %q, want %q", job, m.Since, since)
	}
}
