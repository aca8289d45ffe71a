// Package jsonschema is conform's JSON Schema engine seam: the rest of conform
// compiles and validates JSON Schemas only through Engine and Schema, so that a
// second engine (JSON Schema 2020-12, for OpenAPI 3.1 contracts) can be added
// next to the draft-07 one without touching the checks.
package jsonschema

import (
	"fmt"
)

// Engine compiles schemas. Docs maps absolute document URIs (file:///…) to
// their bytes, so that $ref between documents resolves without I/O.
type Engine interface {
	// Name says which drafts the engine implements, for messages.
	Name() string
	// Compile compiles the schema that ref points at: a document URI, with
	// an optional JSON-pointer fragment ("file:///x.json#/definitions/result").
	Compile(docs map[string][]byte, ref string) (Schema, error)
	// CompileValue compiles a schema given as a decoded JSON value (a rule
	// fragment from a contract extension), with no $ref to other documents.
	CompileValue(schema any) (Schema, error)
}

// Checker is an Engine that can check a schema document against its
// meta-schema without compiling it: what a contract of hundreds of schema
// files checks at load, compiling each method's schemas on first use.
type Checker interface {
	// Check returns the document's meta-schema violations, nil when there
	// are none.
	Check(doc []byte) error
}

// Schema is a compiled schema. It is safe for concurrent use.
type Schema interface {
	// Validate checks a decoded JSON value (as encoding/json decodes it,
	// numbers as json.Number or float64) and returns every violation.
	Validate(instance any) []Violation
}

// Violation is one way an instance breaks a schema, in engine-neutral terms.
type Violation struct {
	// Pointer is the RFC 6901 pointer of the offending value, relative to the
	// validated instance ("" is the instance itself). For required and
	// additionalProperties it names the member, not its parent object.
	Pointer string
	// Keyword is the JSON Schema keyword that failed (maxLength, enum, …).
	Keyword string
	// Limit is the keyword's value from the schema, as text ("64", "[static bgp]").
	Limit string
	// Message is the engine's own explanation.
	Message string
}

// Rule renders the keyword with its limit: "maxLength 64", "required".
func (v Violation) Rule() string {
	if v.Limit == "" {
		return v.Keyword
	}
	return v.Keyword + " " + v.Limit
}

// CompileError says which schema failed to compile and why, for a user to fix.
type CompileError struct {
	Ref    string
	Engine string
	Err    error
}

func (e *CompileError) Error() string {
	return fmt.Sprintf("%s: the schema does not compile (%s): %v", e.Ref, e.Engine, e.Err)
}

func (e *CompileError) Unwrap() error { return e.Err }
