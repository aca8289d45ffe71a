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
