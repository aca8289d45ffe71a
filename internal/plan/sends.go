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
	var r sendReader
	for _, c := range doc.Feature.Children {
		if c.Scenario != nil {
			r.scenario(c.Scenario.Steps)
		}
		if c.Rule != nil {
			for _, rc := range c.Rule.Children {
				if rc.Scenario != nil {
					r.scenario(rc.Scenario.Steps)
				}
			}
		}
	}
	return r.out, nil
}

// sendReader reads one scenario at a time: a sending step starts a Sent,
// and the checking steps after it fill it in.
type sendReader struct {
	out []Sent
	api string
	cur *Sent
}

func (r *sendReader) scenario(steps []*messages.Step) {
	r.api, r.cur = "", nil
	for _, st := range steps {
		if step, args := Match(st.Text); step != nil {
			r.step(step.ID, args, st)
		}
	}
	r.flush()
}

func (r *sendReader) flush() {
	if r.cur != nil {
		r.out = append(r.out, *r.cur)
	}
	r.cur = nil
}

func (r *sendReader) step(id StepID, args []string, st *messages.Step) {
	switch {
	case id == StepAPI || id == StepAPIAt:
		r.api = args[0]
	case isSend(id) && st.DocString != nil:
		r.flush()
		r.cur = &Sent{API: r.api, Operation: args[0], Documented: documented(st.Text), Changed: id != StepSend,
			Request: st.DocString.Content, RequestLine: int(st.DocString.Location.Line) + 1}
	case r.cur != nil:
		r.expect(id, args, st)
	}
}

// expect records what a checking step after a send expects of the answer.
func (r *sendReader) expect(id StepID, args []string, st *messages.Step) {
	switch {
	case id == StepStatus:
		r.cur.Status, _ = strconv.Atoi(args[0])
	case id == StepLooksLikeExample && st.DocString != nil:
		r.cur.Response, r.cur.ResponseLine, r.cur.HasResponse = st.DocString.Content, int(st.DocString.Location.Line)+1, true
	case id == StepEchoes && st.DataTable != nil:
		for _, row := range st.DataTable.Rows {
			if len(row.Cells) > 0 {
				r.cur.Echoed = append(r.cur.Echoed, row.Cells[0].Value)
			}
		}
	}
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
