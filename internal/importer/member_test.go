package importer

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/page"
)

// The tests below take memberSchema's concerns one at a time, on rows the
// seed and held-out pages do not have (a minimum above the maximum, an
// enumeration on a number, a nullable reference, …). A schema is compared as
// the JSON the importer writes, key order included; "" is nothing written.

func asJSON(t *testing.T, o omap) string {
	t.Helper()
	if len(o) == 0 {
		return ""
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func num(f float64) *float64 { return &f }

// conflicts makes one conflict per kind about member mem of table Obj; a
// case conflict's example value is value.
func conflicts(mem string, value any, kinds ...string) []lint.Conflict {
	var out []lint.Conflict
	for _, k := range kinds {
		out = append(out, lint.Conflict{ID: "x-" + k, Kind: k, Place: mem, Object: "Obj", Summary: k, Value: value})
	}
	return out
}

func TestMemberType(t *testing.T) {
	m := &model{refPrefix: "#/components/schemas/"}
	tests := []struct {
		name         string
		mem          page.Member
		cs           []lint.Conflict
		schema, rule string
	}{
		{name: "a JSON type", mem: page.Member{Kind: "string"}, schema: `{"type":"string"}`},
		{name: "an object of another table", mem: page.Member{Kind: "object", Ref: "VifPeer"}, schema: `{"$ref":"#/components/schemas/VifPeer"}`},
		{name: "an object of no table", mem: page.Member{Kind: "object"}, schema: `{"type":"object"}`},
		{name: "an array of a table", mem: page.Member{Kind: "array", Ref: "VifPeer", ItemsKind: "object"}, schema: `{"type":"array","items":{"$ref":"#/components/schemas/VifPeer"}}`},
		{name: "an array of strings", mem: page.Member{Kind: "array", ItemsKind: "string"}, schema: `{"type":"array","items":{"type":"string"}}`},
		{name: "an array of what the page does not say", mem: page.Member{Kind: "array"}, schema: `{"type":"array","items":{}}`},
		{
			name: "CIDR items the example disputes", mem: page.Member{Kind: "array", ItemsKind: "string"}, cs: conflicts("m", nil, "cidr"),
			schema: `{"type":"array","items":{"type":"string"}}`, rule: `{"items":{"pattern":"^[0-9A-Fa-f.:]+/[0-9]{1,3}$"}}`,
		},
		{name: "a cidr conflict on a string has no items to rule", mem: page.Member{Kind: "string"}, cs: conflicts("m", nil, "cidr"), schema: `{"type":"string"}`},
		{name: "no type", mem: page.Member{}, schema: ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r := m.memberType(&tt.mem, tt.cs)
			if got := asJSON(t, s); got != tt.schema {
				t.Errorf("schema = %s, want %s", got, tt.schema)
			}
			if got := asJSON(t, r); got != tt.rule {
				t.Errorf("rule = %s, want %s", got, tt.rule)
			}
		})
	}
}

// TestMemberOfAnUndocumentedType: a type the cell names and no imported
// page documents is any object when the page says it is one, and any value
// when it only names it ("UUID array", "volumeID array").
func TestMemberOfAnUndocumentedType(t *testing.T) {
	tests := []struct {
		name    string
		mem     page.Member
		schema  string
		finding string
	}{
		{name: "a named type's items", mem: page.Member{Name: "storageContainerIDs", Kind: "array", Ref: "UUID", ItemsKind: "object", Type: "UUID array"},
			schema: `{"type":"array","items":{}}`, finding: "storageContainerIDs is of the type UUID, which no page of this import documents: written as any value"},
		{name: "a named type", mem: page.Member{Name: "volume", Kind: "object", Ref: "volumeID", Type: "volumeID"},
			schema: ``, finding: "written as any value"},
		{name: "an object page not imported", mem: page.Member{Name: "result", Kind: "object", Ref: "clusterStructure", RefFile: "reference_element_api_clusterstructure.adoc", Type: "clusterStructure"},
			schema: `{"type":"object"}`, finding: "documented on reference_element_api_clusterstructure.adoc, which is not among the imported pages: written as any object"},
		{name: "a table the page calls an object", mem: page.Member{Name: "peer", Kind: "object", Ref: "Peer", Type: "Peer object"},
			schema: `{"type":"object"}`, finding: "documented on no page of this import: written as any object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &model{p: &page.Page{Objects: map[string]*page.Object{}}, refPrefix: "#/definitions/", jsonrpc: true, shared: map[string]*page.Page{}, used: map[string]bool{}}
			s, _ := m.memberType(&tt.mem, nil)
			if got := asJSON(t, s); got != tt.schema {
				t.Errorf("schema = %s, want %s", got, tt.schema)
			}
			if len(m.findings) != 1 || !strings.Contains(m.findings[0], tt.finding) {
				t.Errorf("findings = %q, want one saying %q", m.findings, tt.finding)
			}
		})
	}
}

func TestMemberDescription(t *testing.T) {
	tests := []struct {
		name string
		mem  page.Member
		want string
	}{
		{name: "kept", mem: page.Member{Kind: "string", Description: "Specifies the name."}, want: `{"description":"Specifies the name."}`},
		{name: "none", mem: page.Member{Kind: "string"}, want: ``},
		{name: "dropped beside a $ref", mem: page.Member{Kind: "object", Ref: "VifPeer", Description: "Specifies the peer."}, want: ``},
		{name: "kept on an array of a table", mem: page.Member{Kind: "array", Ref: "VifPeer", Description: "The peers."}, want: `{"description":"The peers."}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asJSON(t, memberDescription(&tt.mem)); got != tt.want {
				t.Errorf("memberDescription = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestMemberLimits(t *testing.T) {
	tests := []struct {
		name         string
		mem          page.Member
		cs           []lint.Conflict
		schema, rule string
	}{
		{name: "a string's limits are on its length", mem: page.Member{Kind: "string", Min: num(1), Max: num(64)}, schema: `{"minLength":1,"maxLength":64}`},
		{name: "an integer's on its value", mem: page.Member{Kind: "integer", Min: num(1), Max: num(4294967295)}, schema: `{"minimum":1,"maximum":4294967295}`},
		{name: "a number's may be fractions", mem: page.Member{Kind: "number", Min: num(0.5), Max: num(2.5)}, schema: `{"minimum":0.5,"maximum":2.5}`},
		{name: "a maximum alone", mem: page.Member{Kind: "string", Max: num(255)}, schema: `{"maxLength":255}`},
		{name: "a boolean has none", mem: page.Member{Kind: "boolean", Min: num(0), Max: num(1)}, schema: ``},
		{name: "an array has none", mem: page.Member{Kind: "array", Min: num(1), Max: num(5)}, schema: ``},
		// Written as the table says: nothing then satisfies the schema, and
		// neither lint nor the importer says so.
		{name: "a minimum above the maximum", mem: page.Member{Kind: "string", Min: num(10), Max: num(5)}, schema: `{"minLength":10,"maxLength":5}`},
		{
			name: "a length the example breaks is the rule", mem: page.Member{Kind: "string", Min: num(36), Max: num(36)}, cs: conflicts("m", nil, "length"),
			schema: ``, rule: `{"minLength":36,"maxLength":36}`,
		},
		{
			name: "a range the example breaks is the rule", mem: page.Member{Kind: "integer", Min: num(1), Max: num(100)}, cs: conflicts("m", nil, "range"),
			schema: ``, rule: `{"minimum":1,"maximum":100}`,
		},
		{
			name: "a mandatory member's minimum 0 is left to its conflict", mem: page.Member{Kind: "string", Min: num(0), Max: num(10240)}, cs: conflicts("m", nil, "minimum-zero"),
			schema: `{"maxLength":10240}`,
		},
		{
			name: "a minimum-zero conflict leaves another minimum", mem: page.Member{Kind: "string", Min: num(5), Max: num(10)}, cs: conflicts("m", nil, "minimum-zero"),
			schema: `{"minLength":5,"maxLength":10}`,
		},
		{
			name: "minimum-zero and a broken length", mem: page.Member{Kind: "string", Min: num(0), Max: num(8)}, cs: conflicts("m", nil, "minimum-zero", "length"),
			schema: ``, rule: `{"maxLength":8}`,
		},
		{name: "another conflict changes nothing", mem: page.Member{Kind: "integer", Min: num(0)}, cs: conflicts("m", nil, "case"), schema: `{"minimum":0}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r := memberLimits(&tt.mem, tt.cs)
			if got := asJSON(t, s); got != tt.schema {
				t.Errorf("schema = %s, want %s", got, tt.schema)
			}
			if got := asJSON(t, r); got != tt.rule {
				t.Errorf("rule = %s, want %s", got, tt.rule)
			}
		})
	}
}

func TestMemberFormat(t *testing.T) {
	tests := []struct {
		name string
		mem  page.Member
		want string
	}{
		{name: "an int32 maximum", mem: page.Member{Kind: "integer", Max: num(2147483647)}, want: ``},
		{name: "one more", mem: page.Member{Kind: "integer", Max: num(2147483648)}, want: `{"format":"int64"}`},
		{name: "no maximum", mem: page.Member{Kind: "integer", Min: num(3e9)}, want: ``},
		{name: "a number is not an integer", mem: page.Member{Kind: "number", Max: num(3e9)}, want: ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asJSON(t, memberFormat(&tt.mem)); got != tt.want {
				t.Errorf("memberFormat = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestMemberEnum(t *testing.T) {
	tests := []struct {
		name         string
		mem          page.Member
		cs           []lint.Conflict
		schema, rule string
	}{
		{name: "listed values", mem: page.Member{Kind: "string", Enum: []string{"static", "bgp"}}, schema: `{"enum":["static","bgp"]}`},
		{name: "values named in words", mem: page.Member{Kind: "string", TextValues: []string{"static", "bgp"}}, schema: `{"enum":["static","bgp"]}`},
		{name: "the list wins over the words", mem: page.Member{Kind: "string", Enum: []string{"a"}, TextValues: []string{"b"}}, schema: `{"enum":["a"]}`},
		{name: "an empty list falls back on the words", mem: page.Member{Kind: "string", Enum: []string{}, TextValues: []string{"b"}}, schema: `{"enum":["b"]}`},
		{name: "no values", mem: page.Member{Kind: "string"}, schema: ``},
		// The page's values are text: a number's are not written.
		{name: "an enumeration on a number", mem: page.Member{Kind: "number", Enum: []string{"1", "2"}}, schema: ``},
		{name: "an enumeration on an integer", mem: page.Member{Kind: "integer", Enum: []string{"0", "1"}, TextValues: []string{"0"}}, schema: ``},
		{
			name: "the example writes the values in lower case", mem: page.Member{Kind: "string", TextValues: []string{"IPv4", "IPv6"}}, cs: conflicts("m", "ipv4", "case"),
			schema: `{"pattern":"^(?i:ipv4|ipv6)$"}`, rule: `{"enum":["ipv4","ipv6"]}`,
		},
		{
			name: "values that are not regexps are quoted", mem: page.Member{Kind: "string", Enum: []string{"a.b", "c+"}}, cs: conflicts("m", "A.B", "case"),
			schema: `{"pattern":"^(?i:A\\.B|C\\+)$"}`, rule: `{"enum":["A.B","C+"]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r := memberEnum(&tt.mem, tt.cs)
			if got := asJSON(t, s); got != tt.schema {
				t.Errorf("schema = %s, want %s", got, tt.schema)
			}
			if got := asJSON(t, r); got != tt.rule {
				t.Errorf("rule = %s, want %s", got, tt.rule)
			}
		})
	}
}

func TestHexContent(t *testing.T) {
	const hex32 = "0123456789abcdef0123456789ABCDEF"
	tests := []struct {
		name    string
		example any
		want    string
	}{
		{name: "32 hex digits", example: hex32, want: `{"minLength":2,"pattern":"^([0-9a-fA-F]{2})+$","contentEncoding":"base16"}`},
		{name: "hex of a JSON object", example: "7B22" + hex32, want: `{"minLength":2,"pattern":"^([0-9a-fA-F]{2})+$","contentEncoding":"base16","contentMediaType":"application/json"}`},
		{name: "31 hex digits", example: hex32[1:], want: ``},
		{name: "not hex", example: "g123456789abcdef0123456789abcdef", want: ``},
		{name: "not a string", example: 12345678901234567890123456789012.0, want: ``},
		{name: "null", example: nil, want: ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asJSON(t, hexContent(tt.example)); got != tt.want {
				t.Errorf("hexContent = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNullable(t *testing.T) {
	tests := []struct {
		name   string
		schema omap
		want   string
	}{
		{name: "a type", schema: omap{{"type", "integer"}, {"minimum", 1}}, want: `{"type":"integer","minimum":1,"nullable":true}`},
		{name: "a reference is wrapped", schema: omap{{"$ref", "#/components/schemas/Peer"}}, want: `{"nullable":true,"allOf":[{"$ref":"#/components/schemas/Peer"}]}`},
		{name: "no type", schema: omap{}, want: `{"nullable":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asJSON(t, nullable(tt.schema)); got != tt.want {
				t.Errorf("nullable = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestIsSecret(t *testing.T) {
	tests := []struct {
		mem  page.Member
		want bool
	}{
		{page.Member{Name: "bgp_md5"}, true},
		{page.Member{Name: "X-Auth-Token"}, true},
		{page.Member{Name: "clusterPairingKey"}, true},
		{page.Member{Name: "auth", Description: "The user's Password."}, true},
		{page.Member{Name: "tenant_id", Description: "Specifies the tenant."}, false},
	}
	for _, tt := range tests {
		if got := isSecret(&tt.mem); got != tt.want {
			t.Errorf("isSecret(%s, %q) = %v, want %v", tt.mem.Name, tt.mem.Description, got, tt.want)
		}
	}
}

// TestMemberSchema checks that the concerns are put together in the order
// the written files have, on the rows where they meet.
func TestMemberSchema(t *testing.T) {
	tests := []struct {
		name    string
		mem     page.Member
		cs      []lint.Conflict
		jsonrpc bool
		example any
		present bool
		want    string
	}{
		{
			name:    "a nullable member",
			mem:     page.Member{Name: "bgp_asn", Kind: "integer", Description: "The ASN.", Min: num(1), Max: num(4294967295)},
			present: true,
			want:    `{"type":"integer","description":"The ASN.","minimum":1,"maximum":4294967295,"format":"int64","nullable":true}`,
		},
		{
			name:    "a nullable reference",
			mem:     page.Member{Name: "peer", Kind: "object", Ref: "Peer", Description: "The peer."},
			present: true,
			want:    `{"nullable":true,"allOf":[{"$ref":"#/components/schemas/Peer"}]}`,
		},
		{
			name: "a member the example does not show is not nullable",
			mem:  page.Member{Name: "bgp_asn", Kind: "integer"},
			want: `{"type":"integer"}`,
		},
		{
			// draft-07 has no nullable: null joins the type.
			name:    "a JSON-RPC member the example shows null",
			mem:     page.Member{Name: "bgp_asn", Kind: "integer"},
			jsonrpc: true, present: true,
			want: `{"type":["integer","null"]}`,
		},
		{
			name:    "a JSON-RPC enumeration the example shows null",
			mem:     page.Member{Name: "mode", Kind: "string", Enum: []string{"fast", "slow"}},
			jsonrpc: true, present: true,
			want: `{"type":["string","null"],"enum":["fast","slow",null]}`,
		},
		{
			name:    "a JSON-RPC reference the example shows null",
			mem:     page.Member{Name: "peer", Kind: "object", Ref: "Peer"},
			jsonrpc: true, present: true,
			want: `{"anyOf":[{"$ref":"#/components/schemas/Peer"},{"type":"null"}]}`,
		},
		{
			name:    "a JSON-RPC member the example does not show is not null",
			mem:     page.Member{Name: "bgp_asn", Kind: "integer"},
			jsonrpc: true,
			want:    `{"type":"integer"}`,
		},
		{
			// draft-07 ignores a $ref's siblings: the conflict would be
			// seen by no check.
			name:    "a JSON-RPC reference with a conflict is alone in an allOf",
			mem:     page.Member{Name: "peer", Kind: "object", Ref: "Peer"},
			cs:      conflicts("peer", nil, "type"),
			jsonrpc: true,
			want:    `{"allOf":[{"$ref":"#/components/schemas/Peer"}],"x-conform-conflicts":[{"id":"x-type","summary":"type","sides":null}]}`,
		},
		{
			name: "a REST reference with a conflict keeps its siblings",
			mem:  page.Member{Name: "peer", Kind: "object", Ref: "Peer"},
			cs:   conflicts("peer", nil, "type"),
			want: `{"$ref":"#/components/schemas/Peer","x-conform-conflicts":[{"id":"x-type","summary":"type","sides":null}]}`,
		},
		{
			name:    "hex content keeps the documented minimum's place",
			mem:     page.Member{Name: "clusterPairingKey", Kind: "string", Min: num(10), Max: num(600)},
			jsonrpc: true, present: true, example: "7b0123456789abcdef0123456789abcdef",
			want: `{"type":"string","minLength":2,"maxLength":600,"pattern":"^([0-9a-fA-F]{2})+$","contentEncoding":"base16","contentMediaType":"application/json","x-conform-secret":true}`,
		},
		{
			name:    "a REST example in hex is only a string",
			mem:     page.Member{Name: "id", Kind: "string"},
			present: true, example: "0123456789abcdef0123456789abcdef",
			want: `{"type":"string"}`,
		},
		{
			name: "a disputed length and case go to the first conflict's rule",
			mem:  page.Member{Name: "mode", Kind: "string", Min: num(3), Max: num(3), Enum: []string{"BGP"}},
			cs:   conflicts("mode", "bgp", "case", "length"),
			want: `{"type":"string","pattern":"^(?i:bgp)$","x-conform-conflicts":[` +
				`{"id":"x-case","summary":"case","sides":null,"rule":{"minLength":3,"maxLength":3,"enum":["bgp"]}},` +
				`{"id":"x-length","summary":"length","sides":null}]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &model{conflicts: tt.cs, jsonrpc: tt.jsonrpc, refPrefix: "#/components/schemas/"}
			got := asJSON(t, m.memberSchema(&page.Object{Name: "Obj"}, &tt.mem, tt.example, tt.present))
			if got != tt.want {
				t.Errorf("memberSchema =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
