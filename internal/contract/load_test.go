package contract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

func TestLoadRepositoryAPIs(t *testing.T) {
	// The whole repository loads: the curated seed and the references
	// imported beside it. Every contract in openapi/ is an API, whatever
	// APIs the repository holds: adding one must not break this test.
	set, err := contract.Load(context.Background(), repoRoot, nil)
	if err != nil {
		t.Fatalf("contract.Load(%q): %v", repoRoot, err)
	}
	files, _ := filepath.Glob(filepath.Join(repoRoot, "openapi", "*.yaml"))
	var want []string
	for _, f := range files {
		want = append(want, strings.TrimSuffix(filepath.Base(f), ".yaml"))
	}
	slices.Sort(want) // by API name: dcaas before dcaas-v2, unlike their files
	if got := set.Names(); len(want) < 2 || !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v (the contracts in openapi/)", got, want)
	}
	if set.Engine == nil {
		t.Error("Load(…, nil) left Engine nil; it should default to draft-07")
	}
	if _, err := set.API("dcas"); err == nil || !strings.Contains(err.Error(), `"dcas"; known: `+strings.Join(want, ", ")) {
		t.Errorf(`API("dcas") error = %v, want one naming "dcas" and listing %s`, err, strings.Join(want, ", "))
	}

	// The seed's APIs, as written by hand.
	set = seedSet(t)
	tests := []struct {
		api         string
		file        string
		operations  []string
		credentials []contract.Credential
		jsonrpc     bool
	}{
		{
			api:        "dcaas",
			file:       "openapi/dcaas.yaml",
			operations: []string{"CreateVifPeer", "DeleteVifPeer"},
			// Alternatives, in the contract's order: the token first.
			credentials: []contract.Credential{
				{Scheme: "token", Kind: "apiKey", Header: "X-Auth-Token", Env: []string{"CONFORM_DCAAS_TOKEN"}},
				{Scheme: "aksk", Kind: "aksk", Header: "Authorization", Env: []string{"CONFORM_DCAAS_AK", "CONFORM_DCAAS_SK"}},
			},
		},
		{
			api:         "element",
			file:        "openapi/element.yaml",
			operations:  []string{"JSONRPC"},
			credentials: []contract.Credential{{Scheme: "basic", Kind: "basic", Env: []string{"CONFORM_ELEMENT_USERNAME", "CONFORM_ELEMENT_PASSWORD"}}},
			jsonrpc:     true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.api, func(t *testing.T) {
			a := api(t, tt.api)
			if a.Name != tt.api || a.File != tt.file {
				t.Errorf("Name, File = %q, %q, want %q, %q", a.Name, a.File, tt.api, tt.file)
			}
			if a.Set() != set {
				t.Error("Set() is not the set the API was loaded into")
			}
			var ids []string
			for _, o := range a.Operations() {
				ids = append(ids, o.ID)
			}
			if !slices.Equal(ids, tt.operations) {
				t.Errorf("operations = %v, want %v", ids, tt.operations)
			}
			if got, want := fmt.Sprintf("%+v", a.Credentials), fmt.Sprintf("%+v", tt.credentials); got != want {
				t.Errorf("Credentials = %s, want %s", got, want)
			}
			if got := a.JSONRPC != nil; got != tt.jsonrpc {
				t.Errorf("JSON-RPC layer present = %v, want %v", got, tt.jsonrpc)
			}
			_, err := a.Operation("Nope")
			want := fmt.Sprintf(`%s: no operation "Nope"; known: %s`, tt.file, strings.Join(tt.operations, ", "))
			if err == nil || err.Error() != want {
				t.Errorf("Operation(\"Nope\") error = %v, want %q", err, want)
			}
		})
	}
}

func TestLoadRepositoryOperations(t *testing.T) {
	tests := []struct {
		api, id      string
		method, path string
		params       []string
		where        string
		cleanup      string // "" for none; else "operation from"
	}{
		{
			api: "dcaas", id: "CreateVifPeer",
			method: "POST", path: "/v3/{project_id}/dcaas/vif-peers",
			params:  []string{"project_id"},
			where:   "openapi/dcaas.yaml#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post",
			cleanup: "DeleteVifPeer map[vif_peer_id:/vif_peer/id]",
		},
		{
			api: "dcaas", id: "DeleteVifPeer",
			method: "DELETE", path: "/v3/{project_id}/dcaas/vif-peers/{vif_peer_id}",
			params: []string{"project_id", "vif_peer_id"},
			where:  "openapi/dcaas.yaml#/paths/~1v3~1{project_id}~1dcaas~1vif-peers~1{vif_peer_id}/delete",
		},
		{
			api: "element", id: "JSONRPC",
			method: "POST", path: "/json-rpc/{version}",
			params: []string{"version"},
			where:  "openapi/element.yaml#/paths/~1json-rpc~1{version}/post",
		},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			o := operation(t, tt.api, tt.id)
			if o.Method != tt.method || o.Path != tt.path {
				t.Errorf("operation = %s %s, want %s %s", o.Method, o.Path, tt.method, tt.path)
			}
			if !slices.Equal(o.PathParams(), tt.params) {
				t.Errorf("PathParams() = %v, want %v", o.PathParams(), tt.params)
			}
			if o.Where() != tt.where {
				t.Errorf("Where() = %q, want %q", o.Where(), tt.where)
			}
			if o.Route == nil || o.Route.Operation != o.Op || o.Route.Path != tt.path {
				t.Errorf("Route does not describe %s %s", tt.method, tt.path)
			}
			got := ""
			if o.Cleanup != nil {
				got = fmt.Sprintf("%s %v", o.Cleanup.Operation, o.Cleanup.From)
				if !strings.HasPrefix(o.Cleanup.Where, tt.where+"/x-conform-cleanup") {
					t.Errorf("Cleanup.Where = %q, want it under %s", o.Cleanup.Where, tt.where)
				}
			}
			if got != tt.cleanup {
				t.Errorf("Cleanup = %q, want %q", got, tt.cleanup)
			}
		})
	}
}

func TestLoadRepositoryMethods(t *testing.T) {
	j := api(t, "element").JSONRPC
	if j == nil {
		t.Fatal("the element API has no JSON-RPC layer")
	}
	if j.Dir != "schemas/element" {
		t.Errorf("Dir = %q, want schemas/element", j.Dir)
	}
	if j.Operation == nil || j.Operation.ID != "JSONRPC" {
		t.Errorf("Operation = %v, want the JSONRPC endpoint", j.Operation)
	}
	if j.Request == nil || j.Response == nil || j.Error == nil || j.RequestNode == nil || j.ResponseNode == nil {
		t.Fatal("the envelope's request, response or error schema or node is missing")
	}
	// The envelope schemas are compiled, not placeholders.
	if v := j.Request.Validate(map[string]any{"params": map[string]any{}}); len(v) == 0 {
		t.Error("the envelope's request schema accepts a request without method")
	}
	if v := j.Error.Validate(map[string]any{"code": 500, "name": "xUnknownAPIMethod", "message": "m"}); len(v) != 0 {
		t.Errorf("the envelope's error schema rejects a documented error: %v", v)
	}
	// The list of known methods is the list of method files: a method file
	// dropped from schemas/element fails here.
	_, err := j.Method("Nope")
	want := `schemas/element: no schema for method "Nope" (add schemas/element/Nope.json); known: CompleteClusterPairing, ListClusterPairs, RemoveClusterPair, StartClusterPairing`
	if err == nil || err.Error() != want {
		t.Errorf("Method(\"Nope\") error = %v, want %q", err, want)
	}

	tests := []struct {
		name    string
		since   string
		cleanup string // "" for none; else "method from"
	}{
		{name: "StartClusterPairing", since: "9.6", cleanup: "RemoveClusterPair map[clusterPairID:/result/clusterPairID]"},
		{name: "CompleteClusterPairing", since: "9.6", cleanup: "RemoveClusterPair map[clusterPairID:/result/clusterPairID]"},
		{name: "ListClusterPairs", since: "9.6"},
		{name: "RemoveClusterPair", since: "9.6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := method(t, tt.name)
			if want := "schemas/element/" + tt.name + ".json"; m.Name != tt.name || m.File != want {
				t.Errorf("Name, File = %q, %q, want %q, %q", m.Name, m.File, tt.name, want)
			}
			if m.Since != tt.since {
				t.Errorf("Since = %q, want %q", m.Since, tt.since)
			}
			if m.Params == nil || m.Result == nil || m.ParamsNode == nil || m.ResultNode == nil {
				t.Error("params or result schema or node is missing")
			}
			got := ""
			if m.Cleanup != nil {
				got = fmt.Sprintf("%s %v", m.Cleanup.Method, m.Cleanup.From)
				if want := m.File + "#/x-conform-cleanup"; m.Cleanup.Where != want {
					t.Errorf("Cleanup.Where = %q, want %q", m.Cleanup.Where, want)
				}
				if m.Cleanup.Operation != "" {
					t.Errorf("a JSON-RPC cleanup names operation %q; it names a method", m.Cleanup.Operation)
				}
			}
			if got != tt.cleanup {
				t.Errorf("Cleanup = %q, want %q", got, tt.cleanup)
			}
		})
	}
}

func TestLoadRepositoryConflicts(t *testing.T) {
	set := seedSet(t)
	// Every documented disagreement, pinned: one silently dropped from a
	// contract must fail here.
	want := []string{
		"dcaas-address-family-case",
		"dcaas-bgp-asn-null",
		"dcaas-example-echo",
		"dcaas-example-lacks-members",
		"dcaas-example-url",
		"dcaas-function-ipv6",
		"dcaas-remote-ep-group-cidr",
		"dcaas-route-mode-empty-enumeration",
		"dcaas-tenant-id-length",
		"dcaas-token-mandatory-aksk",
		"dcaas-token-minimum-zero",
		"element-cluster-pair-uuid-name",
		"element-example-key-does-not-decode",
		"element-example-key-split",
	}
	withRule := []string{"dcaas-address-family-case", "dcaas-remote-ep-group-cidr", "dcaas-tenant-id-length"}

	var ids, ruled []string
	for _, c := range set.Conflicts() {
		ids = append(ids, c.ID)
		if c.Rule != nil {
			ruled = append(ruled, c.ID)
		}
		file := "openapi/dcaas.yaml#/"
		if strings.HasPrefix(c.ID, "element-") {
			file = "schemas/element/"
		}
		if !strings.HasPrefix(c.Where, file) || !strings.Contains(c.Where, "/x-conform-conflicts/") {
			t.Errorf("%s: Where = %q, want a place in %s… under x-conform-conflicts", c.ID, c.Where, file)
		}
		if c.Summary == "" || len(c.Sides) < 2 {
			t.Errorf("%s: summary %q and %d sides, want a summary and two sides", c.ID, c.Summary, len(c.Sides))
		}
		if got, ok := set.Conflict(c.ID); !ok || got != c {
			t.Errorf("Conflict(%q) does not return the listed conflict", c.ID)
		}
	}
	if !slices.Equal(ids, want) {
		t.Errorf("Conflicts() ids =\n%v\nwant\n%v", ids, want)
	}
	if !slices.Equal(ruled, withRule) {
		t.Errorf("conflicts with a rule = %v, want %v", ruled, withRule)
	}
	if _, ok := set.Conflict("nope"); ok {
		t.Error(`Conflict("nope") found something`)
	}
}

func TestConflictRules(t *testing.T) {
	// The three rules are compiled and check what their summaries say.
	tests := []struct {
		id      string
		value   any
		keyword string // "" when the value keeps the rule
	}{
		{id: "dcaas-tenant-id-length", value: "ed28c294165741faaeccab26913122a1", keyword: "minLength"},
		{id: "dcaas-tenant-id-length", value: "ed28c294-1657-41fa-aecc-ab26913122a1"},
		{id: "dcaas-address-family-case", value: "IPv4", keyword: "enum"},
		{id: "dcaas-address-family-case", value: "ipv6"},
		{id: "dcaas-remote-ep-group-cidr", value: []any{"12.3.4.0/30 172.56.0.0/16"}, keyword: "pattern"},
		{id: "dcaas-remote-ep-group-cidr", value: []any{"12.3.4.0/30", "2001:db8::/32"}},
		// A number is not a string of the same text: minLength keeps it.
		{id: "dcaas-tenant-id-length", value: "12345", keyword: "minLength"},
		{id: "dcaas-tenant-id-length", value: json.Number("12345")},
		// A conflict without a rule checks nothing.
		{id: "dcaas-bgp-asn-null", value: nil},
	}
	set := seedSet(t)
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%v", tt.id, tt.value), func(t *testing.T) {
			c, ok := set.Conflict(tt.id)
			if !ok {
				t.Fatalf("no conflict %q", tt.id)
			}
			var want []string
			if tt.keyword != "" {
				want = []string{tt.keyword}
			}
			// Twice: the second verdict on a scalar is the remembered one.
			for range 2 {
				var got []string
				for _, v := range c.Check(tt.value) {
					got = append(got, v.Keyword)
				}
				if !slices.Equal(got, want) {
					t.Errorf("Check(%v) keywords = %v, want %v", tt.value, got, want)
				}
			}
		})
	}
	// Past the values it remembers, every verdict is still the engine's.
	c, _ := set.Conflict("dcaas-tenant-id-length")
	for i := range 600 {
		short, long := fmt.Sprintf("%032d", i), fmt.Sprintf("%036d", i)
		if len(c.Check(short)) != 1 || len(c.Check(long)) != 0 {
			t.Fatalf("value %d: Check(%s) = %v, Check(%s) = %v; want one violation, then none", i, short, c.Check(short), long, c.Check(long))
		}
	}
}

func TestLoadRejects(t *testing.T) {
	const (
		dcaas = "openapi/dcaas.yaml"
		elem  = "openapi/element.yaml"
		start = "schemas/element/StartClusterPairing.json"
		list  = "schemas/element/ListClusterPairs.json"
	)
	type edit struct{ file, old, new string }
	tests := []struct {
		name    string
		edits   []edit
		remove  string // a path under the root to delete
		want    []string
		notWant []string
		absPath bool // the message may name a path as the OS does, absolute
	}{
		{
			name:    "no openapi folder",
			remove:  "openapi",
			want:    []string{"cannot read the contracts folder", "openapi", "--dir"},
			absPath: true,
		},
		{
			name:    "empty openapi folder",
			remove:  "openapi/*",
			want:    []string{"openapi holds no OpenAPI document", "openapi/<api>.yaml"},
			absPath: true,
		},
		// ListClusterPairs is no cleanup and no envelope: nothing compiles
		// it at load. A broken schema is still a load error, found by the
		// meta-schema check and the $ref check that load does instead.
		{
			name:  "a method schema that breaks the meta-schema, compiled by nothing at load",
			edits: []edit{{list, `"clusterPairID": {"type": "integer"}`, `"clusterPairID": {"type": 5}`}},
			want:  []string{list + ": the schema does not compile", `definitions.clusterPair.properties.clusterPairID.type must be one of the following`},
		},
		{
			name:  "a $ref to a shared schema the folder does not have",
			edits: []edit{{list, `"items": {"$ref": "#/definitions/clusterPair"}`, `"items": {"$ref": "objects/clusterPair.json"}`}},
			want:  []string{list + "#/definitions/result/properties/clusterPairs/items: $ref \"objects/clusterPair.json\" points to", "which is not among the schemas"},
		},
		{
			name:  "a $ref to a definition the method file does not have",
			edits: []edit{{list, `"items": {"$ref": "#/definitions/clusterPair"}`, `"items": {"$ref": "#/definitions/clusterPairs"}`}},
			want:  []string{list + "#/definitions/result/properties/clusterPairs/items: $ref \"#/definitions/clusterPairs\" points nowhere"},
		},
		{
			name:  "YAML that does not parse",
			edits: []edit{{dcaas, "  version: v3\n", "  version: [v3\n"}},
			want:  []string{dcaas + ": not valid YAML"},
		},
		{
			name:  "OpenAPI 3.1",
			edits: []edit{{dcaas, "openapi: 3.0.3", "openapi: 3.1.0"}},
			want:  []string{dcaas + `: openapi "3.1.0"`, "3.0.x"},
		},
		{
			name:  "operation without operationId",
			edits: []edit{{dcaas, "      operationId: DeleteVifPeer\n", ""}},
			want:  []string{dcaas + ": DELETE /v3/{project_id}/dcaas/vif-peers/{vif_peer_id} has no operationId"},
		},
		{
			name:  "dangling local $ref",
			edits: []edit{{dcaas, "$ref: '#/components/schemas/Name'", "$ref: '#/components/schemas/Nmae'"}},
			want:  []string{dcaas + "#/components/schemas/CreateVifPeer/properties/name", `$ref "#/components/schemas/Nmae" points nowhere`},
		},
		{
			name:  "conflict without id",
			edits: []edit{{dcaas, "        - id: dcaas-example-echo\n          summary", "        - summary"}},
			want:  []string{dcaas + "#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post/x-conform-conflicts/2", "needs an id"},
		},
		{
			name:  "conflict without summary",
			edits: []edit{{dcaas, "summary: the example response does not echo", "note: the example response does not echo"}},
			want:  []string{dcaas + "#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post/x-conform-conflicts/2", `conflict "dcaas-example-echo" needs a summary`},
		},
		{
			name:  "conflict with one side",
			edits: []edit{{dcaas, "            - source: Example Requests\n              says: '\"remote_ep_group\" : [ \"20.1.1.0/24\" ]'\n", ""}},
			want:  []string{dcaas + "#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post/x-conform-conflicts/2", `conflict "dcaas-example-echo" must quote at least two sides`},
		},
		{
			name:  "conflict id used in two files",
			edits: []edit{{list, `"id": "element-cluster-pair-uuid-name"`, `"id": "dcaas-bgp-asn-null"`}},
			want: []string{
				list + `#/definitions/clusterPair/x-conform-conflicts/0: conflict id "dcaas-bgp-asn-null" is already used at`,
				dcaas + "#/components/schemas/VifPeer/properties/bgp_asn/x-conform-conflicts/0",
			},
		},
		{
			name:  "conflict rule that is not a schema",
			edits: []edit{{dcaas, "minLength: 36\n                maxLength: 36", `minLength: "x"`}},
			want:  []string{dcaas + "#/components/schemas/VifPeer/properties/tenant_id/x-conform-conflicts/0", `rule of conflict "dcaas-tenant-id-length"`, "minLength", "does not compile"},
		},
		{
			name:  "REST cleanup naming an unknown operation",
			edits: []edit{{dcaas, "operation: DeleteVifPeer", "operation: DeleteVifPeers"}},
			want:  []string{dcaas + "#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post/x-conform-cleanup", `no operation "DeleteVifPeers"; known: CreateVifPeer, DeleteVifPeer`},
		},
		{
			name:  "REST cleanup without an operation",
			edits: []edit{{dcaas, "operation: DeleteVifPeer", "op: DeleteVifPeer"}},
			want:  []string{dcaas + "#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post/x-conform-cleanup", "name the cleanup's operation"},
		},
		{
			name:  "REST cleanup from something that is not a pointer",
			edits: []edit{{dcaas, "vif_peer_id: /vif_peer/id", "vif_peer_id: vif_peer.id"}},
			want:  []string{dcaas + "#/paths/~1v3~1{project_id}~1dcaas~1vif-peers/post/x-conform-cleanup", "from-response.vif_peer_id must be a JSON pointer"},
		},
		{
			name:  "JSON-RPC cleanup naming an unknown method",
			edits: []edit{{start, `"method": "RemoveClusterPair"`, `"method": "RemoveClusterPairs"`}},
			want:  []string{start + "#/x-conform-cleanup", `no schema for method "RemoveClusterPairs"`},
		},
		{
			name:   "JSON-RPC schemas without envelope.json",
			remove: "schemas/element/envelope.json",
			want:   []string{"schemas/element: no envelope.json"},
		},
		{
			name:    "JSON-RPC schemas folder missing",
			edits:   []edit{{elem, "schemas: ../schemas/element", "schemas: ../schemas/elements"}},
			want:    []string{elem + ": x-conform-jsonrpc.schemas", "schemas/elements"},
			absPath: true,
		},
		{
			name:  "method file that is not JSON",
			edits: []edit{{start, `"x-conform-since": "9.6",`, `"x-conform-since": "9.6"`}},
			want:  []string{start + ": not valid JSON: line 7, column "},
		},
		{
			name:  "method file without definitions.result",
			edits: []edit{{start, `"result": {`, `"results": {`}},
			want:  []string{start + ": a method schema needs definitions.params and definitions.result", "/definitions/result"},
		},
		{
			name:    "method schema that does not compile",
			edits:   []edit{{start, `"type": "integer"`, `"type": 5`}},
			want:    []string{start + ": the schema does not compile", "clusterPairID.type"},
			notWant: []string{"envelope.json"},
		},
		{
			name:  "envelope that does not compile",
			edits: []edit{{"schemas/element/envelope.json", `"minLength": 1`, `"minLength": "1"`}},
			want:  []string{"schemas/element/envelope.json: the schema does not compile", "minLength"},
		},
		{
			name:  "contentSchema that does not compile",
			edits: []edit{{start, `"contentSchema": {"$ref": "#/definitions/clusterPairingKey"}`, `"contentSchema": {"type": 5}`}},
			want:  []string{start + "#/definitions/result/properties/clusterPairingKey", "contentSchema", "does not compile"},
		},
		{
			name:  "contentSchema $ref that points nowhere",
			edits: []edit{{start, `"contentSchema": {"$ref": "#/definitions/clusterPairingKey"}`, `"contentSchema": {"$ref": "#/definitions/nope"}`}},
			want:  []string{start + "#/definitions/result/properties/clusterPairingKey: contentSchema", "/definitions/nope"},
		},
		{
			name: "security scheme conform cannot send",
			edits: []edit{{elem, "type: http\n      scheme: basic",
				"type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://mvip/token\n          scopes: {}"}},
			want: []string{elem + `: security scheme "basic"`, "oauth2", "use an apiKey header, http basic or http bearer"},
		},
		{
			name:  "two schemes required together",
			edits: []edit{{dcaas, "  - token: []\n  - aksk: []\n", "  - token: []\n    aksk: []\n"}},
			want:  []string{dcaas + ": a security requirement names aksk and token together", "list them as alternatives"},
		},
		{
			name:  "a signing conform does not know",
			edits: []edit{{dcaas, "      x-conform-signing: sdk-hmac-sha256\n", "      x-conform-signing: aws-sigv4\n"}},
			want:  []string{dcaas + `: security scheme "aksk": x-conform-signing "aws-sigv4"`, `conform signs "sdk-hmac-sha256" only`},
		},
		{
			name:  "signing a header other than Authorization",
			edits: []edit{{dcaas, "      name: Authorization\n      x-conform-signing", "      name: X-Signature\n      x-conform-signing"}},
			want:  []string{dcaas + `: security scheme "aksk"`, "name Authorization"},
		},
		{
			name: "JSON-RPC document with two operations",
			edits: []edit{{elem, "components:\n",
				"  /json-rpc/{version}/other:\n    get:\n      operationId: Other\n      parameters:\n        - {name: version, in: path, required: true, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\ncomponents:\n"}},
			want: []string{elem + ": a JSON-RPC API has exactly one HTTP operation", "found 2"},
		},
	}
	t.Run("the unchanged copy loads", func(t *testing.T) {
		t.Parallel()
		// Without this, a broken copy would make every case below pass.
		set, err := contract.Load(context.Background(), copySeed(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(set.Conflicts()); got != 14 {
			t.Errorf("the copy has %d conflicts, want 14", got)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each case has its own repository
			root := copySeed(t)
			for _, e := range tt.edits {
				replaceIn(t, root, e.file, e.old, e.new)
			}
			if tt.remove != "" {
				paths, err := filepath.Glob(filepath.Join(root, filepath.FromSlash(tt.remove)))
				if err != nil || len(paths) == 0 {
					t.Fatalf("nothing to remove at %s", tt.remove)
				}
				for _, p := range paths {
					if err := os.RemoveAll(p); err != nil {
						t.Fatal(err)
					}
				}
			}
			set, err := contract.Load(context.Background(), root, nil)
			if err == nil {
				t.Fatalf("Load succeeded (%v APIs), want an error", set.Names())
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error does not contain %q:\n%s", w, msg)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(msg, w) {
					t.Errorf("error contains %q:\n%s", w, msg)
				}
			}
			// A file inside the repository is named relative to its root,
			// never by an absolute path or a file:// URI.
			if !tt.absPath && (strings.Contains(msg, root) || strings.Contains(msg, "file://")) {
				t.Errorf("error names a file by its absolute path:\n%s", msg)
			}
		})
	}
}
