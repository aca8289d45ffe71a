package exchange

import (
	"testing"
)

// The fast test in front of scanProblems must never hide a problem: a body
// it passes has no repeated member name and no integer beyond int64.
func TestProblemShortcutHidesNothing(t *testing.T) {
	for _, c := range []struct {
		body     string
		problems bool
	}{
		{`{"a":1,"b":"x:y"}`, false},
		{`{"a":"\":","b":{"c":[1,2,{"d":null}]}}`, false},
		{`{"a\\":1,"b":2}`, false},
		{`[{"a":1},{"a":1}]`, false},
		{`{"a":1,"a":2}`, true},
		{`{"a":{"b":1,"b":1}}`, true},
		{`[{"x":"a:b","x":"c"}]`, true},
		{`{"n":99999999999999999999}`, true},
		{`[-9223372036854775809]`, true},
		{`{"n":1e400,"m":1.5}`, false},
		{`"a:b"`, false},
	} {
		v, err := decodeForTest(c.body)
		if err != nil {
			t.Fatalf("%s: %v", c.body, err)
		}
		if got := mayHaveProblems([]byte(c.body), v); got != c.problems {
			t.Errorf("mayHaveProblems(%s) = %v, want %v", c.body, got, c.problems)
		}
	}
}

func decodeForTest(s string) (any, error) {
	v, _, err := DecodeJSON([]byte(s))
	return v, err
}

// FuzzProblemShortcut: whatever scanProblems finds, the shortcut lets through.
func FuzzProblemShortcut(f *testing.F) {
	for _, s := range []string{`{"a":1,"a":2}`, `{"a":"\":"}`, `[{"b":{"b":1,"b":2}}]`, `{"n":99999999999999999999}`, `{"a\\":1,"a\\":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, _, err := DecodeJSON(b)
		if err != nil {
			return
		}
		problems, err := scanProblems(b)
		if err == nil && len(problems) > 0 && !mayHaveProblems(b, v) {
			t.Fatalf("the shortcut hides %+v in %q", problems, b)
		}
	})
}
