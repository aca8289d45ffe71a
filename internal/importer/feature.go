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

// feature writes the documented-example scenario of a page.
func (m *model) feature() []byte {
	p := m.p
	var b bytes.Buffer
	tags := "@" + p.API
	if p.Since != "" {
		tags += " @since:" + p.Since
	}
	fmt.Fprintf(&b, "%s\nFeature: %s — %s\n", tags, p.Operation, oneLine(p.Title))
	fmt.Fprintf(&b, "  Imported by conform import from the %s reference page %q. The request and\n", p.Format, p.Title)
	fmt.Fprintf(&b, "  the response below are the page's examples as published.\n\n")
	fmt.Fprintf(&b, "  Scenario: the documented example\n")
	fmt.Fprintf(&b, "    Given %s\n", plan.Steps[plan.StepAPI].Text(p.API))
	req := ""
	if len(p.RequestExamples) > 0 {
		req = p.RequestExamples[0].Text
	}
	fmt.Fprintf(&b, "    When %s\n", plan.Steps[plan.StepSend].Text(p.Operation))
	docString(&b, req)
	status, resp := m.documentedResponse()
	fmt.Fprintf(&b, "    Then %s\n", plan.Steps[plan.StepStatus].Text(strconv.Itoa(status)))
	if resp != nil {
		fmt.Fprintf(&b, "    And %s\n", plan.Steps[plan.StepContentType].Text("application/json"))
		fmt.Fprintf(&b, "    And %s\n", plan.Steps[plan.StepSatisfiesContract].Text())
		fmt.Fprintf(&b, "    And %s\n", plan.Steps[plan.StepLooksLikeExample].Text())
		docString(&b, resp.Text)
		if ptrs := m.echoed(resp); len(ptrs) > 0 {
			fmt.Fprintf(&b, "    And %s\n", plan.Steps[plan.StepEchoes].Text())
			w := 0
			for _, p := range ptrs {
				w = max(w, len(p))
			}
			for _, p := range ptrs {
				fmt.Fprintf(&b, "      | %-*s |\n", w, p)
			}
		}
	} else {
		fmt.Fprintf(&b, "    And %s\n", plan.Steps[plan.StepSatisfiesContract].Text())
	}
	return b.Bytes()
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

// documentedResponse is the first success status and its example, if any.
func (m *model) documentedResponse() (int, *page.Example) {
	for _, e := range m.p.ResponseExamples {
		if e.Status < 300 && e.Parsed != nil && e.Parsed.Value != nil {
			return e.Status, e
		}
	}
	for _, c := range m.statuses() {
		if c < 300 {
			return c, nil
		}
	}
	return 200, nil
}

// echoed lists the request members the response example returns unchanged
// (REST only: a JSON-RPC response echoes the id by protocol).
func (m *model) echoed(resp *page.Example) []string {
	if m.jsonrpc || len(m.p.RequestExamples) == 0 || m.p.RequestExamples[0].Parsed == nil {
		return nil
	}
	req := m.p.RequestExamples[0].Parsed.Value
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
