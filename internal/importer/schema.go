// Package importer turns a vendor API reference page (internal/page) into a
// contract and a scenario: an OpenAPI operation with its schemas (REST) or
// the JSON Schemas of a JSON-RPC method, and a .feature whose scenario sends
// the documented request and checks the answer against the documented
// response. Every contradiction the page shows (internal/lint) is recorded
// where it arises, as x-conform-conflicts, with both sides quoted.
//
// Output is deterministic. It merges into the files of an API that exist:
// what is new is added, what exists and says the same is left as it is, and
// what exists and says something else is refused, with the differences.
package importer

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/page"
)

// omap is a JSON or YAML mapping whose keys keep their order.
type omap []kv

type kv struct {
	k string
	v any
}

func (m omap) get(k string) (any, bool) {
	for _, e := range m {
		if e.k == k {
			return e.v, true
		}
	}
	return nil, false
}

func (m *omap) set(k string, v any) {
	for i, e := range *m {
		if e.k == k {
			(*m)[i].v = v
			return
		}
	}
	*m = append(*m, kv{k, v})
}

// MarshalJSON writes the keys in order.
func (m omap) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, e := range m {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(e.k)
		v, err := json.Marshal(e.v)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// model is what the importer makes of a page before writing it.
type model struct {
	p         *page.Page
	conflicts []lint.Conflict
	jsonrpc   bool
	// refPrefix is "#/components/schemas/" or "#/definitions/".
	refPrefix string
}

func (m *model) ref(name string) string { return m.refPrefix + name }

// conflictsAt returns the page's conflicts about a member of an object, or
// (member "") about the object itself.
func (m *model) conflictsAt(object, member string) []lint.Conflict {
	var out []lint.Conflict
	seen := map[string]bool{}
	for _, c := range m.conflicts {
		if seen[c.ID] {
			continue
		}
		switch {
		case member != "" && c.Place == member && (c.Object == object || c.Object == "" || pageWide[c.Kind]):
			out = append(out, c)
		case member == "" && c.Object == object && object != "" && (c.Place == "" || c.Kind == "undocumented-member"):
			out = append(out, c)
		default:
			continue
		}
		seen[c.ID] = true
	}
	return out
}

// operationConflicts are the page's conflicts about the operation as a whole.
func (m *model) operationConflicts() []lint.Conflict {
	var out []lint.Conflict
	for _, c := range m.conflicts {
		if c.Place == "" && c.Object == "" {
			out = append(out, c)
		}
	}
	return out
}

func has(cs []lint.Conflict, kind string) (lint.Conflict, bool) {
	for _, c := range cs {
		if c.Kind == kind {
			return c, true
		}
	}
	return lint.Conflict{}, false
}

// pageWide are the contradictions about what a member's values are, which
// hold for the member in every table of the page.
var pageWide = map[string]bool{"case": true, "empty-enumeration": true, "cidr": true, "minimum-zero": true}

var hexValue = regexp.MustCompile(`^[0-9a-fA-F]{32,}$`)

// memberSchema writes what a table row says about a member. Where the page's
// own example breaks a limit, the limit becomes the conflict's rule (a
// warning, a failure under --strict) instead of the schema's, so that a
// target answering like the documentation is not failed for it.
func (m *model) memberSchema(o *page.Object, mem *page.Member, example any, present bool) omap {
	cs := m.conflictsAt(o.Name, mem.Name)
	s := omap{}
	var rule omap
	switch {
	case mem.Kind == "object" && mem.Ref != "":
		s.set("$ref", m.ref(mem.Ref))
	case mem.Kind == "array":
		s.set("type", "array")
		items := omap{}
		if mem.Ref != "" {
			items.set("$ref", m.ref(mem.Ref))
		} else if mem.ItemsKind != "" {
			items.set("type", mem.ItemsKind)
		}
		s.set("items", items)
		if _, ok := has(cs, "cidr"); ok {
			rule = omap{{"items", omap{{"pattern", cidrPattern}}}}
		}
	case mem.Kind != "":
		s.set("type", mem.Kind)
	}
	if _, isRef := s.get("$ref"); mem.Description != "" && !isRef {
		s.set("description", mem.Description)
	}
	limitKeys := [2]string{"minimum", "maximum"}
	if mem.Kind == "string" {
		limitKeys = [2]string{"minLength", "maxLength"}
	}
	if mem.Kind == "string" || mem.Kind == "integer" || mem.Kind == "number" {
		_, broken := has(cs, "length")
		if _, r := has(cs, "range"); r {
			broken = true
		}
		_, emptyOK := has(cs, "minimum-zero")
		for i, lim := range []*float64{mem.Min, mem.Max} {
			if lim == nil || (i == 0 && emptyOK && *lim == 0) {
				continue
			}
			if broken {
				rule.set(limitKeys[i], number(*lim))
			} else {
				s.set(limitKeys[i], number(*lim))
			}
		}
		if mem.Kind == "integer" && mem.Max != nil && *mem.Max > 2147483647 {
			s.set("format", "int64")
		}
	}
	values := mem.Enum
	if len(values) == 0 && mem.Kind == "string" && len(mem.TextValues) > 0 {
		values = mem.TextValues
	}
	if len(values) > 0 && mem.Kind == "string" {
		if c, ok := has(cs, "case"); ok {
			// The text and the example disagree on case: the schema takes
			// both, the example's reading is the rule.
			like := caseLike(values, c.Value)
			s.set("pattern", "^(?i:"+strings.Join(quoteMetaAll(like), "|")+")$")
			rule.set("enum", like)
		} else {
			s.set("enum", values)
		}
	}
	if str, ok := example.(string); ok && m.jsonrpc && hexValue.MatchString(str) {
		s.set("minLength", 2)
		s.set("pattern", "^([0-9a-fA-F]{2})+$")
		s.set("contentEncoding", "base16")
		if strings.HasPrefix(strings.ToLower(str), "7b") {
			s.set("contentMediaType", "application/json")
		}
	}
	if present && example == nil && !m.jsonrpc {
		s.set("nullable", true)
		if ref, ok := s.get("$ref"); ok {
			s = omap{{"nullable", true}, {"allOf", []any{omap{{"$ref", ref}}}}}
		}
	}
	if secretName.MatchString(mem.Name) || strings.Contains(strings.ToLower(mem.Description), "password") {
		s.set("x-conform-secret", true)
	}
	if len(cs) > 0 {
		s.set("x-conform-conflicts", conflictList(cs, rule))
	}
	return s
}

var secretName = regexp.MustCompile(`(?i)key|password|passwd|token|secret|md5`)

const cidrPattern = `^[0-9A-Fa-f.:]+/[0-9]{1,3}$`

func quoteMetaAll(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = regexp.QuoteMeta(v)
	}
	return out
}

// caseLike writes the values the way the example writes its own.
func caseLike(values []string, example any) []string {
	str, _ := example.(string)
	out := make([]string, len(values))
	for i, v := range values {
		switch {
		case str != "" && str == strings.ToLower(str):
			out[i] = strings.ToLower(v)
		case str != "" && str == strings.ToUpper(str):
			out[i] = strings.ToUpper(v)
		default:
			out[i] = v
		}
	}
	return out
}

func number(f float64) any {
	if f == float64(int64(f)) {
		return int64(f)
	}
	return f
}

// conflictList writes x-conform-conflicts entries; a reading's rule goes
// on the first entry that disputes a limit.
func conflictList(cs []lint.Conflict, rule omap) []any {
	var out []any
	ruled := false
	for _, c := range cs {
		e := omap{{"id", c.ID}, {"summary", c.Summary}}
		var sides []any
		for _, s := range c.Sides {
			src := s.Source
			if s.Where != "" {
				src += " (" + lineOnly(s.Where) + ")"
			}
			sides = append(sides, omap{{"source", src}, {"says", s.Says}})
		}
		e.set("sides", sides)
		switch c.Kind {
		case "length", "range", "case", "cidr":
			if len(rule) > 0 && !ruled {
				e.set("rule", rule)
				ruled = true
			}
		}
		out = append(out, e)
	}
	return out
}

// lineOnly keeps "line N" of a file:line: the page file's name is the
// importer's input path, which the contract should not depend on.
func lineOnly(where string) string {
	if i := strings.LastIndex(where, ":"); i >= 0 {
		return "line " + where[i+1:]
	}
	return where
}

// objectSchema writes an object table: its members, required (request: the
// Mandatory column; response: the members the documented example shows, as
// the table does not say), and the conflicts about the object.
func (m *model) objectSchema(o *page.Object, example any, response bool) omap {
	s := omap{{"type", "object"}}
	obj, _ := example.(map[string]any)
	if response && len(o.Members) > 0 {
		s.set("description", "Response Parameters, "+o.Name+". The table does not say which members are required: the members the documented example shows are.")
	}
	var required []string
	props := omap{}
	for _, mem := range o.Members {
		v, present := obj[mem.Name]
		props.set(mem.Name, m.memberSchema(o, mem, v, present))
		if (response && present) || (!response && mem.Required()) {
			required = append(required, mem.Name)
		}
	}
	if len(required) > 0 {
		s.set("required", required)
	}
	s.set("properties", props)
	if cs := m.conflictsAt(o.Name, ""); len(cs) > 0 {
		s.set("x-conform-conflicts", conflictList(cs, nil))
	}
	return s
}

// objects writes every object table a body reaches, the body first, with
// the part of the example each illustrates.
func (m *model) objects(top *page.Object, example any, response bool, into *omap, done map[string]bool) {
	if top == nil || done[top.Name] {
		return
	}
	done[top.Name] = true
	into.set(top.Name, m.objectSchema(top, example, response))
	obj, _ := example.(map[string]any)
	for _, mem := range top.Members {
		if mem.Ref == "" {
			continue
		}
		child := m.p.Objects[mem.Ref]
		v := obj[mem.Name]
		if arr, ok := v.([]any); ok && len(arr) > 0 {
			v = arr[0]
		}
		m.objects(child, v, response, into, done)
	}
}

func sortedNames(m map[string]*page.Object) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// share writes a member that several tables document alike once, as a
// component schema both refer to (the way the hand-written contracts do),
// so that what is recorded about it is recorded once.
func share(schemas omap) omap {
	type use struct {
		object int
		name   string
	}
	uses := map[string][]use{}
	var order []string
	for i, e := range schemas {
		props, _ := e.v.(omap).get("properties")
		for _, p := range props.(omap) {
			if _, ok := uses[p.k]; !ok {
				order = append(order, p.k)
			}
			uses[p.k] = append(uses[p.k], use{i, p.k})
		}
	}
	for _, name := range order {
		us := uses[name]
		if len(us) < 2 {
			continue
		}
		first := ""
		same := true
		var shared omap
		for _, u := range us {
			props, _ := schemas[u.object].v.(omap).get("properties")
			v, _ := props.(omap).get(u.name)
			s := without(v.(omap), "description")
			if _, isRef := s.get("$ref"); isRef {
				same = false
				break
			}
			c := compact(s)
			if first == "" {
				first, shared = c, s
			}
			same = same && c == first
		}
		comp := page.Camel(name)
		if _, taken := schemas.get(comp); !same || taken || len(without(shared, "type", "items", "x-conform-secret")) == 0 {
			continue
		}
		for _, u := range us {
			obj := schemas[u.object].v.(omap)
			props, _ := obj.get("properties")
			po := props.(omap)
			po.set(u.name, omap{{"$ref", "#/components/schemas/" + comp}})
			obj.set("properties", po)
			schemas[u.object].v = obj
		}
		schemas = append(schemas, kv{comp, shared})
	}
	return schemas
}
