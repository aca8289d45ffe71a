package jsonschema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/contract/jsonschema"
)

// docs is a pair of schema documents that refer to each other, as a
// JSON-RPC API's method files refer to envelope.json.
var docs = map[string][]byte{
	"file:///repo/schemas/x/Method.json": []byte(`{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "definitions": {
    "params": {"type": "object", "required": ["name"], "properties": {"name": {"$ref": "#/definitions/name"}}},
    "result": {"type": "object", "properties": {"id": {"$ref": "shared.json#/definitions/id"}}},
    "name": {"type": "string", "maxLength": 3}
  }
}`),
	"file:///repo/schemas/x/shared.json": []byte(`{"definitions": {"id": {"type": "integer", "minimum": 1}}}`),
}

func decode(t *testing.T, s string) any {
	t.Helper()
	v, err := jsonvalue.Decode([]byte(s))
	if err != nil {
		t.Fatalf("Decode(%s): %v", s, err)
	}
	return v
}

// rules renders violations as a reader sees them: pointer and rule.
func rules(vs []jsonschema.Violation) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, v.Pointer+" "+v.Rule())
	}
	return out
}

func TestDraft07Compile(t *testing.T) {
	tests := []struct {
		ref      string
		instance string
		want     []string // pointer and rule of each violation
	}{
		{ref: "file:///repo/schemas/x/Method.json#/definitions/params", instance: `{"name": "abc"}`},
		{ref: "file:///repo/schemas/x/Method.json#/definitions/params", instance: `{"name": "abcd"}`, want: []string{"/name maxLength 3"}},
		{ref: "file:///repo/schemas/x/Method.json#/definitions/params", instance: `{}`, want: []string{"/name required"}},
		{ref: "file:///repo/schemas/x/Method.json#/definitions/name", instance: `"abcd"`, want: []string{" maxLength 3"}},
		// A $ref into the other document.
		{ref: "file:///repo/schemas/x/Method.json#/definitions/result", instance: `{"id": 1}`},
		{ref: "file:///repo/schemas/x/Method.json#/definitions/result", instance: `{"id": 0}`, want: []string{"/id minimum 1"}},
		{ref: "file:///repo/schemas/x/shared.json#/definitions/id", instance: `"1"`, want: []string{" type integer"}},
		// A whole document, without a fragment: it constrains nothing.
		{ref: "file:///repo/schemas/x/shared.json", instance: `"anything"`},
	}
	e := jsonschema.Draft07()
	if !strings.Contains(e.Name(), "draft-07") {
		t.Errorf("Name() = %q, want it to say draft-07", e.Name())
	}
	for _, tt := range tests {
		t.Run(tt.ref[strings.LastIndex(tt.ref, "/")+1:]+" "+tt.instance, func(t *testing.T) {
			s, err := e.Compile(docs, tt.ref)
			if err != nil {
				t.Fatalf("Compile(%s): %v", tt.ref, err)
			}
			got := rules(s.Validate(decode(t, tt.instance)))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Validate(%s) = %q, want %q", tt.instance, got, tt.want)
			}
		})
	}
}

func TestDraft07Violations(t *testing.T) {
	tests := []struct {
		name     string
		schema   string
		instance string
		want     []jsonschema.Violation // Message is checked only for presence
	}{
		{name: "valid", schema: `{"type": "string"}`, instance: `"x"`},
		{name: "minLength", schema: `{"minLength": 3}`, instance: `"ab"`, want: []jsonschema.Violation{{Pointer: "", Keyword: "minLength", Limit: "3"}}},
		{name: "maxLength of a member", schema: `{"properties": {"a": {"maxLength": 2}}}`, instance: `{"a": "abc"}`, want: []jsonschema.Violation{{Pointer: "/a", Keyword: "maxLength", Limit: "2"}}},
		{name: "minimum", schema: `{"minimum": 1}`, instance: `0`, want: []jsonschema.Violation{{Keyword: "minimum", Limit: "1"}}},
		{name: "maximum", schema: `{"maximum": 10}`, instance: `10.5`, want: []jsonschema.Violation{{Keyword: "maximum", Limit: "10"}}},
		// The limit reads as the schema writes it, not rounded to ten digits.
		{name: "maximum of a 32-bit ASN", schema: `{"maximum": 4294967295}`, instance: `4294967296`, want: []jsonschema.Violation{{Keyword: "maximum", Limit: "4294967295"}}},
		{name: "exclusiveMinimum", schema: `{"exclusiveMinimum": 0.5}`, instance: `0.5`, want: []jsonschema.Violation{{Keyword: "exclusiveMinimum", Limit: "0.5"}}},
		{name: "enum", schema: `{"enum": ["a", "b"]}`, instance: `"c"`, want: []jsonschema.Violation{{Keyword: "enum", Limit: "[a b]"}}},
		{name: "enum of numbers", schema: `{"enum": [1, 2]}`, instance: `3`, want: []jsonschema.Violation{{Keyword: "enum", Limit: "[1 2]"}}},
		{name: "type", schema: `{"type": "integer"}`, instance: `"1"`, want: []jsonschema.Violation{{Keyword: "type", Limit: "integer"}}},
		{name: "type of an item", schema: `{"items": {"type": "string"}}`, instance: `["a", 2]`, want: []jsonschema.Violation{{Pointer: "/1", Keyword: "type", Limit: "string"}}},
		{name: "required names the member", schema: `{"properties": {"a": {"required": ["b"]}}}`, instance: `{"a": {}}`, want: []jsonschema.Violation{{Pointer: "/a/b", Keyword: "required"}}},
		{name: "required at the top", schema: `{"required": ["id"]}`, instance: `{}`, want: []jsonschema.Violation{{Pointer: "/id", Keyword: "required"}}},
		{name: "additionalProperties names the member", schema: `{"properties": {"x": {}}, "additionalProperties": false}`, instance: `{"x": 1, "y": 2}`, want: []jsonschema.Violation{{Pointer: "/y", Keyword: "additionalProperties"}}},
		{name: "pattern", schema: `{"pattern": "^[a-z]+$"}`, instance: `"A1"`, want: []jsonschema.Violation{{Keyword: "pattern", Limit: "^[a-z]+$"}}},
		{name: "pointer escapes ~", schema: `{"properties": {"a~b": {"type": "string"}}}`, instance: `{"a~b": 1}`, want: []jsonschema.Violation{{Pointer: "/a~0b", Keyword: "type", Limit: "string"}}},
		// const keeps the value as JSON text, quotes and all.
		{name: "const", schema: `{"const": "x"}`, instance: `"y"`, want: []jsonschema.Violation{{Keyword: "const", Limit: `"x"`}}},
		{name: "maxItems", schema: `{"maxItems": 1}`, instance: `[1, 2]`, want: []jsonschema.Violation{{Keyword: "maxItems", Limit: "1"}}},
		{
			name: "every violation", schema: `{"properties": {"a": {"maxLength": 1}, "b": {"minimum": 5}}}`, instance: `{"a": "xy", "b": 1}`,
			want: []jsonschema.Violation{{Pointer: "/a", Keyword: "maxLength", Limit: "1"}, {Pointer: "/b", Keyword: "minimum", Limit: "5"}},
		},
	}
	e := jsonschema.Draft07()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var schema any
			if err := json.Unmarshal([]byte(tt.schema), &schema); err != nil {
				t.Fatal(err)
			}
			s, err := e.CompileValue(schema)
			if err != nil {
				t.Fatalf("CompileValue(%s): %v", tt.schema, err)
			}
			got := s.Validate(decode(t, tt.instance))
			// Violations come in no promised order; want lists them by pointer.
			slices.SortFunc(got, func(a, b jsonschema.Violation) int { return strings.Compare(a.Pointer, b.Pointer) })
			if len(got) != len(tt.want) {
				t.Fatalf("Validate(%s) = %+v, want %+v", tt.instance, got, tt.want)
			}
			for i, v := range got {
				if v.Message == "" {
					t.Errorf("violation %d has no message: %+v", i, v)
				}
				v.Message = ""
				if v != tt.want[i] {
					t.Errorf("violation %d = %+v, want %+v", i, v, tt.want[i])
				}
			}
		})
	}
}

func TestDraft07ValidateUnreadable(t *testing.T) {
	s, err := jsonschema.Draft07().CompileValue(map[string]any{"type": "object"})
	if err != nil {
		t.Fatal(err)
	}
	got := s.Validate(map[string]any{"f": func() {}})
	if len(got) != 1 || got[0].Keyword != "json" || !strings.Contains(got[0].Message, "cannot be read as JSON") {
		t.Errorf("Validate(a func) = %+v, want one json violation", got)
	}
}

func TestDraft07CompileErrors(t *testing.T) {
	broken := map[string][]byte{
		"file:///repo/schemas/x/Good.json": []byte(`{"definitions": {"a": {"type": "string"}}}`),
		"file:///repo/schemas/x/Bad.json":  []byte(`{"definitions": {"a": {"type": 5}}}`),
	}
	e := jsonschema.Draft07()
	tests := []struct {
		name    string
		compile func() (jsonschema.Schema, error)
		ref     string // what CompileError.Ref names
		want    string // also in the message
	}{
		{
			name:    "rule that is not a schema",
			compile: func() (jsonschema.Schema, error) { return e.CompileValue(map[string]any{"minLength": "x"}) },
			ref:     `{"minLength":"x"}`,
			want:    "minLength",
		},
		{
			name: "document that is not a schema",
			compile: func() (jsonschema.Schema, error) {
				return e.Compile(broken, "file:///repo/schemas/x/Good.json#/definitions/a")
			},
			ref:  "file:///repo/schemas/x/Bad.json",
			want: "type",
		},
		{
			name: "document that is not JSON",
			compile: func() (jsonschema.Schema, error) {
				return e.Compile(map[string][]byte{"file:///x.json": []byte(`{`)}, "file:///x.json")
			},
			ref: "file:///x.json",
		},
		{
			name: "$ref to a missing document",
			compile: func() (jsonschema.Schema, error) {
				return e.Compile(docs, "file:///repo/schemas/x/Missing.json#/definitions/a")
			},
			ref: "file:///repo/schemas/x/Missing.json#/definitions/a",
		},
		{
			name: "$ref to a missing definition",
			compile: func() (jsonschema.Schema, error) {
				return e.Compile(docs, "file:///repo/schemas/x/Method.json#/definitions/nope")
			},
			ref: "file:///repo/schemas/x/Method.json#/definitions/nope",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.compile()
			if err == nil {
				t.Fatalf("compiled (%v), want an error", s)
			}
			var ce *jsonschema.CompileError
			if !errors.As(err, &ce) {
				t.Fatalf("error %T %v is not a *CompileError", err, err)
			}
			if ce.Ref != tt.ref {
				t.Errorf("Ref = %q, want %q", ce.Ref, tt.ref)
			}
			if ce.Unwrap() == nil {
				t.Error("the CompileError wraps no cause")
			}
			msg := err.Error()
			for _, w := range []string{tt.ref + ": the schema does not compile", "draft-07", tt.want} {
				if !strings.Contains(msg, w) {
					t.Errorf("error does not contain %q:\n%s", w, msg)
				}
			}
		})
	}
}

func TestViolationRule(t *testing.T) {
	tests := []struct {
		v    jsonschema.Violation
		want string
	}{
		{v: jsonschema.Violation{Keyword: "maxLength", Limit: "64"}, want: "maxLength 64"},
		{v: jsonschema.Violation{Keyword: "enum", Limit: "[static bgp]"}, want: "enum [static bgp]"},
		{v: jsonschema.Violation{Keyword: "required"}, want: "required"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.v.Keyword), func(t *testing.T) {
			if got := tt.v.Rule(); got != tt.want {
				t.Errorf("Rule() = %q, want %q", got, tt.want)
			}
		})
	}
}
