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

// TestPointerLine: a finding's line is its member's, found by pointer, not
// the first line that holds the member's name (UpdateVirtualInterface's
// address_family, of the interface and again of its peer).
func TestPointerLine(t *testing.T) {
	text := `{
  "virtual_interface": {
    "address_family": "ipv4",
    "vif_peers": [
      {
        "address_family": "ipv4"
      },
      {
        "address_family": "ipv6"
      }
    ]
  }
}`
	cases := []struct {
		ptr  string
		want int
	}{
		{"", 10},
		{"/virtual_interface", 11},
		{"/virtual_interface/address_family", 12},
		{"/virtual_interface/vif_peers/0/address_family", 15},
		{"/virtual_interface/vif_peers/1/address_family", 18},
		{"/virtual_interface/nothing", 11},
	}
	for _, c := range cases {
		if got := pointerLine(text, 10, c.ptr); got != c.want {
			t.Errorf("pointerLine(%q) = %d, want %d", c.ptr, got, c.want)
		}
	}
}

// TestShortRefs: a report's columns name each reference by what sets it
// apart from the others.
func TestShortRefs(t *testing.T) {
	cases := []struct {
		paths []string
		want  string
	}{
		{[]string{"../shared/vendor-docs/element-software/api", "../shared/vendor-docs/direct-connect/api-ref/source"}, "element-software/api, direct-connect/api-ref/source"},
		{[]string{"../shared/vendor-docs/element-software/api", "../shared/vendor-docs/direct-connect/api-ref/source", repository}, "element-software/api, direct-connect/api-ref/source, repository"},
		{[]string{"pages/a.txt"}, "pages/a.txt"},
		{[]string{"a/x", "a/x/y"}, "x, x/y"},
	}
	for _, c := range cases {
		if got := strings.Join(shortRefs(c.paths), ", "); got != c.want {
			t.Errorf("shortRefs(%v) = %s, want %s", c.paths, got, c.want)
		}
	}
}
