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
	Refused []string // why the page's files were not written; nil when they were
}

// Import reads pages into the contracts and features under root and writes
// them. A page whose files would change what root already says about its
// operation is refused (Refused says where) and nothing of it is written.
func Import(ctx context.Context, root string, pages []*page.Page) ([]*PageResult, error) {
	var set *contract.Set
	if _, err := os.Stat(filepath.Join(root, "openapi")); err == nil {
		if s, err := contract.Load(ctx, root, nil); err == nil {
			set = s
		}
	}
	var out []*PageResult
	for _, p := range pages {
		r := &PageResult{Page: p, Lint: lint.Page(p, set)}
		m := &model{p: p, conflicts: lint.PageConflicts(p, set), jsonrpc: p.Format == page.Element}
		files, refused, err := m.files(root)
		if err != nil {
			return out, err
		}
		r.Files, r.Refused = files, refused
		if len(refused) == 0 {
			for _, f := range files {
				if f.Status == "up to date" {
					continue
				}
				path := filepath.Join(root, f.Path)
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					return out, err
				}
				if err := os.WriteFile(path, f.Content, 0o644); err != nil {
					return out, fmt.Errorf("cannot write %s: %w", path, err)
				}
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func (m *model) files(root string) ([]File, []string, error) {
	var files []File
	var refused []string
	contractFiles, why, err := m.contractFiles(root)
	if err != nil {
		return nil, nil, err
	}
	files, refused = append(files, contractFiles...), append(refused, why...)
	featurePath := filepath.ToSlash(filepath.Join("features", m.p.API, snake(m.p.Operation)+".feature"))
	content := m.feature()
	f := File{Path: featurePath, Content: content, Status: "new"}
	if old, err := os.ReadFile(filepath.Join(root, featurePath)); err == nil {
		same, diff := sameScenarios(old, content)
		switch {
		case bytes.Equal(old, content) || same:
			f.Status = "up to date"
		default:
			refused = append(refused, fmt.Sprintf("%s exists and its documented example differs from the page (%s): edit it by hand, or remove it to import again", featurePath, diff))
		}
	}
	files = append(files, f)
	return files, refused, nil
}

func sameScenarios(old, new []byte) (bool, string) {
	a, err1 := Scenarios(old)
	b, err2 := Scenarios(new)
	if err1 != nil || err2 != nil || len(b) == 0 {
		return false, "cannot read the scenario"
	}
	for _, s := range a {
		if s.Operation == b[0].Operation && s.API == b[0].API {
			switch {
			case s.Request != b[0].Request:
				return false, "the request example"
			case s.Status != b[0].Status:
				return false, "the status, " + s.Status + " against " + b[0].Status
			case s.Response != b[0].Response:
				return false, "the response example"
			}
			return true, ""
		}
	}
	return false, "no scenario sends the documented " + b[0].Operation + " request"
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
			{"description", "Imported by conform import from the vendor's reference pages; each operation says which."}}}}
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
				return nil, []string{fmt.Sprintf("%s already documents %s %s, and the page says otherwise:\n    %s\n  edit the contract by hand, or remove the operation to import it again", rel, p.HTTPMethod, p.Path, strings.Join(d, "\n    "))}, nil
			}
			return []File{{Path: rel, Content: raw, Status: "up to date"}}, nil, nil
		}
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
		for _, e := range schemas {
			if old := lookupKey(sch, e.k); old != nil {
				if d := schemaDiff(existing, e.k, schemas); len(d) > 0 {
					refused = append(refused, fmt.Sprintf("%s: components.schemas.%s exists and differs from the page's %s table:\n    %s", rel, e.k, e.k, strings.Join(d, "\n    ")))
				}
				continue
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

// schemaDiff compares a component schema the file has with the page's.
func schemaDiff(existing any, name string, schemas omap) []string {
	old, _ := jsonvalue.Lookup(existing, "/components/schemas/"+jsonvalue.EscapePointerToken(name))
	cdoc, _ := roundTrip(omap{{"components", omap{{"schemas", schemas}}}})
	now, _ := jsonvalue.Lookup(cdoc, "/components/schemas/"+jsonvalue.EscapePointerToken(name))
	return Missing(SchemaFacts(cdoc, now, ""), SchemaFacts(existing, old, ""), "the page", "the contract")
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
		files = append(files, File{Path: rel, Content: []byte(fmt.Sprintf(elementEndpoint, p.API, p.API)), Status: "new"},
			File{Path: filepath.ToSlash(filepath.Join("schemas", p.API, "envelope.json")), Content: []byte(elementEnvelope), Status: "new"})
	}
	doc := m.methodSchema()
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
			return nil, []string{fmt.Sprintf("%s exists and says otherwise than the page:\n    %s\n  edit it by hand, or remove it to import again", mrel, strings.Join(d, "\n    "))}, nil
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
x-conform-jsonrpc:
  schemas: ../schemas/%s
security:
  - basic: []
paths:
  /json-rpc/{version}:
    post:
      operationId: JSONRPC
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
