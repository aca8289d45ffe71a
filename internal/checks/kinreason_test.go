package checks

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// kinVersion is the kin-openapi whose reason strings kinreason.go matches.
const kinVersion = "v0.152.0"

const kinSpec = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object}
`

// TestKinReasonsAreRecognized provokes each response error kinreason.go
// names from the real kin-openapi, and checks that exactly the function for
// that kind recognizes it: a reworded reason fails here, not in a run that
// reports an undocumented status as a schema violation.
func TestKinReasonsAreRecognized(t *testing.T) {
	kinds := map[string]func(*openapi3filter.ResponseError) bool{
		"undocumentedStatus":    undocumentedStatus,
		"unexpectedContentType": unexpectedContentType,
		"undecodableBody":       undecodableBody,
	}
	tests := []struct {
		name        string
		status      int
		contentType string
		body        string
		want        string // the kind that must recognize it; "" none
	}{
		{"an undocumented status", 500, "application/json", `{}`, "undocumentedStatus"},
		{"an undocumented content type", 200, "text/plain", `{}`, "unexpectedContentType"},
		{"a body that is not JSON", 200, "application/json", `{"a":`, "undecodableBody"},
		{"a schema violation", 200, "application/json", `[]`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := provokeKin(t, tt.status, tt.contentType, tt.body)
			for name, is := range kinds {
				if got := is(re); got != (name == tt.want) {
					t.Errorf("%s(%q) = %v, want %v: kin-openapi %s words this error differently; update kinreason.go", name, re.Reason, got, !got, kinVersion)
				}
			}
		})
	}
}

// TestKinOpenAPIVersionIsPinned fails when go.mod moves kin-openapi away from
// the version the reason strings were checked against.
func TestKinOpenAPIVersionIsPinned(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*(?:require\s+)?github\.com/getkin/kin-openapi\s+(\S+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod does not require github.com/getkin/kin-openapi")
	}
	if got := string(m[1]); got != kinVersion {
		t.Errorf("kin-openapi is %s, the reason strings were checked against %s: re-check internal/checks/kinreason.go and update this pin", got, kinVersion)
	}
}

func provokeKin(t *testing.T, status int, contentType, body string) *openapi3filter.ResponseError {
	t.Helper()
	ctx := context.Background()
	doc, err := openapi3.NewLoader().LoadFromData([]byte(kinSpec))
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatal(err)
	}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodGet, "/things", nil)
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatal(err)
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: filterOptions()},
		Status:                 status,
		Header:                 http.Header{"Content-Type": {contentType}},
		Options:                filterOptions(),
	}
	in.SetBodyBytes(bytes.NewBufferString(body).Bytes())
	err = openapi3filter.ValidateResponse(ctx, in)
	var re *openapi3filter.ResponseError
	if !errors.As(err, &re) {
		t.Fatalf("kin-openapi returned %v, want a *ResponseError", err)
	}
	return re
}
