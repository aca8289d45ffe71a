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
	"fmt"
	"path/filepath"
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
	// shared are the object pages of the import (JSON-RPC), by lower-case
	// name and by file name; used collects those the page refers to.
	shared map[string]*page.Page
	used   map[string]bool
	// ids are the conflict ids already given, in the repository and by
	// this import; nil gives each conflict lint's id.
	ids map[string]bool
	// creator makes what the page's destructive examples delete; nil when
	// no contract says (x-conform-cleanup).
	creator *creator
	// findings are what the page says that the import could not write as
	// the page says it: printed for the page, never silently dropped.
	findings []string
}

func (m *model) ref(name string) string { return m.refPrefix + name }

// memberRef is where a member's object type is written: a table of the page
// (a local $ref), an object page of the import (the shared schema file,
// objects/<name>.json, JSON-RPC only), or nowhere: then the member is an
// object, and the finding says which page to import with it.
func (m *model) memberRef(mem *page.Member) (omap, bool) {
	if m.p == nil {
		return omap{{"$ref", m.ref(mem.Ref)}}, true
	}
	if _, ok := m.p.Objects[mem.Ref]; ok {
		return omap{{"$ref", m.ref(mem.Ref)}}, true
	}
	if m.jsonrpc {
		if op := m.sharedObject(mem); op != nil {
			m.used[op.Title] = true
			return omap{{"$ref", "objects/" + objectFile(op.Title)}}, true
		}
	}
	if mem.RefFile == "" && !strings.Contains(strings.ToLower(mem.Type), "object") {
		// A type the cell only names ("UUID array", "volumeID array"),
		// which no page documents and no word calls an object: what its
		// values are is unknown, and any is written, not a guess.
		m.findings = append(m.findings, fmt.Sprintf("%s is of the type %s, which no page of this import documents: written as any value", mem.Name, mem.Ref))
		return omap{}, false
	}
	where := "no page of this import"
	if mem.RefFile != "" {
		where = mem.RefFile + ", which is not among the imported pages"
	}
	m.findings = append(m.findings, fmt.Sprintf("%s refers to the object %s, documented on %s: written as any object", mem.Name, mem.Ref, where))
	return omap{{"type", "object"}}, false
}

// sharedObject finds the object page a member refers to: by the file its
// xref names, else by the object's name.
func (m *model) sharedObject(mem *page.Member) *page.Page {
	if mem.RefFile != "" {
		if p := m.shared["file:"+filepath.Base(mem.RefFile)]; p != nil {
			return p
		}
	}
	return m.shared[strings.ToLower(mem.Ref)]
}

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
//
// Each concern below writes its keywords in turn. The order of the calls is
// the order of the keys in the written files (a key written again keeps its
// place and takes the new value): reordering them changes every import.
func (m *model) memberSchema(o *page.Object, mem *page.Member, example any, present bool) omap {
	cs := m.conflictsAt(o.Name, mem.Name)
	s, rule := m.memberType(mem, cs)
	s.merge(memberDescription(mem))
	limits, limitsRule := memberLimits(mem, cs)
	s.merge(limits)
	rule.merge(limitsRule)
	s.merge(memberFormat(mem))
	enum, enumRule := memberEnum(mem, cs)
	s.merge(enum)
	rule.merge(enumRule)
	if d := memberDefault(mem); d != nil {
		if e, ok := s.get("enum"); ok && !inEnum(e, d[0].v) {
			m.findings = append(m.findings, fmt.Sprintf("%s: the default %q is not one of its values %v: no default written", mem.Name, mem.Default, e))
		} else {
			s.merge(d)
		}
	}
	if m.jsonrpc {
		s.merge(hexContent(example))
	}
	// A member the example shows as null may be null: nullable in
	// OpenAPI 3.0, null among the types in a JSON-RPC schema (draft-07
	// has no nullable).
	if present && example == nil {
		if m.jsonrpc {
			s = allowNull(s)
		} else {
			s = nullable(s)
		}
	}
	if isSecret(mem) {
		s.set("x-conform-secret", true)
	}
	if len(cs) > 0 {
		s.set("x-conform-conflicts", m.conflictList(cs, rule))
	}
	if m.jsonrpc {
		s = refAlone(s)
	}
	return s
}

// refAlone moves a $ref that has siblings into an allOf. In a draft-07
// schema a $ref's siblings are ignored: the conflicts recorded beside it,
// and x-conform-secret, would be seen by no check, and lint would report
// the recorded conflict as an error of the schema.
func refAlone(s omap) omap {
	ref, ok := s.get("$ref")
	if !ok || len(s) == 1 {
		return s
	}
	return append(omap{{"allOf", []any{omap{{"$ref", ref}}}}}, without(s, "$ref")...)
}

// merge sets each key of o in m, in o's order: a key m has keeps its place.
func (m *omap) merge(o omap) {
	for _, e := range o {
		m.set(e.k, e.v)
	}
}

// memberType writes the member's JSON type. A member whose type is another
// table refers to that table's schema, so that the table is written once; an
// array says what its items are. Where the text says each item is a CIDR
// block and the example disagrees (a cidr conflict), the items' pattern is
// the conflict's rule.
func (m *model) memberType(mem *page.Member, cs []lint.Conflict) (schema, rule omap) {
	switch {
	case mem.Kind == "object" && mem.Ref != "":
		s, _ := m.memberRef(mem)
		return s, nil
	case mem.Kind == "array":
		items := omap{}
		if mem.Ref != "" {
			items, _ = m.memberRef(mem)
		} else if mem.ItemsKind != "" {
			items.set("type", mem.ItemsKind)
		}
		if _, ok := has(cs, "cidr"); ok {
			rule = omap{{"items", omap{{"pattern", cidrPattern}}}}
		}
		return omap{{"type", "array"}, {"items", items}}, rule
	case mem.Kind != "":
		return omap{{"type", mem.Kind}}, nil
	}
	return omap{}, nil
}

// memberDescription keeps the table's description, except beside a $ref,
// where the referred schema says what the member is (and OpenAPI 3.0 ignores
// a $ref's siblings).
func memberDescription(mem *page.Member) omap {
	if mem.Description == "" || (mem.Kind == "object" && mem.Ref != "") {
		return nil
	}
	return omap{{"description", mem.Description}}
}

// limitKeys are the keywords a table's "Minimum: N" and "Maximum: M" become,
// by the member's type: a string's limits are on its length. A type not
// listed has no limits.
var limitKeys = map[string][2]string{
	"string":  {"minLength", "maxLength"},
	"integer": {"minimum", "maximum"},
	"number":  {"minimum", "maximum"},
}

// memberLimits writes the member's minimum and maximum. Where the page's
// example breaks them (a length or range conflict) they are the conflict's
// rule instead. Where the table gives a mandatory member a minimum of 0 (a
// minimum-zero conflict), that 0 is what is disputed: it is left to the
// conflict, as the hand-written contracts do.
func memberLimits(mem *page.Member, cs []lint.Conflict) (schema, rule omap) {
	keys, ok := limitKeys[mem.Kind]
	if !ok {
		return nil, nil
	}
	into := &schema
	if hasAny(cs, "length", "range") {
		into = &rule
	}
	_, emptyOK := has(cs, "minimum-zero")
	lo, hi := mem.Min, mem.Max
	if lo == nil && hi == nil && mem.Kind == "string" {
		lo, hi = proseLength(mem.Description)
	}
	if lo != nil && !(emptyOK && *lo == 0) {
		into.set(keys[0], number(*lo))
	}
	if hi != nil {
		into.set(keys[1], number(*hi))
	}
	return schema, rule
}

var (
	proseRange = regexp.MustCompile(`(?i)\b([0-9]+)\s*(?:to|-)\s*([0-9]+)\s+characters\b`)
	proseMax   = regexp.MustCompile(`(?i)\b(?:up to|at most|a maximum of|maximum of|no more than)\s+([0-9]+)\s+characters\b`)
)

// proseLength reads a string's length limits from its description where
// the table has no Minimum/Maximum: the Element reference writes them in
// words ("Must be 1 to 64 characters in length", "up to 256 characters").
func proseLength(desc string) (lo, hi *float64) {
	num := func(s string) *float64 {
		var f float64
		fmt.Sscan(s, &f)
		return &f
	}
	if x := proseRange.FindStringSubmatch(desc); x != nil {
		return num(x[1]), num(x[2])
	}
	if x := proseMax.FindStringSubmatch(desc); x != nil {
		return nil, num(x[1])
	}
	return nil, nil
}

// memberFormat marks an integer whose documented maximum does not fit in 32
// bits as int64, so that a reader of the contract (or a code generator) does
// not take it for an int32.
func memberFormat(mem *page.Member) omap {
	if mem.Kind == "integer" && mem.Max != nil && *mem.Max > 2147483647 {
		return omap{{"format", "int64"}}
	}
	return nil
}

// memberEnum writes a string member's values: the listed enumeration, or
// else the values the description names in words. Where the text and the
// example disagree on case (a case conflict), the schema takes both cases
// and the example's reading is the rule. Only a string member's values are
// written: the page's values are text, and for another type they would need
// converting, which is not done.
func memberEnum(mem *page.Member, cs []lint.Conflict) (schema, rule omap) {
	if mem.Kind != "string" {
		return nil, nil
	}
	values := mem.Enum
	if len(values) == 0 {
		values = mem.TextValues
	}
	if len(values) == 0 {
		return nil, nil
	}
	c, ok := has(cs, "case")
	if !ok {
		return omap{{"enum", values}}, nil
	}
	like := caseLike(values, c.Value)
	return omap{{"pattern", "^(?i:" + strings.Join(quoteMetaAll(like), "|") + ")$"}}, omap{{"enum", like}}
}

// memberDefault keeps the table's default, typed as the member is: a
// default that is not a value of the member's type (a sentence, "None") is
// left in the description, where the table wrote it.
func memberDefault(mem *page.Member) omap {
	d := strings.Trim(strings.TrimSpace(mem.Default), "`'\"")
	if d == "" {
		return nil
	}
	switch mem.Kind {
	case "string":
		if strings.ContainsAny(d, " \t") {
			return nil
		}
		return omap{{"default", d}}
	case "integer", "number":
		var f float64
		if _, err := fmt.Sscan(d, &f); err != nil || fmt.Sprint(number(f)) != d && mem.Kind == "integer" {
			return nil
		}
		return omap{{"default", number(f)}}
	case "boolean":
		switch strings.ToLower(d) {
		case "true":
			return omap{{"default", true}}
		case "false":
			return omap{{"default", false}}
		}
	}
	return nil
}

// hexContent describes a JSON-RPC value the example shows as hex digits
// (Element's encoded keys) as base16 content, and as encoded JSON when the
// digits start with "{" (7b), so that the checks decode it.
func hexContent(example any) omap {
	str, ok := example.(string)
	if !ok || !hexValue.MatchString(str) {
		return nil
	}
	s := omap{{"minLength", 2}, {"pattern", "^([0-9a-fA-F]{2})+$"}, {"contentEncoding", "base16"}}
	if strings.HasPrefix(strings.ToLower(str), "7b") {
		s.set("contentMediaType", "application/json")
	}
	return s
}

// nullable allows null for a member the REST example shows as null. OpenAPI
// 3.0 ignores nullable beside a $ref, so a reference is wrapped in an allOf.
func nullable(s omap) omap {
	if ref, ok := s.get("$ref"); ok {
		return omap{{"nullable", true}, {"allOf", []any{omap{{"$ref", ref}}}}}
	}
	s.set("nullable", true)
	return s
}

// isSecret says whether the member's value is to be masked (x-conform-secret)
// wherever conform writes it: its name or its description says it is a key,
// a password or the like.
func isSecret(mem *page.Member) bool {
	return secretName.MatchString(mem.Name) || strings.Contains(strings.ToLower(mem.Description), "password")
}

// hasAny says whether one of cs is of one of the kinds.
func hasAny(cs []lint.Conflict, kinds ...string) bool {
	for _, k := range kinds {
		if _, ok := has(cs, k); ok {
			return true
		}
	}
	return false
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
func (m *model) conflictList(cs []lint.Conflict, rule omap) []any {
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

// objectSchema writes an object table: its members, required (the table's
// Mandatory column, never an example), and the conflicts about the object.
func (m *model) objectSchema(o *page.Object, example any, response bool) omap {
	s := omap{{"type", "object"}}
	obj, _ := example.(map[string]any)
	if response && len(o.Members) > 0 {
		s.set("description", "Response Parameters, "+o.Name+".")
	}
	var required []string
	props := omap{}
	for _, mem := range o.Members {
		v, present := obj[mem.Name]
		props.set(mem.Name, m.memberSchema(o, mem, v, present))
		// Required comes from the table's Mandatory (Required, Optional)
		// column only. An example shows one answer: another page's example
		// of the same object shows other members, and a contract that took
		// each example for the rule would refuse the next page.
		if mem.Required() {
			required = append(required, mem.Name)
		}
	}
	if len(required) > 0 {
		s.set("required", required)
	}
	s.set("properties", props)
	if cs := m.conflictsAt(o.Name, ""); len(cs) > 0 {
		s.set("x-conform-conflicts", m.conflictList(cs, nil))
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

// uniqueIDs numbers the conflict ids of v (-2, -3…) that the repository or
// this import already uses, in the order written. A conflict id is unique
// in a repository, and lint names a conflict after its member: two pages,
// or two tables of one page, with the same kind of contradiction about a
// member of the same name get one id.
func (m *model) uniqueIDs(v any) {
	if m.ids == nil {
		return
	}
	switch t := v.(type) {
	case omap:
		for _, e := range t {
			if e.k == "x-conform-conflicts" {
				list, _ := e.v.([]any)
				for _, c := range list {
					co, ok := c.(omap)
					if !ok {
						continue
					}
					id0, _ := co.get("id")
					base, _ := id0.(string)
					id := base
					for n := 2; m.ids[id]; n++ {
						id = fmt.Sprintf("%s-%d", base, n)
					}
					m.ids[id] = true
					co.set("id", id)
				}
				continue
			}
			m.uniqueIDs(e.v)
		}
	case []any:
		for _, e := range t {
			m.uniqueIDs(e)
		}
	}
}

func inEnum(enum, v any) bool {
	list, _ := enum.([]string)
	for _, x := range list {
		if x == fmt.Sprint(v) {
			return true
		}
	}
	return false
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

// objectFile is the file of an object page's shared schema: its title, with
// what a file name or a $ref URL would have to escape written as "_"
// ("network (all interfaces)" → network_all_interfaces.json).
func objectFile(title string) string {
	return strings.Trim(unsafeName.ReplaceAllString(title, "_"), "_") + ".json"
}
