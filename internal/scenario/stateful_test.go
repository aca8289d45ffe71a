package scenario

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	st := &state{vars: map[string]any{"key": `7b22"\`, "id": json.Number("3"), "list": []any{"a"}}}
	tests := []struct{ in, want, err string }{
		{in: `{"k": "{{key}}", "id": {{id}}}`, want: `{"k": "7b22\"\\", "id": 3}`},
		{in: `DELETE /v3/p/dcaas/vif-peers/{{ id }}`, want: `DELETE /v3/p/dcaas/vif-peers/3`},
		{in: `{"l": {{list}}}`, want: `{"l": ["a"]}`},
		{in: `{"k": "{{nope}}"}`, err: `no value kept as "nope": keep one first`},
		{in: `no placeholders {single}`, want: `no placeholders {single}`},
	}
	for _, tt := range tests {
		got, err := st.expand(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("expand(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("expand(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
