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
	// members lists the documented members' schemas (nil for one that
	// cannot be reached), for HoldsSecrets.
	memberNodes() map[string]Node
	secretsMemo() *secretsMemo
}

type secretsMemo struct {
	once sync.Once
	any  bool
}

// HoldsSecrets is true when a value of this schema can hold a secret: the
// schema, or one it leads to (members, items, an encoded string's schema),
// says x-conform-secret. Worked out once per schema; a response whose schema
// holds none needs no walk to collect secrets.
func HoldsSecrets(n Node) bool {
	if n == nil {
		return false
	}
	m := n.secretsMemo()
	m.once.Do(func() {
		seen := map[Node]bool{}
		var visit func(n Node) bool
		visit = func(n Node) bool {
			if n == nil || seen[n] {
				return false
			}
			seen[n] = true
			if s, ok := n.Keyword("x-conform-secret"); ok && s == true {
				return true
			}
			if c, ok := n.Content(); ok && visit(c.Node) {
				return true
			}
			if it, ok := n.Items(); ok && visit(it) {
				return true
			}
			for _, c := range n.memberNodes() {
				if visit(c) {
					return true
				}
			}
			return false
		}
		m.any = visit(n)
	})
	return m.any
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

// shape is what the checks ask of a schema, its allOf parts merged in (the
// first part that says wins), worked out once per schema: a run asks the
// same questions of the same schemas in every scenario.
type shape struct {
	once      sync.Once
	members   map[string]Node
	declares  bool
	open      bool
	items     Node
	itemsSeen bool // the first allOf part with items decided, even if unreachable
	keywords  map[string]any
	secrets   secretsMemo
}

// oaNodes hands out one node per kin-openapi schema of an API, so that each
// schema's shape is worked out once.
type oaNodes struct {
	file, root string
	nodes      sync.Map // *openapi3.Schema → *oaNode
}

type oaNode struct {
	s     *openapi3.Schema
	nodes *oaNodes
	shape shape
}

func newOANode(s *openapi3.Schema, a *API) Node {
	if s == nil {
		return nil
	}
	a.oaOnce.Do(func() { a.oa = &oaNodes{file: a.File, root: a.set.Root} })
	return a.oa.node(s)
}

func (ns *oaNodes) node(s *openapi3.Schema) *oaNode {
	if n, ok := ns.nodes.Load(s); ok {
		return n.(*oaNode)
	}
	n, _ := ns.nodes.LoadOrStore(s, &oaNode{s: s, nodes: ns})
	return n.(*oaNode)
}

func (n *oaNode) all() []*openapi3.Schema {
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

func (n *oaNode) get() *shape {
	n.shape.once.Do(func() {
		sh := &n.shape
		for _, s := range n.all() {
			for name, p := range s.Properties {
				if _, seen := sh.members[name]; !seen && p != nil && p.Value != nil {
					if sh.members == nil {
						sh.members = map[string]Node{}
					}
					sh.members[name] = n.nodes.node(p.Value)
				}
			}
			sh.declares = sh.declares || len(s.Properties) > 0
			ap := s.AdditionalProperties
			sh.open = sh.open || (ap.Has != nil && *ap.Has) || ap.Schema != nil
			if sh.items == nil && s.Items != nil && s.Items.Value != nil {
				sh.items = n.nodes.node(s.Items.Value)
			}
			for k, v := range s.Extensions {
				if _, seen := sh.keywords[k]; !seen {
					if sh.keywords == nil {
						sh.keywords = map[string]any{}
					}
					sh.keywords[k] = v
				}
			}
		}
	})
	return &n.shape
}

func (n *oaNode) Member(name string) (Node, bool) {
	m, ok := n.get().members[name]
	return m, ok
}

func (n *oaNode) memberNodes() map[string]Node { return n.get().members }

func (n *oaNode) secretsMemo() *secretsMemo { return &n.shape.secrets }

func (n *oaNode) DeclaresMembers() bool { return n.get().declares }

func (n *oaNode) OpenMembers() bool { return n.get().open }

func (n *oaNode) Items() (Node, bool) {
	it := n.get().items
	return it, it != nil
}

func (n *oaNode) Keyword(name string) (any, bool) {
	v, ok := n.get().keywords[name]
	return v, ok
}

func (n *oaNode) Where(keyword string) string {
	return oaWhere(n.s, keyword, n.nodes.file, n.nodes.root)
}

func (n *oaNode) Content() (*Content, bool) { return nil, false }

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
	nodes    sync.Map // [2]string{uri, ptr} → *jsonNode
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

// node returns the schema node at uri#ptr, following $ref: the same node
// for the same place, so that its shape is worked out once.
func (d *jsonDocs) node(uri, ptr string) (*jsonNode, error) {
	key := [2]string{uri, ptr}
	if n, ok := d.nodes.Load(key); ok {
		return n.(*jsonNode), nil
	}
	n, err := d.resolve(uri, ptr)
	if err != nil {
		return nil, err
	}
	// A $ref leads to a node of its own place: one node for that place,
	// however many references lead to it.
	got, _ := d.nodes.LoadOrStore([2]string{n.uri, n.ptr}, n)
	d.nodes.Store(key, got)
	return got.(*jsonNode), nil
}

func (d *jsonDocs) resolve(uri, ptr string) (*jsonNode, error) {
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
	d     *jsonDocs
	uri   string
	ptr   string
	m     map[string]any
	shape shape
}

func (n *jsonNode) child(ptr string) *jsonNode {
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
			if c := out[i].child(jsonvalue.JoinPointer(out[i].ptr, "allOf", fmt.Sprint(k))); c != nil {
				out = append(out, c)
			}
		}
	}
	return out
}

func (n *jsonNode) get() *shape {
	n.shape.once.Do(func() {
		sh := &n.shape
		for _, s := range n.all() {
			props, _ := s.m["properties"].(map[string]any)
			for name := range props {
				if _, seen := sh.members[name]; seen {
					continue
				}
				// A member whose schema cannot be reached is documented
				// but has no node: Member says so, as it always did.
				if sh.members == nil {
					sh.members = map[string]Node{}
				}
				var m Node
				if c := s.child(jsonvalue.JoinPointer(s.ptr, "properties", name)); c != nil {
					m = c
				}
				sh.members[name] = m
			}
			if _, ok := s.m["properties"]; ok {
				sh.declares = true
			}
			switch ap := s.m["additionalProperties"].(type) {
			case bool:
				sh.open = sh.open || ap
			case map[string]any:
				sh.open = true
			}
			if _, ok := s.m["patternProperties"]; ok {
				sh.open = true
			}
			if _, ok := s.m["items"].(map[string]any); ok && sh.items == nil && !sh.itemsSeen {
				sh.itemsSeen = true
				if c := s.child(jsonvalue.JoinPointer(s.ptr, "items")); c != nil {
					sh.items = c
				}
			}
			for k, v := range s.m {
				if _, seen := sh.keywords[k]; !seen {
					if sh.keywords == nil {
						sh.keywords = map[string]any{}
					}
					sh.keywords[k] = v
				}
			}
		}
	})
	return &n.shape
}

func (n *jsonNode) Member(name string) (Node, bool) {
	m, ok := n.get().members[name]
	if !ok || m == nil {
		return nil, false
	}
	return m, true
}

func (n *jsonNode) memberNodes() map[string]Node { return n.get().members }

func (n *jsonNode) secretsMemo() *secretsMemo { return &n.shape.secrets }

func (n *jsonNode) DeclaresMembers() bool { return n.get().declares }

func (n *jsonNode) OpenMembers() bool { return n.get().open }

func (n *jsonNode) Items() (Node, bool) {
	it := n.get().items
	return it, it != nil
}

func (n *jsonNode) Keyword(name string) (any, bool) {
	v, ok := n.get().keywords[name]
	return v, ok
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
	o, ok := n.(*oaNode)
	if !ok {
		return nil, false
	}
	return o.s, true
}
