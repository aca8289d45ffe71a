package lint

import (
	"strings"
	"testing"
)

// TestRenderNeverShowsASecret: a secret-named member's value is shown by
// its length only, not even its first characters, and also when it sits
// inside the object or array a finding quotes (SetSnmpInfo's usmUsers).
func TestRenderNeverShowsASecret(t *testing.T) {
	cases := []struct {
		name   string
		v      any
		secret bool
		want   string
		hidden string
	}{
		{"a short password", "admin123", true, `(8 characters, not shown)`, "admin"},
		{"a long key", "7b22636c757374657246", true, `(20 characters, not shown)`, "7b22636c"},
		{"not a secret", "vif-peer-test", false, `"vif-peer-test"`, ""},
		{"a passphrase in an object", []any{map[string]any{"passphrase": "yourpassphrase"}}, false,
			`[{"passphrase":"(14 characters, not shown)"}]`, "yourpass"},
		{"a token in a nested object", map[string]any{"auth": map[string]any{"token": "abc"}}, false, `{"auth":{"token":"(3 characters, not shown)"}}`, "abc"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := render(c.v, c.secret)
			if got != c.want || (c.hidden != "" && strings.Contains(got, c.hidden)) {
				t.Fatalf("render = %s, want %s", got, c.want)
			}
		})
	}
}
