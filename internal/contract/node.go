package contract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/conform-dev/conform/internal/contract/jsonschema"
)

// Node is one schema, OpenAPI or JSON Schema, seen the same way by the checks
// that walk a value alongside its schema: which members it documents, what its
// items are, its x-conform-* extensions, and where it is written.
type Node interface {
	// Member returns the schema of a documented member (following allOf and $ref).
	Member(name string) (Node, bool)
	// DeclaresMembers is true when the schema lists its members (properties).
	DeclaresMembers() bool
	// OpenMembers is true when the schema explicitly allows other members.
	OpenMembers() bool
	// Items returns the schema of an array's items.
	Items() (Node, bool)
	// Keyword returns a keyword's or extension's raw value.
	Keyword(name string) (any, bool)
	// Where is the contract location of the schema, or of one of its keywords.
	Where(keyword string) string
	// Content describes an encoded string (contentEncoding + contentMediaType
	// + contentSchema), when the schema declares one.
	Content() (*Content, bool)
}

// Content is a string that holds another encoded document.
type Content struct {
	Encoding  string // "base16" (hex); the only one conform decodes today
	MediaType string // "application/json"
	Schema    jsonschema.Schema
	Node      Node
	Where     string
}

// ---- OpenAPI schemas ----

type oaNode struct {
	s    *openapi3.Schema
	file string
	root string
}

func newOANode(s *openapi3.Schema, a *API) Node {
	if s == nil {
		return nil
	}
	return oaNode{s: s, file: a.File, root: a.set.Root}
}

func (n oaNode) all() []*openapi3.Schema {
	out := []*openapi3.Schema{n.s}
	for i := 0; i < len(out); i++ {
		for _, r := range out[i].AllOf {
			if r != nil && r.Value != nil {
				out = append(out, r.Value)
			}
		}
	}
	return out
}

func (n oaNode) wrap(s *openapi3.Schema) Node { return oaNode{s: s, file: n.file, root: n.root} }

func (n oaNode) Member(name string) (Node, bool) {
	for _, s := range n.all() {
		if p, ok := s.Properties[name]; ok && p != nil && p.Value != nil {
			return n.wrap(p.Value), true
		}
	}
	return nil, false
}

func (n oaNode) DeclaresMembers() bool {
	for _, s := range n.all() {
		if len(s.Properties) > 0 {
			return true
		}
	}
	return false
}

func (n oaNode) OpenMembers() bool {
	for _, s := range n.all() {
		ap := s.AdditionalProperties
		if (ap.Has != nil && *ap.Has) || ap.Schema != nil {
			return true
		}
	}
	return false
}

func (n oaNode) Items() (Node, bool) {
	for _, s := range n.all() {
		if s.Items != nil && s.Items.Value != nil {
			return n.wrap(s.Items.Value), true
		}
	}
	return nil, false
}

func (n oaNode) Keyword(name string) (any, bool) {
	for _, s := range n.all() {
		if v, ok := s.Extensions[name]; ok {
			return v, true
		}
	}
	return nil, false
}

func (n oaNode) Where(keyword string) string { return oaWhere(n.s, keyword, n.file, n.root) }

func (n oaNode) Content() (*Content, bool) { return nil, false }

// oaWhere renders an OpenAPI element's origin as file:line, preferring the
// line of the keyword itself.
func oaWhere(s *openapi3.Schema, keyword, file, root string) string {
	if s == nil || s.Origin == nil || s.Origin.Key == nil {
		return file
	}
	loc := *s.Origin.Key
	if keyword != "" {
		if l, ok := s.Origin.Fields.Lookup(keyword); ok && l.Line > 0 {
			loc = l
		}
	}
	f := relPath(root, loc.File)
	if f == "" {
		f = file
	}
	return fmt.Sprintf("%s:%d", f, loc.Line)
}

// ---- JSON Schema documents ----

// jsonDocs holds a JSON-RPC API's schema documents and compiles schemas from
// them, once each.
type jsonDocs struct {
	root   string
	engine jsonschema.Engine
	raw    map[string][]byte // by absolute file:// URI
	parsed map[string]any
	files  map[string]string // URI → path relative to the set root

	mu       sync.Mutex
	compiled map[string]jsonschema.Schema
	content  map[string]*Content
}

func (d *jsonDocs) compile(ref string) (jsonschema.Schema, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.compiled[ref]; ok {
		return s, nil
	}
	uri, _, _ := strings.Cut(ref, "#")
	s, err := d.engine.Compile(d.reach(uri), ref)
	if err != nil {
		return nil, d.placeCompileError(err)
	}
	d.compiled[ref] = s
	return s, nil
}

// reach is the documents a schema document needs to compile: itself and
// every document its $refs lead to, transitively. Compiling a method with
// only these, not the whole folder, keeps a JSON-RPC API of hundreds of
// methods from compiling every file once per method.
func (d *jsonDocs) reach(uri string) map[string][]byte {
	out := map[string][]byte{}
	todo := []string{uri}
	for len(todo) > 0 {
		u := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		b, ok := d.raw[u]
		if _, done := out[u]; done || !ok {
			continue
		}
		out[u] = b
		_ = scanMaps(d.parsed[u], "", func(m map[string]any, _ string) error {
			if ref, ok := m["$ref"].(string); ok && !strings.HasPrefix(ref, "#") {
				if t, _, err := resolveRef(u, ref); err == nil {
					todo = append(todo, t)
				}
			}
			return nil
		})
	}
	if len(out) == 0 {
		return d.raw // an unknown document: the engine says so
	}
	return out
}

// placeCompileError names the schema that failed as the user knows it,
// relative to the root, not by its file:// URI. The engine checks every
// document whenever it compiles any schema, so the failing schema may be in
// another file than the one compiled: a broken method file fails the
// envelope's compile, and must be named, not the envelope.
func (d *jsonDocs) placeCompileError(err error) error {
	var ce *jsonschema.CompileError
	if !errors.As(err, &ce) {
		return err
	}
	uri, ptr, _ := strings.Cut(ce.Ref, "#")
	if _, ok := d.files[uri]; !ok {
		return err
	}
	return &jsonschema.CompileError{Ref: d.display(uri, ptr), Engine: ce.Engine, Err: ce.Err}
}

// node returns the schema node at uri#ptr, following $ref.
func (d *jsonDocs) node(uri, ptr string) (*jsonNode, error) {
	for range 32 {
		doc, ok := d.parsed[uri]
		if !ok {
			return nil, fmt.Errorf("$ref to %s: no such schema document", d.display(uri, ""))
		}
		v, err := getPointer(doc, ptr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.display(uri, ptr), err)
		}
		m, ok := v.(map[string]any)
		if !ok {
			return &jsonNode{d: d, uri: uri, ptr: ptr, m: map[string]any{}}, nil
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return &jsonNode{d: d, uri: uri, ptr: ptr, m: m}, nil
		}
		uri, ptr, err = resolveRef(uri, ref)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.display(uri, ptr), err)
		}
	}
	return nil, fmt.Errorf("%s: $ref chain longer than 32", d.display(uri, ptr))
}

func (d *jsonDocs) display(uri, ptr string) string {
	f := d.files[uri]
	if f == "" {
		f = uri
	}
	if ptr == "" {
		return f
	}
	return f + "#" + ptr
}

func resolveRef(base, ref string) (uri, ptr string, err error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", "", fmt.Errorf("bad $ref %q: %w", ref, err)
	}
	abs := b.ResolveReference(r)
	ptr = abs.Fragment
	abs.Fragment = ""
	return abs.String(), ptr, nil
}

func getPointer(doc any, ptr string) (any, error) {
	v, ok := jsonvalue.Lookup(doc, ptr)
	if !ok {
		return nil, fmt.Errorf("pointer %s leads nowhere in the document", ptr)
	}
	return v, nil
}

type jsonNode struct {
	d   *jsonDocs
	uri string
	ptr string
	m   map[string]any
}

func (n *jsonNode) child(ptr string) Node {
	c, err := n.d.node(n.uri, ptr)
	if err != nil {
		return nil
	}
	return c
}

func (n *jsonNode) all() []*jsonNode {
	out := []*jsonNode{n}
	for i := 0; i < len(out) && i < 64; i++ {
		list, _ := out[i].m["allOf"].([]any)
		for k := range list {
			if c, ok := out[i].child(jsonvalue.JoinPointer(out[i].ptr, "allOf", fmt.Sprint(k))).(*jsonNode); ok && c != nil {
				out = append(out, c)
			}
		}
	}
	return out
}

func (n *jsonNode) Member(name string) (Node, bool) {
	for _, s := range n.all() {
		props, _ := s.m["properties"].(map[string]any)
		if _, ok := props[name]; ok {
			c := s.child(jsonvalue.JoinPointer(s.ptr, "properties", name))
			return c, c != nil
		}
	}
	return nil, false
}

func (n *jsonNode) DeclaresMembers() bool {
	for _, s := range n.all() {
		if _, ok := s.m["properties"]; ok {
			return true
		}
	}
	return false
}

func (n *jsonNode) OpenMembers() bool {
	for _, s := range n.all() {
		switch ap := s.m["additionalProperties"].(type) {
		case bool:
			if ap {
				return true
			}
		case map[string]any:
			return true
		}
		if _, ok := s.m["patternProperties"]; ok {
			return true
		}
	}
	return false
}

func (n *jsonNode) Items() (Node, bool) {
	for _, s := range n.all() {
		if _, ok := s.m["items"].(map[string]any); ok {
			c := s.child(jsonvalue.JoinPointer(s.ptr, "items"))
			return c, c != nil
		}
	}
	return nil, false
}

func (n *jsonNode) Keyword(name string) (any, bool) {
	for _, s := range n.all() {
		if v, ok := s.m[name]; ok {
			return v, true
		}
	}
	return nil, false
}

func (n *jsonNode) Where(keyword string) string {
	if keyword == "" {
		return n.d.display(n.uri, n.ptr)
	}
	return n.d.display(n.uri, jsonvalue.JoinPointer(n.ptr, keyword))
}

func (n *jsonNode) Content() (*Content, bool) {
	enc, _ := n.m["contentEncoding"].(string)
	mt, _ := n.m["contentMediaType"].(string)
	if enc == "" && mt == "" {
		return nil, false
	}
	key := n.uri + "#" + n.ptr
	n.d.mu.Lock()
	c, ok := n.d.content[key]
	n.d.mu.Unlock()
	if ok {
		return c, c != nil
	}
	c, err := n.loadContent(enc, mt)
	if err != nil {
		return nil, false
	}
	return c, true
}

func (n *jsonNode) loadContent(enc, mt string) (*Content, error) {
	c := &Content{Encoding: enc, MediaType: mt, Where: n.Where("contentEncoding")}
	if _, ok := n.m["contentSchema"]; ok {
		sn, err := n.d.node(n.uri, jsonvalue.JoinPointer(n.ptr, "contentSchema"))
		if err != nil {
			return nil, err
		}
		s, err := n.d.compile(sn.uri + "#" + sn.ptr)
		if err != nil {
			return nil, err
		}
		c.Schema, c.Node = s, sn
	}
	n.d.mu.Lock()
	n.d.content[n.uri+"#"+n.ptr] = c
	n.d.mu.Unlock()
	return c, nil
}

// decodeJSON decodes with numbers kept exact.
func decodeJSON(b []byte) (any, error) { return jsonvalue.Decode(b) }

// OpenAPISchema returns the kin-openapi schema behind a node of an OpenAPI
// contract; ok is false for a JSON Schema node.
func OpenAPISchema(n Node) (s *openapi3.Schema, ok bool) {
	o, ok := n.(oaNode)
	if !ok {
		return nil, false
	}
	return o.s, true
}
