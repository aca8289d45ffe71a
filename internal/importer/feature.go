package importer

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"

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
	fmt.Fprintf(&b, "    Given the %q API\n", p.API)
	req := ""
	if len(p.RequestExamples) > 0 {
		req = p.RequestExamples[0].Text
	}
	fmt.Fprintf(&b, "    When I send the documented %q request:\n", p.Operation)
	docString(&b, req)
	status, resp := m.documentedResponse()
	fmt.Fprintf(&b, "    Then the response status is %d\n", status)
	if resp != nil {
		b.WriteString("    And the response content type is \"application/json\"\n")
		b.WriteString("    And the response satisfies the contract\n")
		b.WriteString("    And the response looks like the documented example:\n")
		docString(&b, resp.Text)
		if ptrs := m.echoed(resp); len(ptrs) > 0 {
			b.WriteString("    And the response echoes these request members:\n")
			w := 0
			for _, p := range ptrs {
				w = max(w, len(p))
			}
			for _, p := range ptrs {
				fmt.Fprintf(&b, "      | %-*s |\n", w, p)
			}
		}
	} else {
		b.WriteString("    And the response satisfies the contract\n")
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

var (
	apiRe    = regexp.MustCompile(`^the "([^"]*)" API$`)
	sendRe   = regexp.MustCompile(`^I send the documented "([^"]*)" request:$`)
	statusRe = regexp.MustCompile(`^the response status is (\d{3})$`)
	looksRe  = regexp.MustCompile(`^the response looks like the documented example:$`)
	echoRe   = regexp.MustCompile(`^the response echoes these request members:$`)
)

// Scenarios reads the documented-example scenarios of a feature file.
func Scenarios(src []byte) ([]Scenario, error) {
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(src), (&messages.Incrementing{}).NewId)
	if err != nil {
		return nil, err
	}
	var out []Scenario
	if doc.Feature == nil {
		return nil, nil
	}
	for _, c := range doc.Feature.Children {
		if c.Scenario == nil {
			continue
		}
		var s Scenario
		for _, st := range c.Scenario.Steps {
			switch {
			case apiRe.MatchString(st.Text):
				s.API = apiRe.FindStringSubmatch(st.Text)[1]
			case sendRe.MatchString(st.Text) && st.DocString != nil:
				s.Operation, s.Request = sendRe.FindStringSubmatch(st.Text)[1], st.DocString.Content
			case statusRe.MatchString(st.Text):
				s.Status = statusRe.FindStringSubmatch(st.Text)[1]
			case looksRe.MatchString(st.Text) && st.DocString != nil:
				s.Response = st.DocString.Content
			case echoRe.MatchString(st.Text) && st.DataTable != nil:
				var ps []string
				for _, r := range st.DataTable.Rows {
					ps = append(ps, r.Cells[0].Value)
				}
				sort.Strings(ps)
				s.Echoed = strings.Join(ps, " ")
			}
		}
		if s.Operation != "" {
			out = append(out, s)
		}
	}
	return out, nil
}
