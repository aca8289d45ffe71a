package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// ReferencePaths are the vendors' whole references beside the repository
// (issue 13): ../shared/vendor-docs, as CI lays it out too.
func ReferencePaths(repo string) []string {
	base := filepath.Join(repo, "..", "shared", "vendor-docs")
	return []string{filepath.Join(base, "element-software", "api"), filepath.Join(base, "direct-connect", "api-ref", "source")}
}

// lintSummary is the line conform lint prints on what it read.
var lintSummary = regexp.MustCompile(`summary: (\d+) page files? read: (\d+) method pages? linted`)

// lintRefs times `conform lint` of both references from the repository
// root, as a user runs it (the repository's contracts and features are
// checked too), median of 3. A run that reads no page is an error, not a row.
func (r *runner) lintRefs() error {
	refs, ok := r.references("7", "conform lint of both vendor references")
	if !ok {
		return nil
	}
	var rel []string
	for _, p := range refs {
		q, err := filepath.Rel(r.cfg.Repo, p)
		if err != nil {
			return err
		}
		rel = append(rel, q)
	}
	var runs []Proc
	files, methods := "", ""
	for range runsPerRow {
		p, err := Measure(r.ctx, time.Minute, r.cfg.Repo, nil, r.cfg.Conform, append([]string{"lint"}, rel...)...)
		if err != nil {
			return err
		}
		m := lintSummary.FindStringSubmatch(p.Out)
		if p.Code != 0 || m == nil || m[1] == "0" {
			return fmt.Errorf("conform lint %s: exit %d, no page read:\n%s", strings.Join(rel, " "), p.Code, tail(p.Out, 2000))
		}
		files, methods = m[1], m[2]
		runs = append(runs, p)
	}
	m := MediansOf(runs)
	r.add(Row{"7", fmt.Sprintf("lint both vendor references: `conform lint %s` from the repository root (%s page files, %s method pages linted, the repository's contracts and features too), median of %d (range)", strings.Join(rel, " "), files, methods, runsPerRow),
		fmt.Sprintf("%s wall, %s CPU, %s peak", m.Wall.ms(), m.CPU.ms(), m.RSS.mib()), "—", "—", "< 2 s", met(m.Wall.dur() < 2*time.Second)})
	return nil
}

// references returns both references' folders, or adds a row saying why
// one is missing and returns false: a machine without them measures the rest.
func (r *runner) references(row, what string) ([]string, bool) {
	refs := ReferencePaths(r.cfg.Repo)
	for _, p := range refs {
		if _, err := os.Stat(p); err != nil {
			r.add(Row{row, what, "not measured: " + err.Error(), "—", "—", "seconds", "not measured"})
			return nil, false
		}
	}
	return refs, true
}
