package scenario

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/target"
)

// TestSinceSkipsOlderElement: against an Element endpoint at 9.5, every
// @since:9.6 scenario is skipped and reported as skipped, with the reason;
// the run sends nothing, and, having tested nothing, does not pass
// (TestNoVacuousGreen).
func TestSinceSkipsOlderElement(t *testing.T) {
	dir := t.TempDir()
	r := runWithReports(t, "", 2, dir, target.Config{Tags: "@element", Targets: map[string]string{"element": "http://127.0.0.1:1/json-rpc/9.5"}})
	if r.code != 1 {
		t.Fatalf("exit %d, want 1: the skipped scenarios send nothing, and nothing ran; output:\n%s%s", r.code, r.stdout, r.errs)
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
	if !strings.Contains(r.stdout, "FAILED: no scenario ran (11 selected, 11 skipped)") || !strings.Contains(r.stdout, "skipped") {
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
		r := runWithReports(t, "", 1, t.TempDir(), target.Config{Tags: tt.tags, Format: "progress"})
		if r.code != tt.code || !strings.Contains(r.stdout+r.errs, tt.want) {
			t.Errorf("--tags %q: exit %d, want %d with %q; output:\n%s%s", tt.tags, r.code, tt.code, tt.want, r.stdout, r.errs)
		}
	}
}

// TestShardsCoverTheRunOnce: three shards run disjoint parts whose merge is
// the whole run, in the same order.
func TestShardsCoverTheRunOnce(t *testing.T) {
	full := runWithReports(t, "", 4, t.TempDir(), target.Config{})
	whole, err := reports.ReadJSON(full.runJSON)
	if err != nil {
		t.Fatal(err)
	}
	var parts []*reports.Run
	var names []string
	for _, sh := range []string{"1/3", "2/3", "3/3"} {
		r := runWithReports(t, "", 4, t.TempDir(), target.Config{Shard: sh})
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
	code := Run(context.Background(), target.Config{Provider: refProvider(t), Dir: repoRoot(t), Features: []string{path}, Format: "progress,json:" + report,
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
