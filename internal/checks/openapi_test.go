package checks_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
)

const testProject = "cfa563efb77d4b6d9960781d82530fd8"

// validPeer is a VifPeer with every member its required list names, each
// within its documented limits. Each call returns a fresh copy to break.
func validPeer() map[string]any {
	return map[string]any{
		"id":                "68250543-0a13-4ac7-aa36-d018856ac640",
		"tenant_id":         "ed28c294-1657-41fa-aecc-ab26913122a1",
		"name":              "peer-1",
		"description":       "",
		"address_family":    "ipv4",
		"local_gateway_ip":  "12.3.4.1/30",
		"remote_gateway_ip": "12.3.4.2/30",
		"route_mode":        "static",
		"bgp_asn":           65000,
		"bgp_md5":           nil,
		"bgp_route_limit":   100,
		"bgp_status":        "",
		"status":            "ACTIVE",
		"vif_id":            "0d0e2b5c-8f7a-4a43-9b8e-0f8d1c2e3a4b",
		"receive_route_num": -1,
		"remote_ep_group":   []any{"20.1.1.0/24"},
	}
}

func createVifPeer(t *testing.T) (*contract.Set, *contract.Operation) {
	t.Helper()
	set := contracts(t)
	api, err := set.API("dcaas")
	if err != nil {
		t.Fatal(err)
	}
	op, err := api.Operation("CreateVifPeer")
	if err != nil {
		t.Fatal(err)
	}
	return set, op
}

func createVifPeerRequest() (*exchange.Request, map[string]string) {
	return &exchange.Request{
		Method: http.MethodPost,
		URL:    "http://127.0.0.1/v3/" + testProject + "/dcaas/vif-peers",
		Header: http.Header{"Content-Type": {"application/json"}},
	}, map[string]string{"project_id": testProject}
}

func jsonResponse(status int, body []byte) *exchange.Response {
	return &exchange.Response{Status: status, Header: http.Header{"Content-Type": {"application/json"}}, Body: body}
}

func TestOpenAPIResponseValidPeer(t *testing.T) {
	_, op := createVifPeer(t)
	peer := validPeer()
	// The fixture must cover the contract's required list, or "valid" would
	// only mean "valid against an older contract".
	schema := op.API.Doc.Components.Schemas["VifPeer"]
	if schema == nil || schema.Value == nil || len(schema.Value.Required) == 0 {
		t.Fatal("openapi/dcaas.yaml: no VifPeer schema with a required list")
	}
	for _, name := range schema.Value.Required {
		if _, ok := peer[name]; !ok {
			t.Errorf("validPeer lacks %q, which VifPeer requires", name)
		}
	}
	req, params := createVifPeerRequest()
	body := marshal(t, map[string]any{"vif_peer": peer})
	for _, ct := range []string{"application/json", "application/json; charset=utf-8"} {
		resp := jsonResponse(201, body)
		resp.Header.Set("Content-Type", ct)
		if fs := checks.OpenAPIResponse(context.Background(), op, req, params, resp).Redact(exchange.NewRedactor()); len(fs) != 0 {
			t.Errorf("Content-Type %q: a valid 201 gave findings:%s", ct, render(fs))
		}
	}
}

func TestOpenAPIResponseBreaks(t *testing.T) {
	_, op := createVifPeer(t)
	req, params := createVifPeerRequest()
	tests := []struct {
		name        string
		peer        func(p map[string]any) // breaks a valid peer; nil keeps it
		body        string                 // a raw body instead of the peer
		status      int                    // 0 means 201
		contentType string                 // "" means application/json
		// The one finding expected; wantRule "" means none.
		wantPart, wantPointer, wantRule string
		wantLine                        string // the contract line Where names starts with this
		wantWhere                       string // or Where starts with this
	}{
		{name: "name of 65 characters", peer: func(p map[string]any) { p["name"] = strings.Repeat("n", 65) },
			wantPointer: "/vif_peer/name", wantRule: "maxLength 64", wantLine: "maxLength: 64"},
		{name: "name of 64 characters", peer: func(p map[string]any) { p["name"] = strings.Repeat("n", 64) }},
		{name: "id of 35 characters", peer: func(p map[string]any) { p["id"] = strings.Repeat("a", 35) },
			wantPointer: "/vif_peer/id", wantRule: "minLength 36", wantLine: "minLength: 36"},
		{name: "bgp_asn 0", peer: func(p map[string]any) { p["bgp_asn"] = 0 },
			wantPointer: "/vif_peer/bgp_asn", wantRule: "minimum 1", wantLine: "minimum: 1"},
		{name: "bgp_asn 1", peer: func(p map[string]any) { p["bgp_asn"] = 1 }},
		{name: "bgp_asn 2^32", peer: func(p map[string]any) { p["bgp_asn"] = int64(4294967296) },
			wantPointer: "/vif_peer/bgp_asn", wantRule: "maximum 4294967295", wantLine: "maximum: 4294967295"},
		// Past int32 and a float32's exact range: the limit must hold as int64.
		{name: "bgp_asn 2^32-1", peer: func(p map[string]any) { p["bgp_asn"] = int64(4294967295) }},
		{name: "bgp_asn null", peer: func(p map[string]any) { p["bgp_asn"] = nil }},
		{name: "route_mode dynamic", peer: func(p map[string]any) { p["route_mode"] = "dynamic" },
			wantPointer: "/vif_peer/route_mode", wantRule: "enum [static bgp]", wantLine: "enum: [static, bgp]"},
		{name: "bgp_route_limit as a string", peer: func(p map[string]any) { p["bgp_route_limit"] = "100" },
			wantPointer: "/vif_peer/bgp_route_limit", wantRule: "type integer", wantLine: "type: integer"},
		{name: "status missing", peer: func(p map[string]any) { delete(p, "status") },
			wantPointer: "/vif_peer/status", wantRule: "required", wantLine: "required:"},
		{name: "bgp_status null", peer: func(p map[string]any) { p["bgp_status"] = nil }},
		{name: "bgp_status of 11 characters", peer: func(p map[string]any) { p["bgp_status"] = "ESTABLISHED" },
			wantPointer: "/vif_peer/bgp_status", wantRule: "maxLength 10", wantLine: "maxLength: 10"},
		{name: "address_family ipx", peer: func(p map[string]any) { p["address_family"] = "ipx" },
			wantPointer: "/vif_peer/address_family", wantRule: "pattern ^(?i:ipv4|ipv6)$", wantLine: "pattern: '^(?i:ipv4|ipv6)$'"},
		{name: "undocumented status 202", status: 202,
			wantPart: "status", wantRule: "documented status", wantWhere: "openapi/dcaas.yaml#/paths/"},
		{name: "Content-Type text/plain", contentType: "text/plain",
			wantPart: "header Content-Type", wantRule: "documented content type", wantWhere: "openapi/dcaas.yaml#/paths/"},
		{name: "body that is not JSON", body: "vif_peer: {}",
			wantRule: "JSON body", wantWhere: "openapi/dcaas.yaml#/paths/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			if tt.body == "" {
				p := validPeer()
				if tt.peer != nil {
					tt.peer(p)
				}
				body = marshal(t, map[string]any{"vif_peer": p})
			}
			resp := jsonResponse(201, body)
			if tt.status != 0 {
				resp.Status = tt.status
			}
			if tt.contentType != "" {
				resp.Header.Set("Content-Type", tt.contentType)
			}
			fs := checks.OpenAPIResponse(context.Background(), op, req, params, resp).Redact(exchange.NewRedactor())
			if tt.wantRule == "" {
				if len(fs) != 0 {
					t.Fatalf("want no finding, got:%s", render(fs))
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one finding (%s %s %s), got %d:%s", tt.wantPart, tt.wantPointer, tt.wantRule, len(fs), render(fs))
			}
			f := fs[0]
			if f.Part != tt.wantPart || f.Pointer != tt.wantPointer || f.Rule != tt.wantRule {
				t.Errorf("finding at %q %q rule %q, want %q %q rule %q", f.Part, f.Pointer, f.Rule, tt.wantPart, tt.wantPointer, tt.wantRule)
			}
			if f.Level != checks.Error || f.Check != checks.IDOpenAPI {
				t.Errorf("finding is a %s from %q, want an error from openapi", f.Level, f.Check)
			}
			if tt.wantLine != "" {
				if !strings.HasPrefix(f.Where, "openapi/dcaas.yaml:") {
					t.Fatalf("Where = %q, want openapi/dcaas.yaml:<line>", f.Where)
				}
				if got := strings.TrimSpace(lineAt(t, f.Where)); !strings.HasPrefix(got, tt.wantLine) {
					t.Errorf("Where = %s, which reads %q; want the line of %q", f.Where, got, tt.wantLine)
				}
			}
			if tt.wantWhere != "" && !strings.HasPrefix(f.Where, tt.wantWhere) {
				t.Errorf("Where = %q, want it to start with %q", f.Where, tt.wantWhere)
			}
			if !strings.Contains(f.String(), tt.wantRule) {
				t.Errorf("String() = %q does not name the rule %q", f.String(), tt.wantRule)
			}
		})
	}
}

// The Actual of a schema finding is what came, so a reader sees the value
// that broke the rule; for a missing member it says so.
func TestOpenAPIResponseActual(t *testing.T) {
	_, op := createVifPeer(t)
	req, params := createVifPeerRequest()
	tests := []struct {
		name       string
		peer       func(p map[string]any)
		wantActual string
	}{
		{"number", func(p map[string]any) { p["bgp_asn"] = 0 }, "0"},
		{"string", func(p map[string]any) { p["route_mode"] = "dynamic" }, `"dynamic"`},
		{"missing", func(p map[string]any) { delete(p, "status") }, "absent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPeer()
			tt.peer(p)
			fs := checks.OpenAPIResponse(context.Background(), op, req, params, jsonResponse(201, marshal(t, map[string]any{"vif_peer": p}))).Redact(exchange.NewRedactor())
			if len(fs) != 1 || fs[0].Actual != tt.wantActual {
				t.Errorf("want one finding with Actual %q, got:%s", tt.wantActual, render(fs))
			}
		})
	}
}

// TestWrongContentTypeStillChecksTheBody: one break must not hide another.
// With the content type wrong, the body is still checked against the
// documented JSON schema.
func TestWrongContentTypeStillChecksTheBody(t *testing.T) {
	_, op := createVifPeer(t)
	req, params := createVifPeerRequest()
	peer := validPeer()
	peer["name"] = strings.Repeat("n", 65)
	body, err := json.Marshal(map[string]any{"vif_peer": peer})
	if err != nil {
		t.Fatal(err)
	}
	resp := jsonResponse(201, body)
	resp.Header.Set("Content-Type", "text/plain")
	fs := checks.OpenAPIResponse(context.Background(), op, req, params, resp).Redact(exchange.NewRedactor())
	var ct, name bool
	for _, f := range fs {
		ct = ct || f.Part == "header Content-Type"
		name = name || (f.Pointer == "/vif_peer/name" && f.Rule == "maxLength 64")
	}
	if !ct || !name {
		t.Errorf("want both the content-type and the /vif_peer/name maxLength 64 findings, got:%s", render(fs))
	}
}
