package scenario

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/reports"
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
	keep := map[string]bool{}
	for _, p := range pf.pickles {
		if p.Name == "row 400" || p.Name == "three" {
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
		sc := planScenario(again, p, true)
		got = append(got, sc.ID+" "+sc.Name)
	}
	if want := "f.feature:10:15 row 400, f.feature:18 three"; strings.Join(got, ", ") != want {
		t.Errorf("kept %q, want %s\n%s", got, want, out)
	}
	if n := strings.Count(string(out), "\n"); n != strings.Count(src, "\n") {
		t.Errorf("blanking changed the number of lines: %d, want %d", n, strings.Count(src, "\n"))
	}
}

type fakeIDs struct{ n int }

func (f *fakeIDs) next() string { f.n++; return string(rune('a'+f.n%26)) + strings.Repeat("x", f.n/26) }

func TestParseShard(t *testing.T) {
	for _, bad := range []string{"0/2", "3/2", "1/0", "x", "1/", "/2", "1/2/3"} {
		if _, err := ParseShard(bad); err == nil || !IsUsage(err) {
			t.Errorf("ParseShard(%q): error %v, want a usage error", bad, err)
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
		if got := compareVersions(tt.a, tt.b); got != tt.want {
			t.Errorf("compareVersions(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSinceSkipsOlderElement: against an Element endpoint at 9.5, every
// @since:9.6 scenario is skipped and reported as skipped, with the reason;
// the run passes.
func TestSinceSkipsOlderElement(t *testing.T) {
	dir := t.TempDir()
	r := runWithReports(t, "", 2, dir, Config{Tags: "@element", Targets: map[string]string{"element": "http://127.0.0.1:1/json-rpc/9.5"}})
	if r.code != 0 {
		t.Fatalf("exit %d, want 0: the skipped scenarios send nothing; output:\n%s%s", r.code, r.stdout, r.errs)
	}
	run, err := reports.ReadJSON(r.runJSON)
	if err != nil {
		t.Fatal(err)
	}
	c := run.Totals()
	if c.Scenarios == 0 || c.Skipped != c.Scenarios {
		t.Fatalf("%+v: want every @element scenario skipped", c)
	}
	for _, s := range run.Scenarios() {
		if !strings.Contains(s.SkipReason, "version 9.6 or later; the target runs 9.5") {
			t.Errorf("%s skipped because %q", s.ID, s.SkipReason)
		}
	}
	if junit := readFile(t, r.junit); !strings.Contains(junit, `skipped="`) || strings.Contains(junit, `skipped="0"`) {
		t.Errorf("JUnit does not count the skipped scenarios:\n%s", junit)
	}
	if !strings.Contains(r.stdout, "PASSED: 0 of") || !strings.Contains(r.stdout, "skipped") {
		t.Errorf("the summary does not say the scenarios were skipped:\n%s", r.stdout)
	}
}

func TestTagExpressionsSelect(t *testing.T) {
	tests := []struct {
		tags string
		code int
		want string // in the output
	}{
		{"@dcaas and not @limits", 0, "PASSED: 2 of 2 scenarios passed"},
		{"@element and not @since:9.6", 2, `no scenario matches --tags "@element and not @since:9.6"`},
		{"@dcaas and", 2, "--tags: tag expression"},
	}
	for _, tt := range tests {
		r := runWithReports(t, "", 1, t.TempDir(), Config{Tags: tt.tags, Format: "progress"})
		if r.code != tt.code || !strings.Contains(r.stdout+r.errs, tt.want) {
			t.Errorf("--tags %q: exit %d, want %d with %q; output:\n%s%s", tt.tags, r.code, tt.code, tt.want, r.stdout, r.errs)
		}
	}
}

// TestShardsCoverTheRunOnce: three shards run disjoint parts whose merge is
// the whole run, in the same order.
func TestShardsCoverTheRunOnce(t *testing.T) {
	full := runWithReports(t, "", 4, t.TempDir(), Config{})
	whole, err := reports.ReadJSON(full.runJSON)
	if err != nil {
		t.Fatal(err)
	}
	var parts []*reports.Run
	var names []string
	for _, sh := range []string{"1/3", "2/3", "3/3"} {
		r := runWithReports(t, "", 4, t.TempDir(), Config{Shard: sh})
		if r.code != 0 {
			t.Fatalf("shard %s: exit %d\n%s%s", sh, r.code, r.stdout, r.errs)
		}
		p, err := reports.ReadJSON(r.runJSON)
		if err != nil {
			t.Fatal(err)
		}
		if n := p.Totals().Scenarios; n == 0 || n == whole.Totals().Scenarios {
			t.Errorf("shard %s ran %d scenarios of %d", sh, n, whole.Totals().Scenarios)
		}
		parts, names = append(parts, p), append(names, sh)
	}
	merged, err := reports.Merge(parts, names)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := contentOf(merged), contentOf(whole); a != b {
		t.Errorf("merged shards differ from the whole run:\n--- merged\n%s\n--- whole\n%s", a, b)
	}
	if _, err := reports.Merge([]*reports.Run{parts[0], parts[0]}, []string{"1/3", "1/3 again"}); err == nil {
		t.Error("merging one shard twice is accepted")
	}
}

func TestRateLimitSpacesRequests(t *testing.T) {
	l := newLimiter(1000)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if err := l.wait(ctx, "http://127.0.0.1:1/x"); err != nil {
			t.Fatal(err)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	slow := newLimiter(0.001)
	_ = slow.wait(ctx, "http://127.0.0.1:1/x") // the first token is free
	if err := slow.wait(cancelled, "http://127.0.0.1:1/x"); err == nil || !strings.Contains(err.Error(), "--rate") {
		t.Errorf("a wait cut short says %v, want it to name --rate", err)
	}
	if newLimiter(0) != nil {
		t.Error("--rate 0 must mean no limit")
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
	s := &Suite{cfg: Config{Dir: dir}, targets: map[string]*Target{}}
	sel, err := s.selectScenarios([]string{path}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(sel.batches) != 2 {
		t.Fatalf("%d batches, want 2", len(sel.batches))
	}
	if _, err := sel.batch(0); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(src, "two", "TWO", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sel.batch(1); err == nil || !strings.Contains(err.Error(), "changed while the run was reading it") {
		t.Errorf("batch after the file changed: %v", err)
	}
}

// A scenario without steps is reported as skipped, with the reason, and
// does not fail the run: godog would run no hook for it and fail it.
func TestScenarioWithoutStepsIsSkipped(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.feature")
	src := "Feature: f\n  Scenario: empty\n\n  Scenario: one\n    Given the \"dcaas\" API\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "conform.json")
	var out bytes.Buffer
	code := Run(context.Background(), Config{Dir: repoRoot(t), Features: []string{path}, Format: "progress,json:" + report,
		Output: &out, Errors: &out, NoColors: true, Getenv: func(string) string { return "" }}, nil)
	if code != 0 {
		t.Fatalf("exit code %d, want 0:\n%s", code, out.String())
	}
	run, err := reports.ReadJSON(report)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sc := range run.Scenarios() {
		got = append(got, sc.Name+" "+string(sc.Status)+" "+sc.SkipReason)
	}
	if want := "empty skipped the scenario has no steps|one passed "; strings.Join(got, "|") != want {
		t.Errorf("reported %q, want %q", strings.Join(got, "|"), want)
	}
}
