package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
)

func sortStrings(s []string) { sort.Strings(s) }

// Page finds where a reference page contradicts itself. set, when not nil,
// gives the findings the ids its contracts record.
func Page(p *page.Page, set *contract.Set) *Result {
	ix := newIndex(set)
	fs, kinds := finish(ix, pageDetections(p, true))
	return &Result{Findings: fs, Kinds: kinds, Recorded: recordedFor(set, p.API)}
}

func recordedFor(set *contract.Set, api string) []string {
	if set == nil {
		return nil
	}
	var out []string
	for _, c := range set.Conflicts() {
		if api == "" || apiOf(set, c.Where) == api {
			out = append(out, c.ID)
		}
	}
	return out
}

// pageDetections lists what a page contradicts. all adds the later
// examples of a page and the rules conform import does not record in a
// contract yet (default-value, markup, status-code, a JSON-RPC example's
// method, an example URL's parameters); PageConflicts, which the importer
// records, leaves them out.
func pageDetections(p *page.Page, all bool) []detection {
	var ds []detection
	line := func(n int) string { return fmt.Sprintf("%s:%d", p.File, n) }

	// JSON that had to be repaired to be read.
	for _, r := range p.Repairs {
		place := ""
		if m := repairedMember.FindStringSubmatch(r.What); m != nil {
			place = m[1]
		}
		ds = append(ds, detection{kind: "invalid-json", api: p.API, place: place, where: line(r.Line),
			summary: "the example is not valid JSON as published: " + r.What,
			a:       Side{Source: "JSON (RFC 8259)", Says: ruleFor(r.What)}, b: Side{Source: "the example", Where: line(r.Line), Says: r.What}, level: checks.Warning})
	}
	for _, e := range append(append([]*page.Example{}, p.RequestExamples...), p.ResponseExamples...) {
		if e.Err != nil {
			// The line the JSON breaks on, not the example's first.
			at := e.Line
			if m := errLine.FindStringSubmatch(e.Err.Error()); m != nil {
				n, _ := strconv.Atoi(m[1])
				at += n - 1
			}
			ds = append(ds, detection{kind: "invalid-json", api: p.API, where: line(at), summary: "the example cannot be read even after repair",
				a: Side{Source: "JSON (RFC 8259)", Says: "a JSON document"}, b: Side{Source: "the example", Where: line(e.Line), Says: e.Err.Error()}, level: checks.Warning})
		}
	}

	// Table rules: what a table says against itself.
	visitMembers(p, func(o *page.Object, m *page.Member, source string) {
		s := pageSpec(p, o, m, source)
		// Under an object member, "Possible values:" lists its members,
		// not its values (ModifyVolume's qos): no enumeration to be empty.
		objectMember := m.Kind == "object" || (m.Kind == "array" && m.ItemsKind == "object")
		if m.EnumListed && len(m.Enum) == 0 && !objectMember {
			other := Side{Source: source + " description", Where: s.where, Says: "(no value named)"}
			if len(m.TextValues) > 0 {
				other.Says = quoteSentence(m.Description, m.TextValues[0])
			}
			ds = append(ds, detection{kind: "empty-enumeration", api: p.API, place: m.Name, object: o.Name, where: s.where,
				summary: fmt.Sprintf("the enumeration of %s lists no value", m.Name),
				a:       Side{Source: source, Where: s.where, Says: `"Enumeration values:" followed by nothing`}, b: other, level: checks.Warning})
		}
		if m.Required() && m.Kind == "string" && m.Min != nil && *m.Min == 0 {
			ds = append(ds, detection{kind: "minimum-zero", api: p.API, place: m.Name, object: o.Name, where: s.where,
				summary: fmt.Sprintf("%s is mandatory, and its table allows it to be empty", m.Name),
				a:       Side{Source: source, Where: s.where, Says: "Mandatory: " + m.Mandatory}, b: Side{Source: source, Where: s.where, Says: s.limitText}, level: checks.Warning})
		}
	})

	ds = append(ds, exampleDetections(p, all)...)
	if all {
		ds = append(ds, markup(p)...)
		ds = append(ds, statusCodes(p)...)
		visitMembers(p, func(o *page.Object, m *page.Member, source string) {
			ds = append(ds, defaultValue(pageSpec(p, o, m, source), m)...)
		})
	}
	return ds
}

// exampleDetections checks the page's examples against its tables and
// text: the first request and the first success response, or with all
// every example, each against the table of its status.
func exampleDetections(p *page.Page, all bool) []detection {
	var reqs, resps []*page.Example
	for _, e := range p.RequestExamples {
		if e.Parsed != nil && (all || len(reqs) == 0) {
			reqs = append(reqs, e)
		}
		if !all {
			break // the first request example, read or not
		}
	}
	for _, e := range p.ResponseExamples {
		if e.Parsed != nil && (all || (len(resps) == 0 && e.Status < 300)) {
			resps = append(resps, e)
		}
	}
	name := func(e *page.Example, generic string) string {
		if !all {
			return generic // as the importer has always recorded it
		}
		return exampleName(e, generic)
	}
	// With all, a member's line is found by its pointer; the importer
	// records the lines it has always recorded.
	place := func(e *page.Example, source, base string) at {
		if !all {
			return exampleAt(p, e, source)
		}
		return exampleAtPointer(p, e, source, base)
	}
	paramsBase := ""
	if p.Format == page.Element {
		paramsBase = "/params"
	}
	var ds []detection
	for _, req := range reqs {
		reqAt := place(req, name(req, "Example request"), paramsBase)
		if p.Format == page.Huawei && req.Parsed.URL != "" {
			ds = append(ds, urlRule(p, req)...)
			if all {
				ds = append(ds, urlParams(p, req, reqAt)...)
			}
		}
		if all && p.Format == page.Element {
			ds = append(ds, rpcMethod(p, req, reqAt)...)
		}
		if req.Parsed.Value != nil {
			body := req.Parsed.Value
			if p.Format == page.Element {
				body, _ = jsonvalue.Lookup(req.Parsed.Value, "/params")
			}
			ds = append(ds, objectRule(p, p.Request, body, "", reqAt, false)...)
		}
	}
	var success []*page.Example
	for _, resp := range resps {
		respAt := place(resp, name(resp, fmt.Sprintf("Example response, status %d", resp.Status)), "")
		var tbl *page.Object
		for _, r := range p.Responses {
			if r.Status == resp.Status {
				tbl = r.Body
			}
		}
		body := resp.Parsed.Value
		base := ""
		if p.Format == page.Element {
			body, _ = jsonvalue.Lookup(resp.Parsed.Value, "/result")
			base = "/result"
			if all && tbl != nil && len(tbl.Members) == 1 && tbl.Members[0].Name == "result" {
				// The table's one row is the result itself ("result: A JSON
				// object containing the status…", DisableClusterSsh), not a
				// member of it.
				body = map[string]any{"result": body}
				base = ""
			}
		}
		ds = append(ds, objectRule(p, tbl, body, base, respAt, true)...)
		if resp.Status >= 300 {
			continue
		}
		success = append(success, resp)
		if p.Function != "" {
			var specs []spec
			visitMembers(p, func(o *page.Object, m *page.Member, source string) { specs = append(specs, pageSpec(p, o, m, source)) })
			values := map[string]any{}
			for _, s := range specs {
				if v, ok := findKey(resp.Parsed.Value, s.name); ok {
					values[s.name] = v
				}
			}
			ds = append(ds, function(p.API, p.Function, Side{Source: "Function", Where: fmt.Sprintf("%s:%d", p.File, p.FunctionLine)}, specs, values, respAt)...)
		}
	}
	// Echo: each request with the response of the same rank when the page
	// pairs them, one request with each of its responses, or else the
	// first of each.
	for i, resp := range success {
		var req *page.Example
		switch {
		case len(reqs) == len(success):
			req = reqs[i]
		case len(reqs) == 1 || i == 0:
			if len(reqs) > 0 {
				req = reqs[0]
			}
		}
		if req == nil || req.Parsed.Value == nil || resp.Parsed.Value == nil {
			continue
		}
		respAt := place(resp, name(resp, fmt.Sprintf("Example response, status %d", resp.Status)), "")
		reqAt := place(req, name(req, "Example request"), "")
		ds = append(ds, echo(p.API, req.Parsed.Value, resp.Parsed.Value, reqAt, respAt, func(k string) bool { return secretName.MatchString(k) })...)
		if p.Format == page.Element {
			ds = append(ds, envelope(p.API, req.Parsed.Value, resp.Parsed.Value, reqAt, respAt)...)
		}
	}
	return ds
}

// What the Element reference says of every response (Response object
// members), which a method page's example pair can contradict.
var (
	responseIDSays     = "id: An identifier used to match the request to response, as provided in the request."
	responseResultSays = "result: The object returned by the method. This member is not present if an error has occurred. error: This member is present only if an error has occurred."
)

// envelope checks a JSON-RPC example pair against the response object the
// protocol documents: a result or an error, and the id of its request (an
// echo: a response id that differs from the one the request sends is
// echo's finding).
func envelope(api string, req, resp any, reqAt, respAt at) []detection {
	r, ok := resp.(map[string]any)
	if !ok {
		return nil
	}
	members := Side{Source: respAt.source, Where: respAt.where(""), Says: "members " + strings.Join(sortedKeys(r), ", ")}
	var ds []detection
	_, hasResult := r["result"]
	_, hasError := r["error"]
	if !hasResult && !hasError {
		ds = append(ds, detection{kind: "envelope", api: api, where: respAt.where(""),
			summary: "the response example is not a JSON-RPC response: it has neither result nor error",
			a:       Side{Source: "Response object members", Says: responseResultSays}, b: members, level: checks.Warning})
	}
	q, _ := req.(map[string]any)
	id, sent := q["id"]
	got, echoed := r["id"]
	switch {
	case !echoed:
		sends := "no id"
		if sent {
			sends = "\"id\": " + render(id, false)
		}
		members.Says += "; the request example sends " + sends
		ds = append(ds, detection{kind: "example-echo", api: api, pointer: "/id", where: respAt.where(""),
			summary: "the response example has no id: every response carries its request's",
			a:       Side{Source: "Response object members", Says: responseIDSays}, b: members, level: checks.Warning})
	case !sent && got != nil:
		ds = append(ds, detection{kind: "example-echo", api: api, pointer: "/id", where: respAt.where("id"),
			summary: "the response example has an id the request example does not send",
			a:       Side{Source: reqAt.source, Where: reqAt.where(""), Says: "(no id)"}, b: respAt.side("id", got, false), level: checks.Warning})
	}
	return ds
}

// exampleName quotes an example by the title its page gives it, if any.
func exampleName(e *page.Example, generic string) string {
	if e.Title == "" {
		return generic
	}
	return fmt.Sprintf("%s (%q)", generic, e.Title)
}

var errLine = regexp.MustCompile(`\bline ([0-9]+), column [0-9]+`)

var repairedMember = regexp.MustCompile(`the value of "([^"]+)"`)

func ruleFor(repair string) string {
	switch {
	case strings.Contains(repair, "broken across"):
		return "a string may not hold an unescaped line break"
	case strings.Contains(repair, "missing"):
		return "every { and [ is closed"
	case strings.Contains(repair, "extra"):
		return "nothing follows the document"
	}
	return "valid JSON"
}

func exampleAt(p *page.Page, e *page.Example, source string) at {
	return at{source: source, file: p.File, lineOf: func(key string) int {
		if key == "" {
			return e.Line
		}
		return e.LineOf(`"` + key + `"`)
	}}
}

// exampleAtPointer is exampleAt that finds a member's line by its pointer
// under base ("/params" of a JSON-RPC request).
func exampleAtPointer(p *page.Page, e *page.Example, source, base string) at {
	a := exampleAt(p, e, source)
	a.lineOfPointer = func(ptr string) int { return pointerLine(e.Text, e.Line, base+ptr) }
	return a
}

// visitMembers calls f for every member of every table, request first.
func visitMembers(p *page.Page, f func(*page.Object, *page.Member, string)) {
	for _, m := range p.Params {
		f(&page.Object{Name: "parameters"}, m, "Request Parameters, "+m.Name)
	}
	var names []string
	for n := range p.Objects {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return p.Objects[names[i]].Line < p.Objects[names[j]].Line })
	for _, n := range names {
		o := p.Objects[n]
		for _, m := range o.Members {
			f(o, m, tableSource(m)+", "+o.Name+"."+m.Name)
		}
	}
}

func tableSource(m *page.Member) string {
	if m.In == "response" {
		return "Response Parameters"
	}
	return "Request Parameters"
}

func urlRule(p *page.Page, req *page.Example) []detection {
	u := req.Parsed.URL
	path := urlPath(u)
	_, rest, ok := contract.MatchTemplate(p.Path, path, true)
	uri := Side{Source: "URI", Where: fmt.Sprintf("%s:%d", p.File, p.PathLine), Says: p.HTTPMethod + " " + p.Path}
	ex := Side{Source: "Example request", Where: fmt.Sprintf("%s:%d", p.File, req.Line), Says: req.Parsed.Method + " " + u}
	var ds []detection
	if !ok || rest != "" {
		what := "does not match the URI"
		if ok {
			what = fmt.Sprintf("goes on after the URI with %q", rest)
		}
		ds = append(ds, detection{kind: "example-url", api: p.API, where: ex.Where, summary: "the example request's URL " + what, a: uri, b: ex, level: checks.Warning})
	}
	if req.Parsed.Method != "" && req.Parsed.Method != p.HTTPMethod {
		ds = append(ds, detection{kind: "example-method", api: p.API, where: ex.Where, summary: "the example request's method is not the URI's", a: uri, b: ex, level: checks.Warning})
	}
	return ds
}

func urlPath(raw string) string { return contract.URLPath(raw) }

// objectRule checks an example object against its table: every member's
// value, the members the table does not list, and (in a response, whose
// table has no Mandatory column) the listed members the example lacks.
func objectRule(p *page.Page, o *page.Object, v any, ptr string, e at, response bool) []detection {
	obj, ok := v.(map[string]any)
	if o == nil || !ok {
		return nil
	}
	e = e.under(ptr)
	var ds []detection
	var lacks []string
	for _, m := range o.Members {
		source := tableSource(m) + ", " + o.Name + "." + m.Name
		s := pageSpec(p, o, m, source)
		val, present := obj[m.Name]
		mp := jsonvalue.JoinPointer(ptr, m.Name)
		if !present {
			switch {
			case response:
				lacks = append(lacks, m.Name)
			case m.Required():
				ds = append(ds, detection{kind: "lacks-required", api: p.API, place: m.Name, object: o.Name, pointer: mp, where: e.where(""),
					summary: fmt.Sprintf("the table marks %s mandatory, the request example lacks it", m.Name),
					a:       s.side("Mandatory: " + m.Mandatory), b: Side{Source: e.source, Where: e.where(""), Says: "(no " + m.Name + ")"}, level: checks.Warning})
			}
			continue
		}
		ds = append(ds, limits(s, val, mp, e)...)
		ds = append(ds, namedValues(s, val, mp, e)...)
		ds = append(ds, cidr(s, val, mp, e)...)
		ds = append(ds, decodes(s, val, mp, e)...)
		if m.Ref != "" {
			child := p.Objects[m.Ref]
			switch t := val.(type) {
			case map[string]any:
				ds = append(ds, objectRule(p, child, t, mp, e, response)...)
			case []any:
				for i, it := range t {
					ds = append(ds, objectRule(p, child, it, jsonvalue.JoinPointer(mp, fmt.Sprint(i)), e, response)...)
				}
			}
		}
	}
	if len(o.Members) > 0 || o.NoMembers {
		for _, k := range sortedKeys(obj) {
			if _, listed := o.Member(k); listed {
				continue
			}
			ds = append(ds, detection{kind: "undocumented-member", api: p.API, place: k, object: o.Name, pointer: jsonvalue.JoinPointer(ptr, k), where: e.where(k),
				summary: fmt.Sprintf("the example has a member %s that the %s table does not list", k, o.Name),
				a:       Side{Source: o.Name + " table", Where: fmt.Sprintf("%s:%d", p.File, o.Line), Says: listOr(memberNames(o))},
				b:       e.side(k, obj[k], secretName.MatchString(k)), level: checks.Warning})
		}
	}
	if len(lacks) > 0 {
		ds = append(ds, detection{kind: "example-lacks-members", api: p.API, object: o.Name, pointer: ptr, where: e.where(""),
			summary: fmt.Sprintf("the %s table lists members the example lacks", o.Name),
			a:       Side{Source: "Response Parameters, " + o.Name, Where: fmt.Sprintf("%s:%d", p.File, o.Line), Says: strings.Join(lacks, ", ")},
			b:       Side{Source: e.source, Where: e.where(""), Says: "(none of these members)"}, level: checks.Warning})
	}
	return ds
}

func memberNames(o *page.Object) []string {
	var out []string
	for _, m := range o.Members {
		out = append(out, m.Name)
	}
	return out
}

func listOr(names []string) string {
	if len(names) == 0 {
		return "(no member)"
	}
	return strings.Join(names, ", ")
}
