package lint

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// referencePaths are the vendors' whole references as make lint-refs names
// them, from the repository root (CI copies shared/ beside the clone).
var referencePaths = []string{"../shared/vendor-docs/element-software/api", "../shared/vendor-docs/direct-connect/api-ref/source"}

const committedReport = "docs/documentation-bugs-report.md"

// TestReferenceReportIsCurrent: docs/documentation-bugs-report.md is what
// `make lint-refs` writes today. A change to a reader, a rule or the report
// that changes it fails here until the report is regenerated and committed.
func TestReferenceReportIsCurrent(t *testing.T) {
	t.Chdir(root)
	for _, p := range referencePaths {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("the vendors' references are not beside the repository (%v): the report cannot be checked", err)
		}
	}
	in, err := ReadPaths(referencePaths)
	if err != nil {
		t.Fatal(err)
	}
	res := Pages(in.Pages)
	var b bytes.Buffer
	WriteMarkdown(&b, in, res, Summarize(in, res, ""))
	want, err := os.ReadFile(committedReport)
	if err != nil {
		t.Fatalf("%v: run make lint-refs and commit the report", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		got, old := strings.Split(b.String(), "\n"), strings.Split(string(want), "\n")
		n := 0
		for n < len(got) && n < len(old) && got[n] == old[n] {
			n++
		}
		line := func(ls []string) string {
			if n < len(ls) {
				return ls[n]
			}
			return "(end of file)"
		}
		t.Fatalf("%s is stale: run make lint-refs and commit it. First difference, line %d:\n committed: %s\n now:       %s", committedReport, n+1, line(old), line(got))
	}
	// Secrets stay masked in the report too.
	if strings.Contains(b.String(), "7b22636c7573") {
		t.Error("the report shows a pairing key")
	}
}
