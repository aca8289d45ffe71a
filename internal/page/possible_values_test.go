package page_test

import (
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

// TestPossibleValuesListGoesOnPastContinuations: an item of a "Possible
// values:" list may carry its explanation in a "+" continuation, with a
// blank line before the next item (ClearClusterFaults, GetClusterHardwareInfo);
// the list is every item, not the first, and ends at the prose after it.
func TestPossibleValuesListGoesOnPastContinuations(t *testing.T) {
	cases := []struct {
		name, desc, want string
	}{
		{"plain list", "The type. Possible values:\n\n* drives\n* nodes\n* all\n", "drives nodes all"},
		{"continuation and blank line", "The type. Possible values:\n\n* drives:\n+\nLists only drives.\n\n* nodes: Lists nodes.\n* all: Both.\n\nIf omitted, all is assumed.\n", "drives nodes all"},
		{"text under an item", "The type. Possible values:\n\n* drives: lists\nonly drives.\n* all: both.\n", "drives all"},
		{"prose after the list is not an item", "The type. Possible values:\n\n* drives\n* all\n\nSee also:\n\n* nothing here\n", "drives all"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(adocPage, "The mode. Possible values:\n\n* `fast`: quickly.\n* `slow`\n", c.desc, 1)
			if text == adocPage {
				t.Fatal("the page template changed: the description was not replaced")
			}
			p, err := page.Parse("x.adoc", text)
			if err != nil {
				t.Fatal(err)
			}
			m, ok := p.Request.Member("mode")
			if !ok {
				t.Fatal("no member mode")
			}
			if got := strings.Join(m.Enum, " "); got != c.want {
				t.Fatalf("enum %q, want %q", got, c.want)
			}
		})
	}
}
