package reports

import (
	"bytes"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
)

// TestHTMLSaysWarningOnce: a scenario's warning reads "warning: …" once.
func TestHTMLSaysWarningOnce(t *testing.T) {
	r := sampleRun()
	s := r.Features[0].Scenarios[0]
	s.Warnings = []checks.Finding{{Pointer: "/vif_peer/tenant_id", Rule: "minLength 36", Expected: "36 characters", Actual: `"cfa5"`, Level: checks.Warning}}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "warning: /vif_peer/tenant_id: minLength 36") || strings.Contains(out, "warning: warning:") {
		t.Errorf("HTML does not say the warning once:\n%s", out)
	}
}

// A whole reference's operations that the embedded target lacks are said
// once per API, naming a few, not once per operation.
func TestNoTargetGroupsOperationsByAPI(t *testing.T) {
	f := &Feature{URI: "features/element/x.feature"}
	for _, op := range []string{"A", "B", "C", "D", "E", "F", "G"} {
		f.Scenarios = append(f.Scenarios, &Scenario{ID: op, Status: Skipped,
			SkipReason: NoTargetPrefix + "the embedded reference target does not implement element " + op + "; give the element API a target: --target element=URL"})
	}
	f.Scenarios = append(f.Scenarios, &Scenario{ID: "v2", Status: Skipped, SkipReason: NoTargetPrefix + "the dcaas-v2 API has no target"})
	var b bytes.Buffer
	r := &Run{Features: []*Feature{f}}
	writeNoTarget(&b, r, r.Totals())
	want := "not run: 8 of the skipped scenarios have no target\n" +
		"  - 7: the embedded reference target does not implement element A, B, C, D, E and 2 more; give the element API a target: --target element=URL\n" +
		"  - 1: the dcaas-v2 API has no target\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
