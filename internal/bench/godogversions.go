package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/importer"
)

const godogModule = "github.com/cucumber/godog"

// buildWithGodog builds conform-bench in a copy of the module under tmp
// whose go.mod requires godog at version (go mod edit, go mod tidy, go
// build), and returns the binary. The repository's go.mod is not touched.
// The error says which step failed and what the go command printed.
func (r *runner) buildWithGodog(version string) (string, error) {
	dir := filepath.Join(r.cfg.Tmp, "godog-"+version)
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	for _, d := range []string{"cmd", "internal"} {
		if err := importer.CopyTree(filepath.Join(r.cfg.Repo, d), filepath.Join(dir, d)); err != nil {
			return "", err
		}
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(r.cfg.Repo, f))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			return "", err
		}
	}
	bin := filepath.Join(dir, "conform-bench")
	// GOWORK=off: a go.work above the temporary folder must not pick the
	// modules.
	env := []string{"GOWORK=off", "GOFLAGS=-mod=mod"}
	for _, args := range [][]string{
		{"mod", "edit", "-require", godogModule + "@" + version},
		{"mod", "tidy"},
		{"build", "-o", bin, "./cmd/conform-bench"},
	} {
		p, err := Measure(r.ctx, 10*time.Minute, dir, env, r.cfg.Go, args...)
		if err == nil && p.Code != 0 {
			err = fmt.Errorf("exit %d: %s", p.Code, strings.TrimSpace(tail(p.Out, 600)))
		}
		if err != nil {
			return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
		}
	}
	return bin, nil
}

var depLine = regexp.MustCompile(`(?m)^\s+dep\s+` + regexp.QuoteMeta(godogModule) + `\s+(\S+)`)

// godogVersionOf reads the godog version a binary was built with (go
// version -m), so that the row says what it measured, not what it asked
// for.
func (r *runner) godogVersionOf(bin string) (string, error) {
	p, err := Measure(r.ctx, time.Minute, r.cfg.Tmp, nil, r.cfg.Go, "version", "-m", bin)
	if err != nil {
		return "", err
	}
	v := godogDep(p.Out)
	if v == "" {
		return "", fmt.Errorf("go version -m %s names no %s:\n%s", bin, godogModule, tail(p.Out, 600))
	}
	return v, nil
}

// godogDep is the godog version go version -m lists, "" when none.
func godogDep(out string) string {
	if m := depLine.FindStringSubmatch(out); m != nil {
		return m[1]
	}
	return ""
}

// godogVersions runs godog alone (row 1's floor: the documented scenarios
// of row 1, every step a function that does nothing) as built here and as
// built with godog at cfg.GodogNext, alternating, median of 3.
func (r *runner) godogVersions(seeds []Scenario) error {
	next := r.cfg.GodogNext
	what := fmt.Sprintf("godog alone on %s", next)
	bin, err := r.buildWithGodog(next)
	if err != nil {
		r.add(Row{"1", what, "not measured: cannot build conform-bench with godog " + next + ": " + strings.ReplaceAll(strings.ReplaceAll(err.Error(), "\n", " "), "|", "/"), "—", "—", "—", "not measured"})
		return nil
	}
	built, err := r.godogVersionOf(bin)
	if err != nil {
		return err
	}
	base, err := r.godogVersionOf(r.cfg.Self)
	if err != nil {
		return err
	}
	dir, n, err := r.documentedFeatures(seeds)
	if err != nil {
		return err
	}
	var asIs, other []Proc
	for range runsPerRow {
		for _, b := range []struct {
			bin  string
			runs *[]Proc
		}{{r.cfg.Self, &asIs}, {bin, &other}} {
			p, err := Measure(r.ctx, 10*time.Minute, r.cfg.Repo, nil, b.bin, "godog", dir)
			if err != nil || p.Code != 0 {
				return fmt.Errorf("godog alone (%s): %v %s", b.bin, err, tail(p.Out, 2000))
			}
			*b.runs = append(*b.runs, p)
		}
	}
	o, a := MediansOf(other), MediansOf(asIs)
	r.add(Row{"1", fmt.Sprintf("godog alone on %s: the %d documented scenarios of row 1, steps that do nothing, no HTTP; conform-bench built in a copy of the module with godog %s, run alternately with godog %s's; CPU per scenario, wall, peak RSS, median of %d (range)", built, n, built, base, runsPerRow),
		fmt.Sprintf("%s: %s, %s, %s", built, o.CPU.perScenarioUS(n), o.Wall.rate(n), o.RSS.mib()),
		fmt.Sprintf("%s: %s, %s, %s", base, a.CPU.perScenarioUS(n), a.Wall.rate(n), a.RSS.mib()),
		fmt.Sprintf("%.2fx the CPU", o.CPU.Med/a.CPU.Med), "—", "—"})
	return nil
}
