package importer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/oasdiff/yaml"
	yaml3 "github.com/oasdiff/yaml3"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/page"
)

// File is one file import wrote, or would have.
type File struct {
	Path    string // relative to the root
	Content []byte
	Status  string // "new", "merged" or "up to date"
}

// PageResult is what import made of one page.
type PageResult struct {
	Page    *page.Page
	Files   []File
	Lint    *lint.Result
	Refused []string // why the page's contract was not written; nil when it was
	// Findings are what the page says that the import did not write as it
	// says: a disagreement with a file, a scenario left out, a reference
	// to a page not imported. The page's other files are written.
	Findings  []string
	Scenarios int      // the page's scenarios in its feature (new or already there)
	Unpaired  []string // response examples no request pairs with, by title
}

// Import reads pages into the contracts and features under root and writes
// them (Run, without Check). A page whose files would change what root
// already says about its operation is refused (Refused says where) and
// nothing of it is written; when the result would not load, nothing is
// written and the error says why.
func Import(ctx context.Context, root string, pages []*page.Page) ([]*PageResult, error) {
	rep, err := Run(ctx, root, pages, Options{})
	if err != nil {
		return nil, err
	}
	if rep.Invalid != nil {
		return rep.Pages, rep.Invalid
	}
	return rep.Pages, nil
}

// importPage prepares the files of one method page under stage, which
// holds what the pages before it prepared.
func importPage(stage string, set *contract.Set, orig *page.Page, api, op string, objects map[string]*page.Page, used, ids map[string]bool, byOp map[string]*page.Page, sf *sharedFacts) (*PageResult, error) {
	p := orig
	if p.API != api || p.Operation != op {
		cp := *orig
		cp.API, cp.Operation = api, op
		p = &cp
	}
	r := &PageResult{Page: p, Lint: lint.Page(p, set)}
	m := &model{p: p, conflicts: lint.PageConflicts(p, set), jsonrpc: p.Format == page.Element, shared: sharedIndex(objects), used: used, ids: ids}
	if m.effect() == contract.Destructive {
		m.creator = findCreator(set, stage, api, op, byOp)
	}
	files, refused, err := m.files(stage)
	if err != nil {
		return nil, err
	}
	if m.jsonrpc && len(refused) == 0 {
		sf.gather(m)
	}
	r.Files, r.Refused, r.Findings = files, refused, m.findings
	_, unpaired := m.pairs()
	pairs, broken := m.sendable()
	r.Scenarios = len(pairs)
	if len(p.RequestExamples) == 0 {
		r.Findings = append(r.Findings, "no scenario: the page documents no request example")
	}
	for _, e := range broken {
		r.Findings = append(r.Findings, fmt.Sprintf("%s:%d: no scenario for this request example: it is not JSON even after repair (%v)", p.File, e.Line, e.Err))
	}
	for _, u := range unpaired {
		title := u.Title
		if title == "" {
			title = fmt.Sprintf("the response example at line %d", u.Line)
		}
		r.Unpaired = append(r.Unpaired, fmt.Sprintf("%s: %q pairs with no request example", p.File, title))
	}
	return r, nil
}

func sharedIndex(objects map[string]*page.Page) map[string]*page.Page {
	out := map[string]*page.Page{}
	for name, p := range objects {
		out[strings.ToLower(name)] = p
		out["file:"+filepath.Base(p.File)] = p
	}
	return out
}

func (m *model) files(root string) ([]File, []string, error) {
	contractFiles, refused, err := m.contractFiles(root)
	if err != nil {
		return nil, nil, err
	}
	if len(refused) > 0 {
		return nil, refused, nil
	}
	f, err := m.featureFile(root)
	if err != nil {
		return nil, nil, err
	}
	return append(contractFiles, f...), nil, nil
}

// importedMark starts the description of every feature import writes: a
// feature without it was written by hand, and import never rewrites it.
const importedMark = "Imported by conform import from"

// importedTag tags every feature import writes.
const importedTag = "@imported"

// featureFile writes features/<api>/<op>.feature, or merges into it. A
// scenario that sends the same documented request as one the file has is
// there already, or, if the file gives another status or response for it,
// a finding. The scenarios the file lacks are appended when import wrote
// the file, and go to <op>_documented.feature beside a file written by
// hand, which import leaves as it is.
func (m *model) featureFile(root string) ([]File, error) {
	base := filepath.ToSlash(filepath.Join("features", m.p.API, snake(m.p.Operation)))
	rel := base + ".feature"
	old, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		if len(m.scenarioBlocks()) == 0 {
			return nil, nil // no example to send: no feature
		}
		return []File{{Path: rel, Content: m.feature(), Status: "new"}}, nil
	}
	missing, status := m.missingScenarios(old, rel)
	if !bytes.Contains(old, []byte(importedMark)) && len(missing) > 0 {
		rel = base + "_documented.feature"
		if old, err = os.ReadFile(filepath.Join(root, rel)); err != nil {
			return []File{{Path: rel, Content: m.featureOf(missing), Status: "new"}}, nil
		}
		missing, status = m.missingScenarios(old, rel)
	}
	if len(missing) == 0 {
		return []File{{Path: rel, Content: old, Status: status}}, nil
	}
	content := append(bytes.TrimRight(old, "\n"), '\n')
	for _, b := range missing {
		content = append(content, b...)
	}
	return []File{{Path: rel, Content: content, Status: "merged"}}, nil
}

// featureOf is the feature's header with the given scenarios.
func (m *model) featureOf(blocks [][]byte) []byte {
	all := m.feature()
	head := all
	if i := bytes.Index(all, []byte("\n\n  @")); i >= 0 {
		head = all[:i+1]
	}
	out := append([]byte{}, head...)
	for _, b := range blocks {
		out = append(out, b...)
	}
	return out
}

// missingScenarios are the page's scenarios the feature old lacks. One whose
// request the feature sends with another status or response is a finding,
// not a scenario to add.
func (m *model) missingScenarios(old []byte, rel string) ([][]byte, string) {
	have, err := Scenarios(old)
	if err != nil {
		m.findings = append(m.findings, fmt.Sprintf("%s does not parse, no scenario added: %v", rel, err))
		return nil, "up to date"
	}
	var missing [][]byte
	for _, block := range m.scenarioBlocks() {
		want, err := Scenarios(append(m.featureOf(nil), block...))
		if err != nil || len(want) != 1 {
			continue
		}
		found := false
		for _, h := range have {
			if h.API != want[0].API || h.Operation != want[0].Operation || h.Request != want[0].Request {
				continue
			}
			found = true
			switch {
			case h.Status != want[0].Status:
				m.findings = append(m.findings, fmt.Sprintf("%s sends the documented %s request and expects status %s; the page says %s: left as the file says", rel, want[0].Operation, h.Status, want[0].Status))
			case h.Response != want[0].Response:
				m.findings = append(m.findings, fmt.Sprintf("%s sends the documented %s request and expects another response example than the page's: left as the file says", rel, want[0].Operation))
			}
			break
		}
		if !found {
			missing = append(missing, block)
		}
	}
	return missing, "up to date"
}

var snakeBreak = regexp.MustCompile(`([a-z0-9])([A-Z])`)

func snake(s string) string { return strings.ToLower(snakeBreak.ReplaceAllString(s, "${1}_${2}")) }

func (m *model) contractFiles(root string) ([]File, []string, error) {
	if m.jsonrpc {
		return m.jsonrpcFiles(root)
	}
	return m.restFiles(root)
}

// restFiles adds the operation to openapi/<api>.yaml, or writes the file.
func (m *model) restFiles(root string) ([]File, []string, error) {
	m.refPrefix = "#/components/schemas/"
	p := m.p
	op, schemas, security := m.restOperation()
	rel := filepath.ToSlash(filepath.Join("openapi", p.API+".yaml"))
	raw, err := os.ReadFile(filepath.Join(root, rel))
	var doc *yaml3.Node
	status := "new"
	if err == nil {
		status = "merged"
		var n yaml3.Node
		if err := yaml3.Unmarshal(raw, &n); err != nil || len(n.Content) == 0 {
			return nil, []string{fmt.Sprintf("%s is not YAML conform can merge into: %v", rel, err)}, nil
		}
		doc = n.Content[0]
	} else {
		version := "v1"
		if x := regexp.MustCompile(`^/(v[0-9.]+)/`).FindStringSubmatch(p.Path); x != nil {
			version = x[1]
		}
		skel := omap{{"openapi", "3.0.3"}, {"info", omap{{"title", p.API + " API"}, {"version", version},
			{"description", "Imported by conform import from the vendor's reference pages; each operation says which (" + importedKey + ")."}}},
			{importedKey, m.source()}}
		if security != nil {
			skel.set("security", []any{omap{{"token", []any{}}}})
		}
		skel.set("paths", omap{})
		doc = toNode(skel)
	}
	existing, _ := decodeYAML(raw)
	var refused []string
	// The operation: new, or the same as what the file says.
	if existing != nil {
		if old, ok := OperationFacts(existing, p.Path, p.HTTPMethod); ok {
			candidate := omap{{"paths", omap{{p.Path, omap{{strings.ToLower(p.HTTPMethod), op}}}}}, {"components", omap{{"schemas", schemas}}}}
			cdoc, _ := roundTrip(candidate)
			now, _ := OperationFacts(cdoc, p.Path, p.HTTPMethod)
			if d := Missing(now, old, "the page", rel); len(d) > 0 {
				how := "edit the contract by hand, or remove the operation to import it again"
				if _, marked := jsonvalue.Lookup(existing, "/paths/"+jsonvalue.EscapePointerToken(p.Path)+"/"+strings.ToLower(p.HTTPMethod)+"/"+importedKey); marked {
					how = "an earlier import wrote it: import with --replace to write it afresh"
				}
				return nil, []string{fmt.Sprintf("%s already documents %s %s, and the page says otherwise:\n    %s\n  %s", rel, p.HTTPMethod, p.Path, strings.Join(d, "\n    "), how)}, nil
			}
			return []File{{Path: rel, Content: raw, Status: "up to date"}}, nil, nil
		}
	}
	m.uniqueIDs(op)
	for _, e := range schemas {
		m.uniqueIDs(e.v)
	}
	paths := mapping(doc, "paths")
	item := mapping(paths, p.Path)
	setKey(item, strings.ToLower(p.HTTPMethod), toNode(op))
	if security != nil || len(schemas) > 0 {
		comps := mapping(doc, "components")
		if security != nil {
			ss := mapping(comps, "securitySchemes")
			for _, e := range security {
				if lookupKey(ss, e.k) == nil {
					setKey(ss, e.k, toNode(e.v))
				}
			}
		}
		sch := mapping(comps, "schemas")
		// A table named like a component another page wrote, saying
		// otherwise (a request's table and a response's of one name, or
		// two pages that disagree), is written under the operation's
		// name: the finding says where the pages differ.
		renamed := map[string]string{}
		for _, e := range schemas {
			if lookupKey(sch, e.k) == nil {
				continue
			}
			if d := schemaDiff(existing, e.k, schemas); len(d) > 0 {
				if added := newMembers(existing, e.k, schemas); added != nil {
					// Only members the component lacks: added to it.
					props := mapping(lookupKey(sch, e.k), "properties")
					pp, _ := e.v.(omap).get("properties")
					for _, name := range added {
						v, _ := pp.(omap).get(name)
						setKey(props, name, toNode(v))
					}
					m.findings = append(m.findings, fmt.Sprintf("%s: components.schemas.%s gains the page's members %s", rel, e.k, strings.Join(added, ", ")))
					continue
				}
				to := p.Operation + page.Camel(e.k)
				renamed[e.k] = to
				m.findings = append(m.findings, fmt.Sprintf("%s: components.schemas.%s exists and differs from the page's %s table, written as %s:\n    %s", rel, e.k, e.k, to, strings.Join(d, "\n    ")))
			}
		}
		if len(renamed) > 0 {
			schemas = renameRefs(schemas, renamed).(omap)
			for i, e := range schemas {
				if to, ok := renamed[e.k]; ok {
					schemas[i].k = to
				}
			}
			op = renameRefs(op, renamed).(omap)
			setKey(item, strings.ToLower(p.HTTPMethod), toNode(op))
		}
		for _, e := range schemas {
			if lookupKey(sch, e.k) != nil {
				continue
			}
			if s, ok := e.v.(omap); ok {
				// Marked as the import's, so that an import with Replace
				// removes it with the operations that refer to it.
				e.v = append(s[:len(s):len(s)], kv{importedKey, m.source()})
			}
			setKey(sch, e.k, toNode(e.v))
		}
	}
	if len(refused) > 0 {
		return nil, refused, nil
	}
	var b bytes.Buffer
	enc := yaml3.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, nil, err
	}
	return []File{{Path: rel, Content: b.Bytes(), Status: status}}, nil, nil
}

// schemaDiff compares a component schema the file has with the page's. A
// place the page's example shows as null where the file's schema does not
// allow it differs too: sharing the file's schema would make the page's
// own example break it.
func schemaDiff(existing any, name string, schemas omap) []string {
	old, _ := jsonvalue.Lookup(existing, "/components/schemas/"+jsonvalue.EscapePointerToken(name))
	cdoc, _ := roundTrip(omap{{"components", omap{{"schemas", schemas}}}})
	now, _ := jsonvalue.Lookup(cdoc, "/components/schemas/"+jsonvalue.EscapePointerToken(name))
	want, have := SchemaFacts(cdoc, now, ""), SchemaFacts(existing, old, "")
	return append(Missing(want, have, "the page", "the contract"), nullsMissing(want, have)...)
}

// nullsMissing lists the places want allows null and have, which has the
// place, does not.
func nullsMissing(want, have Facts) []string {
	var out []string
	for k, v := range want {
		h, ok := have[k]
		if ok && strings.Contains(v, "nullable=true") && !strings.Contains(h, "nullable=true") {
			out = append(out, fmt.Sprintf("%s: the contract does not allow null, the page's example gives null", k))
		}
	}
	sort.Strings(out)
	return out
}

// newMembers lists the members of the page's component name that the
// file's component lacks, when that is all they differ in; nil otherwise.
func newMembers(existing any, name string, schemas omap) []string {
	old, _ := jsonvalue.Lookup(existing, "/components/schemas/"+jsonvalue.EscapePointerToken(name))
	cdoc, _ := roundTrip(omap{{"components", omap{{"schemas", schemas}}}})
	now, _ := jsonvalue.Lookup(cdoc, "/components/schemas/"+jsonvalue.EscapePointerToken(name))
	want, have := SchemaFacts(cdoc, now, ""), SchemaFacts(existing, old, "")
	if len(nullsMissing(want, have)) > 0 {
		return nil // the file says otherwise about a place it has
	}
	added := map[string]bool{}
	for k, v := range want {
		if says(have[k], v) {
			continue
		}
		if _, exists := have[k]; exists || k == "/" {
			return nil // the file says otherwise about a place it has
		}
		top, _, _ := strings.Cut(strings.TrimPrefix(k, "/"), "/")
		if _, exists := have["/"+top]; exists {
			return nil // a new place inside a member the file has
		}
		added[strings.NewReplacer("~1", "/", "~0", "~").Replace(top)] = true
	}
	if len(added) == 0 {
		return nil
	}
	out := make([]string, 0, len(added))
	for n := range added {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// renameRefs rewrites the $refs to the renamed component schemas.
func renameRefs(v any, renamed map[string]string) any {
	switch t := v.(type) {
	case omap:
		out := make(omap, len(t))
		for i, e := range t {
			out[i] = kv{e.k, renameRefs(e.v, renamed)}
			if s, ok := e.v.(string); ok && e.k == "$ref" {
				if to, ok := renamed[strings.TrimPrefix(s, "#/components/schemas/")]; ok {
					out[i].v = "#/components/schemas/" + to
				}
			}
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = renameRefs(e, renamed)
		}
		return out
	}
	return v
}

func decodeYAML(raw []byte) (any, error) {
	if raw == nil {
		return nil, nil
	}
	js, err := yaml.YAMLToJSON(raw)
	if err != nil {
		return nil, err
	}
	return jsonvalue.Decode(js)
}

func roundTrip(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return jsonvalue.Decode(b)
}

// jsonrpcFiles writes schemas/<api>/<Method>.json, and the API's endpoint
// and envelope when the API is new.
func (m *model) jsonrpcFiles(root string) ([]File, []string, error) {
	m.refPrefix = "#/definitions/"
	p := m.p
	var files []File
	rel := filepath.ToSlash(filepath.Join("openapi", p.API+".yaml"))
	if _, err := os.Stat(filepath.Join(root, rel)); err != nil {
		src := strconv.Quote(m.source())
		files = append(files, File{Path: rel, Content: []byte(fmt.Sprintf(elementEndpoint, p.API, src, p.API, src)), Status: "new"},
			File{Path: filepath.ToSlash(filepath.Join("schemas", p.API, "envelope.json")), Content: []byte(fmt.Sprintf(elementEnvelope, src)), Status: "new"})
	}
	doc := m.methodSchema()
	if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(filepath.Join("schemas", p.API, p.Operation+".json")))); err != nil {
		m.uniqueIDs(doc) // a new file: an existing one is compared, not written
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	b = append(b, '\n')
	mrel := filepath.ToSlash(filepath.Join("schemas", p.API, p.Operation+".json"))
	f := File{Path: mrel, Content: b, Status: "new"}
	if old, err := os.ReadFile(filepath.Join(root, mrel)); err == nil {
		oldDoc, err1 := jsonvalue.Decode(old)
		newDoc, err2 := jsonvalue.Decode(b)
		if err1 != nil || err2 != nil {
			return nil, []string{fmt.Sprintf("%s is not JSON conform can compare with the page", mrel)}, nil
		}
		var d []string
		for _, def := range []string{"params", "result"} {
			o, _ := jsonvalue.Lookup(oldDoc, "/definitions/"+def)
			n, _ := jsonvalue.Lookup(newDoc, "/definitions/"+def)
			d = append(d, Missing(SchemaFacts(newDoc, n, "/"+def), SchemaFacts(oldDoc, o, "/"+def), "the page", mrel)...)
		}
		if len(d) > 0 {
			how := "edit it by hand, or remove it to import again"
			if _, marked := jsonvalue.Lookup(oldDoc, "/"+importedKey); marked {
				how = "an earlier import wrote it: import with --replace to write it afresh"
			}
			return nil, []string{fmt.Sprintf("%s exists and says otherwise than the page:\n    %s\n  %s", mrel, strings.Join(d, "\n    "), how)}, nil
		}
		f.Status, f.Content = "up to date", old
	}
	return append(files, f), nil, nil
}

// The HTTP level every Element method shares: one POST endpoint per API
// version, Basic auth. A method page does not repeat it.
const elementEndpoint = `openapi: 3.0.3
info:
  title: %s JSON-RPC API
  version: "1"
  description: |
    The HTTP level of a JSON-RPC API (one POST endpoint per API version,
    HTTP Basic auth). The methods are JSON Schemas under schemas/, written
    by conform import from the method pages.
x-conform-imported: %s
x-conform-jsonrpc:
  schemas: ../schemas/%s
security:
  - basic: []
paths:
  /json-rpc/{version}:
    post:
      operationId: JSONRPC
      x-conform-imported: %s
      parameters:
        - name: version
          in: path
          required: true
          schema:
            type: string
            pattern: '^[0-9]+\.[0-9]+$'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
      responses:
        '200':
          description: A JSON-RPC response object.
          content:
            application/json:
              schema:
                type: object
        '401':
          description: HTTP Basic credentials missing or wrong.
components:
  securitySchemes:
    basic:
      type: http
      scheme: basic
`

const elementEnvelope = `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "envelope.json",
  "title": "JSON-RPC envelope",
  "x-conform-imported": %s,
  "definitions": {
    "id": {"type": ["integer", "string", "null"]},
    "request": {
      "type": "object",
      "required": ["method"],
      "properties": {"method": {"type": "string", "minLength": 1}, "params": {"type": "object"}, "id": {"$ref": "#/definitions/id"}}
    },
    "response": {
      "type": "object",
      "required": ["id"],
      "properties": {"id": {"$ref": "#/definitions/id"}, "result": {"type": "object"}, "error": {"$ref": "#/definitions/error"}},
      "oneOf": [
        {"required": ["result"], "not": {"required": ["error"]}},
        {"required": ["error"], "not": {"required": ["result"]}}
      ]
    },
    "error": {
      "type": "object",
      "required": ["code", "name", "message"],
      "properties": {"code": {"type": "integer"}, "name": {"type": "string"}, "message": {"type": "string"}}
    }
  }
}
`

// ---- YAML nodes, so that merging keeps the file's comments and order ----

func toNode(v any) *yaml3.Node {
	switch t := v.(type) {
	case omap:
		n := &yaml3.Node{Kind: yaml3.MappingNode, Tag: "!!map"}
		for _, e := range t {
			n.Content = append(n.Content, scalar(e.k), toNode(e.v))
		}
		return n
	case []any:
		n := &yaml3.Node{Kind: yaml3.SequenceNode, Tag: "!!seq"}
		for _, e := range t {
			n.Content = append(n.Content, toNode(e))
		}
		return n
	case []string:
		n := &yaml3.Node{Kind: yaml3.SequenceNode, Tag: "!!seq", Style: yaml3.FlowStyle}
		for _, e := range t {
			n.Content = append(n.Content, scalar(e))
		}
		return n
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := omap{}
		for _, k := range keys {
			o = append(o, kv{k, t[k]})
		}
		return toNode(o)
	case string:
		return scalar(t)
	}
	n := &yaml3.Node{}
	if err := n.Encode(v); err != nil {
		return scalar(fmt.Sprint(v))
	}
	return n
}

func scalar(s string) *yaml3.Node {
	n := &yaml3.Node{Kind: yaml3.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") {
		n.Style = yaml3.LiteralStyle
	}
	return n
}

func lookupKey(m *yaml3.Node, key string) *yaml3.Node {
	if m == nil || m.Kind != yaml3.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func setKey(m *yaml3.Node, key string, v *yaml3.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content[i+1] = v
			return
		}
	}
	m.Content = append(m.Content, scalar(key), v)
}

// mapping returns the mapping under key, adding an empty one.
func mapping(m *yaml3.Node, key string) *yaml3.Node {
	if n := lookupKey(m, key); n != nil && n.Kind == yaml3.MappingNode {
		return n
	}
	n := &yaml3.Node{Kind: yaml3.MappingNode, Tag: "!!map"}
	setKey(m, key, n)
	return n
}
