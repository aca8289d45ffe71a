package reports

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// Progress shows a run's progress as scenarios finish. On a terminal it is
// one line, rewritten: scenarios done of the total, and failures so far.
// Elsewhere (a CI log) it prints a mark per scenario and a count every 50.
type Progress struct {
	mu       sync.Mutex
	w        io.Writer
	terminal bool
	col      int
}

// NewProgress writes progress to w.
func NewProgress(w io.Writer, terminal bool) *Progress { return &Progress{w: w, terminal: terminal} }

var progressMark = map[Status]string{Passed: ".", Failed: "F", Skipped: "-"}

// Update is a Recorder progress callback.
func (p *Progress) Update(done, total, failed int, s *Scenario) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal {
		fmt.Fprintf(p.w, "\r\033[K%d/%d scenarios done, %d failed", done, total, failed)
		if done == total {
			fmt.Fprintln(p.w)
		}
		return
	}
	fmt.Fprint(p.w, progressMark[s.Status])
	p.col++
	if p.col == 50 || done == total {
		fmt.Fprintf(p.w, " %d/%d\n", done, total)
		p.col = 0
	}
}

// maxConsoleLines bounds what the console says about one failure.
const maxConsoleLines = 12

// WriteSummary ends the console output with what a reader needs from it:
// the coverage in numbers, every failed scenario with its first violation,
// the result, and where the reports are. It is the last thing conform
// prints.
func WriteSummary(w io.Writer, r *Run, files []Output) {
	if r.Coverage != nil {
		var parts []string
		for _, s := range r.Coverage.Summary() {
			parts = append(parts, fmt.Sprintf("%s %d/%d", s.Kind, s.Exercised, s.Of))
		}
		fmt.Fprintf(w, "\ncoverage: %s exercised\n", strings.Join(parts, ", "))
	}
	t := r.Totals()
	failed := r.Failed()
	fmt.Fprintln(w)
	if len(failed) > 0 {
		fmt.Fprintf(w, "FAILED: %d of %d scenarios failed (%d passed, %d skipped, %d warnings)\n", t.Failed, t.Scenarios, t.Passed, t.Skipped, len(r.Warnings()))
		for _, s := range failed {
			fmt.Fprintf(w, "  ✗ %s %s\n", s.ID, s.Name)
			if st := s.FailedStep(); st != nil {
				fmt.Fprintf(w, "      line %d: %s%s\n", st.Line, st.Keyword, st.Text)
				lines := strings.Split(st.Detail().Error, "\n")
				if len(st.Detail().Violations) > 0 {
					lines = nil
					for _, v := range st.Detail().Violations {
						lines = append(lines, FindingText(v))
					}
				}
				for i, l := range lines {
					if i == maxConsoleLines {
						fmt.Fprintf(w, "        … and %d more (the HTML report has them all)\n", len(lines)-i)
						break
					}
					fmt.Fprintf(w, "        %s\n", strings.TrimSpace(l))
				}
			}
		}
	} else {
		fmt.Fprintf(w, "PASSED: %d of %d scenarios passed (%d skipped, %d warnings)\n", t.Passed, t.Scenarios, t.Skipped, len(r.Warnings()))
	}
	writeNoTarget(w, r, t)
	if len(files) == 0 {
		fmt.Fprintln(w, "reports: none written; --format html:report.html,junit:junit.xml writes them")
		return
	}
	var parts []string
	for _, f := range files {
		parts = append(parts, f.Kind+" "+f.Path)
	}
	fmt.Fprintf(w, "reports: %s\n", strings.Join(parts, ", "))
}

// writeNoTarget says, once per reason, which scenarios did not run because
// nothing serves them, and how to give them a target.
func writeNoTarget(w io.Writer, r *Run, t Counts) {
	if t.NoTarget == 0 {
		return
	}
	fmt.Fprintf(w, "not run: %d of the skipped scenarios have no target\n", t.NoTarget)
	count := map[string]int{}
	var order []string
	for _, s := range r.Scenarios() {
		if s.Status != Skipped || !strings.HasPrefix(s.SkipReason, NoTargetPrefix) {
			continue
		}
		why := strings.TrimPrefix(s.SkipReason, NoTargetPrefix)
		if count[why] == 0 {
			order = append(order, why)
		}
		count[why]++
	}
	for _, why := range order {
		fmt.Fprintf(w, "  - %d: %s\n", count[why], why)
	}
}
