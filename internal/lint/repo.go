package lint

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/example"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/page"
	"github.com/conform-dev/conform/internal/plan"
)

// Repository lints what root holds: it loads every contract (the OpenAPI
// documents validated, every JSON Schema compiled, every $ref resolved) and
// every feature (parsed, every step defined), then checks each documented
// example of the features against the schema it illustrates and against the
// contract's own text. A contract or feature that does not load, and an
// example that breaks its schema where no conflict is recorded, are errors;
// the rest are documentation conflicts, warnings. pages are linted too, with
// the ids the contracts record.
func Repository(ctx context.Context, root string, pages []*page.Page) *Result {
	set, err := contract.Load(ctx, root, nil)
	if err != nil {
		return &Result{Findings: checks.Findings{loadError(err)}, Kinds: []string{"contract"}}
	}
	ix := newIndex(set)
	var ds []detection
	feats := filepath.Join(root, "features")
	if _, serr := os.Stat(feats); serr == nil {
		if err := plan.Preflight([]string{feats}, set); err != nil {
			// One line a mistake: an unknown API, operation or method, a
			// doc string that is not JSON, each an error of its own.
			for _, msg := range strings.Split(err.Error(), "\n") {
				msg = strings.ReplaceAll(msg, filepath.Clean(root)+string(filepath.Separator), "")
				where := whereOfError(msg)
				ds = append(ds, detection{kind: "contract", where: where, summary: strings.TrimPrefix(msg, where+": "), level: checks.Error})
			}
		}
		docs, err := documentedExamples(root, feats)
		if err != nil {
			ds = append(ds, detection{kind: "contract", where: whereOfError(err.Error()), summary: err.Error(), level: checks.Error})
		}
		for _, d := range docs {
			ds = append(ds, (&repoLinter{set: set, red: exchange.NewRedactor()}).example(ctx, d)...)
		}
	}
	for _, p := range pages {
		ds = append(ds, pageDetections(p, true)...)
	}
	fs, kinds := finish(ix, ds)
	return &Result{Findings: fs, Kinds: kinds, Recorded: recordedFor(set, "")}
}

func loadError(err error) checks.Finding {
	return checks.Finding{Check: checks.IDLint, Rule: "contract", Where: whereOfError(err.Error()), Level: checks.Error, Note: err.Error()}
}

var errorPlace = regexp.MustCompile(`^([^\s:#]+(?:\.yaml|\.yml|\.json|\.feature))(?::(\d+))?`)

func whereOfError(msg string) string {
	if m := errorPlace.FindStringSubmatch(msg); m != nil {
		if m[2] != "" {
			return m[1] + ":" + m[2]
		}
		return m[1]
	}
	return "(repository)"
}

// documented is a documented exchange in a feature: the request example,
// and the response example that follows it in the same scenario.
type documented struct {
	api, op        string
	file           string
	reqText        string
	reqLine        int
	status         int
	respText       string
	respLine       int
	hasResponse    bool
	fromChangedReq bool
}

const featureFile = ".feature"

// documentedExamples reads every documented request and response in the
// features; a request repeated verbatim (the generated outlines) once.
func documentedExamples(root, dir string) ([]documented, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, featureFile) {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []documented
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sends, err := plan.Sends(b)
		if err != nil {
			continue // Preflight reports it
		}
		rel, _ := filepath.Rel(root, f)
		rel = filepath.ToSlash(rel)
		for _, s := range sends {
			if !s.Documented {
				continue // the scenario's own request, not the vendor's
			}
			d := documented{api: s.API, op: s.Operation, file: rel, reqText: s.Request, reqLine: s.RequestLine,
				status: cmp.Or(s.Status, 200), fromChangedReq: s.Changed}
			if !s.Changed && s.HasResponse {
				d.respText, d.respLine, d.hasResponse = s.Response, s.ResponseLine, true
			}
			key := d.api + "\x00" + d.op + "\x00" + d.reqText + "\x00" + d.respText
			if !seen[key] {
				seen[key] = true
				out = append(out, d)
			}
		}
	}
	// A changed request's doc string is the documented one: lint it once.
	var keep []documented
	plain := map[string]bool{}
	for _, d := range out {
		if !d.fromChangedReq {
			plain[d.api+"\x00"+d.op+"\x00"+d.reqText] = true
		}
	}
	for _, d := range out {
		k := d.api + "\x00" + d.op + "\x00" + d.reqText
		if d.fromChangedReq && (plain[k] || seen["changed\x00"+k]) {
			continue
		}
		seen["changed\x00"+k] = true
		keep = append(keep, d)
	}
	return keep, nil
}

type repoLinter struct {
	set *contract.Set
	red *exchange.Redactor
}

func docAt(file string, first int, text, source string) at {
	return at{source: source, file: file, lineOf: func(key string) int {
		if key != "" {
			for i, l := range strings.Split(text, "\n") {
				if strings.Contains(l, `"`+key+`"`) {
					return first + i
				}
			}
		}
		return first
	}}
}

// example lints one documented exchange of a feature.
func (l *repoLinter) example(ctx context.Context, d documented) []detection {
	api, err := l.set.API(d.api)
	if err != nil {
		return []detection{{kind: "contract", where: fmt.Sprintf("%s:%d", d.file, d.reqLine-1), summary: err.Error(), level: checks.Error}}
	}
	reqAt := docAt(d.file, d.reqLine, d.reqText, "the documented request")
	respAt := docAt(d.file, d.respLine, d.respText, "the documented response")
	var ds []detection
	req, rds := l.parse(d.api, d.reqText, reqAt)
	ds = append(ds, rds...)
	var resp *example.Example
	if d.hasResponse {
		var pds []detection
		resp, pds = l.parse(d.api, d.respText, respAt)
		ds = append(ds, pds...)
	}
	if api.JSONRPC != nil {
		ds = append(ds, l.jsonrpc(api, d, req, resp, reqAt, respAt)...)
	} else {
		ds = append(ds, l.rest(ctx, api, d, req, resp, reqAt, respAt)...)
	}
	if req != nil && resp != nil && req.Value != nil && resp.Value != nil {
		for _, e := range echo(d.api, req.Value, resp.Value, reqAt, respAt, func(k string) bool { return secretName.MatchString(k) }) {
			e.recorded = l.opConflicts(api, d.op)
			ds = append(ds, e)
		}
	}
	scope := l.scope(api, d.op)
	for i := range ds {
		if ds[i].scope == nil {
			ds[i].scope = scope
		}
	}
	return ds
}

// scope are the conflicts an example of op may be: those recorded in the
// method's schema file (JSON-RPC), or on the operation and in the API's
// component schemas (REST). It is never nil: an operation that records
// none has no conflict to take.
func (l *repoLinter) scope(api *contract.API, op string) []*contract.Conflict {
	out := []*contract.Conflict{}
	var prefixes []string
	if api.JSONRPC != nil {
		if m, err := api.JSONRPC.Method(op); err == nil {
			prefixes = append(prefixes, m.File+"#")
		}
	} else if o, err := api.Operation(op); err == nil {
		prefixes = append(prefixes, o.Where()+"/", api.File+"#/components/")
	}
	for _, c := range l.set.Conflicts() {
		for _, p := range prefixes {
			if strings.HasPrefix(c.Where, p) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// parse reads a documented example; what had to be repaired is a finding.
func (l *repoLinter) parse(apiName, text string, e at) (*example.Example, []detection) {
	ex, err := example.Parse(text)
	if err != nil {
		return nil, []detection{{kind: "invalid-json", api: apiName, where: e.where(""), summary: "the documented example cannot be read: " + err.Error(),
			a: Side{Source: "JSON (RFC 8259)", Says: "a JSON document"}, b: Side{Source: e.source, Where: e.where(""), Says: checks.Shorten(err.Error(), 160)}, level: checks.Error}}
	}
	var ds []detection
	for _, r := range ex.Repairs {
		place := ""
		if m := repairedMember.FindStringSubmatch(r); m != nil {
			place = m[1]
		}
		where := e.where(place)
		if m := repairLineRe.FindStringSubmatch(r); m != nil {
			n, _ := strconv.Atoi(m[1])
			where = fmt.Sprintf("%s:%d", e.file, e.lineOf("")+n-1)
		}
		ptr := ""
		if place != "" {
			ptr, _ = pointerOf(ex.Value, place, "")
		}
		ds = append(ds, detection{kind: "invalid-json", api: apiName, place: place, pointer: ptr, where: where,
			summary: "the example is not valid JSON as published: " + r,
			a:       Side{Source: "JSON (RFC 8259)", Says: ruleFor(r)}, b: Side{Source: e.source, Where: where, Says: r}, level: checks.Warning})
	}
	return ex, ds
}

var repairLineRe = regexp.MustCompile(`lines ([0-9]+)-[0-9]+ of the example`)

// pointerOf finds the first member named key, depth first.
func pointerOf(v any, key, ptr string) (string, bool) {
	switch t := v.(type) {
	case map[string]any:
		if _, ok := t[key]; ok {
			return jsonvalue.JoinPointer(ptr, key), true
		}
		for _, k := range sortedKeys(t) {
			if p, ok := pointerOf(t[k], key, jsonvalue.JoinPointer(ptr, k)); ok {
				return p, true
			}
		}
	case []any:
		for i, c := range t {
			if p, ok := pointerOf(c, key, jsonvalue.JoinPointer(ptr, strconv.Itoa(i))); ok {
				return p, true
			}
		}
	}
	return "", false
}

func (l *repoLinter) opConflicts(api *contract.API, op string) []*contract.Conflict {
	o, err := api.Operation(op)
	if err != nil || o.Op == nil {
		return nil
	}
	raw, _ := o.Op.Extensions["x-conform-conflicts"].([]any)
	var out []*contract.Conflict
	for _, e := range raw {
		m, _ := e.(map[string]any)
		id, _ := m["id"].(string)
		if c, ok := l.set.Conflict(id); ok {
			out = append(out, c)
		}
	}
	return out
}

func (l *repoLinter) rest(ctx context.Context, api *contract.API, d documented, req, resp *example.Example, reqAt, respAt at) []detection {
	op, err := api.Operation(d.op)
	if err != nil {
		return []detection{{kind: "contract", where: reqAt.where(""), summary: err.Error(), level: checks.Error}}
	}
	opc := l.opConflicts(api, d.op)
	var ds []detection
	if req != nil && req.URL != "" {
		_, rest, ok := op.MatchPath(urlPath(req.URL), true)
		uri := Side{Source: "URI", Where: op.Where(), Says: op.Method + " " + op.Path}
		got := Side{Source: reqAt.source, Where: reqAt.where(""), Says: req.Method + " " + req.URL}
		if !ok || rest != "" {
			what := "does not match the URI"
			if ok {
				what = fmt.Sprintf("goes on after the URI with %q", rest)
			}
			ds = append(ds, detection{kind: "example-url", api: d.api, where: got.Where, summary: "the documented request's URL " + what, a: uri, b: got, level: checks.Warning, recorded: opc})
		}
		if req.Method != "" && req.Method != op.Method {
			ds = append(ds, detection{kind: "example-method", api: d.api, where: got.Where, summary: "the documented request's method is not the URI's", a: uri, b: got, level: checks.Warning, recorded: opc})
		}
	}
	if req != nil && req.Value != nil {
		if n, ok := op.RequestNode(op.RequestMediaType()); ok && !d.fromChangedReq {
			ds = append(ds, l.walk(api, n, req.Value, "", reqAt, false, nil)...)
			ds = append(ds, l.checked(api, n, "", checks.ExampleBody(api, n, req.Body, false), req.Value, reqAt, nil)...)
		}
	}
	if resp != nil && resp.Value != nil {
		n, ok := op.ResponseNode(d.status, "application/json")
		if !ok {
			return append(ds, detection{kind: "schema", api: d.api, where: respAt.where(""), summary: fmt.Sprintf("the contract documents no JSON body for status %d of %s", d.status, d.op), level: checks.Error})
		}
		var specs []spec
		ds = append(ds, l.walk(api, n, resp.Value, "", respAt, true, &specs)...)
		ds = append(ds, l.checked(api, n, "", checks.ExampleBody(api, n, resp.Body, true), resp.Value, respAt, nil)...)
		if op.Op.Description != "" {
			values := map[string]any{}
			for _, s := range specs {
				if v, ok := findKey(resp.Value, s.name); ok {
					values[s.name] = v
				}
			}
			text := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(op.Op.Description), "Function:"))
			text = strings.Trim(text, `"`)
			for _, f := range function(d.api, text, Side{Source: "operation description", Where: op.Where()}, specs, values, respAt) {
				f.recorded = opc
				ds = append(ds, f)
			}
		}
	}
	return ds
}

func (l *repoLinter) jsonrpc(api *contract.API, d documented, req, resp *example.Example, reqAt, respAt at) []detection {
	j := api.JSONRPC
	m, err := j.Method(d.op)
	if err != nil {
		return []detection{{kind: "contract", where: reqAt.where(""), summary: err.Error(), level: checks.Error}}
	}
	var ds []detection
	var reqV any
	if req != nil {
		reqV = req.Value
		if !d.fromChangedReq {
			if params, ok := jsonvalue.Lookup(req.Value, "/params"); ok {
				ds = append(ds, l.walk(api, m.ParamsNode, params, "/params", reqAt, false, nil)...)
				checks.CollectSecrets(m.ParamsNode, params, l.red) // masked in what checked shows
			}
			ds = append(ds, l.checked(api, m.ParamsNode, "/params", checks.JSONRPCRequest(l.set, j, m, req.Value), req.Value, reqAt, nil)...)
		}
	}
	if resp != nil && resp.Value != nil {
		checks.CollectSecrets(j.ResponseNode, resp.Value, l.red)
		if result, ok := jsonvalue.Lookup(resp.Value, "/result"); ok {
			ds = append(ds, l.walk(api, m.ResultNode, result, "/result", respAt, true, nil)...)
			checks.CollectSecrets(m.ResultNode, result, l.red)
		}
		ds = append(ds, l.checked(api, m.ResultNode, "/result", checks.JSONRPCResponse(l.set, j, m, reqV, resp.Value), resp.Value, respAt, l.methodConflicts(m))...)
	}
	return ds
}

// methodConflicts are the conflicts a method's schema file records about
// the method as a whole (its top-level x-conform-conflicts): what its
// example pair says against the protocol.
func (l *repoLinter) methodConflicts(m *contract.Method) []*contract.Conflict {
	var out []*contract.Conflict
	for _, c := range l.set.Conflicts() {
		if strings.HasPrefix(c.Where, m.File+"#/"+conflictsKey+"/") {
			out = append(out, c)
		}
	}
	return out
}

const conflictsKey = "x-conform-conflicts"

// envelopeKind names the contradiction a finding about a JSON-RPC
// response's envelope is: an id that is not the request's, or none, is an
// echo's; the rest (neither a result nor an error) is the envelope's.
func envelopeKind(f checks.Finding) string {
	if f.Pointer == "/id" {
		return "example-echo"
	}
	return "envelope"
}

// checked turns the findings of a schema check into detections: an error
// where the contract records no conflict, the recorded conflict's warning
// where it does. Disputed rules and undocumented members are walk's. A
// JSON-RPC protocol finding (the envelope's) takes the conflicts recorded
// about the method, method.
func (l *repoLinter) checked(api *contract.API, root contract.Node, base string, fs checks.Findings, doc any, e at, method []*contract.Conflict) []detection {
	// An allOf that fails restates what one of its schemas says, which is a
	// finding of its own at the same place or inside it (a member whose $ref
	// is wrapped in an allOf, so that the conflicts recorded beside it
	// count).
	var inner []string
	for _, f := range fs {
		if !strings.HasPrefix(f.Rule, "allOf") {
			inner = append(inner, f.Pointer)
		}
	}
	said := func(ptr string) bool {
		for _, p := range inner {
			if p == ptr || strings.HasPrefix(p, ptr+"/") {
				return true
			}
		}
		return false
	}
	var ds []detection
	for _, f := range fs.Redact(l.red) {
		if f.Check == checks.IDConflict || f.Check == checks.IDUndocumented {
			continue
		}
		if strings.HasPrefix(f.Rule, "allOf") && said(f.Pointer) {
			continue
		}
		ptr := f.Pointer
		inner := ""
		if i := strings.Index(ptr, "#"); i >= 0 {
			ptr, inner = ptr[:i], ptr[i:]
		}
		var n contract.Node
		rel, under := strings.CutPrefix(ptr, base)
		under = under && (base == "" || rel == "" || strings.HasPrefix(rel, "/"))
		if under {
			n = checks.NodeAt(root, rel)
			if toks := jsonvalue.SplitPointer(rel); n != nil && len(toks) > 0 && isDigits(toks[len(toks)-1]) && len(l.set.ConflictsAt(n)) == 0 {
				// An item of an array: what the table says of the items
				// is recorded on the array's member.
				n = checks.NodeAt(root, rel[:strings.LastIndex(rel, "/")])
			}
		}
		key := lastToken(ptr)
		d := detection{kind: kindOfRule(f.Rule), api: api.Name, place: key, pointer: ptr + inner, where: e.where(key),
			summary: fmt.Sprintf("the documented example breaks the contract at %s: %s", f.Field(), f.Rule),
			a:       Side{Source: "contract", Where: f.Where, Says: firstNonEmpty(f.Rule+" ("+f.Expected+")", f.Rule)},
			b:       Side{Source: e.source, Where: e.where(key), Says: f.Actual}, level: checks.Error}
		if n != nil {
			d.recorded = l.set.ConflictsAt(n)
			if len(d.recorded) == 0 {
				d.recorded = nil
			}
		}
		if !under && len(method) > 0 {
			// Outside the method's params or result: the envelope's.
			d.kind, d.recorded = envelopeKind(f), method
		}
		if d.recorded == nil {
			d.kind = "schema"
		}
		ds = append(ds, d)
	}
	return ds
}

func lastToken(ptr string) string {
	toks := jsonvalue.SplitPointer(ptr)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1]
}

// kindOfRule names the contradiction a broken schema rule is.
func kindOfRule(rule string) string {
	word := strings.Fields(rule + " ")[0]
	switch word {
	case "contentEncoding", "contentMediaType", "pattern":
		return "does-not-decode"
	case "minLength", "maxLength":
		return "length"
	case "minimum", "maximum":
		return "range"
	case "type":
		return "type"
	case "enum":
		return "enumeration-value"
	case "required":
		return "lacks-required"
	}
	return "schema"
}

// walk follows an example value through its schema: the contract's disputed
// readings (x-conform-conflicts rules), the values its descriptions name,
// CIDR blocks, hex that must decode, and in a response the documented
// members the example lacks. specs, when not nil, collects what it saw.
func (l *repoLinter) walk(api *contract.API, n contract.Node, v any, ptr string, e at, response bool, specs *[]spec) []detection {
	if n == nil {
		return nil
	}
	var ds []detection
	key := lastToken(ptr)
	recorded := l.set.ConflictsAt(n)
	for _, c := range recorded {
		for _, viol := range c.Check(v) {
			ds = append(ds, detection{kind: "rule", api: api.Name, place: key, pointer: ptr + viol.Pointer, where: e.where(key),
				summary: c.Summary, recorded: []*contract.Conflict{c},
				a: Side{Source: "contract, the disputed reading", Where: c.Where, Says: viol.Rule()},
				b: e.side(key, v, secret(n, key)), level: checks.Warning})
		}
	}
	desc, enum, props := nodeInfo(n)
	if key != "" {
		s := spec{api: api.Name, name: key, source: "contract", where: n.Where(""), desc: desc, enum: enum,
			textValues: page.NamedValues(desc), secret: secret(n, key)}
		if specs != nil {
			*specs = append(*specs, s)
		}
		for _, d := range append(append(namedValues(s, v, ptr, e), cidr(s, v, ptr, e)...), decodes(s, v, ptr, e)...) {
			d.recorded = recorded
			ds = append(ds, d)
		}
	}
	switch t := v.(type) {
	case map[string]any:
		var lacks []string
		for _, p := range props {
			if _, ok := t[p]; !ok && response {
				lacks = append(lacks, p)
			}
		}
		if len(lacks) > 0 {
			ds = append(ds, detection{kind: "example-lacks-members", api: api.Name, object: key, pointer: ptr, where: e.where(key),
				summary: "the contract lists members the documented example lacks", recorded: recorded,
				a: Side{Source: "contract", Where: n.Where("properties"), Says: strings.Join(lacks, ", ")},
				b: Side{Source: e.source, Where: e.where(key), Says: "(none of these members)"}, level: checks.Warning})
		}
		for _, k := range sortedKeys(t) {
			if m, ok := n.Member(k); ok {
				ds = append(ds, l.walk(api, m, t[k], jsonvalue.JoinPointer(ptr, k), e, response, specs)...)
			} else if n.DeclaresMembers() && !n.OpenMembers() {
				ds = append(ds, detection{kind: "undocumented-member", api: api.Name, place: k, object: key, pointer: jsonvalue.JoinPointer(ptr, k),
					where: e.where(k), summary: fmt.Sprintf("the documented example has a member %s the contract does not list", k), recorded: recorded,
					a: Side{Source: "contract", Where: n.Where("properties"), Says: listOr(props)}, b: e.side(k, t[k], true), level: checks.Warning})
			}
		}
	case []any:
		if items, ok := n.Items(); ok {
			for i, it := range t {
				// Items are checked as their array: a finding names the member.
				for _, d := range l.walk(api, items, it, jsonvalue.JoinPointer(ptr, strconv.Itoa(i)), e, response, nil) {
					if d.place == strconv.Itoa(i) {
						d.place = key
					}
					ds = append(ds, d)
				}
			}
		}
	}
	return ds
}

func secret(n contract.Node, key string) bool {
	if s, ok := n.Keyword("x-conform-secret"); ok && s == true {
		return true
	}
	return secretName.MatchString(key)
}

// nodeInfo reads what a schema says in words and lists: its description,
// enum and property names (following allOf).
func nodeInfo(n contract.Node) (desc string, enum []string, props []string) {
	if s, ok := contract.OpenAPISchema(n); ok {
		all := []*openapiSchema{s}
		for i := 0; i < len(all) && i < 32; i++ {
			for _, r := range all[i].AllOf {
				if r != nil && r.Value != nil {
					all = append(all, r.Value)
				}
			}
		}
		for _, x := range all {
			desc = firstNonEmpty(desc, x.Description)
			for _, e := range x.Enum {
				enum = append(enum, fmt.Sprint(e))
			}
			for k := range x.Properties {
				props = append(props, k)
			}
		}
		sort.Strings(props)
		return desc, enum, props
	}
	if d, ok := n.Keyword("description"); ok {
		desc, _ = d.(string)
	}
	if e, ok := n.Keyword("enum"); ok {
		list, _ := e.([]any)
		for _, x := range list {
			enum = append(enum, fmt.Sprint(x))
		}
	}
	if p, ok := n.Keyword("properties"); ok {
		m, _ := p.(map[string]any)
		props = sortedKeys(m)
	}
	return desc, enum, props
}

type openapiSchema = openapi3.Schema
