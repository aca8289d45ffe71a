package reports

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// JUnit XML as the common (Jenkins) schema has it: one testsuite per feature,
// one testcase per scenario, with a classname (the feature file), the
// skipped count, and times that add up and are never negative. godog's own
// formatter has none of these.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Timestamp  string          `xml:"timestamp,attr,omitempty"`
	ID         int             `xml:"id,attr"`
	Package    string          `xml:"package,attr"`
	Properties *junitProps     `xml:"properties,omitempty"`
	Cases      []junitTestcase `xml:"testcase"`
}

type junitProps struct {
	Props []junitProp `xml:"property"`
}

type junitProp struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitTestcase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Skipped   *string       `xml:"skipped"`
	Failure   *junitFailure `xml:"failure"`
	SystemOut systemOut     `xml:"system-out"`
}

// systemOut renders a scenario's steps as the test case's system-out while
// the document is encoded, so that a long run's report does not hold every
// scenario's text at once.
type systemOut struct{ sc *Scenario }

func (o systemOut) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(scenarioText(o.sc), start)
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func seconds(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	return fmt.Sprintf("%.3f", d.Seconds())
}

// WriteJUnit writes the run as JUnit XML.
func WriteJUnit(w io.Writer, r *Run) error {
	out := junitSuites{Name: r.Name}
	var total time.Duration
	for i, f := range r.Features {
		s := junitSuite{Name: f.Name, ID: i, Package: classname(f.URI), Timestamp: r.Started.UTC().Format("2006-01-02T15:04:05")}
		s.Properties = &junitProps{Props: []junitProp{{Name: "uri", Value: f.URI}}}
		var d time.Duration
		for _, sc := range f.Scenarios {
			tc := junitTestcase{Name: sc.Name, Classname: classname(f.URI), Time: seconds(sc.Duration), SystemOut: systemOut{sc}}
			s.Tests++
			switch sc.Status {
			case Failed:
				s.Failures++
				tc.Failure = failureOf(sc)
			case Skipped:
				s.Skipped++
				reason := sc.SkipReason
				tc.Skipped = &reason
			}
			d += max(sc.Duration, 0)
			s.Cases = append(s.Cases, tc)
		}
		s.Time = seconds(d)
		total += d
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Suites = append(out.Suites, s)
	}
	out.Time = seconds(total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// classname is the feature file as a dotted name, the way JUnit viewers
// group test cases: features/dcaas/create_vif_peer.feature →
// features.dcaas.create_vif_peer.
func classname(uri string) string {
	return strings.ReplaceAll(strings.TrimSuffix(uri, ".feature"), "/", ".")
}

func failureOf(sc *Scenario) *junitFailure {
	st := sc.FailedStep()
	if st == nil {
		return &junitFailure{Message: "failed", Type: "failure"}
	}
	msg, _, _ := strings.Cut(st.Detail().Error, "\n")
	if len(st.Detail().Violations) > 0 {
		msg = st.Detail().Violations[0].String()
		if n := len(st.Detail().Violations); n > 1 {
			msg += fmt.Sprintf(" (and %d more)", n-1)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: %s%s\n%s\n", sc.URI(), st.Line, st.Keyword, st.Text, st.Detail().Error)
	if x := failedExchange(sc); x != nil {
		fmt.Fprintf(&b, "\nreproduce:\n%s\n", x.Curl)
	}
	t := "violation"
	if len(st.Detail().Violations) == 0 {
		t = "error"
	}
	return &junitFailure{Message: msg, Type: t, Text: b.String()}
}

// failedExchange is the last request sent up to and including the failed
// step: the one whose answer failed it.
func failedExchange(sc *Scenario) *Exchange {
	var last *Exchange
	for _, st := range sc.Steps {
		if st.Detail().Exchange != nil {
			last = st.Detail().Exchange
		}
		if st.Status == Failed {
			return last
		}
	}
	return nil
}

var statusMark = map[Status]string{Passed: "✓", Failed: "✗", Skipped: "-"}

// scenarioText is the scenario as a reader of a CI log wants it: where it
// is, each step with its outcome, and the warnings.
func scenarioText(sc *Scenario) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n", sc.ID, sc.Name)
	if sc.SkipReason != "" {
		fmt.Fprintf(&b, "skipped: %s\n", sc.SkipReason)
	}
	for _, st := range sc.Steps {
		fmt.Fprintf(&b, "  %s %s%s\n", statusMark[st.Status], st.Keyword, st.Text)
	}
	for _, w := range sc.Warnings {
		fmt.Fprintf(&b, "  %s\n", w.String())
	}
	return b.String()
}
