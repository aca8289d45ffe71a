package page_test

import (
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

// TestTypeCells: the type cells the references write, read as JSON types.
// GetProtectionDomainLayout's "JSON list of …[nodeProtectionDomains]
// objects." is an array; it was read as one object, and lint called the
// example's array a type error.
func TestTypeCells(t *testing.T) {
	cases := []struct {
		cell, want string
	}{
		{"string", "string  "},
		{"integer array", "array  integer"},
		{"JSON list of link:reference_element_api_nodeprotectiondomains.html[nodeProtectionDomains] objects.", "array nodeProtectionDomains object"},
		{"xref:reference_element_api_volume.adoc[volume] array", "array volume object"},
		{"xref:reference_element_api_volume.adoc[volume]", "object volume "},
	}
	for _, c := range cases {
		t.Run(c.cell, func(t *testing.T) {
			const cell = "a|\nstring\na|\nfast"
			if !strings.Contains(adocPage, cell) {
				t.Fatal("the page template changed: no type cell to replace")
			}
			text := strings.Replace(adocPage, cell, "a|\n"+c.cell+"\na|\nfast", 1)
			p, err := page.Parse("x.adoc", text)
			if err != nil {
				t.Fatal(err)
			}
			m, _ := p.Request.Member("mode")
			if got := m.Kind + " " + m.Ref + " " + m.ItemsKind; got != c.want {
				t.Fatalf("kind, ref, items = %q, want %q", got, c.want)
			}
		})
	}
}
