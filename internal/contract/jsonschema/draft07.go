package jsonschema

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/xeipuuv/gojsonschema"
)

// Draft07 is the engine conform ships: github.com/xeipuuv/gojsonschema, which
// implements drafts 04, 06 and 07. Every schema is checked against the draft-07
// meta-schema when it is compiled, so a malformed contract fails at load time.
func Draft07() Engine { return draft07{} }

type draft07 struct{}

func (draft07) Name() string { return "JSON Schema draft-07 (gojsonschema)" }

// metaChecked holds the schema documents, by the SHA-256 of their text, that
// passed the draft-07 meta-schema in this process. gojsonschema compiles the
// meta-schema anew for every document it checks, and a contract compiles each
// method's schemas against all of its documents: checking each text once
// took half of conform's start-up. The hash, not the text: a whole reference
// is hundreds of documents, which a run would otherwise hold twice.
var metaChecked sync.Map // [sha256.Size]byte → struct{}

func (d draft07) Compile(docs map[string][]byte, ref string) (Schema, error) {
	sl := gojsonschema.NewSchemaLoader()
	sl.Draft = gojsonschema.Draft7
	uris := make([]string, 0, len(docs))
	for uri := range docs {
		uris = append(uris, uri)
	}
	sort.Strings(uris)
	sl.Validate = false // each document is checked against its meta-schema below, once
	for _, uri := range uris {
		if sum := sha256.Sum256(docs[uri]); !isChecked(sum) {
			if err := metaCheck(docs[uri]); err != nil {
				return nil, &CompileError{Ref: uri, Engine: d.Name(), Err: err}
			}
			metaChecked.Store(sum, struct{}{})
		}
		if err := sl.AddSchema(uri, gojsonschema.NewBytesLoader(docs[uri])); err != nil {
			return nil, &CompileError{Ref: uri, Engine: d.Name(), Err: err}
		}
	}
	sl.Validate = false // the {"$ref": …} below is conform's, not the contract's
	s, err := sl.Compile(gojsonschema.NewGoLoader(map[string]any{"$ref": ref}))
	if err != nil {
		return nil, &CompileError{Ref: ref, Engine: d.Name(), Err: err}
	}
	return draft07Schema{s}, nil
}

// metaSchemas are the compiled meta-schemas, by $schema URL. gojsonschema
// compiles the meta-schema anew for every document it checks (AddSchema
// with Validate): with a reference of four hundred schema files that was
// most of conform's start-up.
var metaSchemas sync.Map // string → *gojsonschema.Schema

// metaCheck checks a schema document against the meta-schema its $schema
// names (draft-07 when it names none), with gojsonschema's own message.
func metaCheck(doc []byte) error {
	node, err := gojsonschema.NewBytesLoader(doc).LoadJSON()
	if err != nil {
		return err
	}
	url := "http://json-schema.org/draft-07/schema#"
	if m, ok := node.(map[string]any); ok {
		if s, ok := m["$schema"].(string); ok && s != "" {
			url = s
		}
	}
	var meta *gojsonschema.Schema
	if v, ok := metaSchemas.Load(url); ok {
		meta = v.(*gojsonschema.Schema)
	} else {
		sl := gojsonschema.NewSchemaLoader()
		sl.Draft = gojsonschema.Draft7
		meta, err = sl.Compile(gojsonschema.NewReferenceLoader(url))
		if err != nil {
			return err
		}
		metaSchemas.Store(url, meta)
	}
	// The bytes, not node: a Go value is marshalled and decoded again.
	res, err := meta.Validate(gojsonschema.NewBytesLoader(doc))
	if err != nil {
		return err
	}
	if res.Valid() {
		return nil
	}
	var b strings.Builder
	for _, e := range res.Errors() {
		b.WriteString(e.String())
		b.WriteString("\n")
	}
	return errors.New(b.String())
}

// Check checks a document against its meta-schema, once per text.
func (d draft07) Check(doc []byte) error {
	sum := sha256.Sum256(doc)
	if isChecked(sum) {
		return nil
	}
	if err := metaCheck(doc); err != nil {
		return err
	}
	metaChecked.Store(sum, struct{}{})
	return nil
}

func isChecked(sum [sha256.Size]byte) bool {
	_, ok := metaChecked.Load(sum)
	return ok
}

func (d draft07) CompileValue(schema any) (Schema, error) {
	sl := gojsonschema.NewSchemaLoader()
	sl.Draft = gojsonschema.Draft7
	b, _ := json.Marshal(schema)
	sum := sha256.Sum256(b)
	checked := isChecked(sum)
	sl.Validate = !checked
	s, err := sl.Compile(gojsonschema.NewGoLoader(schema))
	if err != nil {
		return nil, &CompileError{Ref: string(b), Engine: d.Name(), Err: err}
	}
	if !checked {
		metaChecked.Store(sum, struct{}{})
	}
	return draft07Schema{s}, nil
}

type draft07Schema struct{ s *gojsonschema.Schema }

func (s draft07Schema) Validate(instance any) []Violation {
	res, err := s.s.Validate(decodedLoader{JSONLoader: gojsonschema.NewGoLoader(instance), v: instance})
	if err != nil {
		return []Violation{{Keyword: "json", Message: "the value cannot be read as JSON: " + err.Error()}}
	}
	if res.Valid() {
		return nil
	}
	out := make([]Violation, 0, len(res.Errors()))
	for _, e := range res.Errors() {
		out = append(out, translate(e))
	}
	return out
}

// decodedLoader hands gojsonschema a value that is already decoded the way
// it decodes (Decode's json.Number numbers) as it is. gojsonschema's own Go
// loader marshals every value to JSON and decodes it again, which is most of
// the cost of validating a large body; a value in any other form still goes
// that way.
type decodedLoader struct {
	gojsonschema.JSONLoader
	v any
}

func (l decodedLoader) LoadJSON() (any, error) {
	if decodedForm(l.v, 0) {
		return l.v, nil
	}
	return l.JSONLoader.LoadJSON()
}

// decodedForm tells whether v holds only what a json.Decoder with UseNumber
// produces; depth bounds the walk as the decoder bounds nesting.
func decodedForm(v any, depth int) bool {
	if depth > 10000 {
		return false
	}
	switch t := v.(type) {
	case nil, bool, string, json.Number:
		return true
	case map[string]any:
		for _, e := range t {
			if !decodedForm(e, depth+1) {
				return false
			}
		}
		return true
	case []any:
		for _, e := range t {
			if !decodedForm(e, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// keywords maps gojsonschema's error types to the JSON Schema keyword that
// failed and the detail that holds the keyword's value in the schema.
var keywords = map[string][2]string{
	"required":                        {"required", ""},
	"invalid_type":                    {"type", "expected"},
	"string_gte":                      {"minLength", "min"},
	"string_lte":                      {"maxLength", "max"},
	"number_gte":                      {"minimum", "min"},
	"number_gt":                       {"exclusiveMinimum", "min"},
	"number_lte":                      {"maximum", "max"},
	"number_lt":                       {"exclusiveMaximum", "max"},
	"multiple_of":                     {"multipleOf", "multiple"},
	"enum":                            {"enum", "allowed"},
	"const":                           {"const", "allowed"},
	"pattern":                         {"pattern", "pattern"},
	"format":                          {"format", "format"},
	"additional_property_not_allowed": {"additionalProperties", ""},
	"array_min_items":                 {"minItems", "min"},
	"array_max_items":                 {"maxItems", "max"},
	"unique":                          {"uniqueItems", ""},
	"array_min_properties":            {"minProperties", "min"},
	"array_max_properties":            {"maxProperties", "max"},
	"array_no_additional_items":       {"additionalItems", ""},
	"number_one_of":                   {"oneOf", ""},
	"number_any_of":                   {"anyOf", ""},
	"number_all_of":                   {"allOf", ""},
	"number_not":                      {"not", ""},
	"condition_then":                  {"then", ""},
	"condition_else":                  {"else", ""},
	"contains":                        {"contains", ""},
	"missing_dependency":              {"dependencies", "dependency"},
	"invalid_property_name":           {"propertyNames", ""},
	"false":                           {"false", ""},
}

func translate(e gojsonschema.ResultError) Violation {
	v := Violation{Pointer: pointerOf(e.Context()), Keyword: e.Type(), Message: e.Description()}
	kw, ok := keywords[e.Type()]
	if ok {
		v.Keyword = kw[0]
		if kw[1] != "" {
			v.Limit = renderLimit(e.Details()[kw[1]])
		}
		if v.Keyword == "enum" {
			// gojsonschema lists the values as "a", "b"; render them as the
			// OpenAPI check does, [a b], so a rule reads the same everywhere.
			v.Limit = "[" + strings.Join(strings.Fields(strings.NewReplacer(`"`, "", ",", " ").Replace(v.Limit)), " ") + "]"
		}
	}
	// required and additionalProperties fail on the parent object; point at
	// the member, which is what a reader looks for.
	if p, ok := e.Details()["property"].(string); ok && (v.Keyword == "required" || v.Keyword == "additionalProperties") {
		v.Pointer = jsonvalue.JoinPointer(v.Pointer, p)
	}
	return v
}

func renderLimit(x any) string {
	switch t := x.(type) {
	case nil:
		return ""
	case string:
		return t
	case *big.Float:
		// gojsonschema hands numeric limits over as exact big.Floats, whose
		// String rounds to ten digits: 4294967295 would read 4.294967295e+09.
		return t.Text('f', -1)
	default:
		return fmt.Sprint(t)
	}
}

// pointerOf turns gojsonschema's context ("(root)/result/id") into an RFC 6901
// pointer. gojsonschema does not escape "/" in member names, so a member name
// with a slash is ambiguous here; no documented member has one.
func pointerOf(c *gojsonschema.JsonContext) string {
	if c == nil {
		return ""
	}
	s := c.String("\x00")
	s = strings.TrimPrefix(s, "(root)")
	if s == "" {
		return ""
	}
	parts := strings.Split(strings.TrimPrefix(s, "\x00"), "\x00")
	return jsonvalue.JoinPointer("", parts...)
}
