package plan

import (
	"bytes"
	"strconv"
	"strings"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"
)

// Sent is one request a scenario sends, and what the steps after it expect
// of the answer, as the feature writes them: what lint checks against the
// contracts, gen changes one member at a time, and import compares with a
// page.
type Sent struct {
	API       string // the API chosen before it, "" when none was
	Operation string
	// Documented is set when the step says "documented": the doc string is
	// the vendor's example, verbatim.
	Documented bool
	// Changed is set when the request is sent changed (a member set or
	// removed, no credentials, a long token) rather than as written.
	Changed      bool
	Request      string // the doc string
	RequestLine  int    // the doc string's first line of content
	Status       int    // "the response status is N"; 0 when no step says
	Response     string // "looks like the documented example"'s doc string
	ResponseLine int
	HasResponse  bool
	Echoed       []string // "echoes these request members"' pointers
}

// Sends reads every request the scenarios of a feature text send. A file
// that is not Gherkin is an error; Preflight says where.
func Sends(src []byte) ([]Sent, error) {
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(src), (&messages.Incrementing{}).NewId)
	if err != nil {
		return nil, err
	}
	if doc.Feature == nil {
		return nil, nil
	}
	var out []Sent
	var scenario func(steps []*messages.Step)
	scenario = func(steps []*messages.Step) {
		api := ""
		var cur *Sent
		flush := func() {
			if cur != nil {
				out = append(out, *cur)
			}
			cur = nil
		}
		for _, st := range steps {
			step, args := Match(st.Text)
			if step == nil {
				continue
			}
			switch id := step.ID; {
			case id == StepAPI || id == StepAPIAt:
				api = args[0]
			case isSend(id) && st.DocString != nil:
				flush()
				cur = &Sent{API: api, Operation: args[0], Documented: documented(st.Text),
					Changed: id != StepSend, Request: st.DocString.Content, RequestLine: int(st.DocString.Location.Line) + 1}
			case cur == nil:
			case id == StepStatus:
				cur.Status, _ = strconv.Atoi(args[0])
			case id == StepLooksLikeExample && st.DocString != nil:
				cur.Response, cur.ResponseLine, cur.HasResponse = st.DocString.Content, int(st.DocString.Location.Line)+1, true
			case id == StepEchoes && st.DataTable != nil:
				for _, r := range st.DataTable.Rows {
					if len(r.Cells) > 0 {
						cur.Echoed = append(cur.Echoed, r.Cells[0].Value)
					}
				}
			}
		}
		flush()
	}
	for _, c := range doc.Feature.Children {
		if c.Scenario != nil {
			scenario(c.Scenario.Steps)
		}
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				if rc.Scenario != nil {
					scenario(rc.Scenario.Steps)
				}
			}
		}
	}
	return out, nil
}

func isSend(id StepID) bool {
	for _, s := range sendSteps {
		if s == id {
			return true
		}
	}
	return false
}

// documented tells whether a sending step says "documented".
func documented(text string) bool { return strings.HasPrefix(text, sendPrefix+documentedWord) }
