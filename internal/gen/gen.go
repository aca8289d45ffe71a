// Package gen writes boundary and negative scenarios from the contracts:
// for every documented limit on a request member, the values on the boundary
// (accepted) and just outside it (rejected), as readable Scenario Outlines
// that change one member of the documented request in place. Each generated
// value is checked against the contract before it is written, so a row can
// only claim "accepted" for a valid request and "rejected" for an invalid one.
package gen

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"
	"github.com/conform-dev/conform/internal/plan"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/example"
)

// File is one generated feature.
type File struct {
	Path    string // relative to the repository root
	Content []byte
	Dropped []string // rows the contract check refused, and why
}

// Row is one case of an outline.
type Row struct {
	Member string // JSON pointer into the request body
	Value  string // as the step reads it: JSON, or "a string of N characters"
	Why    string // the documented limit it exercises
}

// Options say what Generate writes.
type Options struct {
	// Imported generates for the operations and methods conform import
	// wrote too (x-conform-imported). By default only the curated ones
	// get limits features: the embedded reference implements none of the
	// imported ones, so their rows would all be reported as not run, and
	// a whole reference would get hundreds of files.
	Imported bool
}

// Generate builds the limits feature of every operation that has a
// documented request in features/ and limits on its request body, and of
// every JSON-RPC method with params.
func Generate(ctx context.Context, root string, opt Options) ([]File, error) {
	set, err := contract.Load(ctx, root, nil)
	if err != nil {
		return nil, err
	}
	docs, err := documentedRequests(filepath.Join(root, "features"))
	if err != nil {
		return nil, err
	}
	var out []File
	for _, name := range set.Names() {
		api, _ := set.API(name)
		if api.JSONRPC != nil {
			for _, m := range api.JSONRPC.Methods() {
				if !opt.Imported && methodImported(root, m) {
					continue
				}
				if f := generateJSONRPC(api, m); f != nil {
					out = append(out, *f)
				}
			}
			continue
		}
		for _, op := range api.Operations() {
			d, ok := docs[name+"/"+op.ID]
			if !ok {
				continue
			}
			if _, imported := op.Op.Extensions[importedKey]; imported && !opt.Imported {
				continue
			}
			f, err := generateREST(api, op, d)
			if err != nil {
				return nil, err
			}
			if f != nil {
				out = append(out, *f)
			}
		}
	}
	return out, nil
}

// importedKey marks what conform import wrote: an OpenAPI operation, or a
// JSON-RPC method's schema file (internal/importer).
const importedKey = "x-conform-imported"

// methodImported says whether conform import wrote the method's schema
// file. A file that does not read is not: the contract loaded it.
func methodImported(root string, m *contract.Method) bool {
	b, err := os.ReadFile(filepath.Join(root, m.File))
	if err != nil {
		return false
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil {
		return false
	}
	_, ok := top[importedKey]
	return ok
}

type documented struct {
	file, text string
}

// documentedRequests finds each operation's documented request in the
// hand-written features: the doc string of its "I send the documented"
// step.
func documentedRequests(dir string) (map[string]documented, error) {
	out := map[string]documented{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".feature") || strings.HasSuffix(path, "_limits.feature") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sends, err := plan.Sends(b)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		for _, s := range sends {
			if !s.Documented || s.Changed || s.API == "" {
				continue
			}
			key := s.API + "/" + s.Operation
			if _, dup := out[key]; !dup {
				out[key] = documented{file: path, text: s.Request}
			}
		}
		return nil
	})
	return out, err
}

func generateREST(api *contract.API, op *contract.Operation, d documented) (*File, error) {
	n, ok := op.RequestNode(op.RequestMediaType())
	if !ok {
		return nil, nil
	}
	sch, _ := contract.OpenAPISchema(n)
	ex, err := example.Parse(d.text)
	if err != nil {
		return nil, fmt.Errorf("%s: the documented %s request: %w", d.file, op.ID, err)
	}
	var accept, reject []Row
	walk(sch, "", func(ptr string, s *openapi3.Schema, required bool) {
		a, r := rowsFor(ptr, s, required)
		accept = append(accept, a...)
		reject = append(reject, r...)
	})
	f := &File{Path: limitsPath(api, op.ID)}
	valid := func(doc any) bool {
		b, _ := json.Marshal(doc)
		var plain any
		_ = json.Unmarshal(b, &plain)
		return sch.VisitJSON(plain, openapi3.MultiErrors()) == nil
	}
	accept = keep(accept, ex.Value, valid, true, &f.Dropped)
	reject = keep(reject, ex.Value, valid, false, &f.Dropped)
	rejectStatus := "400"
	for _, st := range op.Statuses() {
		if strings.HasPrefix(st, "4") && st != "401" && st != "403" {
			rejectStatus = st
			break
		}
	}
	success := "200"
	for _, st := range op.Statuses() {
		if strings.HasPrefix(st, "2") {
			success = st
			break
		}
	}
	f.Content = render(outline{api: api, name: op.ID, op: op, request: d.text, documented: true,
		accepted: plan.Steps[plan.StepChangedAccepted].Text(success),
		rejected: plan.Steps[plan.StepChangedRejected].Text(rejectStatus)}, accept, reject)
	return f, nil
}

func limitsPath(api *contract.API, name string) string {
	return filepath.ToSlash(filepath.Join("features", api.Name, snake(name)+"_limits.feature"))
}

// generateJSONRPC writes the rejection rows of a JSON-RPC method's params.
// No page in the repository documents a request for these methods, so the
// request changed is the smallest valid one the params schema allows. Only
// rejections are generated: an accepted call would change the cluster
// (complete or remove a pair) with made-up values.
func generateJSONRPC(api *contract.API, m *contract.Method) *File {
	sch := schemaOf(m.ParamsNode)
	if len(sch.Properties) == 0 {
		return nil
	}
	params := map[string]any{}
	for _, name := range sch.Required {
		if p := sch.Properties[name]; p != nil && p.Value != nil {
			params[name] = smallestValid(p.Value)
		}
	}
	base := map[string]any{"method": m.Name, "params": params, "id": 1}
	var reject []Row
	walk(sch, "/params", func(ptr string, s *openapi3.Schema, required bool) {
		_, r := rowsFor(ptr, s, required)
		reject = append(reject, r...)
	})
	f := &File{Path: limitsPath(api, m.Name)}
	valid := func(doc any) bool {
		p, _ := jsonvalue.Lookup(doc, "/params")
		return len(m.Params.Validate(p)) == 0
	}
	if !valid(base) {
		f.Dropped = append(f.Dropped, fmt.Sprintf("%s: no valid request could be made from the params schema", m.Name))
		return f
	}
	reject = keep(reject, base, valid, false, &f.Dropped)
	if len(reject) == 0 {
		return nil
	}
	text, _ := json.Marshal(base) // a map of plain values always encodes
	f.Content = render(outline{api: api, name: m.Name, request: string(text), file: m.File, since: m.Since,
		rejected: plan.Steps[plan.StepChangedRejectedJSONRPC].Text()}, nil, reject)
	return f
}

// smallestValid is a value the schema accepts, for a request that must be
// valid apart from the one member a row changes.
func smallestValid(s *openapi3.Schema) any {
	switch {
	case len(s.Enum) > 0:
		return s.Enum[0]
	case s.Type == nil:
		return nil
	case s.Type.Is("integer"), s.Type.Is("number"):
		if s.Min != nil {
			return *s.Min
		}
		return 1
	case s.Type.Is("string"):
		return strings.Repeat("x", int(max(s.MinLength, 1)))
	case s.Type.Is("boolean"):
		return true
	case s.Type.Is("array"):
		return []any{}
	}
	return map[string]any{}
}

// schemaOf reads the keywords rows are made from out of any contract schema
// (a JSON Schema document's as well as an OpenAPI one's).
func schemaOf(n contract.Node) *openapi3.Schema {
	if s, ok := contract.OpenAPISchema(n); ok {
		return s
	}
	raw := map[string]any{}
	for _, k := range []string{"type", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "description", "required"} {
		if v, ok := n.Keyword(k); ok {
			raw[k] = v
		}
	}
	s := &openapi3.Schema{}
	if b, err := json.Marshal(raw); err == nil {
		_ = json.Unmarshal(b, s) // keywords the two dialects share
	}
	if props, ok := n.Keyword("properties"); ok {
		s.Properties = openapi3.Schemas{}
		for name := range props.(map[string]any) {
			if c, ok := n.Member(name); ok {
				s.Properties[name] = openapi3.NewSchemaRef("", schemaOf(c))
			}
		}
	}
	if it, ok := n.Items(); ok {
		s.Items = openapi3.NewSchemaRef("", schemaOf(it))
	}
	return s
}

// walk visits every member of an object schema, nested objects included.
func walk(s *openapi3.Schema, ptr string, visit func(string, *openapi3.Schema, bool)) {
	if s == nil {
		return
	}
	req := map[string]bool{}
	for _, r := range s.Required {
		req[r] = true
	}
	names := make([]string, 0, len(s.Properties))
	for k := range s.Properties {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		p := s.Properties[k]
		if p == nil || p.Value == nil {
			continue
		}
		child := jsonvalue.JoinPointer(ptr, k)
		visit(child, p.Value, req[k])
		walk(p.Value, child, visit)
	}
}

func strOf(n uint64) string { return fmt.Sprintf("a string of %d characters", n) }

// rowsFor derives the boundary (accepted) and outside (rejected) values of
// one member from its documented limits.
func rowsFor(ptr string, s *openapi3.Schema, required bool) (accept, reject []Row) {
	typ := ""
	if s.Type != nil && len(s.Type.Slice()) == 1 {
		typ = s.Type.Slice()[0]
	}
	if required {
		reject = append(reject, Row{ptr, "", "required"})
	}
	switch typ {
	case "string":
		if len(s.Enum) > 0 {
			for _, e := range s.Enum {
				b, _ := json.Marshal(e)
				accept = append(accept, Row{ptr, string(b), "enum value"})
			}
			reject = append(reject, Row{ptr, `"not-a-documented-value"`, "enum"})
		}
		if len(s.Enum) == 0 {
			// The enum values are the accepted rows of an enumerated member.
			a, r := lengthRows(ptr, s)
			accept, reject = append(accept, a...), append(reject, r...)
		}
		if s.Pattern != "" {
			if v, ok := breaking(s); ok {
				reject = append(reject, Row{ptr, valueText(v), "pattern " + s.Pattern})
			}
		}
		if bad := "not a " + s.Format; s.Format != "" && len(s.Enum) == 0 && s.VisitJSON(bad) != nil {
			// Only a format the engine checks: for one it does not know,
			// no rule says the value is wrong.
			reject = append(reject, Row{ptr, valueText(bad), "format " + s.Format})
		}
		reject = append(reject, Row{ptr, "1", "type string"})
	case "integer", "number":
		if s.Min != nil {
			accept = append(accept, Row{ptr, num(*s.Min), "minimum " + num(*s.Min)})
			reject = append(reject, Row{ptr, num(*s.Min - 1), "minimum " + num(*s.Min)})
		}
		if s.Max != nil {
			accept = append(accept, Row{ptr, num(*s.Max), "maximum " + num(*s.Max)})
			reject = append(reject, Row{ptr, num(*s.Max + 1), "maximum " + num(*s.Max)})
		}
		if typ == "integer" {
			if v, ok := fractional(s); ok {
				reject = append(reject, Row{ptr, v, "type integer"})
			}
		}
		reject = append(reject, Row{ptr, `"1"`, "type " + typ})
	case "array":
		reject = append(reject, Row{ptr, `"not an array"`, "type array"})
		if s.Items != nil && s.Items.Value != nil && s.Items.Value.Type != nil && s.Items.Value.Type.Is("string") {
			reject = append(reject, Row{ptr, "[1]", "items type string"})
		}
	case "object":
		reject = append(reject, Row{ptr, `"not an object"`, "type object"})
	case "boolean":
		reject = append(reject, Row{ptr, `"true"`, "type boolean"})
	}
	return accept, reject
}

// lengthRows are the rows of a string's length limits. An accepted value
// satisfies the member's other rules (format, pattern); a rejected one
// does too where it can, so that it breaks the length alone.
func lengthRows(ptr string, s *openapi3.Schema) (accept, reject []Row) {
	at := func(n uint64, broken bool) string {
		if v, ok := stringAt(s, n, broken); ok {
			return valueText(v)
		}
		return strOf(n) // the contract check drops it if it breaks a rule
	}
	if s.MaxLength != nil {
		why := fmt.Sprintf("maxLength %d", *s.MaxLength)
		accept = append(accept, Row{ptr, at(*s.MaxLength, false), why})
		reject = append(reject, Row{ptr, at(*s.MaxLength+1, true), why})
	}
	if s.MinLength > 0 {
		why := fmt.Sprintf("minLength %d", s.MinLength)
		accept = append(accept, Row{ptr, at(s.MinLength, false), why})
		reject = append(reject, Row{ptr, at(s.MinLength-1, true), why})
	}
	return accept, reject
}

func num(f float64) string {
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprint(f)
}

// keep checks each row's changed request against the request schema and
// keeps it only when the contract agrees with the row: valid for accepted,
// invalid for rejected. The others are reported, never written.
func keep(rows []Row, documented any, valid func(doc any) bool, wantValid bool, dropped *[]string) []Row {
	var out []Row
	seen := map[string]bool{}
	for _, r := range rows {
		key := r.Member + "\x00" + r.Value
		if seen[key] {
			continue
		}
		seen[key] = true
		doc := jsonvalue.Clone(documented)
		var err error
		if r.Value == "" {
			err = jsonvalue.Delete(doc, r.Member)
		} else {
			var v any
			v, err = example.ParseValue(r.Value)
			if err == nil {
				err = jsonvalue.Set(doc, r.Member, v)
			}
		}
		if err != nil {
			*dropped = append(*dropped, fmt.Sprintf("%s = %s: %v", r.Member, r.Value, err))
			continue
		}
		if ok := valid(doc); ok != wantValid {
			*dropped = append(*dropped, fmt.Sprintf("%s = %s (%s): the contract calls the changed request %s", r.Member, r.Value, r.Why, map[bool]string{true: "valid", false: "invalid"}[ok]))
			continue
		}
		out = append(out, r)
	}
	return out
}

func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
