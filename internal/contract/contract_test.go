package contract_test

import (
	"fmt"
	"strings"
	"testing"
)

func TestMatchPath(t *testing.T) {
	tests := []struct {
		name   string
		api    string
		op     string
		path   string
		prefix bool
		want   string // "params rest", or "no match"
	}{
		{name: "template", api: "dcaas", op: "CreateVifPeer", path: "/v3/p1/dcaas/vif-peers", want: "map[project_id:p1] "},
		{name: "template, prefix allowed", api: "dcaas", op: "CreateVifPeer", path: "/v3/p1/dcaas/vif-peers", prefix: true, want: "map[project_id:p1] "},
		{name: "longer path, full match", api: "dcaas", op: "CreateVifPeer", path: "/v3/p1/dcaas/vif-peers/68250543-0a13", want: "no match"},
		{name: "longer path, prefix", api: "dcaas", op: "CreateVifPeer", path: "/v3/p1/dcaas/vif-peers/68250543-0a13", prefix: true, want: "map[project_id:p1] /68250543-0a13"},
		{name: "two parameters", api: "dcaas", op: "DeleteVifPeer", path: "/v3/p1/dcaas/vif-peers/abc", want: "map[project_id:p1 vif_peer_id:abc] "},
		{name: "missing segment", api: "dcaas", op: "DeleteVifPeer", path: "/v3/p1/dcaas/vif-peers/", prefix: true, want: "no match"},
		{name: "empty parameter", api: "dcaas", op: "CreateVifPeer", path: "/v3//dcaas/vif-peers", want: "no match"},
		{name: "template not at the start", api: "dcaas", op: "CreateVifPeer", path: "/x/v3/p1/dcaas/vif-peers", prefix: true, want: "no match"},
		{name: "prefix ends at a segment boundary", api: "dcaas", op: "CreateVifPeer", path: "/v3/p1/dcaas/vif-peersX", prefix: true, want: "no match"},
		{name: "other literal", api: "dcaas", op: "CreateVifPeer", path: "/v2/p1/dcaas/vif-peers", want: "no match"},
		{name: "JSON-RPC version", api: "element", op: "JSONRPC", path: "/json-rpc/12.3", want: "map[version:12.3] "},
		{name: "regexp characters are literal", api: "element", op: "JSONRPC", path: "/jsonXrpc/12.3", want: "no match"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			params, rest, ok := operation(t, tt.api, tt.op).MatchPath(tt.path, tt.prefix)
			got := "no match"
			if ok {
				got = fmt.Sprintf("%v %s", params, rest)
			} else if params != nil || rest != "" {
				t.Errorf("no match, yet params %v and rest %q", params, rest)
			}
			if got != tt.want {
				t.Errorf("MatchPath(%q, %v) = %q, want %q", tt.path, tt.prefix, got, tt.want)
			}
		})
	}
}

func TestSplitTargetPath(t *testing.T) {
	tests := []struct {
		path    string
		base    string
		version string
		ok      bool
	}{
		{path: "/json-rpc/12.3", base: "", version: "12.3", ok: true},
		{path: "/sf/json-rpc/9.6", base: "/sf", version: "9.6", ok: true},
		{path: "/a/b/json-rpc/12.3", base: "/a/b", version: "12.3", ok: true},
		{path: "/other", base: "/other"},
		{path: "", base: ""},
		{path: "/json-rpc/12.3/extra", base: "/json-rpc/12.3/extra"},
	}
	o := operation(t, "element", "JSONRPC")
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			base, params, ok := o.SplitTargetPath(tt.path)
			if ok != tt.ok || base != tt.base {
				t.Errorf("SplitTargetPath(%q) = base %q, found %v; want %q, %v", tt.path, base, ok, tt.base, tt.ok)
			}
			if got := params["version"]; got != tt.version {
				t.Errorf("version = %q, want %q", got, tt.version)
			}
		})
	}
}

func TestExpandPath(t *testing.T) {
	tests := []struct {
		name    string
		op      string
		values  map[string]string
		want    string
		wantErr string
	}{
		{
			name:   "one parameter",
			op:     "CreateVifPeer",
			values: map[string]string{"project_id": "cfa563efb77d4b6d9960781d82530fd8"},
			want:   "/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers",
		},
		{
			name:   "extra values are ignored",
			op:     "CreateVifPeer",
			values: map[string]string{"project_id": "p", "vif_peer_id": "v"},
			want:   "/v3/p/dcaas/vif-peers",
		},
		{
			name:   "two parameters",
			op:     "DeleteVifPeer",
			values: map[string]string{"project_id": "p", "vif_peer_id": "68250543-0a13-4ac7-aa36-d018856ac640"},
			want:   "/v3/p/dcaas/vif-peers/68250543-0a13-4ac7-aa36-d018856ac640",
		},
		{
			name:   "a value cannot add a segment or a query",
			op:     "DeleteVifPeer",
			values: map[string]string{"project_id": "a/b", "vif_peer_id": "100%?x#y z"},
			want:   "/v3/a%2Fb/dcaas/vif-peers/100%25%3Fx%23y%20z",
		},
		{
			name:    "missing value",
			op:      "DeleteVifPeer",
			values:  map[string]string{"project_id": "p"},
			wantErr: `no value for path parameter "vif_peer_id" of DELETE /v3/{project_id}/dcaas/vif-peers/{vif_peer_id}`,
		},
		{
			name:    "empty value",
			op:      "CreateVifPeer",
			values:  map[string]string{"project_id": ""},
			wantErr: `no value for path parameter "project_id"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := operation(t, "dcaas", tt.op).ExpandPath(tt.values)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("ExpandPath(%v) = %q, %v; want an error containing %q", tt.values, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ExpandPath(%v) = %q, %v; want %q", tt.values, got, err, tt.want)
			}
		})
	}
}

func TestExpandThenMatch(t *testing.T) {
	// What conform sends for an operation is matched by that operation, with
	// one segment per parameter however odd the value.
	o := operation(t, "dcaas", "DeleteVifPeer")
	for _, v := range []string{"plain", "a/b", "a%2Fb", "x y"} {
		t.Run(v, func(t *testing.T) {
			p, err := o.ExpandPath(map[string]string{"project_id": "p", "vif_peer_id": v})
			if err != nil {
				t.Fatal(err)
			}
			params, rest, ok := o.MatchPath(p, false)
			if !ok || rest != "" || params["project_id"] != "p" || params["vif_peer_id"] == "" {
				t.Errorf("MatchPath(%q) = %v, %q, %v; want project_id p and one vif_peer_id segment", p, params, rest, ok)
			}
		})
	}
}
