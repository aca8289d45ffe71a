package checks_test

import (
	"fmt"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/exchange"
)

// TestFindingString: each finding reads once through, whatever the rule, and
// a masked value leaves the words to say what happened.
func TestFindingReadsOnce(t *testing.T) {
	red := exchange.NewRedactor()
	red.Add("7b22636c7573746572")
	tests := []struct {
		name string
		f    checks.Finding
		want string
	}{
		{"a status", checks.Finding{Check: checks.IDStatus, Part: "status", Rule: "status 201", Expected: "201", Actual: "401", Where: "the scenario"},
			"status: expected 201, got 401 [the scenario]"},
		{"a rule that ends with what it expects", checks.Finding{Check: checks.IDStatus, Part: "status", Rule: "rejects /a set to 1 with status 400", Expected: "400", Actual: "201"},
			"status: rejects /a set to 1 with status 400, got 201"},
		{"a rule and an expectation that differ", checks.Finding{Pointer: "/vif_peer/name", Rule: "maxLength 64", Expected: "at most 64", Actual: `"nnn…"`},
			`/vif_peer/name: maxLength 64 (expected at most 64), got "nnn…"`},
		{"a warning", checks.Finding{Pointer: "/a", Rule: "equals 2", Expected: "2", Actual: "1", Level: checks.Warning},
			"warning: /a: equals 2, got 1"},
		{"a documentation conflict", checks.Finding{Pointer: "/a", Rule: "minLength 36", Actual: `"ab"`, Level: checks.Warning, Conflict: "x-len"},
			`warning: /a: minLength 36, got "ab"; --strict makes this a failure unless acknowledged (--ack x-len)`},
		{"an acknowledged conflict", checks.Finding{Pointer: "/a", Rule: "minLength 36", Actual: `"ab"`, Level: checks.Warning, Conflict: "x-len", Acknowledged: true},
			`warning: acknowledged (x-len): /a: minLength 36, got "ab"`},
		{"the same secret again", checks.Member(map[string]any{"k": "7b22636c7573746572"}, "/k", "7b22636c7573746572", false)[0].Redact(red),
			"/k: expected a new value, not the earlier one, got the same value again (a secret: masked) [the scenario]"},
		{"another secret", checks.Member(map[string]any{"k": "7b22636c7573746572"}, "/k", "7b22636c7573746573", true)[0].Redact(func() *exchange.Redactor {
			red.Add("7b22636c7573746573")
			return red
		}()), "/k: expected the earlier value, got another one (secrets: both masked) [the scenario]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.String(); got != tt.want {
				t.Errorf("String =\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

// A status finding reads as a person would say it: what was expected, what
// came.
func ExampleFinding_String() {
	f := checks.Finding{Check: checks.IDStatus, Part: "status", Rule: "status 201", Expected: "201",
		Actual: `401 with body {"error_code":"APIG.0301"}`, Where: "the scenario"}
	fmt.Println(f)
	// Output: status: expected 201, got 401 with body {"error_code":"APIG.0301"} [the scenario]
}
