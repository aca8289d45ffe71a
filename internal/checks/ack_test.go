package checks_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
)

// TestAcknowledgedConflicts: a warning the contracts explain carries its
// conflict's id; once acknowledged it is still a warning, marked so, and
// never fails, not even under --strict. Other warnings still fail there.
func TestAcknowledgedConflicts(t *testing.T) {
	set := contracts(t)
	dcaas, _ := set.API("dcaas")
	create, _ := dcaas.Operation("CreateVifPeer")
	url := checks.Finding{Check: checks.IDRequest, Part: "request URL", Rule: "documented URI", Level: checks.Warning}
	method := checks.Finding{Check: checks.IDRequest, Part: "request method", Rule: "documented method POST", Level: checks.Warning}
	split := checks.RepairedExample("the documented response", `joined the value of "clusterPairingKey", broken across 7 lines`)
	brace := checks.RepairedExample("the documented response", `added the missing "}" at the end`)
	undocumented := checks.Finding{Check: checks.IDUndocumented, Pointer: "/x", Rule: "undocumented member", Level: checks.Warning}
	tests := []struct {
		name      string
		scope     string
		finding   checks.Finding
		acked     []string
		conflict  string // the id Explain gives it
		strictErr bool   // fails under --strict
	}{
		{"a documented URL the URI lacks", create.Where(), url, nil, "dcaas-example-url", true},
		{"acknowledged", create.Where(), url, []string{"dcaas-example-url"}, "dcaas-example-url", false},
		{"another id acknowledged", create.Where(), url, []string{"dcaas-function-ipv6"}, "dcaas-example-url", true},
		{"no conflict records a method mismatch", create.Where(), method, []string{"dcaas-example-url"}, "", true},
		{"a key broken across lines, on the member the repair names", "schemas/element/StartClusterPairing.json", split, []string{"element-example-key-split"}, "element-example-key-split", false},
		{"a repair no conflict records", "schemas/element/StartClusterPairing.json", brace, []string{"element-example-key-split"}, "", true},
		{"the same repair in another method's scope", "schemas/element/ListClusterPairs.json", split, []string{"element-example-key-split"}, "", true},
		{"a warning that is no conflict", create.Where(), undocumented, []string{"dcaas-example-url"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := checks.Acknowledge(checks.Explain(set, tt.scope, checks.Findings{tt.finding}), tt.acked)
			if fs[0].Conflict != tt.conflict {
				t.Errorf("Conflict = %q, want %q", fs[0].Conflict, tt.conflict)
			}
			if got := len(fs.Errors(true)) > 0; got != tt.strictErr {
				t.Errorf("fails under --strict: %v, want %v (%s)", got, tt.strictErr, fs[0])
			}
			if len(fs.Errors(false)) != 0 || len(fs.Warnings(false)) != 1 {
				t.Errorf("without --strict it must be one warning and no error: %s", fs[0])
			}
			if acked := len(fs.Warnings(true)) == 1; acked == tt.strictErr || acked != strings.HasPrefix(fs[0].String(), "warning: acknowledged ("+tt.conflict+"): ") {
				t.Errorf("an acknowledged warning is kept under --strict and says so: %s", fs[0])
			}
		})
	}
}

func TestReadAcks(t *testing.T) {
	tests := []struct {
		name, file string // file "" writes none
		lists      []string
		want       []string
		err        string
	}{
		{name: "flags and CONFORM_ACK, comma-separated, once each", lists: []string{"a", "b, c", "a,,"}, want: []string{"a", "b", "c"}},
		{name: "the file, with comments and blank lines", file: "# known\na\n\n  b  # why\n#c\n", lists: []string{"d"}, want: []string{"d", "a", "b"}},
		{name: "two ids on a line", file: "a\nb c\n", err: "conform.ack:2: one conflict id a line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				if err := os.WriteFile(filepath.Join(dir, checks.AckFile), []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := checks.ReadAcks(dir, tt.lists...)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("ReadAcks = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if err := checks.CheckAcks(contracts(t), []string{"dcaas-example-url", "element-exampel-key-split"}); err == nil ||
		!strings.Contains(err.Error(), `did you mean "element-example-key-split"?`) || !strings.Contains(err.Error(), "known: dcaas-address-family-case") {
		t.Errorf("CheckAcks of a misspelt id: %v", err)
	}
}
