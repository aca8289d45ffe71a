package reports

import (
	_ "embed"
	"html/template"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/checks"
)

//go:embed report.html.tmpl
var htmlTemplate string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"seconds": func(d time.Duration) string { return seconds(d) + " s" },
	"trace":   Trace,
	"finding": checks.Finding.String,
	"lower":   func(s Status) string { return strings.ToLower(string(s)) },
	"mark":    func(s Status) string { return statusMark[s] },
}).Parse(htmlTemplate))

// OperationRow is one line of the summary: the scenarios of one API
// operation and how they ended.
type OperationRow struct {
	API, Operation string
	Counts
}

// ByOperation groups the scenarios by the API and operation they call.
func (r *Run) ByOperation() []OperationRow {
	rows := map[string]*OperationRow{}
	for _, s := range r.Scenarios() {
		k := s.API + "\x00" + s.Operation
		if rows[k] == nil {
			rows[k] = &OperationRow{API: s.API, Operation: s.Operation}
		}
		rows[k].add(s)
	}
	out := make([]OperationRow, 0, len(rows))
	for _, row := range rows {
		out = append(out, *row)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].API != out[j].API {
			return out[i].API < out[j].API
		}
		return out[i].Operation < out[j].Operation
	})
	return out
}

// Warning is one distinct warning and the scenarios it came from.
type Warning struct {
	Finding   checks.Finding
	Scenarios []string
}

// Warnings lists each distinct warning once, sorted.
func (r *Run) Warnings() []Warning {
	idx := map[string]*Warning{}
	var keys []string
	for _, s := range r.Scenarios() {
		for _, f := range s.Warnings {
			k := f.String()
			if idx[k] == nil {
				idx[k] = &Warning{Finding: f}
				keys = append(keys, k)
			}
			idx[k].Scenarios = append(idx[k].Scenarios, s.ID+" "+s.Name)
		}
	}
	sort.Strings(keys)
	out := make([]Warning, len(keys))
	for i, k := range keys {
		out[i] = *idx[k]
	}
	return out
}

type htmlData struct {
	*Run
	Totals     Counts
	Operations []OperationRow
	Failures   []*Scenario
	Warns      []Warning
	Untouched  []*CoverageItem
	Exercised  []*CoverageItem
	CovSummary []CoverageSummary
	Generated  string
}

// WriteHTML writes the run as one HTML file that needs nothing else: no
// script, no stylesheet, no font from elsewhere, so it opens offline and
// from a CI artifact.
func WriteHTML(w io.Writer, r *Run) error {
	d := htmlData{Run: r, Totals: r.Totals(), Operations: r.ByOperation(), Failures: r.Failed(), Warns: r.Warnings(),
		Generated: r.Started.UTC().Format(time.RFC3339)}
	if r.Coverage != nil {
		d.CovSummary = r.Coverage.Summary()
		for _, it := range r.Coverage.Items {
			if it.Hits == 0 {
				d.Untouched = append(d.Untouched, it)
			} else {
				d.Exercised = append(d.Exercised, it)
			}
		}
	}
	return htmlTmpl.Execute(w, d)
}

// FailureExchange is the request and response that failed a scenario.
func (s *Scenario) FailureExchange() *Exchange { return failedExchange(s) }
