package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
	"github.com/conform-dev/conform/internal/plan"
)

// creator is how a scenario makes what a destructive example deletes: the
// documented request of the operation whose x-conform-cleanup is the
// page's operation, and which member of its response names what it made.
// A documented "remove pair 1" presumes a pair 1; sent to a fresh target it
// can only fail, so the scenario makes one first and removes that.
type creator struct {
	op     string
	req    *page.Example
	status int
	param  string // the parameter of the destructive request
	from   string // the pointer into the creator's response
}

// findCreator looks in the repository's contracts for an operation whose
// cleanup is op, whose page is among the imported ones.
func findCreator(set *contract.Set, stage, api, op string, byOp map[string]*page.Page) *creator {
	if set == nil {
		return nil
	}
	a, err := set.API(api)
	if err != nil {
		return nil
	}
	var found []*creator
	add := func(name string, cl *contract.Cleanup) {
		if cl == nil || (cl.Method != op && cl.Operation != op) || len(cl.From) != 1 {
			return
		}
		p := byOp[api+" "+name]
		if p == nil || len(p.RequestExamples) == 0 || p.RequestExamples[0].Parsed == nil {
			// Not among the pages: the documented request a feature of
			// the repository already sends.
			if c := featureCreator(stage, api, name, cl); c != nil {
				found = append(found, c)
			}
			return
		}
		c := &creator{op: name, req: p.RequestExamples[0]}
		for k, v := range cl.From {
			c.param, c.from = k, v
		}
		for _, e := range p.ResponseExamples {
			if e.Status > 0 && e.Status < 300 {
				c.status = e.Status
				break
			}
		}
		if c.status == 0 {
			for _, s := range p.StatusCodes {
				if s.Code < 300 {
					c.status = s.Code
					break
				}
			}
		}
		found = append(found, c)
	}
	if a.JSONRPC != nil {
		for _, meth := range a.JSONRPC.Methods() {
			add(meth.Name, meth.Cleanup)
		}
	}
	for _, o := range a.Operations() {
		add(o.ID, o.Cleanup)
	}
	if len(found) == 0 {
		return nil
	}
	sort.Slice(found, func(i, j int) bool { return found[i].op < found[j].op })
	return found[0]
}

// onCreated writes the scenario of a pair that first makes what the
// documented request deletes: the creator's documented request, its
// status, the kept member, then the page's request with that member in
// place of the documented one (the step's own request, not the vendor's
// verbatim: "documented" would be untrue).
func (m *model) onCreated(b *bytes.Buffer, pr pair) bool {
	c := m.creator
	if c == nil || pr.req == nil || pr.req.Parsed == nil {
		return false
	}
	req, ok := m.withKept(pr.req, c.param)
	if !ok {
		return false
	}
	p := m.p
	fmt.Fprintf(b, "    Given %s\n", plan.Steps[plan.StepAPI].Text(p.API))
	fmt.Fprintf(b, "    When %s\n", plan.Steps[plan.StepSend].Text(c.op))
	docString(b, c.req.Text)
	if c.status > 0 {
		fmt.Fprintf(b, "    Then %s\n", plan.Steps[plan.StepStatus].Text(strconv.Itoa(c.status)))
	}
	fmt.Fprintf(b, "    And %s\n", plan.Steps[plan.StepKeep].Text(c.from, c.param))
	fmt.Fprintf(b, "    When %s\n", plan.Steps[plan.StepSend].Plain(p.Operation))
	docString(b, req)
	m.expect(b, pr)
	return true
}

// withKept is the documented request with the parameter's value replaced
// by the kept one: a JSON-RPC param, or a REST path parameter.
func (m *model) withKept(ex *page.Example, param string) (string, bool) {
	if m.jsonrpc {
		v, ok := ex.Parsed.Value.(map[string]any)
		if !ok {
			return "", false
		}
		params, ok := v["params"].(map[string]any)
		if !ok {
			return "", false
		}
		old, ok := params[param]
		if !ok {
			return "", false
		}
		const mark = "\x00kept\x00"
		params[param] = mark
		defer func() { params[param] = old }()
		out, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return "", false
		}
		put := "{{" + param + "}}"
		if _, isString := old.(string); isString {
			put = `"` + put + `"`
		}
		return strings.Replace(string(out), `"\u0000kept\u0000"`, put, 1), true
	}
	u := ex.Parsed.URL
	if u == "" {
		return "", false
	}
	vals, _, ok := contract.MatchTemplate(m.p.Path, contract.URLPath(u), true)
	if !ok || vals[param] == "" {
		return "", false
	}
	line := firstLine(ex.Text)
	return strings.Replace(line, "/"+vals[param], "/{{"+param+"}}", 1) + ex.Text[len(line):], true
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// featureCreator finds the documented request of op that a feature of the
// API sends, with the status it expects.
func featureCreator(stage, api, op string, cl *contract.Cleanup) *creator {
	files, _ := filepath.Glob(filepath.Join(stage, "features", api, "*.feature"))
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		scs, err := Scenarios(b)
		if err != nil {
			continue
		}
		for _, sc := range scs {
			if sc.Operation != op || sc.API != api || sc.Status == "" {
				continue
			}
			ex := &page.Example{Text: sc.Request}
			status, _ := strconv.Atoi(sc.Status)
			c := &creator{op: op, req: ex, status: status}
			for k, v := range cl.From {
				c.param, c.from = k, v
			}
			return c
		}
	}
	return nil
}
