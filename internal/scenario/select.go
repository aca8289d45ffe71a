package scenario

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	gherkin "github.com/cucumber/gherkin/go/v26"
	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/tagexpr"
)

// selection is what a run runs: the scenarios that match --tags, in this
// --shard, and whose API version is new enough (@since). godog gets each
// feature file with every other scenario and outline row blanked out, so
// that line numbers stay those of the file; the scenarios skipped for their
// version are not run but are reported as skipped, with the reason.
type selection struct {
	features []godog.Feature              // what godog runs
	planned  []*reports.Feature           // what the reports list, in file order
	byPickle map[string]*reports.Scenario // godog's pickle id → its planned scenario
}

// Shard is one part of a run split across machines: Index of Count, from 1.
type Shard struct{ Index, Count int }

// ParseShard reads --shard I/N.
func ParseShard(s string) (Shard, error) {
	if s == "" {
		return Shard{}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return Shard{}, usage("--shard %q: want I/N with 1 ≤ I ≤ N, e.g. --shard 2/4 for the second of four machines", s)
	}
	return Shard{Index: i, Count: n}, nil
}

func (sh Shard) String() string {
	if sh.Count == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", sh.Index, sh.Count)
}

type parsedFeature struct {
	uri     string
	content []byte
	doc     *messages.GherkinDocument
	pickles []*messages.Pickle
	ast     *astIndex // built on first use
}

// astIndex finds a pickle's Gherkin nodes by id: built once per feature,
// not once per scenario, which made planning a file quadratic in its
// scenarios.
type astIndex struct {
	steps     map[string]*messages.Step
	scenarios map[string]*messages.Scenario
	rows      map[string]*messages.TableRow
}

func (pf *parsedFeature) index() *astIndex {
	if pf.ast != nil {
		return pf.ast
	}
	ix := &astIndex{steps: map[string]*messages.Step{}, scenarios: map[string]*messages.Scenario{}, rows: map[string]*messages.TableRow{}}
	var index func(children []*messages.FeatureChild)
	index = func(children []*messages.FeatureChild) {
		for _, c := range children {
			if c.Background != nil {
				for _, st := range c.Background.Steps {
					ix.steps[st.Id] = st
				}
			}
			if c.Scenario != nil {
				ix.scenarios[c.Scenario.Id] = c.Scenario
				for _, st := range c.Scenario.Steps {
					ix.steps[st.Id] = st
				}
				for _, ex := range c.Scenario.Examples {
					for _, r := range ex.TableBody {
						ix.rows[r.Id] = r
					}
				}
			}
			if c.Rule != nil {
				for _, rc := range c.Rule.Children {
					index([]*messages.FeatureChild{{Background: rc.Background, Scenario: rc.Scenario}})
				}
			}
		}
	}
	if pf.doc.Feature != nil {
		index(pf.doc.Feature.Children)
	}
	pf.ast = ix
	return ix
}

func parseFeature(uri string, content []byte, ids func() string) (*parsedFeature, error) {
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(content), ids)
	if err != nil {
		return nil, usage("%s: not valid Gherkin: %s", uri, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	doc.Uri = uri
	return &parsedFeature{uri: uri, content: content, doc: doc, pickles: gherkin.Pickles(*doc, uri, ids)}, nil
}

// selectScenarios reads the features and decides what runs.
func (s *Suite) selectScenarios(paths []string) (*selection, error) {
	expr, err := tagexpr.Parse(s.cfg.Tags)
	if err != nil {
		return nil, usage("--tags: %v", err)
	}
	shard, err := ParseShard(s.cfg.Shard)
	if err != nil {
		return nil, err
	}
	files, err := featureFiles(paths)
	if err != nil {
		return nil, err
	}
	var parsed []*parsedFeature
	type candidate struct {
		f *parsedFeature
		p *messages.Pickle
	}
	var matched []candidate
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, usage("cannot read %s: %v", path, err)
		}
		pf, err := parseFeature(s.relURI(path), b, (&messages.Incrementing{}).NewId)
		if err != nil {
			return nil, err
		}
		parsed = append(parsed, pf)
		for _, p := range pf.pickles {
			if expr.Match(pickleTags(p)) {
				matched = append(matched, candidate{pf, p})
			}
		}
	}
	if len(matched) == 0 {
		return nil, usage("no scenario matches --tags %q; the features' tags include %s", s.cfg.Tags, strings.Join(knownTags(parsed), " "))
	}
	// Round robin over the matched scenarios in file order: every shard gets
	// its share, and the same input always splits the same way.
	keep := map[*parsedFeature]map[string]bool{} // feature → kept pickle ids
	var skipped []*reports.Scenario
	for i, c := range matched {
		if shard.Count > 0 && i%shard.Count != shard.Index-1 {
			continue
		}
		if reason := s.versionGate(c.p); reason != "" {
			sc := planScenario(c.f, c.p)
			sc.SkipReason = reason
			skipped = append(skipped, sc)
			continue
		}
		if keep[c.f] == nil {
			keep[c.f] = map[string]bool{}
		}
		keep[c.f][c.p.Id] = true
	}
	sel := &selection{byPickle: map[string]*reports.Scenario{}}
	features := map[string]*reports.Feature{}
	feature := func(pf *parsedFeature) *reports.Feature {
		if f := features[pf.uri]; f != nil {
			return f
		}
		f := planFeature(pf)
		features[pf.uri] = f
		sel.planned = append(sel.planned, f)
		return f
	}
	// godog parses FeatureContents in order with one incrementing id
	// generator; doing the same gives the same pickle ids.
	ids := (&messages.Incrementing{}).NewId
	for _, pf := range parsed {
		if len(keep[pf]) == 0 {
			continue
		}
		content := blankOut(pf, keep[pf])
		run, err := parseFeature(pf.uri, content, ids)
		if err != nil {
			return nil, fmt.Errorf("%s: cannot select its scenarios: %w", pf.uri, err)
		}
		sel.features = append(sel.features, godog.Feature{Name: pf.uri, Contents: content})
		f := feature(pf)
		for _, p := range run.pickles {
			sc := planScenario(run, p)
			sel.byPickle[p.Id] = sc
			f.Scenarios = append(f.Scenarios, sc)
		}
	}
	for _, sc := range skipped {
		for _, pf := range parsed {
			if pf.uri == sc.URI() {
				f := feature(pf)
				f.Scenarios = append(f.Scenarios, sc)
			}
		}
	}
	return sel, nil
}

func (s *Suite) relURI(path string) string {
	if rel, err := filepath.Rel(s.cfg.Dir, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}

func pickleTags(p *messages.Pickle) []string {
	out := make([]string, len(p.Tags))
	for i, t := range p.Tags {
		out[i] = t.Name
	}
	return out
}

func knownTags(fs []*parsedFeature) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fs {
		for _, p := range f.pickles {
			for _, t := range pickleTags(p) {
				if !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// blankOut empties the lines of every scenario and outline row not kept,
// keeping every other line where it was.
func blankOut(pf *parsedFeature, keep map[string]bool) []byte {
	keepNode := map[string]bool{} // scenario and example row ids
	for _, p := range pf.pickles {
		if keep[p.Id] {
			for _, id := range p.AstNodeIds {
				keepNode[id] = true
			}
		}
	}
	lines := strings.Split(string(pf.content), "\n")
	blank := func(from, to int) { // 1-based, inclusive
		for l := from; l <= to && l <= len(lines); l++ {
			lines[l-1] = ""
		}
	}
	type block struct {
		start int
		sc    *messages.Scenario
	}
	var blocks []block
	var add func(children []*messages.FeatureChild)
	add = func(children []*messages.FeatureChild) {
		for _, c := range children {
			switch {
			case c.Background != nil:
				blocks = append(blocks, block{start: int(c.Background.Location.Line)})
			case c.Scenario != nil:
				blocks = append(blocks, block{start: startLine(c.Scenario.Location, c.Scenario.Tags), sc: c.Scenario})
			case c.Rule != nil:
				blocks = append(blocks, block{start: startLine(c.Rule.Location, c.Rule.Tags)})
				for _, rc := range c.Rule.Children {
					add([]*messages.FeatureChild{{Background: rc.Background, Scenario: rc.Scenario}})
				}
			}
		}
	}
	if pf.doc.Feature != nil {
		add(pf.doc.Feature.Children)
	}
	for i, b := range blocks {
		if b.sc == nil {
			continue
		}
		end := len(lines)
		if i+1 < len(blocks) {
			end = blocks[i+1].start - 1
		}
		if !keepNode[b.sc.Id] {
			blank(b.start, end)
			continue
		}
		for _, ex := range b.sc.Examples {
			for _, row := range ex.TableBody {
				if !keepNode[row.Id] {
					blank(int(row.Location.Line), int(row.Location.Line))
				}
			}
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

func startLine(loc *messages.Location, tags []*messages.Tag) int {
	l := int(loc.Line)
	for _, t := range tags {
		l = min(l, int(t.Location.Line))
	}
	return l
}

func planFeature(pf *parsedFeature) *reports.Feature {
	f := &reports.Feature{URI: pf.uri}
	if ft := pf.doc.Feature; ft != nil {
		f.Name, f.Description, f.Line = ft.Name, strings.TrimSpace(ft.Description), int(ft.Location.Line)
		for _, t := range ft.Tags {
			f.Tags = append(f.Tags, t.Name)
		}
	}
	return f
}

// planScenario describes a pickle before it runs: every step skipped until
// it reports otherwise.
func planScenario(pf *parsedFeature, p *messages.Pickle) *reports.Scenario {
	ix := pf.index()
	steps, scenarios, rows := ix.steps, ix.scenarios, ix.rows
	sc := &reports.Scenario{Name: p.Name, Tags: pickleTags(p), Status: reports.Skipped, SkipReason: "not run"}
	if n := scenarios[p.AstNodeIds[0]]; n != nil {
		sc.Keyword, sc.Line, sc.Description = n.Keyword, int(n.Location.Line), strings.TrimSpace(n.Description)
	}
	sc.ID = fmt.Sprintf("%s:%d", pf.uri, sc.Line)
	if len(p.AstNodeIds) > 1 {
		if r := rows[p.AstNodeIds[1]]; r != nil {
			sc.Row = int(r.Location.Line)
			sc.ID += fmt.Sprintf(":%d", sc.Row)
		}
	}
	for _, ps := range p.Steps {
		st := &reports.Step{Text: ps.Text, Status: reports.Skipped}
		if n := steps[ps.AstNodeIds[0]]; n != nil {
			st.Keyword, st.Line = n.Keyword, int(n.Location.Line)
		}
		if a := ps.Argument; a != nil {
			if a.DocString != nil {
				st.DocString = a.DocString.Content
			}
			if a.DataTable != nil {
				for _, r := range a.DataTable.Rows {
					var cells []string
					for _, c := range r.Cells {
						cells = append(cells, c.Value)
					}
					st.Table = append(st.Table, cells)
				}
			}
		}
		if m := stepRegexps[0].FindStringSubmatch(ps.Text); m != nil && sc.API == "" {
			sc.API = m[1]
		}
		if m := documentedOp.FindStringSubmatch(ps.Text); m != nil && sc.Operation == "" {
			sc.Operation = m[1]
		}
		sc.Steps = append(sc.Steps, st)
	}
	return sc
}

// versionGate says why a scenario tagged @since:V does not run: its API's
// target runs an older version (from its URL, or CONFORM_<API>_VERSION).
// It says nothing when the version is not known.
func (s *Suite) versionGate(p *messages.Pickle) string {
	var since string
	for _, t := range pickleTags(p) {
		if v, ok := strings.CutPrefix(t, "@since:"); ok {
			since = v
		}
	}
	if since == "" {
		return ""
	}
	var api string
	for _, st := range p.Steps {
		if m := stepRegexps[0].FindStringSubmatch(st.Text); m != nil {
			api = m[1]
			break
		}
	}
	t := s.targets[api]
	if t == nil {
		return ""
	}
	have, from := s.targetVersion(t)
	if have == "" || compareVersions(have, since) >= 0 {
		return ""
	}
	return fmt.Sprintf("needs %s API version %s or later; the target runs %s (%s)", api, since, have, from)
}

// targetVersion is the API version the target runs, from a path parameter
// whose name says version: CONFORM_<API>_<PARAM>, else the target URL.
func (s *Suite) targetVersion(t *Target) (version, from string) {
	for _, op := range t.API.Operations() {
		for _, name := range op.PathParams() {
			if !strings.Contains(strings.ToLower(name), "version") {
				continue
			}
			env := t.API.EnvPrefix() + contract.EnvToken(name)
			if v := s.getenv(env); v != "" {
				return v, env
			}
			if v := t.Params[name]; v != "" {
				return v, "from the target URL"
			}
		}
	}
	return "", ""
}

// compareVersions compares dotted versions number by number: 9.10 > 9.6.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(as), len(bs)); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}
