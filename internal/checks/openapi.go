package checks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
)

func filterOptions() *openapi3filter.Options {
	o := &openapi3filter.Options{
		MultiError:            true,
		IncludeResponseStatus: true, // an undocumented status is a failure, not a pass
		AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc,
	}
	return o
}

func validationInput(op *contract.Operation, req *exchange.Request, params map[string]string) (*openapi3filter.RequestValidationInput, error) {
	hr, err := http.NewRequest(req.Method, req.URL, bytes.NewReader(req.Body))
	if err != nil {
		return nil, err
	}
	hr.Header = req.Header.Clone()
	return &openapi3filter.RequestValidationInput{Request: hr, PathParams: params, Route: op.Route, Options: filterOptions()}, nil
}

// OpenAPIResponse checks a response against its operation with kin-openapi's
// openapi3filter: the status must be documented, the content type one the
// status documents, and the body must match that content's schema. When the
// content type is wrong the body is still checked against the documented JSON
// schema, so one break does not hide another.
func OpenAPIResponse(ctx context.Context, op *contract.Operation, req *exchange.Request, params map[string]string, resp *exchange.Response) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	in, err := validationInput(op, req, params)
	if err != nil {
		return Findings{{Check: IDOpenAPI, Part: "request", Rule: "request", Actual: err.Error(), Where: op.Where()}}
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.Status, Header: resp.Header, Options: in.Options}
	out.SetBodyBytes(resp.Body)
	err = openapi3filter.ValidateResponse(ctx, out)
	if err == nil {
		return nil
	}
	var re *openapi3filter.ResponseError
	if !errors.As(err, &re) {
		return Findings{{Check: IDOpenAPI, Rule: "response", Actual: err.Error(), Where: op.Where()}}
	}
	switch {
	case undocumentedStatus(re):
		fs = append(fs, Finding{Check: IDOpenAPI, Part: "status", Rule: "documented status",
			Expected: "one of " + strings.Join(op.Statuses(), ", "), Actual: fmt.Sprint(resp.Status), Where: op.Where() + "/responses"})
	case unexpectedContentType(re):
		fs = append(fs, Finding{Check: IDOpenAPI, Part: "header Content-Type", Rule: "documented content type",
			Expected: strings.Join(documentedMediaTypes(op, resp.Status), " or "), Actual: quoteOrNone(resp.Header.Get("Content-Type")),
			Where: op.Where() + "/responses/" + fmt.Sprint(resp.Status) + "/content"})
		if n, ok := op.ResponseNode(resp.Status, "application/json"); ok {
			fs = append(fs, visitBody(op, n, resp.Body, v)...)
		}
	case undecodableBody(re):
		fs = append(fs, Finding{Check: IDOpenAPI, Rule: "JSON body", Expected: "a JSON document",
			Actual: v.shorten(errText(re.Err), 120), Where: op.Where()})
	default:
		fs = append(fs, schemaFindings(op.API, re.Err, v)...)
		if len(fs) == 0 {
			fs = append(fs, Finding{Check: IDOpenAPI, Rule: "response", Actual: re.Error(), Where: op.Where()})
		}
	}
	return fs
}

// OpenAPIRequest checks a request conform is about to send (a documented
// example) against its operation. What it finds is the documentation's
// fault, so every finding is a warning.
func OpenAPIRequest(ctx context.Context, op *contract.Operation, req *exchange.Request, params map[string]string) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	in, err := validationInput(op, req, params)
	if err != nil {
		return Findings{{Check: IDRequest, Rule: "request", Actual: err.Error(), Level: Warning}}
	}
	err = openapi3filter.ValidateRequest(ctx, in)
	if err == nil {
		return nil
	}
	var me openapi3.MultiError
	errs := []error{err}
	if errors.As(err, &me) {
		errs = me
	}
	for _, e := range errs {
		sub := schemaFindings(op.API, e, v)
		if len(sub) == 0 {
			sub = Findings{{Rule: "request", Actual: v.shorten(e.Error(), 200), Where: op.Where()}}
		}
		var rerr *openapi3filter.RequestError
		for _, f := range sub {
			f.Check, f.Level = IDRequest, Warning
			if errors.As(e, &rerr) && rerr.Parameter != nil {
				f.Part = rerr.Parameter.In + " parameter " + rerr.Parameter.Name
			} else {
				f.Part = "request body"
			}
			fs = append(fs, f)
		}
	}
	return fs
}

func visitBody(op *contract.Operation, n contract.Node, body []byte, vals *values) Findings {
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return Findings{{Check: IDOpenAPI, Rule: "JSON body", Expected: "a JSON document", Actual: vals.shorten(err.Error(), 120), Where: op.Where()}}
	}
	sch, ok := contract.OpenAPISchema(n)
	if !ok {
		return nil
	}
	err := sch.VisitJSON(v, openapi3.MultiErrors(), openapi3.VisitAsResponse())
	return schemaFindings(op.API, err, vals)
}

func documentedMediaTypes(op *contract.Operation, status int) []string {
	r := op.Op.Responses.Status(status)
	if r == nil || r.Value == nil {
		return nil
	}
	out := make([]string, 0, len(r.Value.Content))
	for k := range r.Value.Content {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// schemaFindings turns kin-openapi's schema errors into findings, one per
// leaf error, with the pointer, the keyword and its limit, the value, and the
// file:line of the keyword in the contract.
func schemaFindings(api *contract.API, err error, v *values) Findings {
	var leaves []schemaLeaf
	collectSchemaErrors(err, nil, &leaves)
	fs := make(Findings, 0, len(leaves))
	for _, l := range leaves {
		se := l.se
		ptr := jsonvalue.JoinPointer("", l.ptr...)
		kw := se.SchemaField
		f := Finding{Check: IDOpenAPI, Pointer: ptr, Rule: kinRule(se), Expected: se.Reason, Actual: v.show(se.Value), Where: api.SchemaWhere(se.Schema, kw)}
		if kw == "required" || kw == "properties" || kw == "additionalProperties" {
			f.Actual = "absent"
			if kw != "required" {
				f.Actual = "present"
			}
		}
		fs = append(fs, f)
	}
	return fs
}

type schemaLeaf struct {
	se  *openapi3.SchemaError
	ptr []string
}

// collectSchemaErrors flattens MultiErrors and keeps the innermost schema
// errors, prefixing the path of any wrapper (allOf, items) they sit under.
func collectSchemaErrors(err error, prefix []string, out *[]schemaLeaf) {
	if err == nil {
		return
	}
	var me openapi3.MultiError
	if errors.As(err, &me) {
		for _, e := range me {
			collectSchemaErrors(e, prefix, out)
		}
		return
	}
	var se *openapi3.SchemaError
	if !errors.As(err, &se) {
		return
	}
	full := append(append([]string{}, prefix...), se.JSONPointer()...)
	if se.Origin != nil {
		var inner *openapi3.SchemaError
		var innerMulti openapi3.MultiError
		if errors.As(se.Origin, &innerMulti) || errors.As(se.Origin, &inner) {
			collectSchemaErrors(se.Origin, full, out)
			return
		}
	}
	*out = append(*out, schemaLeaf{se: se, ptr: full})
}

func kinRule(se *openapi3.SchemaError) string {
	s := se.Schema
	kw := se.SchemaField
	if s == nil {
		return kw
	}
	switch kw {
	case "maxLength":
		if s.MaxLength != nil {
			return fmt.Sprintf("maxLength %d", *s.MaxLength)
		}
	case "minLength":
		return fmt.Sprintf("minLength %d", s.MinLength)
	case "maximum":
		if s.Max != nil {
			return "maximum " + num(*s.Max)
		}
	case "minimum":
		if s.Min != nil {
			return "minimum " + num(*s.Min)
		}
	case "exclusiveMaximum", "exclusiveMinimum":
		return kw
	case "maxItems":
		if s.MaxItems != nil {
			return fmt.Sprintf("maxItems %d", *s.MaxItems)
		}
	case "minItems":
		return fmt.Sprintf("minItems %d", s.MinItems)
	case "enum":
		vals := make([]string, 0, len(s.Enum))
		for _, e := range s.Enum {
			vals = append(vals, fmt.Sprint(e))
		}
		return "enum [" + strings.Join(vals, " ") + "]"
	case "type", "nullable":
		if s.Type != nil {
			t := strings.Join(s.Type.Slice(), "|")
			if s.Nullable {
				t += "|null"
			}
			return "type " + t
		}
	case "pattern":
		return "pattern " + s.Pattern
	case "format":
		return "format " + s.Format
	case "properties", "additionalProperties":
		return "additionalProperties false"
	}
	return kw
}

func num(f float64) string {
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprint(f)
}

// renderValue renders a value as JSON, in full: callers that print it go
// through values.show, which keeps it whole for Redact to mask before it
// shortens (a shortened secret would no longer match, and would leak in
// part).
func renderValue(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		return strconvQuote(t)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func quoteOrNone(s string) string {
	if s == "" {
		return "no Content-Type"
	}
	return strconvQuote(s)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
