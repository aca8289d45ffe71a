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

// ImportSummary is the line conform import prints on what it read.
var ImportSummary = regexp.MustCompile(`import: (\d+) pages read, (\d+) unreadable\n\s+(\d+) methods or operations imported`)

// importRefs times `conform import` of both whole references into a fresh
// copy of the repository's contracts and features (import merges, so each
// run needs its own folder), median of 3. Import exits 1 for the pages it
// cannot read, and still imports the rest: a run that imported nothing is
// an error, not a row.
func (r *runner) importRefs() error {
	refs, ok := r.references("8", "conform import of both vendor references")
	if !ok {
		return nil
	}
	var runs []Proc
	read, ops := "", ""
	for i := range runsPerRow {
		out := filepath.Join(r.cfg.Tmp, fmt.Sprintf("import-%d", i))
		for _, dir := range []string{"openapi", "schemas", "features"} {
			if err := importer.CopyTree(filepath.Join(r.cfg.Repo, dir), filepath.Join(out, dir)); err != nil {
				return err
			}
		}
		p, err := Measure(r.ctx, 5*time.Minute, r.cfg.Repo, nil, r.cfg.Conform, append([]string{"import", "--quiet", "--out", out}, refs...)...)
		if err != nil {
			return err
		}
		m := ImportSummary.FindStringSubmatch(p.Out)
		if m == nil || m[3] == "0" {
			return fmt.Errorf("conform import of both references: exit %d, nothing imported:\n%s", p.Code, tail(p.Out, 2000))
		}
		read, ops = m[1], m[3]
		runs = append(runs, p)
	}
	m := MediansOf(runs)
	r.add(Row{"8", fmt.Sprintf("import both vendor references into a copy of the seed (%s pages read, %s methods and operations imported; every contract loaded, every schema compiled and every feature preflighted before writing), median of %d (range)", read, ops, runsPerRow),
		fmt.Sprintf("%s wall, %s CPU, %s peak", m.Wall.ms(), m.CPU.ms(), m.RSS.mib()), "—", "—", "seconds", met(m.Wall.dur() < 10*time.Second)})
	return nil
}

// startupRefs times a conform run of one scenario in refs/, where both
// whole references are imported beside the seed (about 340 contracts more
// to load), median of 3: the start-up goal holds with them present.
func (r *runner) startupRefs() error {
	refs := filepath.Join(r.cfg.Repo, "refs")
	if _, err := os.Stat(filepath.Join(refs, "openapi")); err != nil {
		r.add(Row{"6", "start-up with both references present (refs/)", "not measured: " + err.Error(), "—", "—", "< 300 ms", "not measured"})
		return nil
	}
	var runs []Proc
	for range runsPerRow {
		p, err := Measure(r.ctx, time.Minute, r.cfg.Repo, nil, r.cfg.Conform, "run", "--dir", refs, "--format", "progress", "--no-colors",
			filepath.Join(refs, "features", "dcaas", "create_vif_peer.feature"))
		if err != nil || p.Code != 0 || !strings.Contains(p.Out, "PASSED: 1 of 1 scenarios passed") {
			return fmt.Errorf("conform run --dir refs of one scenario: %v\n%s", err, tail(p.Out, 2000))
		}
		runs = append(runs, p)
	}
	m := MediansOf(runs)
	r.add(Row{"6", fmt.Sprintf("start-up with both whole references present: conform run --dir refs of one scenario (create_vif_peer.feature), median of %d (range)", runsPerRow),
		fmt.Sprintf("%s, %s peak", m.Wall.ms(), m.RSS.mib()), "—", "—", "< 300 ms", met(m.Wall.dur() < 300*time.Millisecond)})
	return nil
}
