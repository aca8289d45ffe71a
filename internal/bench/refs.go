package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// ImportSummary is the line conform import prints on what it read.
var ImportSummary = regexp.MustCompile(`import: (\d+) pages read, (\d+) unreadable\n\s+(\d+) methods or operations imported`)

// importRefs times `conform import` of both whole references into an
// empty folder for each run, median of 3. An empty folder, because the
// repository's own contracts may already hold the import (the references
// imported into the root), and merging into that would measure a
// re-import. Import exits 1 for the pages it cannot read, and still imports
// the rest: a run that imported nothing is an error, not a row.
func (r *runner) importRefs() error {
	refs, ok := r.references("8", "conform import of both vendor references")
	if !ok {
		return nil
	}
	var runs []Proc
	read, ops := "", ""
	for i := range runsPerRow {
		out := filepath.Join(r.cfg.Tmp, fmt.Sprintf("import-%d", i))
		if err := os.RemoveAll(out); err != nil {
			return err
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
		_ = os.RemoveAll(out)
	}
	m := MediansOf(runs)
	r.add(Row{"8", fmt.Sprintf("import both vendor references into an empty folder (%s pages read, %s methods and operations imported; every contract loaded, every schema compiled and every feature preflighted before writing), median of %d (range)", read, ops, runsPerRow),
		fmt.Sprintf("%s wall, %s CPU, %s peak", m.Wall.ms(), m.CPU.ms(), m.RSS.mib()), "—", "—", "seconds", met(m.Wall.dur() < 10*time.Second)})
	return nil
}

// startupRefs times a conform run of one scenario in the root that holds
// both whole references imported beside the seed (about 340 contracts more
// to load), median of 3: the start-up goal holds with them present.
func (r *runner) startupRefs() error {
	root, imported, err := r.wholeReferences("6", "start-up with both whole references present", "< 300 ms")
	if err != nil || root == "" {
		return err
	}
	var runs []Proc
	for range runsPerRow {
		p, err := Measure(r.ctx, time.Minute, r.cfg.Repo, nil, r.cfg.Conform, "run", "--dir", root, "--format", "progress", "--no-colors",
			filepath.Join(root, "features", "dcaas", "create_vif_peer.feature"))
		if err != nil || p.Code != 0 || !strings.Contains(p.Out, "PASSED: 1 of 1 scenarios passed") {
			return fmt.Errorf("conform run --dir %s of one scenario: %v\n%s", root, err, tail(p.Out, 2000))
		}
		runs = append(runs, p)
	}
	m := MediansOf(runs)
	r.add(Row{"6", fmt.Sprintf("start-up with both whole references present: conform run --dir %s (%d imported feature files beside the seed) of one scenario (create_vif_peer.feature), median of %d (range)", r.rel(root), len(imported), runsPerRow),
		fmt.Sprintf("%s, %s peak", m.Wall.ms(), m.RSS.mib()), "—", "—", "< 300 ms", met(m.Wall.dur() < 300*time.Millisecond)})
	return nil
}

// wholeReferences returns the conform root that holds the imported whole
// references and its imported feature files, or adds a row saying why
// there are none and returns "": a clone without the import measures the
// rest.
func (r *runner) wholeReferences(row, what, goal string) (string, []string, error) {
	root := ReferencesRoot(r.cfg.Repo)
	imported, err := ImportedFeatures(root)
	if err != nil {
		return "", nil, err
	}
	if len(imported) == 0 {
		r.add(Row{row, what, fmt.Sprintf("not measured: no feature under %s was written by conform import", filepath.Join(r.rel(root), "features")), "—", "—", goal, "not measured"})
		return "", nil, nil
	}
	return root, imported, nil
}

// rel names a path under the repository as a user there would type it.
func (r *runner) rel(p string) string {
	if q, err := filepath.Rel(r.cfg.Repo, p); err == nil {
		return q
	}
	return p
}

// ReferencesRoot is the conform root that holds the vendors' whole
// references, imported: repo/refs while they live apart from the seed
// (conform run --dir refs), else the repository root itself, where they
// are imported beside the seed's contracts and features.
func ReferencesRoot(repo string) string {
	refs := filepath.Join(repo, "refs")
	if st, err := os.Stat(filepath.Join(refs, "openapi")); err == nil && st.IsDir() {
		return refs
	}
	return repo
}
