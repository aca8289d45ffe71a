package reports

import (
	"cmp"
	"fmt"
	"io"
	"regexp"
	"slices"
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
// the target's own answer and the curl command that reproduces it, each
// cause that failed many scenarios said once with its fix, the scenarios
// that did not run and why, the result, and where the reports are. It is
// the last thing conform prints.
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
	switch {
	case len(failed) > 0:
		fmt.Fprintf(w, "FAILED: %d of %d scenarios failed (%d passed, %d skipped, %d warnings)\n", t.Failed, t.Scenarios, t.Passed, t.Skipped, len(r.Warnings()))
		writeFailures(w, r, failed)
	case r.Empty() && !r.AllowEmpty:
		fmt.Fprintf(w, "FAILED: no scenario ran (%d selected, %d skipped): a run that tests nothing does not pass; --allow-empty or CONFORM_ALLOW_EMPTY=1 lets it\n", t.Scenarios, t.Skipped)
	default:
		fmt.Fprintf(w, "PASSED: %d of %d scenarios passed (%d skipped, %d warnings)\n", t.Passed, t.Scenarios, t.Skipped, len(r.Warnings()))
	}
	writeNoTarget(w, r, t)
	writeHeldBack(w, r, t)
	writeSkipped(w, r, t)
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

// Empty says whether no scenario of the run ran: none was selected, or
// every one was skipped.
func (r *Run) Empty() bool {
	t := r.Totals()
	return t.Passed+t.Failed == 0
}

// writeFailures lists the failed scenarios. Each shows its first violation,
// the target's answer and its curl reproducer, except that of several
// failures with the same answer only the first shows it all: the others
// name it, and the cause is said once after the list, with the fix.
func writeFailures(w io.Writer, r *Run, failed []*Scenario) {
	groups, of := causes(failed)
	shown := map[*cause]bool{}
	for _, s := range failed {
		c := of[s]
		if c != nil && shown[c] {
			fmt.Fprintf(w, "  ✗ %s %s (%s, as above)\n", s.ID, s.Name, c.answer.short())
			continue
		}
		fmt.Fprintf(w, "  ✗ %s %s\n", s.ID, s.Name)
		shown[c] = true
		writeFailure(w, s)
	}
	targets := map[string]APITarget{}
	for _, t := range r.APIs {
		targets[t.API] = t
	}
	for _, c := range groups {
		fmt.Fprintf(w, "%d scenarios failed because %s answered %s\n", len(c.scenarios), c.answer.API, c.answer)
		if fix := c.answer.fix(targets[c.answer.API]); fix != "" {
			fmt.Fprintf(w, "  fix: %s\n", fix)
		}
	}
}

// writeFailure shows why one scenario failed.
func writeFailure(w io.Writer, s *Scenario) {
	st := s.FailedStep()
	if st == nil {
		return
	}
	fmt.Fprintf(w, "      line %d: %s%s\n", st.Line, st.Keyword, st.Text)
	lines := strings.Split(st.Detail().Error, "\n")
	if len(st.Detail().Violations) > 0 {
		lines = nil
		for _, v := range st.Detail().Violations {
			lines = append(lines, v.String())
		}
	}
	for i, l := range lines {
		if i == maxConsoleLines {
			fmt.Fprintf(w, "        … and %d more (the HTML report has them all)\n", len(lines)-i)
			break
		}
		fmt.Fprintf(w, "        %s\n", strings.TrimSpace(l))
	}
	x := failedExchange(s)
	if x == nil {
		return
	}
	a := AnswerOf(x)
	fmt.Fprintf(w, "      the target answered: %s\n", a)
	// The body of a refusal, unless a violation already quotes it. A
	// success's body is what the violations are about, and may hold a
	// secret the run could not learn from it (a key outside its wrapper).
	if head := []rune(a.Excerpt); a.cause() != "" && len(head) > 0 && !strings.Contains(strings.Join(lines, "\n"), string(head[:min(len(head), 60)])) {
		fmt.Fprintf(w, "        %s\n", a.Excerpt)
	}
	fmt.Fprintln(w, "      reproduce:")
	for _, l := range strings.Split(x.Curl, "\n") {
		fmt.Fprintf(w, "        %s\n", l)
	}
}

// writeSkipped says, once per reason, why the scenarios skipped for other
// reasons than a missing target (writeNoTarget) did not run.
func writeSkipped(w io.Writer, r *Run, t Counts) {
	if t.Scenarios == 0 {
		fmt.Fprintln(w, "not run: no scenario was selected: check the feature paths and --tags")
		return
	}
	if t.Skipped == t.NoTarget+t.HeldBack {
		return
	}
	count := map[string]int{}
	var order []string
	for _, s := range r.Scenarios() {
		if s.Status != Skipped || strings.HasPrefix(s.SkipReason, NoTargetPrefix) || strings.HasPrefix(s.SkipReason, HeldBackPrefix) {
			continue
		}
		why := cmp.Or(s.SkipReason, "no reason given")
		if count[why] == 0 {
			order = append(order, why)
		}
		count[why]++
	}
	fmt.Fprintf(w, "skipped: %d scenarios\n", t.Skipped-t.NoTarget-t.HeldBack)
	for _, why := range order {
		fmt.Fprintf(w, "  - %d: %s\n", count[why], why)
	}
}

// writeNoTarget says, once per reason, which scenarios did not run because
// nothing serves them, and how to give them a target.
func writeNoTarget(w io.Writer, r *Run, t Counts) {
	if t.NoTarget == 0 {
		return
	}
	fmt.Fprintf(w, "not run: %d of the skipped scenarios have no target\n", t.NoTarget)
	count := map[string]int{}
	ops := map[string][]string{} // a reason with its operation taken out → the operations
	var order []string
	for _, s := range r.Scenarios() {
		if s.Status != Skipped || !strings.HasPrefix(s.SkipReason, NoTargetPrefix) {
			continue
		}
		why := strings.TrimPrefix(s.SkipReason, NoTargetPrefix)
		var op string
		if m := unimplemented.FindStringSubmatchIndex(why); m != nil {
			// A whole reference has hundreds of operations the embedded
			// target lacks: one line per API, not one per operation.
			op = why[m[2]:m[3]]
			why = why[:m[2]] + "{ops}" + why[m[3]:]
		}
		if count[why] == 0 {
			order = append(order, why)
		}
		count[why]++
		if op != "" && !slices.Contains(ops[why], op) {
			ops[why] = append(ops[why], op)
		}
	}
	for _, why := range order {
		fmt.Fprintf(w, "  - %d: %s\n", count[why], strings.Replace(why, "{ops}", listed(ops[why], 5), 1))
	}
}

// unimplemented finds the operation in the reason "the embedded reference
// target does not implement dcaas CreateVirtualGateway; …".
var unimplemented = regexp.MustCompile(`^the embedded reference target does not implement \S+ (\S+);`)

// listed names a few items and counts the rest.
func listed(items []string, few int) string {
	if len(items) <= few {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:few], ", "), len(items)-few)
}
