package bench

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/google/pprof/profile"
)

// Category is where one CPU sample of a conform run goes (issue 15): godog,
// the checks, the exchange, conform's own rest, or the runtime alone.
type Category int

// The categories, in the order the row prints them.
const (
	Godog Category = iota
	Checks
	Exchange
	Rest    // any other frame of conform's own code
	Runtime // no frame of the others: GC workers, the scheduler
	categoryCount
)

var categoryNames = [categoryCount]string{"godog", "checks", "exchange", "conform's rest", "runtime/GC"}

func (c Category) String() string { return categoryNames[c] }

const module = "github.com/conform-dev/conform"

// categoryPackages are the packages of each named category. A function
// belongs to a package when its symbol starts with the package path and a
// dot; with sub, the package's subpackages belong too.
var categoryPackages = []struct {
	cat Category
	pkg string
	sub bool
}{
	{Godog, "github.com/cucumber/godog", true},               // the runner, its formatters, its result store
	{Godog, "github.com/cucumber/gherkin", true},             // the parser godog uses (and conform's plan: see Classify)
	{Godog, "github.com/cucumber/messages", true},            // the pickles and results godog keeps (and conform's plan)
	{Godog, "github.com/hashicorp/go-memdb", true},           // godog's result store
	{Godog, "github.com/hashicorp/go-immutable-radix", true}, // under go-memdb
	{Godog, "github.com/hashicorp/golang-lru", true},         // under go-immutable-radix
	{Checks, module + "/internal/checks", true},
	{Checks, module + "/internal/contract", true}, // loading, and the schema engine (internal/contract/jsonschema)
	{Checks, "github.com/getkin/kin-openapi", true},
	{Checks, "github.com/xeipuuv/gojsonschema", true},
	{Checks, "github.com/xeipuuv/gojsonpointer", true},   // gojsonschema's
	{Checks, "github.com/xeipuuv/gojsonreference", true}, // gojsonschema's
	{Checks, "github.com/santhosh-tekuri/jsonschema", true},
	{Exchange, module + "/internal/exchange", true},
	{Exchange, "net/http", true}, // the client's: conform run serves nothing when its targets are given
	{Exchange, "net", false},     // connections; not net/url or net/netip, which the others use too
	{Exchange, "crypto", true},
	{Rest, module, true},
	{Rest, "main", false}, // conform's main package
}

// frameCategory is the category of one function, or -1 for a function of
// no category (the runtime, reflect, encoding/json, regexp, …).
func frameCategory(fn string) Category {
	for _, p := range categoryPackages {
		if strings.HasPrefix(fn, p.pkg+".") || (p.sub && strings.HasPrefix(fn, p.pkg+"/")) {
			return p.cat
		}
	}
	return -1
}

// Classify attributes one sample to exactly one category: that of the
// innermost frame (the stack is leaf first) that has one. So a check
// called under godog's step runner counts as checks, and an allocation
// (runtime.mallocgc) counts for whoever allocated. A stack with no such
// frame is the runtime's own work.
//
// The Gherkin parser and its messages are godog's when godog calls them, but
// conform reads every feature itself too, before godog does (plan.Select:
// selection and preflight): a parse whose nearest caller outside those two
// modules is conform's own code is conform's rest, not godog's.
func Classify(stack []string) (Category, string) {
	for i, fn := range stack {
		c := frameCategory(fn)
		if c < 0 {
			continue
		}
		if c == Godog && sharedParser(fn) {
			for _, caller := range stack[i+1:] {
				if sharedParser(caller) {
					continue
				}
				if cc := frameCategory(caller); cc == Rest || cc == Checks {
					return Rest, fn
				} else if cc >= 0 {
					break
				}
			}
		}
		return c, fn
	}
	return Runtime, ""
}

// sharedParser is a function of the Gherkin parser or its messages, which
// both godog and conform's plan call.
func sharedParser(fn string) bool {
	return strings.HasPrefix(fn, "github.com/cucumber/gherkin/") || strings.HasPrefix(fn, "github.com/cucumber/messages/")
}

// CPUSplit is the CPU time of one or more profiles by category, with the
// functions that cost it.
type CPUSplit struct {
	Total time.Duration
	By    [categoryCount]time.Duration
	// Flat is the CPU where a function is the leaf of the sample (pprof's
	// flat), by category; Own where it is the frame that decided the
	// category, its unnamed callees (the runtime's allocation, reflect,
	// encoding/json) included.
	Flat, Own [categoryCount]map[string]time.Duration
}

// Add attributes one sample of d CPU.
func (s *CPUSplit) Add(stack []string, d time.Duration) {
	c, own := Classify(stack)
	s.Total += d
	s.By[c] += d
	if s.Flat[c] == nil {
		s.Flat[c], s.Own[c] = map[string]time.Duration{}, map[string]time.Duration{}
	}
	if len(stack) > 0 {
		s.Flat[c][stack[0]] += d
	}
	if own != "" {
		s.Own[c][own] += d
	}
}

// Merge adds another split to s.
func (s *CPUSplit) Merge(o CPUSplit) {
	s.Total += o.Total
	for c := range categoryCount {
		s.By[c] += o.By[c]
		if o.Flat[c] == nil {
			continue
		}
		if s.Flat[c] == nil {
			s.Flat[c], s.Own[c] = map[string]time.Duration{}, map[string]time.Duration{}
		}
		for fn, d := range o.Flat[c] {
			s.Flat[c][fn] += d
		}
		for fn, d := range o.Own[c] {
			s.Own[c][fn] += d
		}
	}
}

// SplitProfile splits a CPU profile (runtime/pprof's) by category.
func SplitProfile(p *profile.Profile) (CPUSplit, error) {
	idx := -1
	for i, st := range p.SampleType {
		if st.Type == "cpu" && st.Unit == "nanoseconds" {
			idx = i
		}
	}
	if idx < 0 {
		return CPUSplit{}, fmt.Errorf("not a CPU profile: sample types %v", p.SampleType)
	}
	var s CPUSplit
	var stack []string
	for _, sample := range p.Sample {
		stack = stack[:0]
		for _, loc := range sample.Location {
			// A location's lines are its inlined calls, innermost first.
			for _, l := range loc.Line {
				if l.Function != nil {
					stack = append(stack, l.Function.Name)
				}
			}
		}
		s.Add(stack, time.Duration(sample.Value[idx]))
	}
	return s, nil
}

// ReadCPUSplit reads a CPU profile file and splits it.
func ReadCPUSplit(path string) (CPUSplit, error) {
	f, err := os.Open(path)
	if err != nil {
		return CPUSplit{}, err
	}
	defer f.Close()
	p, err := profile.Parse(f)
	if err != nil {
		return CPUSplit{}, fmt.Errorf("%s: %w", path, err)
	}
	return SplitProfile(p)
}

// WriteTop writes a category's n costliest functions, by flat CPU and by
// the frame that decided the category, as shares of the category.
func (s *CPUSplit) WriteTop(w io.Writer, c Category, n int) {
	for _, list := range []struct {
		what string
		m    map[string]time.Duration
	}{
		{"flat (the sample's leaf function)", s.Flat[c]},
		{fmt.Sprintf("by the %s function nearest the leaf (what it calls outside the categories, such as the runtime's allocation, included)", c), s.Own[c]},
	} {
		if len(list.m) == 0 {
			continue // the runtime's own samples have no deciding frame
		}
		fmt.Fprintf(w, "bench: CPU profile, top %d in %s, %s:\n", n, c, list.what)
		type fnCost struct {
			fn string
			d  time.Duration
		}
		var all []fnCost
		for fn, d := range list.m {
			all = append(all, fnCost{fn, d})
		}
		sort.Slice(all, func(i, j int) bool { return all[i].d > all[j].d || (all[i].d == all[j].d && all[i].fn < all[j].fn) })
		for _, f := range all[:min(n, len(all))] {
			fmt.Fprintf(w, "  %6.1f%%  %8s  %s\n", 100*float64(f.d)/float64(max(s.By[c], 1)), f.d.Round(time.Millisecond), f.fn)
		}
	}
}

// cpuSplit runs row 1's workload (the documented CreateVifPeer scenario,
// copied, against conform serve) with conform run --cpuprofile, 3 times,
// and splits each profile: CPU per scenario by category, the median of the
// runs, and in the log the costliest functions of godog, of conform's rest
// and of the runtime over all three profiles.
func (r *runner) cpuSplit(target string, seeds []Scenario) error {
	dir, n, err := r.documentedFeatures(seeds)
	if err != nil {
		return err
	}
	var all CPUSplit
	var per [categoryCount][]float64
	var totals, rusage []float64
	for i := range runsPerRow {
		f := filepath.Join(r.cfg.Tmp, fmt.Sprintf("cpu-%d.out", i))
		p, _, err := r.conformRun(target, n, "--cpuprofile", f, dir)
		if err != nil {
			return err
		}
		s, err := ReadCPUSplit(f)
		if err != nil {
			return err
		}
		for c := range categoryCount {
			per[c] = append(per[c], float64(s.By[c])/float64(n))
		}
		totals, rusage = append(totals, float64(s.Total)/float64(n)), append(rusage, float64(p.CPU)/float64(n))
		all.Merge(s)
	}
	var meds [categoryCount]float64
	var sum float64
	for c := range categoryCount {
		meds[c] = SpreadOf(per[c]).Med
		sum += meds[c]
	}
	var parts []string
	for c := range categoryCount {
		parts = append(parts, fmt.Sprintf("%s %.0f µs (%.0f%%)", Category(c), meds[c]/1e3, 100*meds[c]/max(sum, 1)))
	}
	r.add(Row{"1", fmt.Sprintf("where conform's CPU goes: the %d documented CreateVifPeer scenarios against `conform serve`, run with --cpuprofile; each sample counted once, for the innermost frame that belongs to a category; CPU per scenario, each category the median of %d", n, runsPerRow),
		strings.Join(parts, "; "),
		fmt.Sprintf("profiled in all %.0f µs per scenario (%.0f–%.0f); the kernel counted %.0f µs", SpreadOf(totals).Med/1e3, SpreadOf(totals).Lo/1e3, SpreadOf(totals).Hi/1e3, SpreadOf(rusage).Med/1e3),
		"—", "—", "—"})
	fmt.Fprintf(r.log, "bench: CPU profile of %d runs of %d documented scenarios, %s sampled in all\n", runsPerRow, n, all.Total.Round(time.Millisecond))
	for _, c := range []Category{Godog, Rest, Runtime} {
		all.WriteTop(r.log, c, 10)
	}
	return nil
}
