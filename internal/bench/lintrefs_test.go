package bench

import (
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/lint"
)

// TestLintSummaryLineIsConformLints: row 7 reads how many pages lint read
// from its console summary; if that line changes, the row must fail here,
// not print a row that read nothing.
func TestLintSummaryLineIsConformLints(t *testing.T) {
	in, err := lint.ReadPaths([]string{"../../testdata/pages/seed"})
	if err != nil {
		t.Fatal(err)
	}
	res := lint.Pages(in.Pages)
	var b strings.Builder
	lint.Summarize(in, res, "").Write(&b)
	m := lintSummary.FindStringSubmatch(b.String())
	if m == nil || m[1] != "2" || m[2] != "2" {
		t.Fatalf("the bench row reads %q from lint's summary:\n%s", m, b.String())
	}
}
