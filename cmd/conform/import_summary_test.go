package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/conform-dev/conform/internal/bench"
)

// make bench's import row reads the summary conform import prints: a
// change of wording must change the row's pattern too.
func TestImportSummaryFeedsTheBench(t *testing.T) {
	var out bytes.Buffer
	pages, _ := filepath.Glob(filepath.Join(repo, "testdata", "pages", "heldout", "*.txt"))
	if code := execute(append([]string{"import", "--out", t.TempDir()}, pages...), &out, &out); code != 0 {
		t.Fatalf("conform import: exit %d\n%s", code, out.String())
	}
	m := bench.ImportSummary.FindStringSubmatch(out.String())
	if m == nil || m[1] != "4" || m[3] != "4" {
		t.Errorf("make bench's import row cannot read the summary (got %q):\n%s", m, out.String())
	}
}
