package checks_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/contract/jsonschema"
	"github.com/conform-dev/conform/internal/exchange"
)

// The cost of checking one response, contract loaded once: the documented
// CreateVifPeer answer through kin-openapi plus the extension walk, and a
// 1 MiB answer (a long remote_ep_group), and the StartClusterPairing answer
// through the gojsonschema envelope and method schemas, key decoded.

func benchPeer(extra int) []byte {
	peer := map[string]any{"id": "4c95de3e-9f75-4357-9c79-b22498dd71c7", "tenant_id": "ed28c294165741faaeccab26913122a1",
		"name": "vif-0819", "description": "mytest", "address_family": "ipv4", "local_gateway_ip": "12.3.4.1/30",
		"remote_gateway_ip": "12.3.4.2/30", "route_mode": "static", "bgp_asn": nil, "bgp_md5": nil, "bgp_route_limit": 100,
		"bgp_status": nil, "status": "ACTIVE", "vif_id": "5d6c17bc-0ebe-420b-8734-21f519e9d7ad", "receive_route_num": -1,
		"remote_ep_group": []string{"20.1.1.0/24"}}
	group := []string{}
	for len(group)*16 < extra {
		group = append(group, "100.100.100.0/24")
	}
	if extra > 0 {
		peer["remote_ep_group"] = group
	}
	b, _ := json.Marshal(map[string]any{"vif_peer": peer})
	return b
}

func benchOpenAPI(b *testing.B, body []byte) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		b.Fatal(err)
	}
	api, _ := set.API("dcaas")
	op, _ := api.Operation("CreateVifPeer")
	req := &exchange.Request{Method: http.MethodPost, URL: "http://127.0.0.1/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers", Header: http.Header{"Content-Type": {"application/json"}}}
	params := map[string]string{"project_id": "cfa563efb77d4b6d9960781d82530fd8"}
	resp := &exchange.Response{Status: 201, Header: http.Header{"Content-Type": {"application/json"}}, Body: body}
	n, _ := op.ResponseNode(201, "application/json")
	red := exchange.NewRedactor()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for range b.N {
		fs := checks.OpenAPIResponse(context.Background(), op, req, params, resp, red)
		v, _ := jsonschema.Decode(body)
		fs = append(fs, checks.Walk(set, n, v, "", v, red)...)
		if len(fs.Errors(false)) > 0 {
			b.Fatal(fs)
		}
	}
}

func BenchmarkOpenAPIResponseDocumented(b *testing.B) { benchOpenAPI(b, benchPeer(0)) }
func BenchmarkOpenAPIResponse1MiB(b *testing.B)       { benchOpenAPI(b, benchPeer(1<<20)) }

func BenchmarkJSONRPCResponse(b *testing.B) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		b.Fatal(err)
	}
	el, _ := set.API("element")
	m, _ := el.JSONRPC.Method("StartClusterPairing")
	k, _ := json.Marshal(map[string]any{"clusterPairID": 1, "clusterPairUUID": "1cea1362-4c8f-461a-be72-74566a953d2f", "clusterUniqueID": "xsm6",
		"mvip": "192.168.139.122", "name": "c", "password": "p-" + strings.Repeat("x", 14), "rpcConnectionID": 913142649, "username": "__SF_pair_x"})
	body, _ := json.Marshal(map[string]any{"id": 1, "result": map[string]any{"clusterPairID": 1, "clusterPairingKey": hex.EncodeToString(k)}})
	request := map[string]any{"method": "StartClusterPairing", "params": map[string]any{}, "id": json.Number("1")}
	red := exchange.NewRedactor()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for range b.N {
		v, _ := jsonschema.Decode(body)
		if fs := checks.JSONRPCResponse(set, el.JSONRPC, m, request, v, red); len(fs.Errors(false)) > 0 {
			b.Fatal(fs)
		}
	}
}
