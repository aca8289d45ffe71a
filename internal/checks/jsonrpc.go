package checks

import (
	"strings"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/contract/jsonschema"
)

// JSONRPCResponse checks a JSON-RPC response body: the envelope schema, the
// protocol rules (exactly one of result and error, the request's id echoed),
// the method's result schema, and, walking both, what only the contract's
// extensions say.
func JSONRPCResponse(set *contract.Set, j *contract.JSONRPC, m *contract.Method, request, body any) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	obj, ok := body.(map[string]any)
	if !ok {
		return Findings{{Check: IDJSONRPC, Rule: "type object", Expected: "a JSON-RPC response object", Actual: v.show(body), Where: j.ResponseNode.Where("type")}}
	}
	_, hasResult := obj["result"]
	_, hasError := obj["error"]
	if hasResult == hasError {
		actual := "neither result nor error"
		if hasResult {
			actual = "both result and error"
		}
		fs = append(fs, Finding{Check: IDJSONRPC, Rule: "oneOf", Expected: "exactly one of result and error", Actual: actual, Where: j.ResponseNode.Where("oneOf")})
	}
	if req, ok := request.(map[string]any); ok {
		want, sent := req["id"]
		got, echoed := obj["id"]
		if !sent {
			want = nil
		}
		if !echoed || !jsonEqual(want, got) {
			actual := "absent"
			if echoed {
				actual = v.show(got)
			}
			fs = append(fs, Finding{Check: IDJSONRPC, Pointer: "/id", Rule: "id echo", Expected: "the request's id " + v.show(want), Actual: actual, Where: j.ResponseNode.Where("properties")})
		}
	}
	envelope := j.Response.Validate(body)
	if hasResult == hasError {
		envelope = withoutOneOfBranches(envelope)
	}
	fs = append(fs, violations(IDJSONSchema, j.ResponseNode, envelope, "", body, v)...)
	fs = append(fs, Walk(set, j.ResponseNode, body, "", body)...)
	if result, ok := obj["result"]; ok && m != nil {
		fs = append(fs, violations(IDJSONSchema, m.ResultNode, m.Result.Validate(result), "/result", result, v)...)
		fs = append(fs, Walk(set, m.ResultNode, result, "/result", body)...)
	}
	return fs.Dedup()
}

// withoutOneOfBranches drops what the engine adds to a failed result/error
// oneOf: the errors of its closest branch ("not" on the whole body, "/result
// required"). The oneOf finding already says it in words, and these would
// send a reader to keywords the response schema does not hold where Where
// points (its own required lists only id).
func withoutOneOfBranches(vs []jsonschema.Violation) []jsonschema.Violation {
	out := vs[:0:0]
	for _, v := range vs {
		branch := (v.Keyword == "not" && v.Pointer == "") ||
			(v.Keyword == "required" && (v.Pointer == "/result" || v.Pointer == "/error"))
		if !branch {
			out = append(out, v)
		}
	}
	return out
}

// JSONRPCRequest checks a request conform is about to send (a documented
// example): the envelope and the method's params. Findings are warnings: the
// documentation is at fault, not the target.
func JSONRPCRequest(set *contract.Set, j *contract.JSONRPC, m *contract.Method, request any) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	fs = violations(IDRequest, j.RequestNode, j.Request.Validate(request), "", request, v)
	if obj, ok := request.(map[string]any); ok && m != nil {
		if params, ok := obj["params"]; ok && params != nil {
			fs = append(fs, violations(IDRequest, m.ParamsNode, m.Params.Validate(params), "/params", params, v)...)
			fs = append(fs, Walk(set, m.ParamsNode, params, "/params", request)...)
		}
	}
	for i := range fs {
		fs[i].Level = Warning
		fs[i].Part = "request body"
	}
	return fs
}

// violations turns JSON Schema engine violations into findings.
func violations(check ID, root contract.Node, vs []jsonschema.Violation, base string, value any, vals *values) Findings {
	fs := make(Findings, 0, len(vs))
	for _, v := range vs {
		f := Finding{Check: check, Pointer: base + v.Pointer, Rule: v.Rule(), Expected: v.Message, Where: whereIn(root, v)}
		switch {
		case v.Keyword == "required":
			f.Actual = "absent"
		default:
			if got, ok := Lookup(value, v.Pointer); ok {
				f.Actual = vals.show(got)
			}
		}
		if v.Keyword == "oneOf" && base == "" && v.Pointer == "" {
			// The envelope's oneOf is the result/error rule the protocol
			// check names in words; keep one finding for it.
			f.Expected = "exactly one of result and error"
			f.Check = IDJSONRPC
		}
		f.Expected = strings.TrimSpace(f.Expected)
		fs = append(fs, f)
	}
	return fs
}
