package plan

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestBlankOutKeepsLinesAndSelectsRows(t *testing.T) {
	src := strings.Join([]string{
		"@f", // 1
		"Feature: f",
		"  Background:",
		"    Given the \"dcaas\" API",
		"", // 5
		"  @one",
		"  Scenario: one",
		"    Then the response status is 201",
		"",
		"  Scenario Outline: row <n>", // 10
		"    Then the response status is <n>",
		"    Examples:",
		"      | n   |",
		"      | 201 |",
		"      | 400 |", // 15
		"      | 401 |",
		"  Rule: r",
		"    Scenario: three",
		"      Then the response status is 204",
	}, "\n")
	pf, err := parseFeature("f.feature", []byte(src), (&fakeIDs{}).next)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		keep  []string
		want  string
		lines int // what is left: every line up to the last scenario kept
	}{
		{[]string{"row 400", "three"}, "f.feature:10:15 row 400, f.feature:18 three", 19},
		{[]string{"one", "row 201"}, "f.feature:7 one, f.feature:10:14 row 201", 16},
	} {
		keep := map[string]bool{}
		for _, p := range pf.pickles {
			if slices.Contains(c.keep, p.Name) {
				keep[p.Id] = true
			}
		}
		out, err := blankOut(pf, keep)
		if err != nil {
			t.Fatal(err)
		}
		again, err := parseFeature("f.feature", out, (&fakeIDs{}).next)
		if err != nil {
			t.Fatalf("the blanked feature does not parse: %v\n%s", err, out)
		}
		var got []string
		for _, p := range again.pickles {
			sc := PlanScenario(again, p, true)
			got = append(got, sc.ID+" "+sc.Name)
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("kept %q, want %s\n%s", got, c.want, out)
		}
		if n := strings.Count(string(out), "\n") + 1; n != c.lines {
			t.Errorf("keeping %q left %d lines, want %d (the lines kept stay where they were, nothing after the last)\n%s", c.keep, n, c.lines, out)
		}
	}
}

type fakeIDs struct{ n int }

func (f *fakeIDs) next() string { f.n++; return string(rune('a'+f.n%26)) + strings.Repeat("x", f.n/26) }

func TestParseShard(t *testing.T) {
	for _, bad := range []string{"0/2", "3/2", "1/0", "x", "1/", "/2", "1/2/3"} {
		if _, err := ParseShard(bad); err == nil || false {
			t.Errorf("ParseShard(%q): error %v, want an error", bad, err)
		}
	}
	if sh, err := ParseShard("2/4"); err != nil || sh != (Shard{2, 4}) {
		t.Errorf("ParseShard(2/4) = %v, %v", sh, err)
	}
}

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{{"9.5", "9.6", -1}, {"9.10", "9.6", 1}, {"12.3", "9.6", 1}, {"9.6", "9.6.0", 0}}
	for _, tt := range tests {
		if got := CompareVersions(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareVersions(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// A long run reads each feature file again for each of its batches; a file
// saved in between is an error that says so, not a wrong cut.
func TestFeatureChangedDuringTheRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.feature")
	src := "Feature: f\n  Scenario: one\n    Given the \"dcaas\" API\n\n  Scenario: two\n    Given the \"dcaas\" API\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	sel, err := Select(Options{Paths: []string{path}, Dir: dir, PerBatch: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(sel.batches) != 2 {
		t.Fatalf("%d batches, want 2", len(sel.batches))
	}
	if _, err := sel.Batch(0); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(src, "two", "TWO", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sel.Batch(1); err == nil || !strings.Contains(err.Error(), "changed while the run was reading it") {
		t.Errorf("batch after the file changed: %v", err)
	}
}
