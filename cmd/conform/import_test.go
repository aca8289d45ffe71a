package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dcDocs = repo + "/../shared/vendor-docs/direct-connect/api-ref/source/api_v3/virtual_gateways/"

// handGateway is a hand-written operation whose path names the gateway
// {gateway}: the page names it {virtual_gateway_id}, and OpenAPI refuses two
// paths that differ only in a parameter's name.
const handGateway = `  /v3/{project_id}/dcaas/virtual-gateways/{gateway}:
    get:
      operationId: GetGateway
      parameters:
        - {name: project_id, in: path, required: true, schema: {type: string}}
        - {name: gateway, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: the gateway}
`

// TestImportWritesOnlyWhatLoads: an import whose result would not load
// writes nothing and says why; an unreadable page is reported and the
// others are imported; --check fails on a stale folder and passes on a
// fresh one.
func TestImportWritesOnlyWhatLoads(t *testing.T) {
	show := dcDocs + "querying_details_about_a_virtual_gateway.rst"
	// A doc source page that includes its method from outside the folder.
	shutdown := repo + "/../shared/vendor-docs/element-software/api/reference_element_api_cluster_shutdown.adoc"
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string)
		args    []string
		code    int
		want    []string
		same    bool // the folder is left as it was
	}{
		{name: "a merge that would break the contract", prepare: addHandGateway, args: []string{show}, code: 1, same: true,
			want: []string{"nothing written", `conflicting paths "/v3/{project_id}/dcaas/virtual-gateways/{virtual_gateway_id}" and "/v3/{project_id}/dcaas/virtual-gateways/{gateway}"`}},
		{name: "an unreadable page among readable ones", args: []string{shutdown, show}, code: 1,
			want: []string{"reference_element_api_cluster_shutdown.adoc: line 13: the method Shutdown is documented in ../_include/api_shutdown.adoc", "1 unreadable", "1 methods or operations imported", "files written"}},
		{name: "check on a stale folder", args: []string{"--check", show}, code: 1, same: true,
			want: []string{"stale: ", "features/dcaas/show_virtual_gateway.feature (new)"}},
		{name: "check on a fresh folder", prepare: func(t *testing.T, dir string) { runImport(t, dir, show) }, args: []string{"--check", show}, code: 0, same: true,
			want: []string{"up to date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The curated seed: the repository itself holds the page.
			dir := curatedRepo(t)
			if tt.prepare != nil {
				tt.prepare(t, dir)
			}
			before := snapshot(t, dir)
			var stdout, stderr bytes.Buffer
			code := execute(append([]string{"import", "--quiet", "--out", dir}, tt.args...), &stdout, &stderr)
			all := stdout.String() + stderr.String()
			if code != tt.code {
				t.Fatalf("exit %d, want %d:\n%s", code, tt.code, all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("output lacks %q:\n%s", w, all)
				}
			}
			if after := snapshot(t, dir); (after == before) != tt.same {
				t.Errorf("folder unchanged = %v, want %v", after == before, tt.same)
			}
		})
	}
}

func addHandGateway(t *testing.T, dir string) {
	t.Helper()
	p := filepath.Join(dir, "openapi", "dcaas.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "\npaths:\n", "\npaths:\n"+handGateway, 1)
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := execute([]string{"lint", "--dir", dir}, &out, &out); code != 0 {
		t.Fatalf("the hand-written operation alone must load: exit %d\n%s", code, out.String())
	}
}

func runImport(t *testing.T, dir string, args ...string) {
	t.Helper()
	var out bytes.Buffer
	if code := execute(append([]string{"import", "--quiet", "--out", dir}, args...), &out, &out); code != 0 {
		t.Fatalf("import: exit %d\n%s", code, out.String())
	}
}

// snapshot is every file of dir with its content, as one string.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		c, err := os.ReadFile(p)
		b.WriteString(p + "\n" + string(c) + "\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
