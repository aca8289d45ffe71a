package importer

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
)

// restOperation builds the OpenAPI operation of a Huawei page, and the
// component schemas it refers to.
func (m *model) restOperation() (op omap, schemas omap, security omap) {
	p := m.p
	op = omap{{"operationId", p.Operation}, {"summary", p.Title}}
	if p.Function != "" {
		op.set("description", "Function: "+strconv.Quote(firstSentences(p.Function, 2)))
	}
	// The effect is written, not left to inference, so that the contract
	// states what a run against a real system would do.
	op.set("x-conform-effect", string(m.effect()))
	op.set(importedKey, m.source())
	if cs := m.operationConflicts(); len(cs) > 0 {
		op.set("x-conform-conflicts", m.conflictList(cs, nil))
	}
	var params []any
	var reqValue, pathValues = m.requestExample()
	for _, prm := range m.parameters() {
		s := m.memberSchema(&page.Object{Name: "parameters"}, prm, nil, false)
		var ext []kv
		for _, k := range []string{"x-conform-secret", "x-conform-conflicts"} {
			if v, ok := s.get(k); ok {
				ext = append(ext, kv{k, v})
			}
		}
		s = without(s, "x-conform-secret", "x-conform-conflicts", "description")
		e := omap{{"name", prm.Name}, {"in", prm.In}, {"required", prm.In == "path" || prm.Required()}}
		if prm.Description != "" {
			e.set("description", prm.Description)
		}
		e.set("schema", s)
		if v, ok := pathValues[prm.Name]; ok && prm.In == "path" && !strings.HasPrefix(v, "{") {
			e.set("example", v)
		}
		e = append(e, ext...)
		params = append(params, e)
		if prm.In == "header" && strings.EqualFold(prm.Name, "X-Auth-Token") {
			security = omap{{"token", omap{{"type", "apiKey"}, {"in", "header"}, {"name", prm.Name},
				{"description", "The IAM token. conform reads it from CONFORM_" + contract.EnvToken(p.API) + "_TOKEN."}}}}
		}
	}
	if len(params) > 0 {
		op.set("parameters", params)
	}
	schemas = omap{}
	done := map[string]bool{}
	if p.Request != nil {
		op.set("requestBody", omap{{"required", true}, {"content", omap{{"application/json", omap{{"schema", omap{{"$ref", m.ref(p.Request.Name)}}}}}}}})
		m.objects(p.Request, reqValue, false, &schemas, done)
	}
	responses := omap{}
	if len(m.statuses()) == 0 {
		// No status is documented: none is made up (a DELETE is not
		// assumed to answer 200), and the finding says so. The body the
		// page documents is the default response's.
		m.findings = append(m.findings, "the page documents no status code: the contract's only response is default")
		r := omap{{"description", "The page documents no status code."}}
		for _, resp := range p.Responses {
			if resp.Body != nil {
				r.set("content", omap{{"application/json", omap{{"schema", omap{{"$ref", m.ref(resp.Body.Name)}}}}}})
				m.objects(resp.Body, m.responseExample(resp.Status), true, &schemas, done)
				break
			}
		}
		responses.set("default", r)
	}
	for _, code := range m.statuses() {
		r := omap{{"description", m.statusText(code)}}
		for _, resp := range p.Responses {
			if resp.Status == code && resp.Body != nil {
				r.set("content", omap{{"application/json", omap{{"schema", omap{{"$ref", m.ref(resp.Body.Name)}}}}}})
				m.objects(resp.Body, m.responseExample(code), true, &schemas, done)
			}
		}
		responses.set(strconv.Itoa(code), r)
	}
	op.set("responses", responses)
	return op, share(schemas), security
}

// effect is what the operation or method does, as conform infers it.
func (m *model) effect() contract.Effect {
	return contract.InferEffect(m.p.Operation, m.p.HTTPMethod)
}

// parameters are the page's parameters with the path's template: OpenAPI
// wants exactly the path's {names} as path parameters. A {name} the tables
// do not list is added as a string, and a path parameter the URI does not
// have is left out, each a finding for the page.
func (m *model) parameters() []*page.Member {
	inPath := map[string]bool{}
	for _, x := range pathParam.FindAllStringSubmatch(m.p.Path, -1) {
		inPath[x[1]] = true
	}
	listed := map[string]bool{}
	var out []*page.Member
	for _, prm := range m.p.Params {
		if prm.In == "path" && !inPath[prm.Name] {
			m.findings = append(m.findings, fmt.Sprintf("the path parameter %s is not in the URI %s: left out", prm.Name, m.p.Path))
			continue
		}
		if prm.In == "path" {
			if listed[prm.Name] {
				continue
			}
			listed[prm.Name] = true
		}
		out = append(out, prm)
	}
	for _, x := range pathParam.FindAllStringSubmatch(m.p.Path, -1) {
		if !listed[x[1]] {
			listed[x[1]] = true
			m.findings = append(m.findings, fmt.Sprintf("the URI's {%s} is in no parameter table: written as a string path parameter", x[1]))
			out = append(out, &page.Member{Name: x[1], In: "path", Kind: "string", Type: "String", Mandatory: "Yes"})
		}
	}
	return out
}

var pathParam = regexp.MustCompile(`\{([^{}]+)\}`)

func without(m omap, keys ...string) omap {
	out := omap{}
	for _, e := range m {
		skip := false
		for _, k := range keys {
			skip = skip || e.k == k
		}
		if !skip {
			out = append(out, e)
		}
	}
	return out
}

// statuses are the documented status codes: the Status Codes table, the
// response tables and the response examples.
func (m *model) statuses() []int {
	seen := map[int]bool{}
	var out []int
	if m.p.StatusAssumed && len(m.p.StatusCodes) == 0 {
		return nil // the 200 is the reader's, not the page's
	}
	add := func(c int) {
		if c > 0 && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, s := range m.p.StatusCodes {
		add(s.Code)
	}
	for _, r := range m.p.Responses {
		add(r.Status)
	}
	for _, e := range m.p.ResponseExamples {
		add(e.Status)
	}
	sortInts(out)
	return out
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (m *model) statusText(code int) string {
	for _, s := range m.p.StatusCodes {
		if s.Code == code && s.Description != "" {
			return s.Description
		}
	}
	return fmt.Sprintf("Status code %d", code)
}

// requestExample is the documented request's body and the path values its
// URL gives.
func (m *model) requestExample() (any, map[string]string) {
	if len(m.p.RequestExamples) == 0 || m.p.RequestExamples[0].Parsed == nil {
		return nil, nil
	}
	ex := m.p.RequestExamples[0].Parsed
	vals := map[string]string{}
	if ex.URL != "" && m.p.Path != "" {
		if v, _, ok := contract.MatchTemplate(m.p.Path, contract.URLPath(ex.URL), true); ok {
			vals = v
		}
	}
	return plain(ex.Value), vals
}

func (m *model) responseExample(status int) any {
	for _, e := range m.p.ResponseExamples {
		if e.Status == status && e.Parsed != nil {
			return plain(e.Parsed.Value)
		}
	}
	return nil
}

// plain turns json.Number values into what encoding/json gives.
func plain(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	out, err := jsonvalue.Decode(b)
	if err != nil {
		return v
	}
	return out
}

// methodSchema builds the JSON Schema document of an Element method.
func (m *model) methodSchema() omap {
	p := m.p
	doc := omap{{"$schema", "http://json-schema.org/draft-07/schema#"}, {"$id", p.Operation + ".json"}, {"title", p.Operation}}
	desc := p.Description
	if v := sinceVersion(p.Since); v != "" {
		desc = strings.TrimSpace(desc + " New since version " + p.Since + ".")
		doc = append(doc, kv{"description", desc}, kv{"x-conform-since", v})
	} else if desc != "" {
		doc.set("description", desc)
	}
	doc.set("x-conform-effect", string(m.effect()))
	doc.set(importedKey, m.source())
	if cs := m.operationConflicts(); len(cs) > 0 {
		doc.set("x-conform-conflicts", m.conflictList(cs, nil))
	}
	defs := omap{}
	var reqParams, result any
	if v, _ := m.requestExample(); v != nil {
		reqParams, _ = jsonvalue.Lookup(v, "/params")
	}
	if v := m.responseExample(200); v != nil {
		result, _ = jsonvalue.Lookup(v, "/result")
	}
	done := map[string]bool{}
	params := p.Request
	if params == nil {
		params = &page.Object{Name: "params", NoMembers: true}
	}
	m.objects(params, reqParams, false, &defs, done)
	if ps, ok := defs.get("params"); ok && params.NoMembers {
		s := ps.(omap)
		s = append(omap{{"description", "This method has no input parameter."}}, s...)
		defs.set("params", s)
	}
	var res *page.Object
	for _, r := range p.Responses {
		if r.Body != nil {
			res = r.Body
		}
	}
	if res == nil {
		res = &page.Object{Name: "result", NoMembers: true}
	}
	m.objects(res, result, true, &defs, done)
	for _, name := range sortedNames(p.Objects) {
		if !done[name] {
			m.objects(p.Objects[name], nil, true, &defs, done)
		}
	}
	doc.set("definitions", defs)
	return doc
}

func firstSentences(text string, n int) string {
	out := ""
	for i, r := range text {
		if r == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			n--
			if n == 0 {
				return text[:i+1]
			}
		}
		out = text[:i+1]
	}
	return out
}

var versionRe = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)*`)

// sinceVersion is the version a "New since version" section names: the
// first version number of its text ("9.6", or "12.0 (Element 12.0)" → 12.0),
// or "" when it names none. A tag holds no blank.
func sinceVersion(s string) string {
	return versionRe.FindString(s)
}
