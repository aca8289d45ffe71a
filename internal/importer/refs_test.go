package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/conform-dev/conform/internal/testrepo"
)

// refsDocs are the vendors' doc sources, beside the repository (CI copies
// shared/ beside its clone, so ../shared holds there too).
var refsDocs = []string{
	filepath.Join(root, "..", "shared", "vendor-docs", "element-software", "api"),
	filepath.Join(root, "..", "shared", "vendor-docs", "direct-connect", "api-ref", "source"),
}

// TestCommittedReferencesAreFresh does what make refs does, in a temporary
// copy of the repository's openapi/, schemas/ and features/: both whole
// references imported with Replace, so that what the last import wrote is
// written afresh beside the curated seed. The repository must be exactly
// that, file for file, so that a change to the importer, to a page or to a
// curated seed file that is not followed by make refs fails here.
func TestCommittedReferencesAreFresh(t *testing.T) {
	for _, d := range refsDocs {
		if _, err := os.Stat(d); err != nil {
			t.Fatalf("the vendor doc sources are not beside the repository (%v): copy shared/ beside it, as CI does", err)
		}
	}
	dir := testrepo.Copy(t, root, "openapi", "schemas", "features")
	pages, _ := ReadPages(refsDocs)
	rep, err := Run(context.Background(), dir, pages, Options{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Invalid != nil {
		t.Fatalf("the import does not load: %v", rep.Invalid)
	}
	if rep.Written < 300 {
		t.Fatalf("%d methods and operations imported: the references are not what make refs reads", rep.Written)
	}
	want, err := readTrees(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := readTrees(root)
	if err != nil {
		t.Fatal(err)
	}
	var stale []string
	for p, b := range want {
		if g, ok := got[p]; !ok {
			stale = append(stale, p+": missing")
		} else if !bytes.Equal(g, b) {
			stale = append(stale, p+": differs")
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			stale = append(stale, p+": not written by the import")
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		if len(stale) > 20 {
			stale = append(stale[:20], "…")
		}
		t.Fatalf("the imported references are stale: run make refs\n  %s", joinLines(stale))
	}
}

func joinLines(s []string) string {
	var b bytes.Buffer
	for i, l := range s {
		if i > 0 {
			b.WriteString("\n  ")
		}
		b.WriteString(l)
	}
	return b.String()
}
