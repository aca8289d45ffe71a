package tagexpr

import (
	"strings"
	"testing"
)

// Parse prints what it understood fully parenthesised, which shows the
// precedence: not, then and, then or.
func TestParseLikeTheReference(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a and b", "( a and b )"},
		{"@a and @b", "( @a and @b )"},
		{"@a or @b", "( @a or @b )"},
		{"not @a", "not @a"},
		{"( @a and @b )", "( @a and @b )"},
		{"not @a or @b and not @c or not @d or @e and @f", "( ( ( not @a or ( @b and not @c ) ) or not @d ) or ( @e and @f ) )"},
		{"not (@a and @b)", "not ( @a and @b )"},
		{`@a\ b`, `@a\ b`},
		{`@x\(1\)`, `@x\(1\)`},
		{"@a and (@b or @c)", "( @a and ( @b or @c ) )"},
	}
	for _, tt := range tests {
		e, err := Parse(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("Parse(%q) = %v, want an error", tt.in, e)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := e.String(); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestErrorsSayWhatIsWrong(t *testing.T) {
	tests := []struct{ in, want string }{
		{"@a and", "missing a tag"},
		{"or @a", "needs a tag on its left"},
		{"(@a", "unmatched ("},
		{"@a)", "unexpected"},
		{`@a\`, "ends with a backslash"},
		{`@a\b`, "illegal escape"},
		{"@a @b", "unexpected"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want one that says %q", tt.in, err, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		expr string
		tags []string
		want bool
	}{
		{"", nil, true},
		{"@element", []string{"@element", "@since:9.6"}, true},
		{"@element and not @slow", []string{"@element", "@slow"}, false},
		{"@element and not @slow", []string{"@element"}, true},
		{"@dcaas or @element", []string{"@dcaas"}, true},
		{"not @a or @b and not @c", []string{"@a", "@b"}, true},
		{"not @a or @b and not @c", []string{"@a", "@b", "@c"}, false},
		{"not (@a or @b)", []string{"@c"}, true},
		{`@a\ b`, []string{"@a b"}, true},
		{"@since:9.6", []string{"@since:9.6"}, true},
	}
	for _, tt := range tests {
		e, err := Parse(tt.expr)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.expr, err)
		}
		if got := e.Match(tt.tags); got != tt.want {
			t.Errorf("%q.Match(%v) = %v, want %v", tt.expr, tt.tags, got, tt.want)
		}
	}
}

// FuzzParse: no --tags value makes the parser panic or loop; whatever it
// accepts matches tag sets and prints without panicking, and a non-empty
// expression prints as one that parses to the same matches.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "@a", "not @a", "@a and not (@b or @c)", `@a\ b`, "((@a)", "@a and", "@since:9.6 or @slow"} {
		f.Add(s)
	}
	tagSets := [][]string{nil, {"@a"}, {"@b"}, {"@a", "@b"}, {"@c", "@since:9.6"}}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		if err != nil {
			return
		}
		if e.String() == "true" {
			return // the empty expression: matches everything, printed for messages
		}
		again, err := Parse(e.String())
		if err != nil {
			t.Fatalf("Parse(%q) = %s, which does not parse: %v", s, e, err)
		}
		for _, tags := range tagSets {
			if e.Match(tags) != again.Match(tags) {
				t.Fatalf("%q and its printed form %q disagree on %v", s, e, tags)
			}
		}
	})
}
