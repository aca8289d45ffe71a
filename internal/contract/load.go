package contract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/oasdiff/yaml"

	"github.com/conform-dev/conform/internal/contract/jsonschema"
)

// Load reads every contract under root: root/openapi/<api>.yaml, and the
// JSON Schemas a JSON-RPC API's document names. Every document is validated,
// every schema compiled and every $ref resolved here, so that a broken
// contract stops the run before any request is sent.
func Load(ctx context.Context, root string, engine jsonschema.Engine) (*Set, error) {
	if engine == nil {
		engine = jsonschema.Draft07()
	}
	s := &Set{Root: root, Engine: engine, apis: map[string]*API{}, conflicts: map[string]*Conflict{}}
	dir := filepath.Join(root, "openapi")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read the contracts folder %s: %w (run from the repository root, or pass --dir)", dir, err)
	}
	var files []string
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if !e.IsDir() && (ext == ".yaml" || ext == ".yml" || ext == ".json") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("%s holds no OpenAPI document: add one per API, named for it (openapi/<api>.yaml)", dir)
	}
	// Each API loads on its own core; they are added in file order, so that
	// the first broken document is the one named, and a conflict id used
	// twice is named where it is used the second time.
	apis := make([]*API, len(files))
	errs := make([]error, len(files))
	parallel(len(files), func(i int) { apis[i], errs[i] = s.loadAPI(ctx, files[i]) })
	for i, a := range apis {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if err := s.register(a.conflicts); err != nil {
			return nil, err
		}
		a.conflicts = nil
		s.apis[a.Name] = a
	}
	return s, nil
}

func (s *Set) loadAPI(ctx context.Context, path string) (*API, error) {
	rel := relPath(s.Root, path)
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	a := &API{Name: name, File: rel, set: s}

	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", rel, err)
	}
	js, err := yaml.YAMLToJSON(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: not valid YAML: %w", rel, err)
	}
	tree, err := decodeJSON(js)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rel, err)
	}
	if err := danglingRefs(tree, rel); err != nil {
		return nil, err
	}
	if err := badPatterns(tree, raw, rel); err != nil {
		return nil, err
	}
	loader := openapi3.NewLoader()
	loader.Context = ctx
	loader.IncludeOrigin = true
	doc, err := loader.LoadFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable OpenAPI document: %w", rel, err)
	}
	if doc.OpenAPI == "" {
		return nil, fmt.Errorf("%s: no openapi version: an OpenAPI document starts with `openapi: 3.0.3`", rel)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0") {
		return nil, fmt.Errorf("%s: openapi %q: conform checks OpenAPI 3.0.x documents (3.1 needs the 2020-12 engine, not yet added)", rel, doc.OpenAPI)
	}
	if err := doc.Validate(ctx); err != nil {
		return nil, fmt.Errorf("%s: the OpenAPI document is invalid: %w", rel, err)
	}
	a.Doc = doc
	cs, err := s.collectConflicts(tree, func(p string) string { return rel + "#" + p })
	if err != nil {
		return nil, err
	}
	a.conflicts = append(a.conflicts, cs...)

	if err := a.loadOperations(); err != nil {
		return nil, err
	}
	if err := a.loadCredentials(); err != nil {
		return nil, err
	}
	if v, ok := doc.Extensions["x-conform-jsonrpc"]; ok {
		if err := a.loadJSONRPC(v, filepath.Dir(path)); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func (a *API) loadOperations() error {
	paths := a.Doc.Paths.Map()
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, p := range keys {
		item := paths[p]
		for _, m := range httpMethods {
			op := item.GetOperation(m)
			if op == nil {
				continue
			}
			if op.OperationID == "" {
				return fmt.Errorf("%s: %s %s has no operationId: scenarios name operations by it", a.File, m, p)
			}
			re, params := compileTemplate(p)
			o := &Operation{
				ID: op.OperationID, Method: m, Path: p, Op: op, API: a, re: re, params: params,
				Route: &routers.Route{Spec: a.Doc, Path: p, PathItem: item, Method: m, Operation: op},
			}
			if v, ok := op.Extensions["x-conform-cleanup"]; ok {
				c, err := parseCleanup(v, o.Where()+"/x-conform-cleanup", false)
				if err != nil {
					return err
				}
				o.Cleanup = c
			}
			effect, err := effectOf(op.Extensions["x-conform-effect"], o.Where(), op.OperationID, m)
			if err != nil {
				return err
			}
			o.Effect = effect
			for _, mt := range mediaTypes(op) {
				registerJSONDecoder(mt)
			}
			a.ops = append(a.ops, o)
		}
	}
	for _, o := range a.ops {
		if o.Cleanup != nil {
			if _, err := a.Operation(o.Cleanup.Operation); err != nil {
				return fmt.Errorf("%s: %w", o.Cleanup.Where, err)
			}
		}
	}
	return nil
}

func mediaTypes(op *openapi3.Operation) []string {
	var out []string
	if op.RequestBody != nil && op.RequestBody.Value != nil {
		for mt := range op.RequestBody.Value.Content {
			out = append(out, mt)
		}
	}
	for _, r := range op.Responses.Map() {
		if r.Value != nil {
			for mt := range r.Value.Content {
				out = append(out, mt)
			}
		}
	}
	return out
}

var decoderMu sync.Mutex

// registerJSONDecoder teaches kin-openapi that a JSON-based media type such as
// application/json-rpc is JSON. kin's registry is global, hence the lock.
func registerJSONDecoder(mt string) {
	if !strings.Contains(mt, "json") || mt == "application/json" {
		return
	}
	decoderMu.Lock()
	defer decoderMu.Unlock()
	if openapi3filter.RegisteredBodyDecoder(mt) == nil {
		openapi3filter.RegisterBodyDecoder(mt, openapi3filter.JSONBodyDecoder)
	}
}

// SigningAKSK is the x-conform-signing value of a security scheme whose
// requests conform signs with an access key and secret key, the way Huawei
// Cloud's SDKs do (SDK-HMAC-SHA256, internal/exchange/aksk).
const SigningAKSK = "sdk-hmac-sha256"

// loadCredentials reads the security schemes the API's requirements name.
// Each requirement is an alternative (OpenAPI: any one of them suffices), and
// a.Credentials lists them in the order the contract gives them, the first
// the one a target uses when the user sets the variables of several. A
// requirement that names two schemes at once (both needed together) is not
// one conform can send.
func (a *API) loadCredentials() error {
	reqs := append([]openapi3.SecurityRequirement{}, a.Doc.Security...)
	for _, o := range a.ops {
		if o.Op.Security != nil {
			reqs = append(reqs, *o.Op.Security...)
		}
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		if len(r) > 1 {
			names := make([]string, 0, len(r))
			for n := range r {
				names = append(names, n)
			}
			sort.Strings(names)
			return fmt.Errorf("%s: a security requirement names %s together: conform sends one scheme per request; list them as alternatives (security: [{%s: []}, {%s: []}])", a.File, strings.Join(names, " and "), names[0], names[1])
		}
		for n := range r {
			if seen[n] {
				continue
			}
			seen[n] = true
			c, err := a.credential(n)
			if err != nil {
				return err
			}
			a.Credentials = append(a.Credentials, c)
		}
	}
	return nil
}

// credential is what one security scheme needs from the user.
func (a *API) credential(n string) (Credential, error) {
	ref := a.Doc.Components.SecuritySchemes[n]
	if ref == nil || ref.Value == nil {
		return Credential{}, fmt.Errorf("%s: security requirement %q has no components.securitySchemes entry", a.File, n)
	}
	ss := ref.Value
	c := Credential{Scheme: n}
	p := a.EnvPrefix()
	signing, _ := ss.Extensions["x-conform-signing"].(string)
	switch {
	case signing != "":
		if signing != SigningAKSK || ss.Type != "apiKey" || ss.In != "header" || !strings.EqualFold(ss.Name, "Authorization") {
			return c, fmt.Errorf("%s: security scheme %q: x-conform-signing %q: conform signs %q only, on a scheme of type apiKey, in header, name Authorization", a.File, n, signing, SigningAKSK)
		}
		c.Kind, c.Header, c.Env = "aksk", "Authorization", []string{p + "AK", p + "SK"}
	case ss.Type == "apiKey" && ss.In == "header":
		c.Kind, c.Header, c.Env = "apiKey", ss.Name, []string{p + "TOKEN"}
	case ss.Type == "http" && strings.EqualFold(ss.Scheme, "basic"):
		c.Kind, c.Env = "basic", []string{p + "USERNAME", p + "PASSWORD"}
	case ss.Type == "http" && strings.EqualFold(ss.Scheme, "bearer"):
		c.Kind, c.Header, c.Env = "bearer", "Authorization", []string{p + "TOKEN"}
	default:
		return c, fmt.Errorf("%s: security scheme %q (%s %s %s) is not one conform can send yet: use an apiKey header, http basic or http bearer", a.File, n, ss.Type, ss.In, ss.Scheme)
	}
	return c, nil
}

func parseCleanup(v any, where string, jsonrpc bool) (*Cleanup, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: must be an object", where)
	}
	c := &Cleanup{Where: where, From: map[string]string{}}
	fromKey := "from-response"
	if jsonrpc {
		c.Method, _ = m["method"].(string)
		fromKey = "params"
	} else {
		c.Operation, _ = m["operation"].(string)
	}
	if c.Method == "" && c.Operation == "" {
		return nil, fmt.Errorf("%s: name the cleanup's operation (REST) or method (JSON-RPC)", where)
	}
	from, _ := m[fromKey].(map[string]any)
	for k, p := range from {
		ps, ok := p.(string)
		if !ok || !strings.HasPrefix(ps, "/") {
			return nil, fmt.Errorf("%s: %s.%s must be a JSON pointer into the response, like /vif_peer/id", where, fromKey, k)
		}
		c.From[k] = ps
	}
	return c, nil
}

// loadJSONRPC reads the methods of a JSON-RPC API. Its OpenAPI document has
// one operation, the endpoint; what travels through it is described by the
// JSON Schemas of the folder x-conform-jsonrpc names: envelope.json, and one
// <Method>.json per method. Everything is compiled here, so that a broken
// schema stops the run before any request is sent, as Load promises.
func (a *API) loadJSONRPC(ext any, docDir string) error {
	abs, err := a.jsonrpcFolder(ext, docDir)
	if err != nil {
		return err
	}
	j := &JSONRPC{Dir: relPath(a.set.Root, abs), Operation: a.ops[0], methods: map[string]*Method{}}
	d, methodFiles, err := a.readJSONRPCFolder(abs)
	if err != nil {
		return err
	}
	if err := j.loadEnvelope(d, fileURI(abs, "envelope.json")); err != nil {
		return err
	}
	for _, f := range methodFiles {
		meth, err := loadMethod(d, abs, f)
		if err != nil {
			return err
		}
		j.methods[meth.Name] = meth
	}
	if err := j.checkCleanups(); err != nil {
		return err
	}
	if err := d.compileContents(); err != nil {
		return err
	}
	if err := d.checkRefs(); err != nil {
		return err
	}
	a.JSONRPC = j
	return nil
}

// jsonrpcFolder reads the x-conform-jsonrpc extension: the folder of the
// method schemas, relative to the document, as an absolute path. It also
// checks that the document has the one operation a JSON-RPC API sends
// everything through, since every method is sent to it.
func (a *API) jsonrpcFolder(ext any, docDir string) (string, error) {
	m, _ := ext.(map[string]any)
	dir, _ := m["schemas"].(string)
	if dir == "" {
		return "", fmt.Errorf("%s: x-conform-jsonrpc needs schemas, the folder of the method schemas relative to this document: write x-conform-jsonrpc: {schemas: ../schemas/%s}", a.File, a.Name)
	}
	if len(a.ops) != 1 {
		return "", fmt.Errorf("%s: a JSON-RPC API has exactly one HTTP operation (the endpoint); found %d", a.File, len(a.ops))
	}
	return filepath.Abs(filepath.Join(docDir, dir))
}

// readJSONRPCFolder reads every .json file of the folder into one jsonDocs,
// because the schemas refer to each other and the engine compiles them
// together. Each file's patterns and x-conform-conflicts are checked as it is
// read, so that the error names the file. It returns the method files (every
// file but envelope.json), sorted.
func (a *API) readJSONRPCFolder(abs string) (*jsonDocs, []string, error) {
	d := &jsonDocs{root: a.set.Root, engine: a.set.Engine, raw: map[string][]byte{}, parsed: map[string]any{},
		files: map[string]string{}, compiled: map[string]jsonschema.Schema{}, content: map[string]*Content{}}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: x-conform-jsonrpc.schemas: %w", a.File, err)
	}
	// objects/ holds the schemas that several methods refer to (the
	// Element reference's object pages): read for their $refs, not methods.
	var paths []string
	if objs, err := os.ReadDir(filepath.Join(abs, "objects")); err == nil {
		for _, e := range objs {
			if !e.IsDir() && filepath.Ext(e.Name()) == ".json" {
				paths = append(paths, filepath.Join(abs, "objects", e.Name()))
			}
		}
	}
	var methods []string
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		paths = append(paths, filepath.Join(abs, e.Name()))
		if e.Name() != "envelope.json" {
			methods = append(methods, e.Name())
		}
	}
	// A whole reference is hundreds of files: they are read and checked on
	// every core, then added in this order, so that the first broken file
	// in it is the one named, as when they were read one by one.
	files := make([]schemaFile, len(paths))
	parallel(len(paths), func(i int) { files[i] = a.readSchemaFile(paths[i]) })
	for _, f := range files {
		if err := a.addSchemaFile(d, f); err != nil {
			return nil, nil, err
		}
	}
	sort.Strings(methods)
	return d, methods, nil
}

// parallel calls f(0) … f(n-1), as many at a time as there are cores.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// schemaFile is one schema file read and checked on its own (readSchemaFile,
// safe to run in parallel), not yet added to the API (addSchemaFile).
type schemaFile struct {
	path, rel string
	raw       []byte
	doc       any
	err       error
}

// readSchemaFile reads one schema file and rejects what the schema engine
// would reject with less to say (JSON that does not parse, a pattern RE2
// cannot compile), then what the meta-schema rejects.
func (a *API) readSchemaFile(p string) schemaFile {
	f := schemaFile{path: p, rel: relPath(a.set.Root, p)}
	b, err := os.ReadFile(p)
	if err != nil {
		f.err = fmt.Errorf("cannot read %s: %w", f.rel, err)
		return f
	}
	doc, err := decodeJSON(b)
	if err != nil {
		f.err = fmt.Errorf("%s: not valid JSON: %w", f.rel, jsonvalue.DescribeError(b, err))
		return f
	}
	if err := badPatterns(doc, b, f.rel); err != nil {
		f.err = err
		return f
	}
	if c, ok := a.set.Engine.(jsonschema.Checker); ok {
		if err := c.Check(b); err != nil {
			f.err = &jsonschema.CompileError{Ref: f.rel, Engine: a.set.Engine.Name(), Err: err}
			return f
		}
	}
	f.raw, f.doc = b, doc
	return f
}

// addSchemaFile adds a file read by readSchemaFile to d, and collects its
// x-conform-conflicts, as loadAPI does for an OpenAPI document, so that a
// malformed conflict is named by this file.
func (a *API) addSchemaFile(d *jsonDocs, f schemaFile) error {
	if f.err != nil {
		return f.err
	}
	uri := "file://" + filepath.ToSlash(f.path)
	d.raw[uri], d.parsed[uri], d.files[uri] = f.raw, f.doc, f.rel
	cs, err := a.set.collectConflicts(f.doc, func(ptr string) string { return f.rel + "#" + ptr })
	a.conflicts = append(a.conflicts, cs...)
	return err
}

// fileURI is how jsonDocs names a file of the folder abs: the engine resolves
// $refs between the schemas by these URIs.
func fileURI(abs, name string) string {
	return "file://" + filepath.ToSlash(filepath.Join(abs, name))
}

// loadEnvelope compiles the envelope's three definitions: request and
// response wrap every method's params and result, error is what any method
// may answer instead. Request and response also keep their nodes, which the
// checks walk.
func (j *JSONRPC) loadEnvelope(d *jsonDocs, envURI string) error {
	if _, ok := d.raw[envURI]; !ok {
		return fmt.Errorf("%s: no envelope.json (definitions request, response and error)", j.Dir)
	}
	for _, def := range []struct {
		name   string
		schema *jsonschema.Schema
		node   *Node
	}{{"request", &j.Request, &j.RequestNode}, {"response", &j.Response, &j.ResponseNode}, {"error", &j.Error, nil}} {
		sch, err := d.compile(envURI + "#/definitions/" + def.name)
		if err != nil {
			return compileError(fmt.Sprintf("%s/envelope.json#/definitions/%s", j.Dir, def.name), err)
		}
		*def.schema = sch
		if def.node != nil {
			n, err := d.node(envURI, "/definitions/"+def.name)
			if err != nil {
				return err
			}
			*def.node = n
		}
	}
	return nil
}

// loadMethod reads the method file f of the folder abs: the method is named
// for the file, and the file holds its params and result schemas and what a
// scenario needs besides (x-conform-since, x-conform-cleanup).
func loadMethod(d *jsonDocs, abs, f string) (*Method, error) {
	uri := fileURI(abs, f)
	meth := &Method{Name: strings.TrimSuffix(f, ".json"), File: d.files[uri]}
	top, _ := d.parsed[uri].(map[string]any)
	meth.Since, _ = top["x-conform-since"].(string)
	effect, err := effectOf(top["x-conform-effect"], meth.File+"#", meth.Name, "")
	if err != nil {
		return nil, err
	}
	meth.Effect = effect
	if v, ok := top["x-conform-cleanup"]; ok {
		c, err := parseCleanup(v, meth.File+"#/x-conform-cleanup", true)
		if err != nil {
			return nil, err
		}
		meth.Cleanup = c
	}
	meth.d, meth.uri = d, uri
	for _, def := range []struct {
		name string
		node *Node
	}{{"params", &meth.ParamsNode}, {"result", &meth.ResultNode}} {
		n, err := d.node(uri, "/definitions/"+def.name)
		if err != nil {
			return nil, fmt.Errorf("%s: a method schema needs definitions.params and definitions.result: %w", meth.File, err)
		}
		*def.node = n
	}
	// The schemas compile on first use (JSONRPC.Method, CompileAll):
	// compiling a reference of hundreds of methods at every start took
	// most of a one-scenario run. What a broken schema looks like is still
	// found here: every file was checked against its meta-schema as it was
	// read, and every $ref is checked to lead somewhere (checkRefs).
	meth.Params, meth.Result = lazySchema{meth, 0}, lazySchema{meth, 1}
	return meth, nil
}

// compile compiles the method's params and result schemas, once.
func (meth *Method) compile() error {
	meth.once.Do(func() {
		for i, name := range []string{"params", "result"} {
			sch, err := meth.d.compile(meth.uri + "#/definitions/" + name)
			if err != nil {
				meth.err = compileError(fmt.Sprintf("%s#/definitions/%s", meth.File, name), err)
				return
			}
			meth.compiled[i] = sch
		}
	})
	return meth.err
}

// lazySchema is a method's params (0) or result (1) schema, compiled when
// first used. A schema that does not compile is one violation saying why.
type lazySchema struct {
	m     *Method
	which int
}

func (l lazySchema) Validate(instance any) []jsonschema.Violation {
	if err := l.m.compile(); err != nil {
		return []jsonschema.Violation{{Keyword: "schema", Message: err.Error()}}
	}
	return l.m.compiled[l.which].Validate(instance)
}

// checkCleanups checks that every cleanup names a method of the API, which
// can only be done once all of them are read.
func (j *JSONRPC) checkCleanups() error {
	for _, meth := range j.methods {
		if meth.Cleanup != nil {
			if _, err := j.Method(meth.Cleanup.Method); err != nil {
				return fmt.Errorf("%s: %w", meth.Cleanup.Where, err)
			}
		}
	}
	return nil
}

// compileContents compiles every encoded-content schema (contentSchema) now,
// so that a broken one is a load error, like any other broken schema.
func (d *jsonDocs) compileContents() error {
	for uri, doc := range d.parsed {
		if err := scanMaps(doc, "", func(m map[string]any, ptr string) error {
			if _, ok := m["contentSchema"]; !ok {
				return nil
			}
			n := &jsonNode{d: d, uri: uri, ptr: ptr, m: m}
			_, err := n.loadContent(fmtString(m["contentEncoding"]), fmtString(m["contentMediaType"]))
			if err != nil {
				return fmt.Errorf("%s: contentSchema: %w", d.display(uri, ptr), err)
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// compileError places an error from jsonDocs.compile: a CompileError names
// the schema that failed (which need not be where), anything else gets where.
func compileError(where string, err error) error {
	var ce *jsonschema.CompileError
	if errors.As(err, &ce) {
		return err
	}
	return fmt.Errorf("%s: %w", where, err)
}

func fmtString(v any) string { s, _ := v.(string); return s }

func scanMaps(v any, ptr string, f func(map[string]any, string) error) error {
	switch t := v.(type) {
	case map[string]any:
		if err := f(t, ptr); err != nil {
			return err
		}
		for k, c := range t {
			if err := scanMaps(c, jsonvalue.JoinPointer(ptr, k), f); err != nil {
				return err
			}
		}
	case []any:
		for i, c := range t {
			if err := scanMaps(c, jsonvalue.JoinPointer(ptr, fmt.Sprint(i)), f); err != nil {
				return err
			}
		}
	}
	return nil
}

func relPath(root, p string) string {
	if p == "" {
		return ""
	}
	ar, err1 := filepath.Abs(root)
	ap, err2 := filepath.Abs(p)
	if err1 == nil && err2 == nil {
		if r, err := filepath.Rel(ar, ap); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(p)
}

// danglingRefs finds a local $ref that points nowhere, and says which: kin's
// own message names only the missing key.
func danglingRefs(tree any, file string) error {
	return scanMaps(tree, "", func(m map[string]any, ptr string) error {
		ref, ok := m["$ref"].(string)
		if !ok || !strings.HasPrefix(ref, "#") {
			return nil
		}
		if _, ok := jsonvalue.Lookup(tree, strings.TrimPrefix(ref, "#")); !ok {
			return fmt.Errorf("%s#%s: $ref %q points nowhere: define %s or fix the reference", file, ptr, ref, strings.TrimPrefix(ref, "#/"))
		}
		return nil
	})
}

// CompileAll compiles every schema of every API, for the commands that
// vouch for a whole repository (import, lint): Load compiles what a run
// needs to fail before sending anything, and this is the rest.
func (s *Set) CompileAll() error {
	for _, name := range s.Names() {
		a, _ := s.API(name)
		if a == nil || a.JSONRPC == nil {
			continue
		}
		for _, m := range a.JSONRPC.Methods() {
			if err := m.compile(); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkRefs finds a $ref of the folder's schemas that leads nowhere: to a
// file the folder does not have, or to a place its file does not have.
// With compilation on first use, this is what keeps such a schema a load
// error.
func (d *jsonDocs) checkRefs() error {
	uris := make([]string, 0, len(d.parsed))
	for u := range d.parsed {
		uris = append(uris, u)
	}
	sort.Strings(uris)
	for _, u := range uris {
		err := scanMaps(d.parsed[u], "", func(m map[string]any, ptr string) error {
			ref, ok := m["$ref"].(string)
			if !ok {
				return nil
			}
			target, frag, err := resolveRef(u, ref)
			if err != nil {
				return fmt.Errorf("%s: %w", d.display(u, ptr), err)
			}
			doc, ok := d.parsed[target]
			if !ok {
				return fmt.Errorf("%s: $ref %q points to %s, which is not among the schemas: add it or fix the reference", d.display(u, ptr), ref, relPath(d.root, strings.TrimPrefix(target, "file://")))
			}
			if _, ok := jsonvalue.Lookup(doc, frag); !ok {
				return fmt.Errorf("%s: $ref %q points nowhere in %s: define %s or fix the reference", d.display(u, ptr), ref, d.display(target, ""), frag)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
