package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintAndImportExitCodes: warnings pass, --strict fails them, a usage
// error is 2, and a second import of the same pages writes nothing.
func TestLintAndImportExitCodes(t *testing.T) {
	out := t.TempDir()
	// A folder of pages as a reference holds them: a method page, a page
	// that is not a method's, and one no reader can read.
	refs := t.TempDir()
	seed, err := os.ReadFile("../../testdata/pages/seed/dcaas-CreateVifPeer.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"api/create.txt":      string(seed),
		"api/overview.rst":    "Overview\n========\n\n.. toctree::\n   :maxdepth: 1\n\n   create\n",
		"api/broken.adoc":     "= DoThing\n\n== Parameters\n\nSee elsewhere.\n\n== Return value\n\nNone.\n",
		"api/picture.png":     "not a page",
		"api/notes/README.md": "# not a page either\n",
	} {
		f := filepath.Join(refs, name)
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report := filepath.Join(out, "bugs.md")
	htmlReport := filepath.Join(out, "bugs.html")
	cases := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"lint warns", []string{"lint", "--dir", "../..", "../../testdata/pages/seed/dcaas-CreateVifPeer.txt"}, 0, []string{"dcaas-route-mode-empty-enumeration"}},
		{"lint strict", []string{"lint", "--strict", "--dir", "../.."}, 1, []string{"dcaas-example-url"}},
		{"lint unreadable page", []string{"lint", "--dir", "../..", "nope.txt"}, 2, []string{"cannot read the page nope.txt"}},
		{"lint no contracts, no pages", []string{"lint", "--dir", out}, 2, []string{"no openapi/ folder"}},
		{"lint a page with no contracts", []string{"lint", "--dir", out, "../../testdata/pages/seed/dcaas-CreateVifPeer.txt"}, 0,
			[]string{"dcaas-route-mode-empty-enumeration", "repository checks skipped: " + out + " has no openapi/ folder"}},
		{"lint a page here, where there is no openapi/", []string{"lint", "../../testdata/pages/seed/element-StartClusterPairing.txt"}, 0,
			[]string{"element-cluster-pairing-key-invalid-json", "repository checks skipped: . has no openapi/ folder"}},
		{"lint a folder", []string{"lint", "--dir", out, "--report", report, filepath.Join(refs, "api")}, 0, []string{
			"summary: 3 page files read: 1 method page linted, 1 skipped, 1 not read",
			"skipped 1 concept page",
			"not read: " + filepath.Join(refs, "api", "broken.adoc"),
			"  empty-enumeration          2  ",
			filepath.Join(refs, "api") + ": 11 findings in 1 of 1 method page",
			"report: " + report,
		}},
		{"lint pages only", []string{"lint", "--pages-only", "--dir", "../..", "../../testdata/pages/seed/element-StartClusterPairing.txt"}, 0,
			[]string{"element-cluster-pairing-key-invalid-json", "summary: 1 page file read"}},
		{"lint pages only, no page", []string{"lint", "--pages-only"}, 2, []string{"--pages-only needs pages"}},
		{"lint a folder, HTML report", []string{"lint", "--dir", out, "--report", htmlReport, filepath.Join(refs, "api")}, 0, []string{"report: " + htmlReport}},
		{"lint a folder strict", []string{"lint", "--strict", "--dir", out, filepath.Join(refs, "api")}, 1, []string{"dcaas-example-url"}},
		{"import nothing", []string{"import"}, 2, []string{"at least one page"}},
		{"import", []string{"import", "--out", out, "../../testdata/pages/seed/element-StartClusterPairing.txt"}, 0, []string{"schemas/element/StartClusterPairing.json: new"}},
		{"import again", []string{"import", "--out", out, "../../testdata/pages/seed/element-StartClusterPairing.txt"}, 0, []string{"schemas/element/StartClusterPairing.json: up to date"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := execute(c.args, &stdout, &stderr)
			all := stdout.String() + stderr.String()
			for _, w := range c.want {
				if code != c.code || !strings.Contains(all, w) {
					t.Fatalf("exit %d (want %d), output lacks %q:\n%s", code, c.code, w, all)
				}
			}
			if strings.Contains(all, "7b22636c7573") {
				t.Fatal("the pairing key was printed")
			}
		})
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"# Documentation bugs", "## Findings by rule", "| `empty-enumeration` |", "## Findings by page", "create.txt:160`"} {
		if !strings.Contains(string(b), w) {
			t.Errorf("the report lacks %q:\n%s", w, b)
		}
	}
	h, err := os.ReadFile(htmlReport)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"<!DOCTYPE html>", "<h2>Findings by rule</h2>", "<td><code>empty-enumeration</code></td>", "create.txt:160</code>", "&#34;address_family&#34;: &#34;ipv4&#34;"} {
		if !strings.Contains(string(h), w) {
			t.Errorf("the HTML report lacks %q:\n%s", w, h)
		}
	}
}
