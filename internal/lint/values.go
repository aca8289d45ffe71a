package lint

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/page"
)

// spec is what the documentation says about one member, from a page's table
// or a contract's schema: the rules an example value is held to.
type spec struct {
	api, name, object string
	source, where     string // the table row or schema, for the quote
	kind              string // the documented JSON type; "" unknown
	items             string // an array's items' documented JSON type; "" unknown
	min, max          *float64
	limitText         string
	enum              []string
	textValues        []string
	desc              string
	secret            bool
	nullOK            bool
}

// at is where an example is: its name for quotes, its file, and how to find
// the line of a member in it.
type at struct {
	source string
	file   string
	lineOf func(key string) int
	// lineOfPointer, when set, finds the line of a member by its pointer
	// in the example, so that a key that occurs twice (address_family of
	// the interface and of its peer) is found where it is.
	lineOfPointer func(ptr string) int
}

func (e at) where(key string) string { return fmt.Sprintf("%s:%d", e.file, e.lineOf(key)) }

// under is e for the members of the object at ptr in the example.
func (e at) under(ptr string) at {
	if e.lineOfPointer == nil {
		return e
	}
	c := e
	c.lineOf = func(key string) int {
		if key == "" {
			return e.lineOfPointer(ptr)
		}
		return e.lineOfPointer(jsonvalue.JoinPointer(ptr, key))
	}
	return c
}

// pointerLine finds the line of the member at ptr in an example's text:
// each name in turn, from the line of the one before; an array index n
// skips the first n items' occurrences of the next name. It is the first
// line when the name is not found.
func pointerLine(text string, first int, ptr string) int {
	lines := strings.Split(text, "\n")
	pos, skip := 0, 0
	for _, tok := range jsonvalue.SplitPointer(ptr) {
		if isDigits(tok) {
			skip, _ = strconv.Atoi(tok)
			continue
		}
		needle := `"` + tok + `"`
		found := -1
		for j := pos; j < len(lines) && found < 0; j++ {
			if strings.Contains(lines[j], needle) {
				if skip == 0 {
					found = j
				}
				skip--
			}
		}
		if found < 0 {
			break
		}
		pos, skip = found, 0
	}
	return first + pos
}

func (e at) side(key string, v any, secret bool) Side {
	says := render(v, secret)
	if key != "" {
		says = fmt.Sprintf("%q: %s", key, says)
	}
	return Side{Source: e.source, Where: e.where(key), Says: says}
}

func (s spec) side(says string) Side { return Side{Source: s.source, Where: s.where, Says: says} }

var secretName = regexp.MustCompile(`(?i)key|password|passwd|passphrase|token|secret|md5`)

// render quotes an example value for a message: short, and a secret (a key,
// a password, at any depth of the value) never, not even in part: only its
// length is shown.
func render(v any, secret bool) string {
	if s, ok := v.(string); ok {
		n := utf8.RuneCountInString(s)
		if secret && n > 0 {
			return fmt.Sprintf("(%d characters, not shown)", n)
		}
		if n > 60 {
			return fmt.Sprintf("%q (%d characters)", string([]rune(s)[:57])+"…", n)
		}
		return fmt.Sprintf("%q", s)
	}
	b, err := json.Marshal(masked(v))
	if err != nil {
		return fmt.Sprint(v)
	}
	return checks.Shorten(string(b), 80)
}

// masked is v with the string values of its secret-named members, at any
// depth, replaced by their length.
func masked(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			if str, ok := x.(string); ok && secretName.MatchString(k) && str != "" {
				out[k] = fmt.Sprintf("(%d characters, not shown)", utf8.RuneCountInString(str))
				continue
			}
			out[k] = masked(x)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = masked(x)
		}
		return out
	}
	return v
}

func jsonKind(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		if _, err := t.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case float64:
		if t == float64(int64(t)) {
			return "integer"
		}
		return "number"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	}
	return "unknown"
}

func number(v any) (float64, bool) {
	switch t := v.(type) {
	case json.Number:
		f, err := t.Float64()
		return f, err == nil
	case float64:
		return t, true
	}
	return 0, false
}

// limits checks a value against the table's type and Minimum/Maximum.
func limits(s spec, v any, ptr string, e at) []detection {
	d := func(kind, summary, says string) []detection {
		return []detection{{kind: kind, api: s.api, place: s.name, object: s.object, pointer: ptr, where: e.where(s.name),
			summary: summary, a: s.side(says), b: e.side(s.name, v, s.secret), level: checks.Warning, value: v}}
	}
	got := jsonKind(v)
	if got == "null" {
		if (s.min != nil || s.max != nil) && !s.nullOK {
			return d("null", fmt.Sprintf("the table gives %s %s %s, the example gives null", article(s.kind), s.kind, s.limitText), s.kind+", "+s.limitText)
		}
		return nil
	}
	if s.kind != "" && s.kind != got && !(s.kind == "number" && got == "integer") {
		return d("type", fmt.Sprintf("the table says %s, the example gives %s %s", s.kind, article(got), got), s.kind)
	}
	if list, ok := v.([]any); ok && s.items != "" {
		for _, it := range list {
			if k := jsonKind(it); k != s.items && k != "null" && !(s.items == "number" && k == "integer") {
				return d("type", fmt.Sprintf("the table says %s array, the example gives an array of %s", s.items, k), s.items+" array")
			}
		}
	}
	switch got {
	case "string":
		n := float64(utf8.RuneCountInString(v.(string)))
		if (s.min != nil && n < *s.min) || (s.max != nil && n > *s.max) {
			return d("length", fmt.Sprintf("the table says %s (characters), the example's %s has %d", s.limitText, s.name, int(n)), s.kind+", "+s.limitText)
		}
	case "integer", "number":
		f, _ := number(v)
		if (s.min != nil && f < *s.min) || (s.max != nil && f > *s.max) {
			return d("range", fmt.Sprintf("the table says %s, the example's %s is %s", s.limitText, s.name, render(v, false)), s.kind+", "+s.limitText)
		}
	}
	return nil
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// namedValues checks a value against the values the documentation names:
// an enumeration, or values named in words ("which can be IPv4 or IPv6").
func namedValues(s spec, v any, ptr string, e at) []detection {
	str, ok := v.(string)
	if !ok {
		return nil
	}
	values, source := s.enum, "enumeration"
	if len(values) == 0 {
		values, source = s.textValues, "description"
	}
	if len(values) == 0 || s.kind == "boolean" {
		return nil
	}
	for _, x := range values {
		if x == str {
			return nil
		}
	}
	says := strings.Join(values, ", ")
	if source == "description" {
		says = quoteSentence(s.desc, values[0])
	}
	for _, x := range values {
		if strings.EqualFold(x, str) {
			return []detection{{kind: "case", api: s.api, place: s.name, object: s.object, pointer: ptr, where: e.where(s.name),
				summary: fmt.Sprintf("the %s names the values %s, the example writes %q", source, strings.Join(values, " and "), str),
				a:       s.side(says), b: e.side(s.name, v, s.secret), level: checks.Warning, value: v}}
		}
	}
	return []detection{{kind: "enumeration-value", api: s.api, place: s.name, object: s.object, pointer: ptr, where: e.where(s.name),
		summary: fmt.Sprintf("the %s names the values %s, the example gives %q", source, strings.Join(values, ", "), str),
		a:       s.side(says), b: e.side(s.name, v, s.secret), level: checks.Warning}}
}

// quoteSentence returns the sentence of text that holds word.
func quoteSentence(text, word string) string {
	for _, sent := range sentences(text) {
		if strings.Contains(strings.ToLower(sent), strings.ToLower(word)) {
			return strconv.Quote(strings.Trim(sent, `"`))
		}
	}
	return strconv.Quote(checks.Shorten(text, 120))
}

var sentenceEnd = regexp.MustCompile(`[.!?](\s+|$)`)

func sentences(text string) []string {
	var out []string
	last := 0
	for _, m := range sentenceEnd.FindAllStringIndex(text, -1) {
		out = append(out, strings.TrimSpace(text[last:m[0]+1]))
		last = m[1]
	}
	if strings.TrimSpace(text[last:]) != "" {
		out = append(out, strings.TrimSpace(text[last:]))
	}
	return out
}

var (
	cidrWord = regexp.MustCompile(`(?i)\bCIDR\b`)
	idName   = regexp.MustCompile(`(?:_id|ID|Id)s?$`)
)

// cidr checks the strings of a member whose text says it holds CIDR blocks.
func cidr(s spec, v any, ptr string, e at) []detection {
	// An ID of something that records CIDR blocks is not one
	// (remote_ep_group_id: "the ID of the remote endpoint group that
	// records the CIDR blocks").
	if !cidrWord.MatchString(s.desc) || idName.MatchString(s.name) {
		return nil
	}
	var items []any
	switch t := v.(type) {
	case string:
		items = []any{t}
	case []any:
		items = t
	}
	var out []detection
	for i, it := range items {
		str, ok := it.(string)
		if !ok || wordIn(s.desc, str) {
			continue // a value the text names ("The value can only be cidr.")
		}
		if _, _, err := net.ParseCIDR(str); err == nil {
			continue
		}
		p := ptr
		if _, arr := v.([]any); arr {
			p = jsonvalue.JoinPointer(ptr, strconv.Itoa(i))
		}
		out = append(out, detection{kind: "cidr", api: s.api, place: s.name, object: s.object, pointer: p, where: e.where(s.name),
			summary: fmt.Sprintf("the text says %s holds CIDR blocks, the example's %q is not one CIDR block", s.name, str),
			a:       s.side(quoteSentence(s.desc, "CIDR")), b: e.side(s.name, v, s.secret), level: checks.Warning})
	}
	return out
}

var hexDigits = regexp.MustCompile(`^[0-9a-fA-F]+$`)

// decodes checks a value that looks hex-encoded (at least 32 hex digits, no
// other character): it must decode, and what starts like JSON must be JSON.
func decodes(s spec, v any, ptr string, e at) []detection {
	str, ok := v.(string)
	if !ok || len(str) < 32 || !hexDigits.MatchString(str) {
		return nil
	}
	problem := ""
	b, err := hex.DecodeString(str)
	switch {
	case err != nil:
		problem = fmt.Sprintf("%d hex digits do not decode (%v)", len(str), err)
	case len(b) > 0 && (b[0] == '{' || b[0] == '['):
		var x any
		if jerr := json.Unmarshal(b, &x); jerr != nil {
			problem = fmt.Sprintf("it decodes to %d bytes that start like JSON and are not JSON (%v)", len(b), jerr)
		}
	}
	if problem == "" {
		return nil
	}
	return []detection{{kind: "does-not-decode", api: s.api, place: s.name, object: s.object, pointer: ptr, where: e.where(s.name),
		summary: fmt.Sprintf("the example's %s is hex-encoded and does not decode: %s", s.name, problem),
		a:       s.side(strconv.Quote(checks.Shorten(firstNonEmpty(s.desc, s.kind), 120))), b: e.side(s.name, v, true), level: checks.Warning}}
}

func firstNonEmpty(a ...string) string {
	for _, s := range a {
		if s != "" {
			return s
		}
	}
	return ""
}

// echo compares what the request example sent with what the response
// example returns at the same place.
func echo(api string, req, resp any, reqAt, respAt at, secret func(string) bool) []detection {
	var out []detection
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		if m, ok := v.(map[string]any); ok {
			for _, k := range sortedKeys(m) {
				walk(m[k], jsonvalue.JoinPointer(ptr, k))
			}
			return
		}
		if ptr == "" {
			return
		}
		got, ok := jsonvalue.Lookup(resp, ptr)
		if !ok || jsonEqual(v, got) {
			return
		}
		toks := jsonvalue.SplitPointer(ptr)
		key := toks[len(toks)-1]
		sec := secret(key)
		parent := ptr[:len(ptr)-len(jsonvalue.JoinPointer("", key))]
		ra, sa := reqAt.under(parent), respAt.under(parent)
		out = append(out, detection{kind: "example-echo", api: api, place: "", pointer: ptr, where: sa.where(key),
			summary: fmt.Sprintf("the response example does not echo the request example's %s", ptr),
			a:       ra.side(key, v, sec), b: sa.side(key, got, sec), level: checks.Warning})
	}
	walk(req, "")
	return out
}

func jsonEqual(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

// function checks the first sentence of an operation's description: a
// documented value it names ("create an IPv6 peer") that the response
// example contradicts with another documented value of the same member.
func function(api, text string, textAt Side, specs []spec, values map[string]any, e at) []detection {
	first := ""
	if s := sentences(text); len(s) > 0 {
		first = s[0]
	}
	var out []detection
	seen := map[string]bool{}
	for _, s := range specs {
		vals := s.enum
		if len(vals) == 0 {
			vals = s.textValues
		}
		got, ok := values[s.name].(string)
		if !ok || len(vals) < 2 || seen[s.name] {
			continue
		}
		for _, named := range vals {
			if !wordIn(first, named) || strings.EqualFold(named, got) {
				continue
			}
			isValue := false
			for _, x := range vals {
				isValue = isValue || strings.EqualFold(x, got)
			}
			if !isValue {
				continue
			}
			seen[s.name] = true
			a := textAt
			a.Says = strconv.Quote(first)
			out = append(out, detection{kind: "function-" + strings.ToLower(named), api: api, pointer: "", where: e.where(s.name),
				summary: fmt.Sprintf("the function names %s %s, the example's %s is %q", s.name, named, s.name, got),
				a:       a, b: e.side(s.name, got, false), level: checks.Warning})
		}
	}
	return out
}

func wordIn(text, word string) bool {
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(word) + `\b`)
	return err == nil && re.MatchString(text)
}

// findKey returns the first value of a member named key, depth first.
func findKey(v any, key string) (any, bool) {
	switch t := v.(type) {
	case map[string]any:
		if x, ok := t[key]; ok {
			return x, true
		}
		for _, k := range sortedKeys(t) {
			if x, ok := findKey(t[k], key); ok {
				return x, true
			}
		}
	case []any:
		for _, c := range t {
			if x, ok := findKey(c, key); ok {
				return x, true
			}
		}
	}
	return nil, false
}

// pageSpec is what a page's table row says about a member.
func pageSpec(p *page.Page, o *page.Object, m *page.Member, source string) spec {
	s := spec{api: p.API, name: m.Name, object: o.Name, source: source, where: fmt.Sprintf("%s:%d", p.File, m.Line),
		kind: m.Kind, items: m.ItemsKind, min: m.Min, max: m.Max, enum: m.Enum, textValues: m.TextValues, desc: m.Description,
		secret: secretName.MatchString(m.Name), nullOK: strings.Contains(strings.ToLower(m.Description), "null")}
	var lim []string
	if m.Min != nil {
		lim = append(lim, "Minimum: "+num(*m.Min))
	}
	if m.Max != nil {
		lim = append(lim, "Maximum: "+num(*m.Max))
	}
	s.limitText = strings.Join(lim, " ")
	if m.Ref != "" {
		// Items of a named type ("clusterPair array", "UUID array"): their
		// table, if the page has it, is checked member by member, and a
		// name no table documents says no JSON type.
		s.items = ""
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
