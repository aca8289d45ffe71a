package checks

import (
	"encoding/json"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/conform-dev/conform/internal/contract"
)

// ExampleBody checks a documented example body (JSON) against the OpenAPI
// schema it illustrates, as a request or as a response (readOnly and
// writeOnly apply), with the same findings a live body gets. conform lint
// uses it before anything is sent.
func ExampleBody(api *contract.API, n contract.Node, body []byte, response bool) (fs Findings) {
	vals := &values{}
	defer vals.attach(&fs)
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return Findings{{Check: IDOpenAPI, Rule: "JSON body", Expected: "a JSON document", Actual: vals.shorten(err.Error(), 120)}}
	}
	sch, ok := contract.OpenAPISchema(n)
	if !ok {
		return nil
	}
	as := openapi3.VisitAsRequest()
	if response {
		as = openapi3.VisitAsResponse()
	}
	return schemaFindings(api, sch.VisitJSON(v, openapi3.MultiErrors(), as), vals)
}
