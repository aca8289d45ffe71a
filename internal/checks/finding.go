// Package checks holds every rule conform applies to an exchange, and the one
// value they all report: Finding, whose Check is one of the ids registered in
// ids.go. Checks are the only producers of findings. A check never decides
// how a finding is shown, nor masks it: reports render findings, whoever
// shows one masks it first (Finding.Redact, Findings.Err), and the scenario
// decides whether warnings fail (--strict).
package checks

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/conform-dev/conform/internal/exchange"
)

// Level says whether a finding fails a scenario.
type Level int

const (
	// Error fails the scenario.
	Error Level = iota
	// Warning is reported and fails the scenario only under --strict: a rule
	// the documentation disputes, an undocumented member, a repaired example.
	Warning
)

func (l Level) String() string {
	if l == Warning {
		return "warning"
	}
	return "error"
}

// Finding is one violation: what was checked, where in the message, which
// rule, what was expected and what came, and where the rule is written.
type Finding struct {
	Check    ID     // which check found it: one of IDs(), each documented there
	Part     string // what the finding is about when it is not the body: "status", "header Content-Type", "request body"
	Pointer  string // RFC 6901 pointer into the body (or into Part); "" is the whole of it
	Rule     string // the rule that was broken: "maxLength 64", "required", "enum [static bgp]", "status 201"
	Expected string // what the contract or documentation says, in words
	Actual   string // what came, shortened; masked only by Redact
	Where    string // where the rule is written: file:line or file#pointer
	Level    Level
	Note     string // anything else a reader needs (a repair made, the engine's words)
	// Conflict is the id of the documentation conflict (x-conform-conflicts)
	// that explains a warning, when a contract records one: the id a user
	// acknowledges it by (--ack).
	Conflict string
	// Acknowledged says the user acknowledged Conflict: the warning is
	// reported, marked so, and fails nothing, not even under --strict.
	Acknowledged bool

	shown []shownValue // the values shortened above, whole, for Redact
}

// String renders a finding on one line for people, pointer first:
// "status: expected 201, got 401" when the rule is only the expected value,
// the rule with what was expected otherwise, and words instead of values
// when a secret masked both sides. Every report draws its text from here.
func (f Finding) String() string {
	var b strings.Builder
	if f.Level == Warning {
		b.WriteString("warning: ")
		if f.Acknowledged {
			b.WriteString("acknowledged (" + f.Conflict + "): ")
		}
	}
	b.WriteString(f.Field())
	b.WriteString(": ")
	actual := f.Actual
	switch {
	case maskedValue(f.Actual) && maskedValue(strings.TrimPrefix(f.Expected, "anything but ")):
		// Comparing with a secret (a key kept from an earlier answer):
		// masked, the values say nothing, so the words must.
		if strings.HasPrefix(f.Expected, "anything but ") {
			b.WriteString("expected a new value, not the earlier one, got the same value again (a secret: masked)")
		} else {
			b.WriteString("expected the earlier value, got another one (secrets: both masked)")
		}
		actual = ""
	case f.Expected != "" && (f.Rule == f.Part+" "+f.Expected || f.Rule == f.Expected):
		// The rule is only the expected value under the part's name.
		b.WriteString("expected " + f.Expected)
	case f.Expected != "" && strings.HasSuffix(f.Rule, " "+f.Expected):
		b.WriteString(f.Rule)
	default:
		b.WriteString(f.Rule)
		if f.Expected != "" {
			b.WriteString(" (expected " + f.Expected + ")")
		}
	}
	if actual != "" {
		b.WriteString(", got " + actual)
	}
	if f.Note != "" {
		b.WriteString("; " + f.Note)
	}
	if f.Level == Warning && f.Conflict != "" && !f.Acknowledged {
		b.WriteString("; --strict makes this a failure unless acknowledged (--ack " + f.Conflict + ")")
	}
	if f.Where != "" {
		b.WriteString(" [" + f.Where + "]")
	}
	return b.String()
}

// maskedValue says whether a value shown is nothing but the mask.
func maskedValue(v string) bool { return strings.Trim(v, `"`) == exchange.Mask }

// Field names the place the finding is about, for people: the pointer, or
// "body" for the whole body.
func (f Finding) Field() string {
	switch {
	case f.Part != "" && f.Pointer != "":
		return f.Part + " " + f.Pointer
	case f.Part != "":
		return f.Part
	case f.Pointer == "":
		return "body"
	}
	return f.Pointer
}

// Findings is a list of findings from one or more checks.
type Findings []Finding

// Errors returns the findings that fail a scenario; under strict, warnings
// too, but for the acknowledged ones.
func (fs Findings) Errors(strict bool) Findings {
	var out Findings
	for _, f := range fs {
		if f.Level == Error || (strict && !f.Acknowledged) {
			out = append(out, f)
		}
	}
	return out
}

// Warnings returns the findings that are only warnings: under strict, only
// the acknowledged ones, which fail nothing.
func (fs Findings) Warnings(strict bool) Findings {
	var out Findings
	for _, f := range fs {
		if f.Level == Warning && (!strict || f.Acknowledged) {
			out = append(out, f)
		}
	}
	return out
}

// Sorted orders findings by pointer, then rule, so reports are stable.
func (fs Findings) Sorted() Findings {
	out := append(Findings(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Pointer != out[j].Pointer {
			return out[i].Pointer < out[j].Pointer
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}

// Dedup drops a finding when an earlier one has the same pointer and rule:
// two validators that enforce the same written rule report it once.
func (fs Findings) Dedup() Findings {
	seen := map[string]bool{}
	var out Findings
	for _, f := range fs {
		k := f.Part + "\x00" + f.Pointer + "\x00" + f.Rule
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// Err turns the failing findings into one error whose message lists them all,
// masked by red when it is printed, or nil when none fails.
func (fs Findings) Err(strict bool, red *exchange.Redactor) error {
	errs := fs.Errors(strict)
	if len(errs) == 0 {
		return nil
	}
	return &Failure{Findings: errs, red: red}
}

// Failure is the error a step returns when findings fail it. Its Findings
// are as the checks made them, unmasked: whoever shows them masks them
// (Finding.Redact); its message is masked.
type Failure struct {
	Findings Findings
	red      *exchange.Redactor
}

func (e *Failure) Error() string {
	var b strings.Builder
	n := len(e.Findings)
	if n == 1 {
		b.WriteString("1 violation:")
	} else {
		fmt.Fprintf(&b, "%d violations:", n)
	}
	for _, f := range e.Findings {
		b.WriteString("\n  - ")
		b.WriteString(f.Redact(e.red).String())
	}
	return b.String()
}

// Shorten renders a value for a message: at most max runes, with the full
// length said when it was cut.
func Shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return fmt.Sprintf("%s… (%d characters)", string(r[:max]), len(r))
}
