package plan

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unique"

	gherkin "github.com/cucumber/gherkin/go/v26"
	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/tagexpr"
)

// Selection is what a run runs: the scenarios that match --tags, in this
// --shard, and whose API version is new enough (@since). godog gets each
// feature file with every other scenario and outline row blanked out, so
// that line numbers stay those of the file, in batches of at most batchSize
// scenarios; the scenarios skipped for their version, or for having no
// steps, are not run but are reported as skipped, with the reason.
type Selection struct {
	Planned []*reports.Feature // the features, with the scenarios skipped before the run; the others are planned as they start
	Total   int                // scenarios selected, skipped ones included
	batches []batchPlan        // what godog runs, one batch after the other
}

// Options says what to select.
type Options struct {
	Paths    []string // feature files or folders
	Dir      string   // the repository root, which report URIs are relative to
	Tags     string   // a Cucumber tag expression (--tags)
	Shard    string   // "I/N" (--shard)
	PerBatch int      // the most scenarios of one batch; 0 puts them all in one
	Full     bool     // keep steps' doc strings and tables in the plan, for reports that show them
	// Gate says why a scenario must not run (an @since version the target
	// does not have, an operation no target serves), or "" to run it.
	Gate func(p *messages.Pickle) string
	// Contracts are what the features' APIs, operations and methods must
	// name (names.go); when nil, the contracts under Dir, if it has any.
	Contracts *contract.Set
}

// batchPlan is the scenarios of one batch, by file in file order. Its
// feature texts are cut only when it runs, and its scenarios planned as they
// start, so that a long run holds the texts and syntax trees of at most two
// batches at a time.
type batchPlan struct {
	files []*fileLayout
	keep  map[*fileLayout]map[string]bool // pickle ids, of the file's own parse
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
		return Shard{}, fmt.Errorf("--shard %q: want I/N with 1 ≤ I ≤ N, e.g. --shard 2/4 for the second of four machines", s)
	}
	return Shard{Index: i, Count: n}, nil
}

func (sh Shard) String() string {
	if sh.Count == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", sh.Index, sh.Count)
}

// Parsed is a feature file's Gherkin: its syntax tree and pickles.
type Parsed struct {
	uri     string
	content []byte
	doc     *messages.GherkinDocument
	pickles []*messages.Pickle
	once    sync.Once
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

func (pf *Parsed) index() *astIndex {
	pf.once.Do(pf.buildIndex)
	return pf.ast
}

func (pf *Parsed) buildIndex() {
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
}

// NewParsed wraps godog's own parse of a feature, for PlanScenario.
func NewParsed(uri string, doc *messages.GherkinDocument) *Parsed {
	return &Parsed{uri: uri, doc: doc}
}

// URI is the feature's path as reports show it.
func (pf *Parsed) URI() string { return pf.uri }

func parseFeature(uri string, content []byte, ids func() string) (*Parsed, error) {
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(content), ids)
	if err != nil {
		return nil, fmt.Errorf("%s: not valid Gherkin: %s", uri, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	doc.Uri = uri
	return &Parsed{uri: uri, content: content, doc: doc, pickles: gherkin.Pickles(*doc, uri, ids)}, nil
}

// BatchSize bounds the scenarios godog holds at once. godog keeps every
// parsed scenario and every step result of a run until it ends (about 50 KB
// a scenario), so a long run is several godog runs of at most this many
// scenarios each, one after the other, reported as one run. At 10,000
// scenarios, batches of 100 peaked lowest (250: +6 MiB; 50: +2 MiB and 10%
// more CPU).
const BatchSize = 100

// Select reads the features and decides what runs. It reads one file at a
// time and keeps only each file's layout, so that planning a long run holds
// its scenarios' descriptions, not their syntax trees.
func Select(o Options) (*Selection, error) {
	c, err := newChooser(o)
	if err != nil {
		return nil, err
	}
	files, err := FeatureFiles(o.Paths)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .feature file in %s: write one per documented method (features/<api>/<method>.feature)", strings.Join(o.Paths, ", "))
	}
	set := contractsOf(o)
	for _, path := range files {
		pf, err := readFeature(path, o.Dir)
		if err != nil {
			return nil, err
		}
		if err := checkNames(pf, path, set); err != nil {
			return nil, err
		}
		c.choose(pf, path)
	}
	if c.scenarios == 0 {
		return nil, fmt.Errorf("%s: no scenario in any feature file", strings.Join(o.Paths, ", "))
	}
	if c.matched == 0 {
		return nil, fmt.Errorf("no scenario matches --tags %q; the features' tags include %s", o.Tags, strings.Join(c.known, " "))
	}
	c.sel.batches = cutBatches(c.run, o.PerBatch)
	return c.sel, nil
}

// readFeature reads and parses one feature file, and checks that every step
// is one conform defines. Its URI is the path relative to the repository.
func readFeature(path, dir string) (*Parsed, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, err)
	}
	pf, err := parseFeature(path, b, (&messages.Incrementing{}).NewId)
	if err != nil {
		return nil, err
	}
	if err := checkSteps(pf, path); err != nil {
		return nil, err
	}
	pf.uri = relURI(dir, path)
	pf.doc.Uri = pf.uri
	return pf, nil
}

// kept is a scenario chosen to run: its file and its pickle's id in the
// file's own parse.
type kept struct {
	file *fileLayout
	id   string
}

// chooser decides scenario by scenario: --tags, then --shard, then the gate
// (and a scenario without steps, which godog would fail and run no hook
// for), counting what it saw for the errors of an empty selection.
type chooser struct {
	o     Options
	expr  tagexpr.Expr
	shard Shard
	sel   *Selection
	run   []kept

	scenarios, matched int
	tags               map[string]bool
	known              []string // every tag seen, in order
}

func newChooser(o Options) (*chooser, error) {
	expr, err := tagexpr.Parse(o.Tags)
	if err != nil {
		return nil, fmt.Errorf("--tags: %v", err)
	}
	shard, err := ParseShard(o.Shard)
	if err != nil {
		return nil, err
	}
	return &chooser{o: o, expr: expr, shard: shard, sel: &Selection{}, tags: map[string]bool{}}, nil
}

func (c *chooser) choose(pf *Parsed, path string) {
	c.scenarios += len(pf.pickles)
	lay := layoutOf(pf)
	lay.path, lay.content = path, nil
	var f *reports.Feature
	for _, p := range pf.pickles {
		if !c.selected(p) {
			continue
		}
		if f == nil {
			f = planFeature(pf)
			c.sel.Planned = append(c.sel.Planned, f)
		}
		c.sel.Total++
		if reason := c.skip(p); reason != "" {
			sc := PlanScenario(pf, p, c.o.Full)
			sc.SkipReason = reason
			f.Scenarios = append(f.Scenarios, sc)
			continue
		}
		c.run = append(c.run, kept{lay, p.Id})
	}
}

// selected applies --tags and --shard. The shards take the matched
// scenarios round robin in file order: every shard gets its share, and the
// same input always splits the same way.
func (c *chooser) selected(p *messages.Pickle) bool {
	for _, t := range pickleTags(p) {
		if !c.tags[t] {
			c.tags[t] = true
			c.known = append(c.known, t)
		}
	}
	if !c.expr.Match(pickleTags(p)) {
		return false
	}
	i := c.matched
	c.matched++
	return c.shard.Count == 0 || i%c.shard.Count == c.shard.Index-1
}

// skip says why a selected scenario is reported without running, or "".
func (c *chooser) skip(p *messages.Pickle) string {
	if len(p.Steps) == 0 {
		return "the scenario has no steps"
	}
	if c.o.Gate != nil {
		return c.o.Gate(p)
	}
	return ""
}

// cutBatches groups the scenarios to run into batches of at most perBatch
// (all in one when perBatch < 1), by file in file order.
func cutBatches(run []kept, perBatch int) []batchPlan {
	if perBatch < 1 {
		perBatch = max(len(run), 1)
	}
	var out []batchPlan
	for from := 0; from < len(run); from += perBatch {
		bp := batchPlan{keep: map[*fileLayout]map[string]bool{}}
		for _, k := range run[from:min(from+perBatch, len(run))] {
			if bp.keep[k.file] == nil {
				bp.keep[k.file] = map[string]bool{}
				bp.files = append(bp.files, k.file)
			}
			bp.keep[k.file][k.id] = true
		}
		out = append(out, bp)
	}
	return out
}

// Batches is how many godog runs the selection takes.
func (sel *Selection) Batches() int { return len(sel.batches) }

// Batch is one godog run's share of a selection: each feature's text with
// every scenario and outline row of other batches blanked out.
type Batch struct {
	Features []godog.Feature
	Size     int // its scenarios
}

// Batch cuts the i-th batch's feature texts for godog, once: its files'
// texts go once their last batch has been cut.
func (sel *Selection) Batch(i int) (Batch, error) {
	bp := sel.batches[i]
	sel.batches[i] = batchPlan{}
	var b Batch
	for _, lay := range bp.files {
		content, err := lay.blank(bp.keep[lay])
		if err != nil {
			return Batch{}, err
		}
		b.Features = append(b.Features, godog.Feature{Name: lay.uri, Contents: content})
		b.Size += len(bp.keep[lay])
	}
	return b, nil
}

func relURI(dir, path string) string {
	if dir == "" {
		dir = "."
	}
	if rel, err := filepath.Rel(dir, path); err == nil && !strings.HasPrefix(rel, "..") {
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

// fileLayout is where a feature file's scenarios and outline rows are, by
// line, so that a subset of them can be cut out of the text later without
// keeping the file's syntax tree.
type fileLayout struct {
	uri     string
	path    string // read again when a batch needs the text ("" keeps content)
	content []byte // the text, for a layout not read from a file
	sum     uint64 // the text's hash, to tell that it did not change
	size    int
	blocks  []block             // in file order: backgrounds, rules and scenarios
	pickles map[string]pickleAt // pickle id (of the file's own parse) → where it is
}

type block struct {
	start, end int   // 1-based lines, inclusive
	scenario   bool  // a Scenario or Scenario Outline, not a Background or Rule
	rows       []int // an outline's example rows, by line
}

type pickleAt struct {
	block int // index in blocks
	row   int // the example row's line; 0 for a plain scenario
}

func layoutOf(pf *Parsed) *fileLayout {
	lay := &fileLayout{uri: pf.uri, content: pf.content, sum: maphash.Bytes(layoutSeed, pf.content), size: len(pf.content), pickles: map[string]pickleAt{}}
	blockOf := map[string]int{} // scenario node id → block
	rowLine := map[string]int{} // example row node id → line
	var add func(children []*messages.FeatureChild)
	add = func(children []*messages.FeatureChild) {
		for _, c := range children {
			switch {
			case c.Background != nil:
				lay.blocks = append(lay.blocks, block{start: int(c.Background.Location.Line)})
			case c.Scenario != nil:
				b := block{start: startLine(c.Scenario.Location, c.Scenario.Tags), scenario: true}
				for _, ex := range c.Scenario.Examples {
					for _, row := range ex.TableBody {
						b.rows = append(b.rows, int(row.Location.Line))
						rowLine[row.Id] = int(row.Location.Line)
					}
				}
				blockOf[c.Scenario.Id] = len(lay.blocks)
				lay.blocks = append(lay.blocks, b)
			case c.Rule != nil:
				lay.blocks = append(lay.blocks, block{start: startLine(c.Rule.Location, c.Rule.Tags)})
				for _, rc := range c.Rule.Children {
					add([]*messages.FeatureChild{{Background: rc.Background, Scenario: rc.Scenario}})
				}
			}
		}
	}
	if pf.doc.Feature != nil {
		add(pf.doc.Feature.Children)
	}
	lines := bytes.Count(pf.content, []byte("\n")) + 1
	for i := range lay.blocks {
		lay.blocks[i].end = lines
		if i+1 < len(lay.blocks) {
			lay.blocks[i].end = lay.blocks[i+1].start - 1
		}
	}
	for _, p := range pf.pickles {
		at := pickleAt{block: blockOf[p.AstNodeIds[0]]}
		if len(p.AstNodeIds) > 1 {
			at.row = rowLine[p.AstNodeIds[1]]
		}
		lay.pickles[p.Id] = at
	}
	return lay
}

// blank empties the lines of every scenario and outline row not kept,
// keeping every other line where it was.
var layoutSeed = maphash.MakeSeed()

// text is the file's text as it was when the run read it first: a long run
// keeps each file's layout, not its text, and reads the file again for each
// of its batches.
func (lay *fileLayout) text() ([]byte, error) {
	if lay.path == "" {
		return lay.content, nil
	}
	b, err := os.ReadFile(lay.path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s again: %w", lay.path, err)
	}
	if len(b) != lay.size || maphash.Bytes(layoutSeed, b) != lay.sum {
		return nil, fmt.Errorf("%s changed while the run was reading it: run again once it is saved", lay.path)
	}
	return b, nil
}

func (lay *fileLayout) blank(keep map[string]bool) ([]byte, error) {
	content, err := lay.text()
	if err != nil {
		return nil, err
	}
	keepBlock, keepRow := map[int]bool{}, map[int]bool{}
	for id := range keep {
		if at, ok := lay.pickles[id]; ok {
			keepBlock[at.block] = true
			keepRow[at.row] = true
		}
	}
	lines := strings.Split(string(content), "\n")
	blankLine := func(l int) { // 1-based
		if l >= 1 && l <= len(lines) {
			lines[l-1] = ""
		}
	}
	last := 0 // the last line of the last block kept
	for i, b := range lay.blocks {
		if !b.scenario {
			continue
		}
		if keepBlock[i] {
			last = b.end
		}
		if !keepBlock[i] {
			for l := b.start; l <= b.end; l++ {
				blankLine(l)
			}
			continue
		}
		for _, row := range b.rows {
			if !keepRow[row] {
				blankLine(row)
			}
		}
	}
	// What follows the last scenario kept is not needed at all, and godog
	// would read it line by line: a file of many scenarios cut into
	// batches would cost godog the whole file per batch.
	if last > 0 && last < len(lines) {
		lines = lines[:last]
	}
	return []byte(strings.Join(lines, "\n")), nil
}

// blankOut keeps the pickles whose ids are in keep, blanking the rest.
func blankOut(pf *Parsed, keep map[string]bool) ([]byte, error) {
	return layoutOf(pf).blank(keep)
}

func startLine(loc *messages.Location, tags []*messages.Tag) int {
	l := int(loc.Line)
	for _, t := range tags {
		l = min(l, int(t.Location.Line))
	}
	return l
}

func planFeature(pf *Parsed) *reports.Feature {
	f := &reports.Feature{URI: pf.uri}
	if ft := pf.doc.Feature; ft != nil {
		f.Name, f.Description, f.Line = ft.Name, strings.TrimSpace(ft.Description), int(ft.Location.Line)
		for _, t := range ft.Tags {
			f.Tags = append(f.Tags, t.Name)
		}
	}
	return f
}

// scenarioAt is where a pickle is: its id for the reports (uri:line, and
// :row-line for an outline row), its scenario's line and its row's line.
func scenarioAt(pf *Parsed, p *messages.Pickle) (id string, line, row int) {
	ix := pf.index()
	if n := ix.scenarios[p.AstNodeIds[0]]; n != nil {
		line = int(n.Location.Line)
	}
	id = pf.uri + ":" + strconv.Itoa(line)
	if len(p.AstNodeIds) > 1 {
		if r := ix.rows[p.AstNodeIds[1]]; r != nil {
			row = int(r.Location.Line)
			id += ":" + strconv.Itoa(row)
		}
	}
	return id, line, row
}

// PlanScenario describes a pickle before it runs: every step skipped until
// it reports otherwise. Steps keep their doc strings and tables when args
// is set, for the reports that show them.
func PlanScenario(pf *Parsed, p *messages.Pickle, args bool) *reports.Scenario {
	ix := pf.index()
	nodes, scenarios := ix.steps, ix.scenarios
	sc := &reports.Scenario{Name: p.Name, Tags: pickleTags(p), Status: reports.Skipped, SkipReason: "not run"}
	if n := scenarios[p.AstNodeIds[0]]; n != nil {
		sc.Keyword, sc.Description = n.Keyword, strings.TrimSpace(n.Description)
	}
	sc.ID, sc.Line, sc.Row = scenarioAt(pf, p)
	// One allocation for the scenario's steps: a long run keeps them all.
	steps := make([]reports.Step, len(p.Steps))
	sc.Steps = make([]*reports.Step, 0, len(p.Steps))
	for i, ps := range p.Steps {
		// A run repeats the same step texts in scenario after scenario:
		// one copy of each is kept, not one per step.
		st := &steps[i]
		*st = reports.Step{Text: unique.Make(ps.Text).Value(), Status: reports.Skipped}
		if n := nodes[ps.AstNodeIds[0]]; n != nil {
			st.Keyword, st.Line = unique.Make(n.Keyword).Value(), int(n.Location.Line)
		}
		if a := ps.Argument; a != nil && args {
			if a.DocString != nil {
				st.Edit().DocString = a.DocString.Content
			}
			if a.DataTable != nil {
				for _, r := range a.DataTable.Rows {
					var cells []string
					for _, c := range r.Cells {
						cells = append(cells, c.Value)
					}
					st.Edit().Table = append(st.Edit().Table, cells)
				}
			}
		}
		if api := APIOf(ps.Text); api != "" && sc.API == "" {
			sc.API = api
		}
		if op := OperationOf(ps.Text); op != "" && sc.Operation == "" {
			sc.Operation = op
		}
		sc.Steps = append(sc.Steps, st)
	}
	return sc
}

// Since is the API version a scenario needs, from its @since:V tag, or "".
func Since(p *messages.Pickle) string {
	var since string
	for _, t := range pickleTags(p) {
		if v, ok := strings.CutPrefix(t, "@since:"); ok {
			since = v
		}
	}
	return since
}

// APIOfPickle is the API a scenario's first "the … API" step chooses, or "".
func APIOfPickle(p *messages.Pickle) string {
	for _, st := range p.Steps {
		if api := APIOf(st.Text); api != "" {
			return api
		}
	}
	return ""
}

// OperationsOf lists the operations and methods a scenario sends, in order,
// each once.
func OperationsOf(p *messages.Pickle) []string {
	var out []string
	for _, st := range p.Steps {
		if op := OperationOf(st.Text); op != "" && !slices.Contains(out, op) {
			out = append(out, op)
		}
	}
	return out
}

// CompareVersions compares dotted versions number by number: 9.10 > 9.6.
func CompareVersions(a, b string) int {
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
