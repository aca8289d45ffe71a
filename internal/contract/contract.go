// Package contract loads what conform checks targets against: the OpenAPI
// documents in openapi/ (one per API, named by file) and, for JSON-RPC APIs,
// the JSON Schemas their document names under schemas/. It resolves operations,
// methods, credentials and the x-conform-* extensions once, so that scenarios
// only look things up.
package contract

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers"

	"github.com/conform-dev/conform/internal/contract/jsonschema"
)

// Set is every API of a repository's contracts.
type Set struct {
	Root      string
	Engine    jsonschema.Engine
	apis      map[string]*API
	conflicts map[string]*Conflict

	conflictsAt sync.Map // Node → []*Conflict, as ConflictsAt found them
	sortedOnce  sync.Once
	sorted      []*Conflict // Conflicts
}

// Names lists the APIs, sorted.
func (s *Set) Names() []string {
	names := make([]string, 0, len(s.apis))
	for n := range s.apis {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// API returns the named API, or an error that lists the known ones.
func (s *Set) API(name string) (*API, error) {
	if a, ok := s.apis[name]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("unknown API %q; known: %s", name, strings.Join(s.Names(), ", "))
}

// Conflict returns a documented disagreement by its id.
func (s *Set) Conflict(id string) (*Conflict, bool) {
	c, ok := s.conflicts[id]
	return c, ok
}

// Conflicts lists every documented disagreement, sorted by id. The list is
// made once, when Load has registered them all, and shared: do not change
// it. (The checks ask for it for every warning they explain.)
func (s *Set) Conflicts() []*Conflict {
	s.sortedOnce.Do(func() {
		s.sorted = make([]*Conflict, 0, len(s.conflicts))
		for _, c := range s.conflicts {
			s.sorted = append(s.sorted, c)
		}
		sort.Slice(s.sorted, func(i, j int) bool { return s.sorted[i].ID < s.sorted[j].ID })
	})
	return s.sorted
}

// API is one vendor API: an OpenAPI document, and for JSON-RPC its methods.
type API struct {
	Name        string
	File        string // relative to Set.Root, e.g. "openapi/dcaas.yaml"
	Doc         *openapi3.T
	Credentials []Credential
	JSONRPC     *JSONRPC // nil for a REST API
	ops         []*Operation
	set         *Set
	conflicts   []*Conflict // found while it loads, until Load registers them
	oaOnce      sync.Once
	oa          *oaNodes // its schemas' nodes, made as the checks reach them
}

// Operations lists the API's HTTP operations in document order of paths.
func (a *API) Operations() []*Operation { return a.ops }

// Operation returns an operation by operationId, or an error listing them.
func (a *API) Operation(id string) (*Operation, error) {
	for _, o := range a.ops {
		if o.ID == id {
			return o, nil
		}
	}
	ids := make([]string, 0, len(a.ops))
	for _, o := range a.ops {
		ids = append(ids, o.ID)
	}
	return nil, fmt.Errorf("%s: no operation %q; known: %s", a.File, id, strings.Join(ids, ", "))
}

// Set returns the contract set the API belongs to.
func (a *API) Set() *Set { return a.set }

// EnvPrefix is the prefix of the API's environment variables: CONFORM_DCAAS_.
func (a *API) EnvPrefix() string { return "CONFORM_" + EnvToken(a.Name) + "_" }

// EnvToken turns a name into an environment-variable token: "project_id" → "PROJECT_ID".
func EnvToken(s string) string {
	return strings.ToUpper(nonAlnum.ReplaceAllString(s, "_"))
}

var nonAlnum = regexp.MustCompile(`[^A-Za-z0-9]+`)

// Credential is what a security scheme needs from the user.
type Credential struct {
	Scheme string // name in components.securitySchemes
	Kind   string // "apiKey", "basic" or "bearer"
	Header string // for apiKey: the header name
	Env    []string
}

// Operation is one HTTP operation of an API.
type Operation struct {
	ID      string
	Method  string
	Path    string // template, e.g. /v3/{project_id}/dcaas/vif-peers
	Op      *openapi3.Operation
	Route   *routers.Route
	Cleanup *Cleanup
	API     *API
	// Effect is what the operation does to the target: x-conform-effect,
	// else inferred from the HTTP method and the operationId.
	Effect Effect

	re     *regexp.Regexp // the template as a regexp, one group per parameter
	params []string
}

// PathParams lists the template's parameter names in order.
func (o *Operation) PathParams() []string { return o.params }

// Where is the operation's location in its contract, for messages.
func (o *Operation) Where() string {
	return o.API.File + "#/paths/" + jsonvalue.EscapePointerToken(o.Path) + "/" + strings.ToLower(o.Method)
}

// MatchPath matches a URL path against the template. With prefix, the path
// may go on after the template; rest is what follows. It returns the
// parameter values it found.
func (o *Operation) MatchPath(p string, prefix bool) (params map[string]string, rest string, ok bool) {
	m := o.re.FindStringSubmatchIndex(p)
	if m == nil || m[0] != 0 {
		return nil, "", false
	}
	rest = p[m[1]:]
	// A prefix match ends at a segment boundary: /vif-peersX is not
	// /vif-peers followed by X.
	if rest != "" && (!prefix || rest[0] != '/') {
		return nil, "", false
	}
	params = make(map[string]string, len(o.params))
	for i, name := range o.params {
		params[name] = p[m[2+2*i]:m[3+2*i]]
	}
	return params, rest, true
}

// SplitTargetPath finds the template at the end of a target URL's path
// ("/json-rpc/12.3" in https://mvip/json-rpc/12.3). It returns the base path
// before it and the parameter values it holds.
func (o *Operation) SplitTargetPath(p string) (base string, params map[string]string, ok bool) {
	for i := 0; i < len(p); i++ {
		if p[i] != '/' {
			continue
		}
		if params, rest, ok := o.MatchPath(p[i:], false); ok && rest == "" {
			return p[:i], params, true
		}
	}
	return p, nil, false
}

// ExpandPath fills the template with values, escaping each.
func (o *Operation) ExpandPath(values map[string]string) (string, error) {
	out := o.Path
	for _, name := range o.params {
		v, ok := values[name]
		if !ok || v == "" {
			return "", fmt.Errorf("no value for path parameter %q of %s %s", name, o.Method, o.Path)
		}
		out = strings.Replace(out, "{"+name+"}", pathEscape(v), 1)
	}
	return out, nil
}

// pathEscaper is built once: a Replacer builds a lookup table on first use,
// which per call was a tenth of a scenario's allocations.
var pathEscaper = strings.NewReplacer("%", "%25", "/", "%2F", "?", "%3F", "#", "%23", " ", "%20")

func pathEscape(s string) string { return pathEscaper.Replace(s) }

var templateParam = regexp.MustCompile(`\{([^{}]+)\}`)

// compileTemplate turns a path template into a regexp. Templates from a
// vendor page may hold bytes that are not UTF-8, which regexp refuses even
// quoted; they become U+FFFD, so such a template matches no path instead of
// panicking (found by FuzzParse in internal/page).
func compileTemplate(path string) (*regexp.Regexp, []string) {
	path = strings.ToValidUTF8(path, "\uFFFD")
	var b strings.Builder
	var names []string
	last := 0
	for _, m := range templateParam.FindAllStringSubmatchIndex(path, -1) {
		b.WriteString(regexp.QuoteMeta(path[last:m[0]]))
		b.WriteString(`([^/]+)`)
		names = append(names, path[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(path[last:]))
	return regexp.MustCompile("^" + b.String()), names
}

// Cleanup says how to undo what an operation or method created.
type Cleanup struct {
	Operation string            // REST: the operationId to call
	Method    string            // JSON-RPC: the method to call
	From      map[string]string // parameter → JSON pointer into the create response
	Where     string
}

// JSONRPC is the method layer of a JSON-RPC API.
type JSONRPC struct {
	Dir       string // relative to Set.Root
	Operation *Operation
	Request   jsonschema.Schema
	Response  jsonschema.Schema
	Error     jsonschema.Schema
	// Nodes of the envelope, for walking.
	RequestNode, ResponseNode Node
	methods                   map[string]*Method
}

// Method returns a method by name, or an error listing the known ones.
func (j *JSONRPC) Method(name string) (*Method, error) {
	if m, ok := j.methods[name]; ok {
		if err := m.compile(); err != nil {
			return nil, err
		}
		return m, nil
	}
	return nil, fmt.Errorf("%s: no schema for method %q (add %s/%s.json); known: %s", j.Dir, name, j.Dir, name, strings.Join(j.names(), ", "))
}

// Methods lists the methods, sorted by name.
func (j *JSONRPC) Methods() []*Method {
	var out []*Method
	for _, n := range j.names() {
		out = append(out, j.methods[n])
	}
	return out
}

func (j *JSONRPC) names() []string {
	names := make([]string, 0, len(j.methods))
	for n := range j.methods {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Method is one JSON-RPC method: its params and result schemas.
type Method struct {
	Name       string
	File       string
	Since      string
	Params     jsonschema.Schema
	Result     jsonschema.Schema
	ParamsNode Node
	ResultNode Node
	Cleanup    *Cleanup
	// Effect is what the method does to the target: x-conform-effect in its
	// file, else inferred from its name.
	Effect Effect

	d        *jsonDocs // the folder's documents, and the method file's URI in it
	uri      string
	once     sync.Once
	compiled [2]jsonschema.Schema // params, result
	err      error
}

// HTTPMethods in the order conform lists operations.
var httpMethods = []string{http.MethodGet, http.MethodPut, http.MethodPost, http.MethodDelete, http.MethodOptions, http.MethodHead, http.MethodPatch, http.MethodTrace}

// ResponseNode returns the schema of the documented response body for a
// status and media type, if there is one.
func (o *Operation) ResponseNode(status int, mediaType string) (Node, bool) {
	r := o.Op.Responses.Status(status)
	if r == nil {
		r = o.Op.Responses.Default()
	}
	if r == nil || r.Value == nil {
		return nil, false
	}
	mt := r.Value.Content.Get(mediaType)
	if mt == nil {
		mt = r.Value.Content.Get("application/json")
	}
	if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
		return nil, false
	}
	return newOANode(mt.Schema.Value, o.API), true
}

// RequestNode returns the schema of the documented request body.
func (o *Operation) RequestNode(mediaType string) (Node, bool) {
	rb := o.Op.RequestBody
	if rb == nil || rb.Value == nil {
		return nil, false
	}
	mt := rb.Value.Content.Get(mediaType)
	if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
		return nil, false
	}
	return newOANode(mt.Schema.Value, o.API), true
}

// RequestMediaType is the first media type the request body documents
// (application/json before others), or "" when there is no body.
func (o *Operation) RequestMediaType() string {
	rb := o.Op.RequestBody
	if rb == nil || rb.Value == nil || len(rb.Value.Content) == 0 {
		return ""
	}
	keys := make([]string, 0, len(rb.Value.Content))
	for k := range rb.Value.Content {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// A JSON-RPC endpoint documents application/json-rpc first in intent;
	// prefer the most specific JSON media type.
	for _, k := range keys {
		if k != "application/json" && strings.Contains(k, "json") {
			return k
		}
	}
	return keys[0]
}

// Statuses lists the documented response statuses.
func (o *Operation) Statuses() []string {
	m := o.Op.Responses.Map()
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Where returns where a schema rule is written: the schema's file:line, or
// the keyword's line.
func Where(n Node, keyword string) string {
	if n == nil {
		return ""
	}
	return n.Where(keyword)
}

// SchemaWhere locates a kin-openapi schema of this API in its file.
func (a *API) SchemaWhere(s *openapi3.Schema, keyword string) string {
	return oaWhere(s, keyword, a.File, a.set.Root)
}
