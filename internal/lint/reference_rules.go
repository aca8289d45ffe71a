package lint

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
)

// The rules of this file were added for the vendors' whole references,
// whose doc sources show classes of bug the two seed pages do not.

// markup reports what a doc source reader read past in markup (page.Notes):
// a header row that is not marked as one renders as a row of values, cells
// after a table's last row are dropped. A parameter documented twice is a
// note too, but renders as written: not a finding.
func markup(p *page.Page) []detection {
	var ds []detection
	syntax := map[page.Syntax]string{page.AsciiDoc: "AsciiDoc source", page.RST: "reStructuredText source"}[p.Syntax]
	if syntax == "" {
		syntax = "the page's text"
	}
	for _, n := range p.Notes {
		if strings.Contains(n.What, "documented again") {
			// The same row in two tables (a v2.0 page's path parameter,
			// again under "Request"): said twice, rendered as written.
			continue
		}
		where := fmt.Sprintf("%s:%d", p.File, n.Line)
		ds = append(ds, detection{kind: "markup", api: p.API, where: where,
			summary: "the doc source's markup does not say what it means: " + n.What,
			a:       Side{Source: syntax, Where: where, Says: n.What},
			b:       Side{Source: "the published page", Says: rendered(n.What)}, level: checks.Warning})
	}
	return ds
}

// rendered says what a reader of the published page sees of a markup note.
func rendered(note string) string {
	switch {
	case strings.Contains(note, "renders as a row"):
		return "the column names shown as the table's first row of values, under no header"
	case strings.Contains(note, "empty cell"):
		return "the empty cells dropped by the renderer"
	}
	return "(what the renderer makes of it)"
}

// statusCodes reports a status that an example or a response table gives
// and the page's Status Codes table does not list.
func statusCodes(p *page.Page) []detection {
	if len(p.StatusCodes) == 0 {
		return nil
	}
	listed := map[int]bool{}
	var codes []string
	for _, c := range p.StatusCodes {
		listed[c.Code] = true
		codes = append(codes, strconv.Itoa(c.Code))
	}
	table := Side{Source: "Status Codes", Where: fmt.Sprintf("%s:%d", p.File, p.StatusCodes[0].Line), Says: strings.Join(codes, ", ")}
	var ds []detection
	seen := map[string]bool{}
	add := func(status, line int, source string) {
		where := fmt.Sprintf("%s:%d", p.File, line)
		if listed[status] || seen[where] {
			return
		}
		seen[where] = true
		ds = append(ds, detection{kind: "status-code", api: p.API, place: "status-" + strconv.Itoa(status), where: where,
			summary: fmt.Sprintf("%s gives status %d, which the Status Codes table does not list", source, status),
			a:       table, b: Side{Source: source, Where: where, Says: "Status code: " + strconv.Itoa(status)}, level: checks.Warning})
	}
	for _, r := range p.Responses {
		add(r.Status, r.Line, "Response Parameters")
	}
	for _, e := range p.ResponseExamples {
		add(e.Status, e.Line, "Example response")
	}
	return ds
}

var yesNo = regexp.MustCompile(`(?i)^(yes|no|true|false)$`)

// defaultValue reports a default a member cannot take: a Required-column
// word (Yes, No) in the Default column of a member that is not a boolean, a
// default on a member the table marks mandatory, a single-word default that
// is none of the member's documented values, or a number outside its limits.
func defaultValue(s spec, m *page.Member) []detection {
	def := strings.Trim(strings.TrimSpace(m.Default), "*`'\"")
	if def == "" {
		return nil
	}
	d := func(summary, says string) []detection {
		return []detection{{kind: "default-value", api: s.api, place: s.name, object: s.object, where: s.where, summary: summary,
			a: s.side(says), b: Side{Source: s.source + ", default", Where: s.where, Says: strconv.Quote(m.Default)}, level: checks.Warning}}
	}
	values := s.enum
	if len(values) == 0 {
		values = s.textValues
	}
	switch {
	case yesNo.MatchString(def) && m.Kind != "boolean" && m.Kind != "":
		return d(fmt.Sprintf("the default of %s is %q, which %s %s cannot be", s.name, def, article(m.Kind), m.Kind), "Type: "+m.Type)
	case m.Required():
		return d(fmt.Sprintf("%s is mandatory and has a default, which a caller can then never rely on", s.name), "Mandatory: "+m.Mandatory)
	case len(values) > 0 && m.Kind != "boolean" && valueWord.MatchString(def) && !containsFold(values, def):
		return d(fmt.Sprintf("the default of %s is %q, none of its documented values %s", s.name, def, strings.Join(values, ", ")), strings.Join(values, ", "))
	}
	if f, err := strconv.ParseFloat(def, 64); err == nil && (m.Kind == "integer" || m.Kind == "number") {
		if (s.min != nil && f < *s.min) || (s.max != nil && f > *s.max) {
			return d(fmt.Sprintf("the default of %s is %s, outside its %s", s.name, def, s.limitText), s.limitText)
		}
	}
	return nil
}

var valueWord = regexp.MustCompile(`^[A-Za-z0-9_\-]+$`)

func containsFold(values []string, v string) bool {
	for _, x := range values {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}

// rpcMethod reports a JSON-RPC request example whose method member is not
// the method the page documents.
func rpcMethod(p *page.Page, req *page.Example, e at) []detection {
	obj, ok := req.Parsed.Value.(map[string]any)
	if !ok || p.Operation == "" {
		return nil
	}
	got, ok := obj["method"].(string)
	if !ok || got == p.Operation {
		return nil
	}
	what := "is not the page's method"
	if strings.EqualFold(got, p.Operation) {
		what = "differs from the page's method in case"
	}
	return []detection{{kind: "example-method", api: p.API, pointer: "/method", where: e.where("method"),
		summary: fmt.Sprintf("the request example's method %q %s, %s", got, what, p.Operation),
		a:       Side{Source: "title", Where: fmt.Sprintf("%s:%d", p.File, p.TitleLine), Says: p.Operation},
		b:       e.side("method", got, false), level: checks.Warning}}
}

// urlParams checks the path and query parameters of a request example's URL
// against the parameter tables: each value against its row's type, limits
// and values, and a query parameter no table lists.
func urlParams(p *page.Page, req *page.Example, e at) []detection {
	raw := req.Parsed.URL
	byName := map[string]*page.Member{}
	queryTable := false
	for _, m := range p.Params {
		if m.In == "path" || m.In == "query" {
			byName[m.In+"\x00"+m.Name] = m
		}
		queryTable = queryTable || m.In == "query"
	}
	lineAt := at{source: e.source, file: e.file, lineOf: func(string) int { return req.Line }}
	var ds []detection
	check := func(in, name, value string) {
		m, ok := byName[in+"\x00"+name]
		if !ok {
			return
		}
		source := map[string]string{"path": "Path parameters", "query": "Query parameters"}[in] + ", " + name
		s := pageSpec(p, &page.Object{Name: in + " parameters"}, m, source)
		kind := m.Kind
		if kind == "array" {
			// An array in a query is its items, one per name=value: each
			// value is an item, and the row's limits are the array's.
			kind, s.kind, s.min, s.max = m.ItemsKind, m.ItemsKind, nil, nil
		}
		v, bad := urlValue(kind, value)
		if bad {
			ds = append(ds, detection{kind: "type", api: p.API, place: name, object: s.object, where: lineAt.where(""),
				summary: fmt.Sprintf("the table says %s, the example URL's %s is %q", kind, name, value),
				a:       s.side(kind), b: Side{Source: e.source, Where: lineAt.where(""), Says: name + "=" + value}, level: checks.Warning})
			return
		}
		ds = append(ds, limits(s, v, "", lineAt)...)
		ds = append(ds, namedValues(s, v, "", lineAt)...)
	}
	if vals, _, ok := contract.MatchTemplate(p.Path, urlPath(raw), true); ok {
		for _, name := range sortedStrings(vals) {
			if v := vals[name]; !strings.HasPrefix(v, "{") { // a placeholder, not a value
				check("path", name, v)
			}
		}
	}
	q := ""
	if i := strings.IndexByte(raw, '?'); i >= 0 {
		q = raw[i+1:]
	}
	query, err := url.ParseQuery(q)
	if err != nil || len(query) == 0 {
		return ds
	}
	for _, name := range sortedStrings(query) {
		if _, listed := byName["query\x00"+name]; !listed {
			var names []string
			for _, m := range p.Params {
				if m.In == "query" {
					names = append(names, m.Name)
				}
			}
			says := listOr(names)
			if !queryTable {
				says = "(no query parameter table)"
			}
			ds = append(ds, detection{kind: "undocumented-member", api: p.API, place: name, object: "query parameters", where: lineAt.where(""),
				summary: fmt.Sprintf("the example URL has a query parameter %s that no table lists", name),
				a:       Side{Source: "Query parameters", Where: fmt.Sprintf("%s:%d", p.File, p.PathLine), Says: says},
				b:       Side{Source: e.source, Where: lineAt.where(""), Says: name + "=" + strings.Join(query[name], ",")}, level: checks.Warning})
			continue
		}
		for _, v := range query[name] {
			if !strings.HasPrefix(v, "{") {
				check("query", name, v)
			}
		}
	}
	return ds
}

// urlValue reads a URL parameter as the JSON value its table's type makes
// of it; bad when it is not of that type.
func urlValue(kind, s string) (v any, bad bool) {
	switch kind {
	case "integer":
		n, err := strconv.ParseInt(s, 10, 64)
		return float64(n), err != nil
	case "number":
		f, err := strconv.ParseFloat(s, 64)
		return f, err != nil
	case "boolean":
		b, err := strconv.ParseBool(s)
		return b, err != nil || (s != "true" && s != "false")
	}
	return s, false
}

func sortedStrings[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
