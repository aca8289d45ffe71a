package main

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// gatewaysContract documents members whose length limits come with other
// rules: a CIDR block, a code with a pattern, an integer count.
const gatewaysContract = `openapi: 3.0.3
info: {title: Gateways, version: v1}
paths:
  /v1/gateways:
    post:
      operationId: CreateGateway
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                gateway:
                  type: object
                  properties:
                    cidr: {type: string, maxLength: 18, description: the gateway's network in CIDR notation}
                    code: {type: string, minLength: 7, maxLength: 9, pattern: '^[A-Z]{2}-[0-9]+$'}
                    count: {type: integer, minimum: 1, maximum: 100}
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema: {type: object}
        '400':
          description: Bad request
          content:
            application/json:
              schema: {type: object, required: [error], properties: {error: {type: string}}}
`

const gatewaysFeature = `Feature: CreateGateway
  Scenario: the documented example creates a gateway
    Given the "gateways" API
    When I send the documented "CreateGateway" request:
      """
      POST https://gw.example.com/v1/gateways {"gateway": {"cidr": "10.0.0.0/8", "code": "AB-1234", "count": 2}}
      """
    Then the response status is 201
`

// TestGeneratedRowsPassAStrictTarget: conform gen, then conform run against
// a target that checks everything the page's words imply (a CIDR block is an
// IP network, a code matches its pattern, a count is a whole number): every
// accepted row is accepted and every rejected row rejected. With "aaaa…" at
// the boundary, the CIDR row failed for an unrelated reason.
func TestGeneratedRowsPassAStrictTarget(t *testing.T) {
	dir := t.TempDir()
	for path, text := range map[string]string{"openapi/gateways.yaml": gatewaysContract, "features/gateways/create_gateway.feature": gatewaysFeature} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, path), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code := regexp.MustCompile(`^[A-Z]{2}-[0-9]+$`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			Gateway map[string]any `json:"gateway"`
		}
		w.Header().Set("Content-Type", "application/json")
		refuse := func(why string) {
			w.WriteHeader(http.StatusBadRequest)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": why})
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Gateway == nil {
			refuse("not a gateway")
			return
		}
		if v, ok := in.Gateway["cidr"]; ok {
			s, _ := v.(string)
			if _, _, err := net.ParseCIDR(s); err != nil || len(s) > 18 {
				refuse("cidr: not an IP network in CIDR notation")
				return
			}
		}
		if v, ok := in.Gateway["code"]; ok {
			s, _ := v.(string)
			if !code.MatchString(s) || len(s) < 7 || len(s) > 9 {
				refuse("code: not a code")
				return
			}
		}
		if v, ok := in.Gateway["count"]; ok {
			n, isNum := v.(float64)
			if !isNum || n != float64(int(n)) || n < 1 || n > 100 {
				refuse("count: not a whole number from 1 to 100")
				return
			}
		}
		w.WriteHeader(http.StatusCreated)
		_, _ = w.Write([]byte(`{}`))
	}))
	defer srv.Close()

	var out bytes.Buffer
	if c := execute([]string{"gen", "--dir", dir}, &out, &out); c != 0 {
		t.Fatalf("gen: exit %d\n%s", c, out.String())
	}
	limits, err := os.ReadFile(filepath.Join(dir, "features/gateways/create_gateway_limits.feature"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`| /gateway/cidr  | "100.100.100.100/24"`, `| /gateway/code  | "AA-0000000"`, `| /gateway/code  | "AA-0000"`,
		`| /gateway/code  | "!!!!!!!"`, `pattern ^[A-Z]{2}-[0-9]+$`, `| /gateway/count | 1.5 `} {
		if !strings.Contains(string(limits), want) {
			t.Errorf("the generated limits lack %q:\n%s", want, limits)
		}
	}
	out.Reset()
	c := execute([]string{"run", "--dir", dir, "--allow", "mutating", "--target", "gateways=" + srv.URL, "--format", "progress"}, &out, &out)
	if c != 0 || !strings.Contains(out.String(), "PASSED: ") {
		t.Errorf("run: exit %d, want every generated row to pass:\n%s\n%s", c, out.String(), limits)
	}
}
