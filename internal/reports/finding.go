package reports

import (
	"fmt"
	"strings"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/exchange"
)

// FindingText renders a finding on one line for people, as every text
// report shows it. It says each thing once: a rule that already names what
// was expected ("status 201", expected 201) reads "expected 201, got 401",
// not "status 201 (expected 201), got 401".
func FindingText(f checks.Finding) string {
	var b strings.Builder
	if f.Level == checks.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(f.Field())
	b.WriteString(": ")
	switch {
	case masked(f.Actual) && masked(strings.TrimPrefix(f.Expected, "anything but ")):
		// Comparing with a secret (a key kept from an earlier answer):
		// masked, the values say nothing, so the words must.
		if strings.HasPrefix(f.Expected, "anything but ") {
			b.WriteString("expected a new value, not the earlier one, got the same value again (a secret: masked)")
		} else {
			b.WriteString("expected the earlier value, got another one (secrets: both masked)")
		}
		return finish(&b, f, "")
	case f.Expected != "" && (f.Rule == f.Part+" "+f.Expected || f.Rule == f.Expected):
		// The rule is only the expected value under the part's name.
		b.WriteString("expected " + f.Expected)
	case f.Expected != "" && strings.HasSuffix(f.Rule, " "+f.Expected):
		b.WriteString(f.Rule)
	default:
		b.WriteString(f.Rule)
		if f.Expected != "" {
			fmt.Fprintf(&b, " (expected %s)", f.Expected)
		}
	}
	return finish(&b, f, f.Actual)
}

// finish ends a finding's line: what came, the note, where the rule is.
func finish(b *strings.Builder, f checks.Finding, actual string) string {
	if actual != "" {
		b.WriteString(", got " + actual)
	}
	if f.Note != "" {
		b.WriteString("; " + f.Note)
	}
	if f.Where != "" {
		b.WriteString(" [" + f.Where + "]")
	}
	return b.String()
}

// masked says whether a value shown is nothing but the mask.
func masked(v string) bool { return strings.Trim(v, `"`) == exchange.Mask }

// ViolationsText is the message of a step that findings failed, one
// finding a line.
func ViolationsText(fs []checks.Finding) string {
	var b strings.Builder
	if len(fs) == 1 {
		b.WriteString("1 violation:")
	} else {
		fmt.Fprintf(&b, "%d violations:", len(fs))
	}
	for _, f := range fs {
		b.WriteString("\n  - " + FindingText(f))
	}
	return b.String()
}
