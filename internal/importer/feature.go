package importer

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"
	"github.com/conform-dev/conform/internal/plan"

	"github.com/conform-dev/conform/internal/page"
)

// feature writes the documented-example scenarios of a page: one per pair
// of a request and its response, each tagged with what it does to the
// target (@readonly, @mutating, @destructive), so that a run against a
// real system can hold back what would change it. The feature is tagged
// @imported, so that a run can select the curated suite without it, or it
// alone (--tags 'not @imported').
func (m *model) feature() []byte {
	p := m.p
	var b bytes.Buffer
	tags := "@" + p.API + " " + importedTag
	if v := sinceVersion(p.Since); v != "" {
		tags += " @since:" + v
	}
	fmt.Fprintf(&b, "%s\nFeature: %s — %s\n", tags, p.Operation, oneLine(p.Title))
	fmt.Fprintf(&b, "  Imported by conform import from the %s reference page %q. The requests and\n", p.Format, p.Title)
	fmt.Fprintf(&b, "  the responses below are the page's examples as published.\n")
	for _, s := range m.scenarioBlocks() {
		b.Write(s)
	}
	return b.Bytes()
}

// scenarioBlocks are the feature's scenarios, each as its text.
func (m *model) scenarioBlocks() [][]byte {
	pairs, _ := m.sendable()
	var out [][]byte
	for i, pr := range pairs {
		var b bytes.Buffer
		name := "the documented example"
		if len(pairs) > 1 {
			name = fmt.Sprintf("the documented example %d", i+1)
			if t := oneLine(pr.title()); t != "" {
				name += ": " + t
			}
		}
		var body bytes.Buffer
		if m.onCreated(&body, pr) {
			name += ", on what " + m.creator.op + " made first"
		} else {
			m.scenario(&body, pr)
		}
		fmt.Fprintf(&b, "\n  @%s\n  Scenario: %s\n", m.effect(), name)
		b.Write(body.Bytes())
		out = append(out, b.Bytes())
	}
	return out
}

// sendable are the pairs whose request can be sent, and the request
// examples that cannot: JSON that does not parse even after repair is no
// request, and a feature holding it would not pass preflight. Lint reports
// those examples; the import says it wrote no scenario for them.
func (m *model) sendable() ([]pair, []*page.Example) {
	pairs, _ := m.pairs()
	var ok []pair
	var broken []*page.Example
	for _, pr := range pairs {
		if pr.req != nil && pr.req.Err != nil {
			broken = append(broken, pr.req)
			continue
		}
		ok = append(ok, pr)
	}
	return ok, broken
}

// pair is a documented request and the response the page gives for it (nil
// when it gives none).
type pair struct {
	req, resp *page.Example
}

func (pr pair) title() string {
	if pr.req != nil && pr.req.Title != "" {
		return pr.req.Title
	}
	if pr.resp != nil {
		return pr.resp.Title
	}
	return ""
}

// pairs pairs the page's requests and responses by their titles ("Request
// example 2" with "Response example 2"; "Creating an IPv6 … peer" with "The
// IPv6 … peer is created"): each request takes the response whose title
// shares the most distinguishing words with its own, and a response with
// a title of no distinguishing word ("Example response") the first request
// left. A response no request takes is returned as unpaired. A page without
// a request example has no pair: a scenario needs a request to send, and
// one made up would not be the page's.
func (m *model) pairs() ([]pair, []*page.Example) {
	reqs, resps := m.p.RequestExamples, m.p.ResponseExamples
	taken := make([]bool, len(resps))
	var out []pair
	for _, rq := range reqs {
		best, bestScore := -1, 0
		for j, rs := range resps {
			if taken[j] {
				continue
			}
			if sc := shared(titleWords(rq.Title), titleWords(rs.Title)); sc > bestScore {
				best, bestScore = j, sc
			}
		}
		if best < 0 {
			for j, rs := range resps {
				if !taken[j] && (len(titleWords(rs.Title)) == 0 || len(titleWords(rq.Title)) == 0 || len(reqs) == 1 && len(resps) == 1) {
					best = j
					break
				}
			}
		}
		pr := pair{req: rq}
		if best >= 0 {
			taken[best] = true
			pr.resp = resps[best]
		}
		out = append(out, pr)
	}
	var unpaired []*page.Example
	for j, rs := range resps {
		if !taken[j] {
			unpaired = append(unpaired, rs)
		}
	}
	return out, unpaired
}

// genericWord are the words every example title has.
var genericWord = map[string]bool{"request": true, "response": true, "example": true, "examples": true, "the": true, "a": true, "an": true,
	"is": true, "are": true, "of": true, "with": true, "for": true, "by": true, "creating": true, "created": true, "querying": true,
	"queried": true, "deleting": true, "deleted": true, "updating": true, "updated": true, "successful": true, "success": true}

func titleWords(t string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if !genericWord[w] {
			out[w] = true
		}
	}
	return out
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// scenario writes the steps of one pair.
func (m *model) scenario(b *bytes.Buffer, pr pair) {
	p := m.p
	fmt.Fprintf(b, "    Given %s\n", plan.Steps[plan.StepAPI].Text(p.API))
	fmt.Fprintf(b, "    When %s\n", plan.Steps[plan.StepSend].Text(p.Operation))
	docString(b, pr.req.Text)
	m.expect(b, pr)
}

// expect writes the steps that check the answer to a pair's request.
func (m *model) expect(b *bytes.Buffer, pr pair) {
	status, resp := m.documentedResponse(pr.resp)
	if status > 0 {
		fmt.Fprintf(b, "    Then %s\n", plan.Steps[plan.StepStatus].Text(strconv.Itoa(status)))
	}
	// A JSON-RPC error satisfies the envelope and comes with status 200: a
	// documented call must be answered with a result, unless the page's
	// example answers with an error.
	contractStep := plan.Steps[plan.StepSatisfiesContract].Text()
	if m.jsonrpc && !answersError(resp) {
		contractStep = plan.Steps[plan.StepJSONRPCResult].Text()
	}
	if resp != nil {
		fmt.Fprintf(b, "    And %s\n", plan.Steps[plan.StepContentType].Text("application/json"))
		fmt.Fprintf(b, "    And %s\n", contractStep)
		fmt.Fprintf(b, "    And %s\n", plan.Steps[plan.StepLooksLikeExample].Text())
		docString(b, resp.Text)
		if ptrs := m.echoed(pr.req, resp); len(ptrs) > 0 {
			fmt.Fprintf(b, "    And %s\n", plan.Steps[plan.StepEchoes].Text())
			w := 0
			for _, p := range ptrs {
				w = max(w, len(p))
			}
			for _, p := range ptrs {
				fmt.Fprintf(b, "      | %-*s |\n", w, p)
			}
		}
	} else {
		fmt.Fprintf(b, "    And %s\n", contractStep)
	}
}

// answersError tells whether a response example is a JSON-RPC error.
func answersError(resp *page.Example) bool {
	if resp == nil || resp.Parsed == nil {
		return false
	}
	o, _ := resp.Parsed.Value.(map[string]any)
	_, isErr := o["error"]
	return isErr
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func docString(b *bytes.Buffer, text string) {
	b.WriteString("      \"\"\"\n")
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString("      " + l + "\n")
	}
	b.WriteString("      \"\"\"\n")
}

// documentedResponse is the status and example of a pair's response: its
// own status when it parses, else the first documented success status, or
// 0 when the page documents none (no status is made up).
func (m *model) documentedResponse(resp *page.Example) (int, *page.Example) {
	if resp != nil && resp.Status < 300 && resp.Parsed != nil && resp.Parsed.Value != nil {
		if len(m.statuses()) == 0 {
			return 0, resp // the page gives no status: no status step
		}
		return resp.Status, resp
	}
	for _, c := range m.statuses() {
		if c < 300 {
			return c, nil
		}
	}
	return 0, nil
}

// echoed lists the request members the response example returns unchanged
// (REST only: a JSON-RPC response echoes the id by protocol).
func (m *model) echoed(reqEx, resp *page.Example) []string {
	if m.jsonrpc || reqEx == nil || reqEx.Parsed == nil {
		return nil
	}
	req := reqEx.Parsed.Value
	var out []string
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		if o, ok := v.(map[string]any); ok {
			for k, c := range o {
				walk(c, jsonvalue.JoinPointer(ptr, k))
			}
			return
		}
		if _, isArr := v.([]any); isArr || ptr == "" {
			return
		}
		if got, ok := jsonvalue.Lookup(resp.Parsed.Value, ptr); ok && compact(got) == compact(v) {
			out = append(out, ptr)
		}
	}
	walk(req, "")
	sort.Strings(out)
	return out
}

// Scenario is what a feature's documented-example scenario says, for
// comparing features however they are worded.
type Scenario struct {
	API, Operation string
	Request        string
	Status         string
	Response       string
	Echoed         string
}

// Scenarios reads the documented-example scenarios of a feature file.
func Scenarios(src []byte) ([]Scenario, error) {
	sends, err := plan.Sends(src)
	if err != nil {
		return nil, err
	}
	var out []Scenario
	for _, s := range sends {
		if !s.Documented || s.Changed {
			continue
		}
		sc := Scenario{API: s.API, Operation: s.Operation, Request: s.Request, Response: s.Response}
		if s.Status != 0 {
			sc.Status = strconv.Itoa(s.Status)
		}
		ps := slices.Clone(s.Echoed)
		sort.Strings(ps)
		sc.Echoed = strings.Join(ps, " ")
		out = append(out, sc)
	}
	return out, nil
}
