package reference

import (
	"encoding/json"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// peerMembers is every member of the VifPeer object the reference answers.
var peerMembers = []string{
	"address_family", "bgp_asn", "bgp_md5", "bgp_route_limit", "bgp_status",
	"description", "device_id", "enable_bfd", "enable_nqa", "id", "local_gateway_ip",
	"name", "receive_route_num", "remote_ep_group", "remote_gateway_ip", "route_mode",
	"service_ep_group", "status", "tenant_id", "vif_id",
}

func TestDCaaSCreateDefaults(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	for _, body := range []string{`{}`, `{"vif_peer":{}}`} {
		t.Run(body, func(t *testing.T) {
			r := tg.createPeer(body)
			obj := wantJSON(t, r, http.StatusCreated)
			if len(obj) != 1 {
				t.Errorf("top-level members = %v, want only vif_peer (the documented example has no request_id)", keys(obj))
			}
			peer, ok := obj["vif_peer"].(map[string]any)
			if !ok {
				t.Fatalf("vif_peer is not an object: %s", r.body)
			}
			if got := keys(peer); !reflect.DeepEqual(got, peerMembers) {
				t.Errorf("vif_peer members = %v, want %v", got, peerMembers)
			}
			want := map[string]any{
				"name": "", "description": "", "tenant_id": testProject,
				"address_family": "ipv4", "local_gateway_ip": "12.3.4.1/30", "remote_gateway_ip": "12.3.4.2/30",
				"route_mode": "static", "bgp_asn": nil, "bgp_md5": nil, "bgp_route_limit": json.Number("100"),
				"bgp_status": nil, "status": "ACTIVE", "receive_route_num": json.Number("-1"),
				"remote_ep_group": []any{}, "service_ep_group": []any{}, "enable_nqa": false, "enable_bfd": false,
			}
			for k, v := range want {
				if !reflect.DeepEqual(peer[k], v) {
					t.Errorf("vif_peer.%s = %#v, want %#v", k, peer[k], v)
				}
			}
			for _, k := range []string{"id", "vif_id"} {
				if s, _ := peer[k].(string); !uuidV4Pattern.MatchString(s) {
					t.Errorf("vif_peer.%s = %#v, want a UUID v4", k, peer[k])
				}
			}
			if s, _ := peer["device_id"].(string); len(s) != 36 {
				t.Errorf("vif_peer.device_id = %#v, want 36 characters", peer["device_id"])
			}
		})
	}
	a, b := tg.createPeer(`{}`), tg.createPeer(`{}`)
	if a.member("vif_peer", "id") == b.member("vif_peer", "id") {
		t.Errorf("two creates answered the same id %v", a.member("vif_peer", "id"))
	}
	if a.member("vif_peer", "device_id") != b.member("vif_peer", "device_id") {
		t.Errorf("device_id changed between creates: %v, %v", a.member("vif_peer", "device_id"), b.member("vif_peer", "device_id"))
	}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestDCaaSCreateEchoesRequest(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	tests := []struct {
		name string
		body string
		want map[string]any
	}{
		{
			name: "bgp peer, every member",
			body: `{"vif_peer":{"name":"vif-0819","description":"mytest","address_family":"IPv6",
				"local_gateway_ip":"fd00::1/64","remote_gateway_ip":"fd00::2/64","route_mode":"bgp",
				"bgp_asn":4294967295,"bgp_md5":"s3cret","remote_ep_group":["20.1.1.0/24","fd01::/64"],
				"vif_id":"5d6c17bc-0ebe-420b-8734-21f519e9d7ad"}}`,
			want: map[string]any{
				"name": "vif-0819", "description": "mytest", "address_family": "ipv6",
				"local_gateway_ip": "fd00::1/64", "remote_gateway_ip": "fd00::2/64", "route_mode": "bgp",
				"bgp_asn": json.Number("4294967295"), "bgp_md5": "s3cret", "bgp_status": "Down",
				"receive_route_num": json.Number("0"), "remote_ep_group": []any{"20.1.1.0/24", "fd01::/64"},
				"vif_id": "5d6c17bc-0ebe-420b-8734-21f519e9d7ad", "status": "ACTIVE",
			},
		},
		{
			name: "bgp_asn 1, the minimum",
			body: `{"vif_peer":{"route_mode":"bgp","bgp_asn":1}}`,
			want: map[string]any{"bgp_asn": json.Number("1"), "bgp_status": "Down"},
		},
		{
			name: "static peer ignores bgp_asn but keeps bgp_md5",
			body: `{"vif_peer":{"route_mode":"static","bgp_asn":64512,"bgp_md5":"x"}}`,
			want: map[string]any{"bgp_asn": nil, "bgp_status": nil, "bgp_md5": "x", "receive_route_num": json.Number("-1")},
		},
		{
			name: "name of 64 characters, multi-byte",
			body: `{"vif_peer":{"name":"` + strings.Repeat("é", 64) + `"}}`,
			want: map[string]any{"name": strings.Repeat("é", 64)},
		},
		{
			name: "name and description at their maximum, HTML characters kept",
			body: `{"vif_peer":{"name":"<` + strings.Repeat("a", 62) + `&","description":"` + strings.Repeat("d", 128) + `"}}`,
			want: map[string]any{"name": "<" + strings.Repeat("a", 62) + "&", "description": strings.Repeat("d", 128)},
		},
		{
			name: "upper-case address family is stored lower-case",
			body: `{"vif_peer":{"address_family":"IPV4"}}`,
			want: map[string]any{"address_family": "ipv4"},
		},
		{
			name: "vif_id of any 36 characters",
			body: `{"vif_peer":{"vif_id":"` + strings.Repeat("v", 36) + `"}}`,
			want: map[string]any{"vif_id": strings.Repeat("v", 36)},
		},
		{
			name: "unknown members are ignored",
			body: `{"vif_peer":{"name":"x","colour":"blue"},"other":1}`,
			want: map[string]any{"name": "x"},
		},
		{
			name: "empty remote_ep_group",
			body: `{"vif_peer":{"remote_ep_group":[]}}`,
			want: map[string]any{"remote_ep_group": []any{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tg.createPeer(tt.body)
			wantJSON(t, r, http.StatusCreated)
			for k, v := range tt.want {
				if got := r.member("vif_peer", k); !reflect.DeepEqual(got, v) {
					t.Errorf("vif_peer.%s = %#v, want %#v", k, got, v)
				}
			}
		})
	}
}

func TestDCaaSCreateValidation(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	peer := func(members string) string { return `{"vif_peer":{` + members + `}}` }
	tests := []struct {
		name    string
		body    string
		code    string
		message string
	}{
		{"name too long", peer(`"name":"` + strings.Repeat("n", 65) + `"`), "DC.0001", "vif_peer.name: length 65 exceeds maximum 64"},
		{"name too long, multi-byte", peer(`"name":"` + strings.Repeat("é", 65) + `"`), "DC.0001", "length 65 exceeds maximum 64"},
		{"name not a string", peer(`"name":5`), "DC.0001", "vif_peer.name: must be a string"},
		{"name null", peer(`"name":null`), "DC.0001", "vif_peer.name: must be a string"},
		{"description too long", peer(`"description":"` + strings.Repeat("d", 129) + `"`), "DC.0001", "vif_peer.description: length 129 exceeds maximum 128"},
		{"description not a string", peer(`"description":true`), "DC.0001", "vif_peer.description: must be a string"},
		{"address_family unknown", peer(`"address_family":"ipv5"`), "DC.0001", "vif_peer.address_family"},
		{"address_family not a string", peer(`"address_family":4`), "DC.0001", "vif_peer.address_family: must be a string"},
		{"local_gateway_ip without prefix", peer(`"local_gateway_ip":"12.3.4.1"`), "DC.0004", "vif_peer.local_gateway_ip"},
		{"remote_gateway_ip not an address", peer(`"remote_gateway_ip":"gateway/30"`), "DC.0004", "vif_peer.remote_gateway_ip"},
		{"local_gateway_ip not a string", peer(`"local_gateway_ip":1`), "DC.0001", "vif_peer.local_gateway_ip: must be a string"},
		{"route_mode upper case", peer(`"route_mode":"BGP"`), "DC.0001", "vif_peer.route_mode"},
		{"route_mode outside the enum", peer(`"route_mode":"dynamic"`), "DC.0001", "not one of static, bgp"},
		{"route_mode too long", peer(`"route_mode":"` + strings.Repeat("r", 256) + `"`), "DC.0001", "vif_peer.route_mode: length 256 exceeds maximum 255"},
		{"route_mode not a string", peer(`"route_mode":["bgp"]`), "DC.0001", "vif_peer.route_mode: must be a string"},
		{"bgp_asn 0", peer(`"route_mode":"bgp","bgp_asn":0`), "DC.0008", "vif_peer.bgp_asn: 0 is out of range 1..4294967295"},
		{"bgp_asn negative", peer(`"route_mode":"bgp","bgp_asn":-1`), "DC.0008", "vif_peer.bgp_asn"},
		{"bgp_asn above maximum", peer(`"route_mode":"bgp","bgp_asn":4294967296`), "DC.0008", "4294967296 is out of range"},
		{"bgp_asn beyond uint64", peer(`"route_mode":"bgp","bgp_asn":123456789012345678901234567890`), "DC.0008", "vif_peer.bgp_asn"},
		{"bgp_asn with a fraction", peer(`"route_mode":"bgp","bgp_asn":1.5`), "DC.0001", "vif_peer.bgp_asn: must be an integer"},
		{"bgp_asn with an exponent", peer(`"route_mode":"bgp","bgp_asn":1e3`), "DC.0001", "vif_peer.bgp_asn: must be an integer"},
		{"bgp_asn a string", peer(`"route_mode":"bgp","bgp_asn":"64512"`), "DC.0001", "vif_peer.bgp_asn: must be an integer"},
		{"bgp_asn missing for bgp", peer(`"route_mode":"bgp"`), "DC.1203", "vif_peer.bgp_asn: required when route_mode is bgp"},
		{"bgp_md5 not a string", peer(`"bgp_md5":123`), "DC.0001", "vif_peer.bgp_md5: must be a string"},
		{"remote_ep_group a string", peer(`"remote_ep_group":"20.1.1.0/24"`), "DC.0001", "vif_peer.remote_ep_group: must be an array of strings"},
		{"remote_ep_group item a number", peer(`"remote_ep_group":["20.1.1.0/24",1]`), "DC.0001", "vif_peer.remote_ep_group[1]: must be a string"},
		{"remote_ep_group item not a CIDR", peer(`"remote_ep_group":["20.1.1.0"]`), "DC.0004", "vif_peer.remote_ep_group[0]"},
		{"remote_ep_group item two CIDRs", peer(`"remote_ep_group":["12.3.4.0/30 172.56.0.0/16"]`), "DC.0004", "vif_peer.remote_ep_group[0]"},
		{"vif_id too short", peer(`"vif_id":"` + strings.Repeat("v", 35) + `"`), "DC.0001", "vif_peer.vif_id: length 35, must be exactly 36"},
		{"vif_id too long", peer(`"vif_id":"` + strings.Repeat("v", 37) + `"`), "DC.0001", "vif_peer.vif_id: length 37"},
		{"vif_id not a string", peer(`"vif_id":36`), "DC.0001", "vif_peer.vif_id: must be a string"},
		{"vif_peer a string", `{"vif_peer":"x"}`, "DC.0001", "vif_peer: must be an object"},
		{"vif_peer null", `{"vif_peer":null}`, "DC.0001", "vif_peer: must be an object"},
		{"vif_peer an array", `{"vif_peer":[]}`, "DC.0001", "vif_peer: must be an object"},
		{"body not JSON", `{"vif_peer":`, "DC.0000", "request body abnormal"},
		{"body an array", `[{"vif_peer":{}}]`, "DC.0000", "request body abnormal"},
		{"body a string", `"vif_peer"`, "DC.0000", "request body abnormal"},
		{"body with trailing data", `{} {}`, "DC.0000", "request body abnormal"},
		{"body empty", ``, "DC.0000", "request body abnormal"},
		{"body over 1 MiB", peer(`"name":"` + strings.Repeat("a", 1<<20) + `"`), "DC.0000", "exceeds 1048576 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tg.createPeer(tt.body)
			obj := wantJSON(t, r, http.StatusBadRequest)
			if obj["error_code"] != tt.code {
				t.Errorf("error_code = %v, want %s; body %s", obj["error_code"], tt.code, shorten(string(r.body)))
			}
			if msg, _ := obj["error_msg"].(string); !strings.Contains(msg, tt.message) {
				t.Errorf("error_msg = %q, want it to contain %q", msg, tt.message)
			}
			if _, ok := obj["request_id"]; ok {
				t.Errorf("a DC error carries request_id; only gateway errors do: %s", r.body)
			}
		})
	}
}

func TestDCaaSContentType(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	tests := []struct {
		contentType string
		status      int
	}{
		{"application/json", http.StatusCreated},
		{"application/json; charset=utf-8", http.StatusCreated},
		{"Application/JSON", http.StatusCreated},
		{"", http.StatusBadRequest},
		{"text/plain", http.StatusBadRequest},
		{"application/x-www-form-urlencoded", http.StatusBadRequest},
		{"application/json-rpc", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.contentType, func(t *testing.T) {
			h := dcaasHeader()
			h.Del("Content-Type")
			if tt.contentType != "" {
				h.Set("Content-Type", tt.contentType)
			}
			r := tg.do(http.MethodPost, "/v3/"+testProject+"/dcaas/vif-peers", h, `{}`)
			obj := wantJSON(t, r, tt.status)
			if tt.status == http.StatusBadRequest && obj["error_code"] != "DC.0000" {
				t.Errorf("error_code = %v, want DC.0000", obj["error_code"])
			}
		})
	}
}

func TestDCaaSAuthentication(t *testing.T) {
	t.Parallel()
	const custom = "custom-token"
	tg := startTarget(t, Options{Token: custom})
	tests := []struct {
		name   string
		tokens []string // nil: no header at all
		status int
	}{
		{"the configured token", []string{custom}, http.StatusCreated},
		{"no header", nil, http.StatusUnauthorized},
		{"empty token", []string{""}, http.StatusUnauthorized},
		{"wrong token", []string{"wrong-token"}, http.StatusUnauthorized},
		{"the default token when another is configured", []string{DefaultToken}, http.StatusUnauthorized},
		{"token over 10240 characters", []string{custom + strings.Repeat("x", 10241)}, http.StatusUnauthorized},
		{"token given twice", []string{custom, custom}, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{"Content-Type": {"application/json"}}
			if tt.tokens != nil {
				h["X-Auth-Token"] = tt.tokens
			}
			r := tg.do(http.MethodPost, "/v3/"+testProject+"/dcaas/vif-peers", h, `{}`)
			obj := wantJSON(t, r, tt.status)
			if tt.status != http.StatusUnauthorized {
				return
			}
			if obj["error_code"] != "APIG.0301" {
				t.Errorf("error_code = %v, want APIG.0301", obj["error_code"])
			}
			if msg, _ := obj["error_msg"].(string); !strings.HasPrefix(msg, "Incorrect IAM authentication information: ") {
				t.Errorf("error_msg = %q, want the gateway's IAM message", msg)
			}
			if id, _ := obj["request_id"].(string); !requestIDPattern.MatchString(id) {
				t.Errorf("request_id = %#v, want 32 lowercase hex characters", obj["request_id"])
			}
			for _, tok := range tt.tokens {
				if tok != "" && strings.Contains(string(r.body), tok) {
					t.Errorf("the answer echoes the token: %s", r.body)
				}
			}
		})
	}

	t.Run("token of exactly 10240 characters", func(t *testing.T) {
		long := strings.Repeat("t", 10240)
		tg := startTarget(t, Options{Token: long})
		h := dcaasHeader()
		h.Set("X-Auth-Token", long)
		r := tg.do(http.MethodPost, "/v3/"+testProject+"/dcaas/vif-peers", h, `{}`)
		wantJSON(t, r, http.StatusCreated)
	})
}

func TestDCaaSRouting(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	collection := "/v3/" + testProject + "/dcaas/vif-peers"
	item := collection + "/68250543-0a13-4ac7-aa36-d018856ac640"
	tests := []struct {
		name   string
		method string
		path   string
		status int
		code   string
		allow  string
	}{
		{"GET on the collection", http.MethodGet, collection, http.StatusMethodNotAllowed, "APIG.0101", "POST"},
		{"PUT on the collection", http.MethodPut, collection, http.StatusMethodNotAllowed, "APIG.0101", "POST"},
		{"POST on an item, as the page's example URL", http.MethodPost, item, http.StatusMethodNotAllowed, "APIG.0101", "DELETE"},
		{"GET on an item", http.MethodGet, item, http.StatusMethodNotAllowed, "APIG.0101", "DELETE"},
		{"root", http.MethodPost, "/", http.StatusNotFound, "APIG.0101", ""},
		{"singular resource name", http.MethodPost, "/v3/" + testProject + "/dcaas/vif-peer", http.StatusNotFound, "APIG.0101", ""},
		{"other API version", http.MethodPost, "/v2/" + testProject + "/dcaas/vif-peers", http.StatusNotFound, "APIG.0101", ""},
		{"trailing slash", http.MethodPost, collection + "/", http.StatusNotFound, "APIG.0101", ""},
		{"below an item", http.MethodDelete, item + "/x", http.StatusNotFound, "APIG.0101", ""},
		{"project_id too short", http.MethodPost, "/v3/abc/dcaas/vif-peers", http.StatusBadRequest, "DC.0001", ""},
		{"project_id of 33 characters", http.MethodPost, "/v3/" + testProject + "0/dcaas/vif-peers", http.StatusBadRequest, "DC.0001", ""},
		{"project_id not hex", http.MethodPost, "/v3/" + strings.Repeat("g", 32) + "/dcaas/vif-peers", http.StatusBadRequest, "DC.0001", ""},
		{"project_id not hex on delete", http.MethodDelete, "/v3/x/dcaas/vif-peers/y", http.StatusBadRequest, "DC.0001", ""},
		{"project_id upper-case hex", http.MethodPost, "/v3/" + strings.ToUpper(testProject) + "/dcaas/vif-peers", http.StatusCreated, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tg.do(tt.method, tt.path, dcaasHeader(), `{}`)
			obj := wantJSON(t, r, tt.status)
			if tt.code == "" {
				return
			}
			if obj["error_code"] != tt.code {
				t.Errorf("error_code = %v, want %s", obj["error_code"], tt.code)
			}
			if got := r.header.Get("Allow"); got != tt.allow {
				t.Errorf("Allow = %q, want %q", got, tt.allow)
			}
			_, hasID := obj["request_id"]
			if gateway := strings.HasPrefix(tt.code, "APIG."); hasID != gateway {
				t.Errorf("request_id present = %v, want %v (gateway errors only)", hasID, gateway)
			}
		})
	}
}

func TestDCaaSDelete(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	created := tg.createPeer(`{"vif_peer":{"name":"to-delete"}}`)
	id, _ := created.member("vif_peer", "id").(string)
	if id == "" {
		t.Fatalf("create answered no id: %s", created)
	}
	otherProject := strings.Repeat("a", 32)
	del := func(project, id string, h http.Header) reply {
		return tg.do(http.MethodDelete, "/v3/"+project+"/dcaas/vif-peers/"+id, h, "")
	}
	noToken := http.Header{}

	tests := []struct {
		name    string
		project string
		id      string
		header  http.Header
		status  int
		code    string
	}{
		{"without a token", testProject, id, noToken, http.StatusUnauthorized, "APIG.0301"},
		{"in another project", otherProject, id, dcaasHeader(), http.StatusBadRequest, "DC.0002"},
		{"unknown id", testProject, newUUID(), dcaasHeader(), http.StatusBadRequest, "DC.0002"},
		{"the created peer", testProject, id, dcaasHeader(), http.StatusNoContent, ""},
		{"the same peer again", testProject, id, dcaasHeader(), http.StatusBadRequest, "DC.0002"},
	}
	for _, tt := range tests { // in order: the fourth case deletes the peer
		r := del(tt.project, tt.id, tt.header)
		if tt.status == http.StatusNoContent {
			if r.status != http.StatusNoContent || len(r.body) != 0 || r.header.Get("Content-Type") != "" {
				t.Errorf("%s: got %d, Content-Type %q, body %q; want 204 with no body and no Content-Type",
					tt.name, r.status, r.header.Get("Content-Type"), r.body)
			}
			continue
		}
		if r.status != tt.status || r.mediaType() != "application/json" {
			t.Errorf("%s: got %s, want %d application/json", tt.name, r, tt.status)
			continue
		}
		if got := r.member("error_code"); got != tt.code {
			t.Errorf("%s: error_code = %v, want %s", tt.name, got, tt.code)
		}
		if tt.code == "DC.0002" && r.member("error_msg") != "resource does not exist" {
			t.Errorf("%s: error_msg = %v, want \"resource does not exist\"", tt.name, r.member("error_msg"))
		}
	}
}
