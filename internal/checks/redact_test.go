package checks

import (
	"errors"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/exchange"
)

// TestRedactMasksBeforeShortening: checks report values whole and shortened,
// unmasked; Redact must mask a secret the shortening cut, as if the value
// had been masked first, or part of the secret shows.
func TestRedactMasksBeforeShortening(t *testing.T) {
	const secret = "s3cret-PLANTED-0123456789"
	red := exchange.NewRedactor()
	red.Add(secret)
	pad := strings.Repeat("n", 60)
	long := pad + secret + "tail" // cut by an 80-character shortening inside the secret
	body := `{"message":"` + strings.Repeat("m", 130) + secret + `"}`
	tests := []struct {
		name string
		got  Findings
		want string // what the masked finding says
	}{
		{"a member's value", Member(map[string]any{"k": long}, "/k", "x", true),
			`got "` + pad + `***tail"`},
		{"the value a rule names", Member(map[string]any{"k": "x"}, "/k", long, true),
			`/k: equals "` + pad + `***tail", got "x"`},
		{"an item", HasItem(map[string]any{"l": []any{map[string]any{"id": long}}}, "/l", "/id", long, false),
			`no item with /id "` + pad + `***tail" (expected no such item), got {"id":"` + pad + `***tail"}`},
		{"a status's body", Status(&exchange.Response{Status: 500, Body: []byte(body)}, 200),
			`got 500 with body {"message":"` + strings.Repeat("m", 130) + `***"}`},
		{"a JSON-RPC result", JSONRPCError(map[string]any{"result": long}, ""), `got a result: "` + pad + `***tail"`},
		{"a body accepted while listing", AcceptsWhileListing(&exchange.Response{Body: []byte(body)}, map[string]any{"error": 1}, "Add", "List", 0, 1),
			`got {"message":"` + strings.Repeat("m", 108) + `… (147 characters)`},
		{"a whole value, not shortened", Findings{Cleanup("pair 1", errors.New("DELETE said "+secret))}, "got DELETE said ***"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.got) != 1 {
				t.Fatalf("got %v, want one finding", tt.got)
			}
			got := tt.got.Redact(red)[0].String()
			if strings.Contains(got, "PLANTED") {
				t.Errorf("Redact shows part of the secret: %s", got)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("Redact = %s\nwant it to contain %s", got, tt.want)
			}
			if again := tt.got.Redact(red).Redact(red)[0].String(); again != got {
				t.Errorf("Redact twice = %s, once %s", again, got)
			}
			if tt.got[0].String() == got && tt.name != "a whole value, not shortened" {
				t.Errorf("the check masked the finding itself: %s", got)
			}
		})
	}
}

// TestRedactLearnsLate: a secret the redactor learns after the finding was
// made (another scenario's pairing key) is masked when the finding is shown,
// and a finding redacted before it was known is masked again after.
func TestRedactLearnsLate(t *testing.T) {
	const secret = "late-PLANTED-key-0123456789"
	red := exchange.NewRedactor()
	fs := Member(map[string]any{"k": strings.Repeat("n", 70) + secret}, "/k", "x", true)
	early := fs.Redact(red)
	if !strings.Contains(early[0].Actual, "late-PLAN") {
		t.Fatalf("nothing to mask yet, but the finding says %s", early[0].Actual)
	}
	red.Add(secret)
	for name, f := range map[string]Finding{"fresh": fs.Redact(red)[0], "redacted before": early.Redact(red)[0]} {
		if strings.Contains(f.String(), "late-PLAN") || !strings.Contains(f.Actual, "***") {
			t.Errorf("%s: %s, want the late secret masked", name, f)
		}
	}
	if got := (&Failure{Findings: fs, red: red}).Error(); strings.Contains(got, "late-PLAN") {
		t.Errorf("a Failure's message shows the secret: %s", got)
	}
}
