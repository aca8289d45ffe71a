package checks_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
)

// The cost of checking one response, contract loaded once, for the
// documented answer and a 1 MiB one (a long remote_ep_group; a long
// ListClusterPairs list): kin-openapi alone, gojsonschema alone, and the
// contract step in full. `make bench` prints these.

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

// dcaasCase is the CreateVifPeer 201 answer to check, contract loaded once.
type dcaasCase struct {
	set    *contract.Set
	op     *contract.Operation
	req    *exchange.Request
	params map[string]string
	resp   *exchange.Response
	node   contract.Node
}

func newDCaaSCase(b *testing.B, body []byte) dcaasCase {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		b.Fatal(err)
	}
	api, _ := set.API("dcaas")
	op, _ := api.Operation("CreateVifPeer")
	n, _ := op.ResponseNode(201, "application/json")
	return dcaasCase{set: set, op: op, node: n,
		req:    &exchange.Request{Method: http.MethodPost, URL: "http://127.0.0.1/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers", Header: http.Header{"Content-Type": {"application/json"}}},
		params: map[string]string{"project_id": "cfa563efb77d4b6d9960781d82530fd8"},
		resp:   &exchange.Response{Status: 201, Header: http.Header{"Content-Type": {"application/json"}}, Body: body}}
}

var sizes = []struct {
	name  string
	extra int
}{{"documented", 0}, {"1MiB", 1 << 20}}

// benchDCaaS runs check on the documented and the 1 MiB CreateVifPeer answer.
func benchDCaaS(b *testing.B, check func(c dcaasCase, red *exchange.Redactor) checks.Findings) {
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			c := newDCaaSCase(b, benchPeer(sz.extra))
			red := exchange.NewRedactor()
			b.SetBytes(int64(len(c.resp.Body)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if fs := check(c, red); len(fs.Errors(false)) > 0 {
					b.Fatal(fs)
				}
			}
		})
	}
}

// BenchmarkKinOpenAPIResponse is kin-openapi's part alone: status, content
// type, body decoded and validated against the operation's schema.
func BenchmarkKinOpenAPIResponse(b *testing.B) {
	benchDCaaS(b, func(c dcaasCase, red *exchange.Redactor) checks.Findings {
		return checks.OpenAPIResponse(context.Background(), c.op, c.req, c.params, c.resp).Redact(red)
	})
}

// BenchmarkContractStep is what "the response satisfies the contract" does
// for CreateVifPeer: kin-openapi, the body decoded once more, and the walk
// (undocumented members, disputed rules through gojsonschema, secrets).
func BenchmarkContractStep(b *testing.B) {
	benchDCaaS(b, func(c dcaasCase, red *exchange.Redactor) checks.Findings {
		fs := checks.OpenAPIResponse(context.Background(), c.op, c.req, c.params, c.resp).Redact(red)
		v, _ := jsonvalue.Decode(c.resp.Body)
		return append(fs, checks.Walk(c.set, c.node, v, "", v).Redact(red)...)
	})
}

// BenchmarkGojsonschemaBody is gojsonschema's part alone: a decoded JSON-RPC
// answer validated against the envelope and the method's result schema. The
// documented size is a StartClusterPairing answer; the 1 MiB one is a
// ListClusterPairs answer with as many pairs as fit. A cluster pairs with at
// most four others (maxItems 4), so that answer breaks exactly one rule:
// gojsonschema still validates every pair, and any other finding fails the
// benchmark.
func BenchmarkGojsonschemaBody(b *testing.B) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		b.Fatal(err)
	}
	el, _ := set.API("element")
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			method, body := "StartClusterPairing", pairingAnswer()
			if sz.extra > 0 {
				method, body = "ListClusterPairs", pairsAnswer(sz.extra)
			}
			m, err := el.JSONRPC.Method(method)
			if err != nil {
				b.Fatal(err)
			}
			v, err := jsonvalue.Decode(body)
			if err != nil {
				b.Fatal(err)
			}
			result := v.(map[string]any)["result"]
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				vs := append(el.JSONRPC.Response.Validate(v), m.Result.Validate(result)...)
				if sz.extra > 0 && len(vs) == 1 && vs[0].Pointer == "/clusterPairs" && vs[0].Keyword == "maxItems" {
					continue
				}
				if len(vs) > 0 {
					b.Fatal(vs)
				}
			}
		})
	}
}

func pairingAnswer() []byte {
	k, _ := json.Marshal(map[string]any{"clusterPairID": 1, "clusterPairUUID": "1cea1362-4c8f-461a-be72-74566a953d2f", "clusterUniqueID": "xsm6",
		"mvip": "192.168.139.122", "name": "c", "password": "p-" + strings.Repeat("x", 14), "rpcConnectionID": 913142649, "username": "__SF_pair_x"})
	body, _ := json.Marshal(map[string]any{"id": 1, "result": map[string]any{"clusterPairID": 1, "clusterPairingKey": hex.EncodeToString(k)}})
	return body
}

func pairsAnswer(size int) []byte {
	var pairs []any
	for n := 0; n < size; n += 200 {
		pairs = append(pairs, map[string]any{"clusterName": "cluster-" + strings.Repeat("x", 20), "clusterPairID": len(pairs) + 1,
			"clusterPairUUID": "1cea1362-4c8f-461a-be72-74566a953d2f", "clusterUUID": 5487, "latency": 1, "mvip": "192.168.139.122",
			"status": "Connected", "version": "12.3.0.958"})
	}
	body, _ := json.Marshal(map[string]any{"id": 1, "result": map[string]any{"clusterPairs": pairs}})
	return body
}

func BenchmarkJSONRPCResponse(b *testing.B) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		b.Fatal(err)
	}
	el, _ := set.API("element")
	m, _ := el.JSONRPC.Method("StartClusterPairing")
	body := pairingAnswer()
	request := map[string]any{"method": "StartClusterPairing", "params": map[string]any{}, "id": json.Number("1")}
	red := exchange.NewRedactor()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		v, _ := jsonvalue.Decode(body)
		if fs := checks.JSONRPCResponse(set, el.JSONRPC, m, request, v).Redact(red); len(fs.Errors(false)) > 0 {
			b.Fatal(fs)
		}
	}
}
