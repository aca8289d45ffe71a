package page_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

// vendorDocs finds ../shared/vendor-docs beside the repository (or a worktree
// of it) by walking up from the package directory.
func vendorDocs(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		cand := filepath.Join(d, "shared", "vendor-docs")
		if st, err := os.Stat(cand); err == nil && st.IsDir() {
			return cand
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no shared/vendor-docs folder in %s or any folder above it: the doc sources of the vendors' references must sit beside the repository (see ../shared/vendor-docs/README.md)", dir)
		}
	}
}

func sourceFiles(t *testing.T) []string {
	root := vendorDocs(t)
	var files []string
	for _, sub := range []string{"element-software/api", "direct-connect/api-ref/source"} {
		dir := filepath.Join(root, filepath.FromSlash(sub))
		if _, err := os.Stat(dir); err != nil {
			t.Fatalf("the doc sources are missing: %v", err)
		}
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".adoc") || strings.HasSuffix(p, ".rst")) {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	return files
}

// A method page as the source shows it, judged without the reader: an
// Element page with a Parameters or Return values heading, a Direct Connect
// page with a URI section holding "METHOD /path".
var (
	adocMethodHeading = regexp.MustCompile(`(?m)^== (Parameters?|Return values?)\s*$`)
	rstURISection     = regexp.MustCompile(`(?m)^URI\n-+\n\n(GET|POST|PUT|DELETE|PATCH) /`)
	hasTable          = regexp.MustCompile(`(?m)^\|===|^\s*\.\. (list-)?table::`)
)

// TestEveryDocSourcePage reads every page of both references: each is a
// method with members, or another kind with the reason, or an error naming
// the page; no method page may be an error.
func TestEveryDocSourcePage(t *testing.T) {
	files := sourceFiles(t)
	if len(files) < 400 {
		t.Fatalf("only %d doc source pages found; expected the ~480 of both references", len(files))
	}
	kinds := map[page.Kind]int{}
	perSyntax := map[string]int{}
	reasons := map[string]int{}
	var errs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		method := adocMethodHeading.MatchString(src) || rstURISection.MatchString(src)
		p, err := page.ReadFile(f)
		if err != nil {
			if !strings.Contains(err.Error(), f) {
				t.Errorf("the error does not name the page: %v", err)
			}
			if method {
				t.Errorf("method page not read: %v", err)
			}
			errs = append(errs, err.Error())
			continue
		}
		kinds[p.Kind]++
		perSyntax[string(p.Syntax)+" "+string(p.Kind)]++
		if p.Kind != page.KindMethod {
			if method {
				t.Errorf("%s: a method page read as %s (%s)", f, p.Kind, p.KindReason)
			}
			if p.Kind != page.KindObject && p.KindReason == "" {
				t.Errorf("%s: %s with no reason", f, p.Kind)
			}
			if p.Kind != page.KindObject {
				reasons[string(p.Kind)+": "+strings.ReplaceAll(p.KindReason, p.Title, "…")]++
			}
			continue
		}
		if !method {
			t.Errorf("%s: read as a method, but the source has no Parameters/Return values/URI section", f)
		}
		n := len(p.Params)
		if p.Request != nil {
			n += len(p.Request.Members)
		}
		noMembers := p.Request != nil && p.Request.NoMembers
		for _, r := range p.Responses {
			if r.Body != nil {
				n += len(r.Body.Members)
				noMembers = noMembers || r.Body.NoMembers
			}
		}
		if n == 0 && hasTable.MatchString(src) && !noMembers {
			t.Errorf("%s: a method page with a table, but no parameter or response member was read", f)
		}
	}
	t.Logf("pages read: %d; methods: %d, objects: %d, examples: %d, concepts: %d; errors: %d",
		len(files), kinds[page.KindMethod], kinds[page.KindObject], kinds[page.KindExample], kinds[page.KindConcept], len(errs))
	var ps []string
	for k := range perSyntax {
		ps = append(ps, k)
	}
	sort.Strings(ps)
	for _, k := range ps {
		t.Logf("%-20s %d", k, perSyntax[k])
	}
	var rs []string
	for r := range reasons {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	for _, r := range rs {
		t.Logf("skipped %3d × %s", reasons[r], r)
	}
	for _, e := range errs {
		t.Logf("error: %s", e)
	}
}
