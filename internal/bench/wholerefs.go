package bench

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/plan"
)

// Tagged is what the bench needs of a set of feature files: how many of
// their scenarios carry a tag, the highest @since:X.Y among those, and
// every request they send.
type Tagged struct {
	Scenarios int
	Since     string // "" when none says
	Sends     []plan.Sent
}

// ReadTagged reads the feature files: the scenarios (pickles: an outline's
// rows each count) whose tags, the feature's included, hold tag.
func ReadTagged(files []string, tag string) (Tagged, error) {
	var t Tagged
	var since []int
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return t, err
		}
		ids := (&messages.Incrementing{}).NewId
		doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(src), ids)
		if err != nil {
			return t, fmt.Errorf("%s: %w", f, err)
		}
		for _, p := range gherkin.Pickles(*doc, f, ids) {
			var tagged bool
			var v []int
			for _, tg := range p.Tags {
				tagged = tagged || tg.Name == tag
				if s, ok := strings.CutPrefix(tg.Name, "@since:"); ok {
					v = version(s)
				}
			}
			if !tagged {
				continue
			}
			t.Scenarios++
			if v != nil && (since == nil || versionLess(since, v)) {
				since, t.Since = v, joinVersion(v)
			}
		}
		sends, err := plan.Sends(src)
		if err != nil {
			return t, fmt.Errorf("%s: %w", f, err)
		}
		t.Sends = append(t.Sends, sends...)
	}
	return t, nil
}

func version(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ".") {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil
		}
		out = append(out, n)
	}
	return out
}

func versionLess(a, b []int) bool {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func joinVersion(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ".")
}

var templateParam = regexp.MustCompile(`\{([A-Za-z0-9_]+)\}`)

// templateEnv gives a value to each path parameter that a documented
// request leaves as its template ("GET /v2.0/dcaas/direct-connects/{direct_connect_id}"),
// through CONFORM_<API>_<PARAM> as a user would: without one, conform
// sends nothing and fails the scenario. The stub routes by template, so
// any value does.
func templateEnv(set *contract.Set, sends []plan.Sent) []string {
	var env []string
	seen := map[string]bool{}
	for _, s := range sends {
		api, err := set.API(s.API)
		if err != nil || api.JSONRPC != nil || !s.Documented {
			continue
		}
		line, _, _ := strings.Cut(strings.TrimSpace(s.Request), "\n")
		if i := strings.Index(line, "://"); i >= 0 {
			line = line[i+3:] // the host may be a template too ({dc_endpoint})
			line = line[strings.IndexByte(line+"/", '/'):]
		}
		for _, m := range templateParam.FindAllStringSubmatch(line, -1) {
			v := api.EnvPrefix() + contract.EnvToken(m[1])
			if !seen[v] {
				seen[v] = true
				env = append(env, v+"=bench-"+strings.ReplaceAll(m[1], "_", "-"))
			}
		}
	}
	sort.Strings(env)
	return env
}

// runSummary is conform's last console line, passed or failed.
var runSummary = regexp.MustCompile(`(?m)^(?:PASSED: (\d+) of (\d+) scenarios passed \((\d+) skipped|FAILED: (\d+) of (\d+) scenarios failed \((\d+) passed, (\d+) skipped)`)

// RunTotals reads conform's summary: scenarios selected, passed, failed
// and skipped (not run, whatever the reason). ok is false when the output
// holds no summary.
func RunTotals(out string) (selected, passed, failed, skipped int, ok bool) {
	m := runSummary.FindStringSubmatch(out)
	if m == nil {
		return 0, 0, 0, 0, false
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	if m[1] != "" {
		return n(m[2]), n(m[1]), 0, n(m[3]), true
	}
	return n(m[5]), n(m[6]), n(m[4]), n(m[7]), true
}

// readonlyRefs runs every @readonly scenario that conform import wrote,
// against one loopback ExampleStub per API, median of 3. The embedded
// reference implements none of their operations, so it could not run
// them. The row checks that conform ran exactly as many scenarios as the
// features hold, none skipped; a documented response that breaks the
// contract fails its scenario, and the row says how many did.
func (r *runner) readonlyRefs() error {
	root, files, err := r.wholeReferences("9", "whole references: every @readonly imported scenario", "—")
	if err != nil || root == "" {
		return err
	}
	t, err := ReadTagged(files, "@readonly")
	if err != nil {
		return err
	}
	set, err := contract.Load(r.ctx, root, nil)
	if err != nil {
		return err
	}
	args := []string{"run", "--dir", root, "--format", "progress", "--no-colors", "--tags", "@readonly"}
	env := append(slices.Clone(referenceEnv), templateEnv(set, t.Sends)...)
	var stubs []*ExampleStub
	for _, name := range set.Names() {
		api, _ := set.API(name)
		stub := NewExampleStub(api, t.Sends)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		hs := &http.Server{Handler: stub, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = hs.Serve(ln) }()
		defer hs.Close()
		u := "http://" + ln.Addr().String()
		if api.JSONRPC != nil {
			// A JSON-RPC target's URL names the API version: the highest
			// @since of the scenarios, so that none is skipped for it.
			v := t.Since
			if v == "" {
				v = api.Doc.Info.Version
			}
			for _, op := range api.Operations() {
				values := map[string]string{}
				for _, p := range op.PathParams() {
					values[p] = v
				}
				p, err := op.ExpandPath(values)
				if err != nil {
					return err
				}
				u += p
				break
			}
		}
		args = append(args, "--target", name+"="+u)
		stubs = append(stubs, stub)
	}
	args = append(args, files...)
	var runs []Proc
	var stubCPU []float64
	var passed, failed int
	for range runsPerRow {
		before := selfCPU()
		p, err := Measure(r.ctx, 5*time.Minute, r.cfg.Repo, env, r.cfg.Conform, args...)
		if err != nil {
			return err
		}
		sel, pass, fail, skip, ok := RunTotals(p.Out)
		if !ok || sel != t.Scenarios || skip != 0 || pass+fail != t.Scenarios || p.Code > 1 {
			return fmt.Errorf("conform run --tags @readonly of the %d imported feature files: exit %d, want %d scenarios run, none skipped:\n%s", len(files), p.Code, t.Scenarios, tail(p.Out, 3000))
		}
		runs, stubCPU, passed, failed = append(runs, p), append(stubCPU, float64(selfCPU()-before)), pass, fail
	}
	var documented, standIn, unknown int64
	for _, s := range stubs {
		documented, standIn, unknown = documented+s.Documented.Load(), standIn+s.StandIn.Load(), unknown+s.Unknown.Load()
	}
	m := MediansOf(runs)
	n := t.Scenarios
	r.add(Row{"9", fmt.Sprintf("whole references: `conform run --dir %s --tags @readonly` of the %d imported feature files: %d scenarios (%d passed, %d failed), one loopback stub per API answering each request with the response its feature documents (per run: %d documented, %d stand-ins, %d unknown), median of %d (range)",
		r.rel(root), len(files), n, passed, failed, documented/runsPerRow, standIn/runsPerRow, unknown/runsPerRow, runsPerRow),
		fmt.Sprintf("%s wall, %s CPU per scenario (start-up included), %s peak; stubs %.0f ms CPU", m.Wall.ms(), m.CPU.perScenarioUS(n), m.RSS.mib(), SpreadOf(stubCPU).Med/1e6),
		"—", "—", "—", "—"})
	return nil
}
