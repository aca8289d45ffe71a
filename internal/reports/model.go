// Package reports turns what a run did into what people and CI read: the
// console summary and progress, JUnit XML, Cucumber JSON, one self-contained
// HTML file, conform's own JSON (the input of `conform report merge`), and
// the coverage of the contracts. Every report is drawn from one Run value,
// whose findings are the checks.Finding values the steps returned, so the
// reports agree with each other by construction. Everything in a Run is
// already redacted; the writers mask known secrets once more on the way out.
package reports

import (
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/checks"
)

// Status is a scenario's or a step's outcome.
type Status string

// The outcomes. A scenario is skipped when it was selected but not run: its
// API version is older than the one it needs (@since), or a step skipped it.
const (
	Passed  Status = "passed"
	Failed  Status = "failed"
	Skipped Status = "skipped"
)

// Run is one run, or several shards merged.
type Run struct {
	Name     string        `json:"name"`
	Started  time.Time     `json:"started"`
	Duration time.Duration `json:"duration"`
	Strict   bool          `json:"strict,omitempty"`
	Targets  []string      `json:"targets,omitempty"`
	Shards   []string      `json:"shards,omitempty"` // "1/4"… for a sharded or merged run
	Features []*Feature    `json:"features"`
	Coverage *Coverage     `json:"coverage,omitempty"`
	// APIs are the targets the run's APIs ran against, for the summary to
	// say how to fix what failed there.
	APIs []APITarget `json:"apis,omitempty"`
	// AllowEmpty lets a run in which no scenario ran pass
	// (--allow-empty, CONFORM_ALLOW_EMPTY=1).
	AllowEmpty bool `json:"allowEmpty,omitempty"`
}

// Feature is one .feature file's selected scenarios, in file order.
type Feature struct {
	URI         string      `json:"uri"`
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	Line        int         `json:"line"`
	Tags        []string    `json:"tags,omitempty"`
	Scenarios   []*Scenario `json:"scenarios"`
}

// Scenario is one scenario, or one row of a scenario outline.
type Scenario struct {
	ID          string           `json:"id"` // uri:line, or uri:line:row-line for an outline row
	Name        string           `json:"name"`
	Keyword     string           `json:"keyword"`
	Description string           `json:"description,omitempty"`
	Line        int              `json:"line"`
	Row         int              `json:"row,omitempty"` // an outline row's line
	Tags        []string         `json:"tags,omitempty"`
	API         string           `json:"api,omitempty"`       // from the scenario's Given step
	Operation   string           `json:"operation,omitempty"` // operationId or method its first request names
	Status      Status           `json:"status"`
	SkipReason  string           `json:"skipReason,omitempty"`
	Started     time.Time        `json:"started"`
	Duration    time.Duration    `json:"duration"`
	Steps       []*Step          `json:"steps"`
	Warnings    []checks.Finding `json:"warnings,omitempty"`
}

// Step is one step and what it did. What most steps of a long run lack, a
// doc string, a table, an error, a request, is in StepDetail, which a plain
// step that passed does without: a 10,000-scenario run keeps 70,000 steps.
// Read it with Detail, write it with Edit.
type Step struct {
	Keyword     string        `json:"keyword"`
	Text        string        `json:"text"`
	Line        int           `json:"line"`
	Status      Status        `json:"status"`
	Duration    time.Duration `json:"duration"`
	*StepDetail               // in the JSON as if its members were the step's
}

// StepDetail is the part of a step that few steps have.
type StepDetail struct {
	DocString  string           `json:"docString,omitempty"`
	Table      [][]string       `json:"table,omitempty"`
	Error      string           `json:"error,omitempty"`      // the step's message, redacted
	Violations []checks.Finding `json:"violations,omitempty"` // the findings that failed it
	Exchange   *Exchange        `json:"exchange,omitempty"`   // the request the step sent
}

// Detail is the step's detail, empty when it has none.
func (s *Step) Detail() StepDetail {
	if s.StepDetail == nil {
		return StepDetail{}
	}
	return *s.StepDetail
}

// Edit returns the step's detail to change, creating it if needed.
func (s *Step) Edit() *StepDetail {
	if s.StepDetail == nil {
		s.StepDetail = &StepDetail{}
	}
	return s.StepDetail
}

// Exchange is one request and its response, redacted.
type Exchange struct {
	API             string        `json:"api"`
	Operation       string        `json:"operation"` // operationId, or the JSON-RPC method
	Method          string        `json:"method"`
	URL             string        `json:"url"`
	RequestHeaders  http.Header   `json:"requestHeaders,omitempty"`
	RequestBody     string        `json:"requestBody,omitempty"`
	Status          int           `json:"status,omitempty"`
	ResponseHeaders http.Header   `json:"responseHeaders,omitempty"`
	ResponseBody    string        `json:"responseBody,omitempty"`
	Duration        time.Duration `json:"duration"`
	Curl            string        `json:"curl"`
}

// Counts are the outcomes of a set of scenarios.
type Counts struct {
	Scenarios, Passed, Failed, Skipped, Warnings int
	NoTarget                                     int // of the skipped: not run because no target serves them
	HeldBack                                     int // of the skipped: held back because they would change a real target
}

// NoTargetPrefix starts the skip reason of a scenario that did not run
// because nothing serves its API or operation: no --target, and the
// embedded reference target does not implement it.
const NoTargetPrefix = "no target: "

func (c *Counts) add(s *Scenario) {
	c.Scenarios++
	switch s.Status {
	case Passed:
		c.Passed++
	case Failed:
		c.Failed++
	default:
		c.Skipped++
		if strings.HasPrefix(s.SkipReason, NoTargetPrefix) {
			c.NoTarget++
		}
		if strings.HasPrefix(s.SkipReason, HeldBackPrefix) {
			c.HeldBack++
		}
	}
	c.Warnings += len(s.Warnings)
}

// Totals counts every scenario of the run.
func (r *Run) Totals() Counts {
	var c Counts
	for _, s := range r.Scenarios() {
		c.add(s)
	}
	return c
}

// Scenarios lists every scenario in report order.
func (r *Run) Scenarios() []*Scenario {
	var out []*Scenario
	for _, f := range r.Features {
		out = append(out, f.Scenarios...)
	}
	return out
}

// Failed lists the failed scenarios in report order.
func (r *Run) Failed() []*Scenario {
	var out []*Scenario
	for _, s := range r.Scenarios() {
		if s.Status == Failed {
			out = append(out, s)
		}
	}
	return out
}

// URI is the feature file the scenario is in.
func (s *Scenario) URI() string {
	uri, _, _ := strings.Cut(s.ID, ":")
	return uri
}

// FailedStep is the step that failed the scenario, or nil.
func (s *Scenario) FailedStep() *Step {
	for _, st := range s.Steps {
		if st.Status == Failed {
			return st
		}
	}
	return nil
}

// Operations names the API operations the scenario's requests went to, as
// "api operation", sorted and without repeats.
func (s *Scenario) Operations() []string {
	seen := map[string]bool{}
	var out []string
	for _, st := range s.Steps {
		if x := st.Detail().Exchange; x != nil {
			k := x.API + " " + x.Operation
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Sort puts features in URI order and scenarios in line order, so that a
// concurrent run, a serial one and merged shards report in the same order.
func (r *Run) Sort() {
	sort.SliceStable(r.Features, func(i, j int) bool { return r.Features[i].URI < r.Features[j].URI })
	for _, f := range r.Features {
		sort.SliceStable(f.Scenarios, func(i, j int) bool { return scenarioLess(f.Scenarios[i], f.Scenarios[j]) })
	}
}

func scenarioLess(a, b *Scenario) bool {
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Row < b.Row
}
