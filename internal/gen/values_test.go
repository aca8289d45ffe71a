package gen

import (
	"bytes"
	"net"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/conform-dev/conform/internal/example"
)

// TestRowsForEveryKeyword: each keyword of a member yields its rows, and an
// accepted row's value satisfies every other rule of its member (a CIDR
// block at maxLength, digits where the pattern wants digits, not "aaaa…"),
// so that a target rejecting it would be rejecting the limit the row names,
// not something unrelated; a rejected row breaks the rule it names.
func TestRowsForEveryKeyword(t *testing.T) {
	u := func(n uint64) *uint64 { return &n }
	f := func(v float64) *float64 { return &v }
	str := func(s openapi3.Schema) *openapi3.Schema { s.Type = &openapi3.Types{"string"}; return &s }
	integer := func(s openapi3.Schema) *openapi3.Schema { s.Type = &openapi3.Types{"integer"}; return &s }
	tests := []struct {
		name   string
		schema *openapi3.Schema
		accept []string // "value limit" of each accepted row
		reject []string // of each rejected row
		check  func(v string) bool
	}{
		{name: "an IP address in CIDR form at maxLength", schema: str(openapi3.Schema{Description: "the gateway, in CIDR notation", MaxLength: u(18)}),
			accept: []string{`"100.100.100.100/24" maxLength 18`}, reject: []string{`a string of 19 characters maxLength 18`, `1 type string`},
			check: func(v string) bool { _, _, err := net.ParseCIDR(v); return err == nil }},
		{name: "a pattern: digits at the boundary, digits just outside, and a value that breaks it",
			schema: str(openapi3.Schema{Pattern: `^[0-9a-f]+$`, MinLength: 2, MaxLength: u(8)}),
			accept: []string{`"00000000" maxLength 8`, `"00" minLength 2`},
			reject: []string{`"000000000" maxLength 8`, `"0" minLength 2`, `"!!" pattern ^[0-9a-f]+$`, `1 type string`}},
		{name: "a pattern with a prefix and a bounded repeat", schema: str(openapi3.Schema{Pattern: `^DC\.[0-9]{4}$`, MaxLength: u(7)}),
			accept: []string{`"DC.0000" maxLength 7`},
			// No 8 characters match: the row breaks the pattern too.
			reject: []string{`a string of 8 characters maxLength 7`, `"!" pattern ^DC\.[0-9]{4}$`, `1 type string`}},
		// kin-openapi does not check ipv4 by default: no format row.
		{name: "a format", schema: str(openapi3.Schema{Format: "ipv4", MaxLength: u(15)}),
			accept: []string{`"100.100.100.100" maxLength 15`}, reject: []string{`a string of 16 characters maxLength 15`, `1 type string`},
			check: func(v string) bool { return net.ParseIP(v) != nil }},
		{name: "a UUID's fixed length", schema: str(openapi3.Schema{Format: "uuid", MinLength: 36, MaxLength: u(36)}),
			accept: []string{`"5d6c17bc-0ebe-420b-8734-21f519e9d7ad" maxLength 36`}, // once: the same value
			reject: []string{`a string of 37 characters maxLength 36`, `a string of 35 characters minLength 36`, `"not a uuid" format uuid`, `1 type string`}},
		{name: "plain strings stay readable", schema: str(openapi3.Schema{MaxLength: u(64)}),
			accept: []string{"a string of 64 characters maxLength 64"}, reject: []string{"a string of 65 characters maxLength 64", "1 type string"}},
		{name: "an integer gets a fractional number, within its range", schema: integer(openapi3.Schema{Min: f(1), Max: f(4294967295)}),
			accept: []string{"1 minimum 1", "4294967295 maximum 4294967295"},
			reject: []string{"0 minimum 1", "4294967296 maximum 4294967295", "1.5 type integer", `"1" type integer`}},
		{name: "an integer without limits", schema: integer(openapi3.Schema{}), reject: []string{"1.5 type integer", `"1" type integer`}},
		{name: "an integer with no room for a fraction", schema: integer(openapi3.Schema{Min: f(5), Max: f(5)}),
			accept: []string{"5 minimum 5"}, reject: []string{"4 minimum 5", "6 maximum 5", `"1" type integer`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accept, reject := rowsFor("/m", tt.schema, false)
			doc := map[string]any{"m": nil}
			valid := func(d any) bool { return tt.schema.VisitJSON(d.(map[string]any)["m"]) == nil }
			var dropped []string
			accept = keep(accept, doc, valid, true, &dropped)
			reject = keep(reject, doc, valid, false, &dropped)
			if len(dropped) > 0 {
				t.Errorf("dropped %q", dropped)
			}
			for _, c := range []struct {
				rows []Row
				want []string
			}{{accept, tt.accept}, {reject, tt.reject}} {
				var got []string
				for _, r := range c.rows {
					got = append(got, r.Value+" "+r.Why)
				}
				if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("rows:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
				}
			}
			for _, r := range accept {
				v, err := example.ParseValue(r.Value)
				if err != nil {
					t.Fatal(err)
				}
				if s, ok := v.(string); ok && tt.check != nil && !tt.check(s) {
					t.Errorf("accepted %s is not what the member holds", r.Value)
				}
			}
		})
	}
}

// TestPatternCellsReadBack: a pattern's "|" and "\" in the limit column are
// escaped, so that Gherkin reads the cell back as the pattern.
func TestPatternCellsReadBack(t *testing.T) {
	rows := []Row{{"/m", `"!"`, `pattern ^(?i:ipv4|ipv6)$`}, {"/m", `"a\\b"`, `pattern ^a\\b$`}}
	var b bytes.Buffer
	b.WriteString("Feature: f\n  Scenario Outline: o <limit>\n    Given the \"x\" API\n\n")
	table(&b, rows)
	doc, err := gherkin.ParseGherkinDocument(&b, (&messages.Incrementing{}).NewId)
	if err != nil {
		t.Fatal(err)
	}
	body := doc.Feature.Children[0].Scenario.Examples[0].TableBody
	for i, r := range rows {
		cells := body[i].Cells
		if cells[1].Value != r.Value || cells[2].Value != r.Why {
			t.Errorf("row %d reads back as %q %q, want %q %q", i, cells[1].Value, cells[2].Value, r.Value, r.Why)
		}
		if _, err := example.ParseValue(cells[1].Value); err != nil {
			t.Error(err)
		}
	}
}

// TestAddressesOfEveryLength: the address makers give a valid address of
// exactly the length asked, for every length one exists at.
func TestAddressesOfEveryLength(t *testing.T) {
	for _, c := range []struct {
		name   string
		lo, hi int
		make   func(int) string
		valid  func(string) bool
	}{
		{"ipv4", 7, 15, ipv4Of, func(s string) bool { return net.ParseIP(s).To4() != nil }},
		{"ipv4 CIDR", 9, 18, cidr4Of, func(s string) bool { _, _, err := net.ParseCIDR(s); return err == nil }},
		{"ipv6", 3, 39, ipv6Of, func(s string) bool { return net.ParseIP(s) != nil && net.ParseIP(s).To4() == nil }},
	} {
		for n := c.lo - 1; n <= c.hi+1; n++ {
			v := c.make(n)
			if n < c.lo || n > c.hi {
				if v != "" {
					t.Errorf("%s of %d characters: %q, want none", c.name, n, v)
				}
				continue
			}
			if len(v) != n || !c.valid(v) {
				t.Errorf("%s of %d characters: %q", c.name, n, v)
			}
		}
	}
}
