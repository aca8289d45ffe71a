package contract_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

// walk follows a path of member names from n; "[]" steps into the items.
func walk(n contract.Node, path ...string) (contract.Node, bool) {
	for _, step := range path {
		var ok bool
		if step == "[]" {
			n, ok = n.Items()
		} else {
			n, ok = n.Member(step)
		}
		if !ok || n == nil {
			return nil, false
		}
	}
	return n, true
}

func conflictIDs(set *contract.Set, n contract.Node) []string {
	var ids []string
	for _, c := range set.ConflictsAt(n) {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestOpenAPINodes(t *testing.T) {
	set := seedSet(t)
	body, ok := operation(t, "dcaas", "CreateVifPeer").ResponseNode(201, "application/json")
	if !ok {
		t.Fatal("CreateVifPeer documents no 201 application/json body")
	}
	tests := []struct {
		path      []string
		exists    bool
		declares  bool     // DeclaresMembers
		open      bool     // OpenMembers
		conflicts []string // ConflictsAt
	}{
		{path: []string{"vif_peer"}, exists: true, declares: true, conflicts: []string{"dcaas-example-lacks-members"}},
		{path: []string{"vif_peer", "name"}, exists: true},
		// bgp_asn is allOf [BgpAsn] with nullable and its own extension.
		{path: []string{"vif_peer", "bgp_asn"}, exists: true, conflicts: []string{"dcaas-bgp-asn-null"}},
		{path: []string{"vif_peer", "tenant_id"}, exists: true, conflicts: []string{"dcaas-tenant-id-length"}},
		{path: []string{"vif_peer", "address_family"}, exists: true, conflicts: []string{"dcaas-address-family-case"}},
		{path: []string{"vif_peer", "remote_ep_group"}, exists: true, conflicts: []string{"dcaas-remote-ep-group-cidr"}},
		{path: []string{"vif_peer", "remote_ep_group", "[]"}, exists: true},
		{path: []string{"vif_peer", "nope"}},
		{path: []string{"vif_peer", "name", "[]"}},
		{path: []string{"nope"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.path, "/"), func(t *testing.T) {
			n, ok := walk(body, tt.path...)
			if ok != tt.exists {
				t.Fatalf("exists = %v, want %v", ok, tt.exists)
			}
			if !ok {
				return
			}
			if got := n.DeclaresMembers(); got != tt.declares {
				t.Errorf("DeclaresMembers() = %v, want %v", got, tt.declares)
			}
			if got := n.OpenMembers(); got != tt.open {
				t.Errorf("OpenMembers() = %v, want %v", got, tt.open)
			}
			if got := conflictIDs(set, n); !slices.Equal(got, tt.conflicts) {
				t.Errorf("ConflictsAt = %v, want %v", got, tt.conflicts)
			}
			if c, ok := n.Content(); ok || c != nil {
				t.Errorf("an OpenAPI schema declares encoded content: %+v", c)
			}
		})
	}
}

var fileLineRE = regexp.MustCompile(`^(openapi/dcaas\.yaml):([0-9]+)$`)

func TestOpenAPIWhere(t *testing.T) {
	body, ok := operation(t, "dcaas", "CreateVifPeer").ResponseNode(201, "application/json")
	if !ok {
		t.Fatal("CreateVifPeer documents no 201 application/json body")
	}
	// Where points at the line that says it: the keyword's own line when
	// there is one, else the schema's.
	tests := []struct {
		path    []string
		keyword string
		line    string // what that line of the file holds
	}{
		{path: []string{"vif_peer", "name"}, keyword: "maxLength", line: "maxLength: 64"},
		{path: []string{"vif_peer", "name"}, keyword: "minLength", line: "minLength: 0"},
		{path: []string{"vif_peer", "name"}, keyword: "", line: "Name:"},
		{path: []string{"vif_peer", "bgp_asn"}, keyword: "nullable", line: "nullable: true"},
		{path: []string{"vif_peer", "bgp_status"}, keyword: "maxLength", line: "maxLength: 10"},
		{path: []string{"vif_peer"}, keyword: "required", line: "required:"},
		{path: []string{"vif_peer", "route_mode"}, keyword: "enum", line: "enum: [static, bgp]"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.path, "/")+"/"+tt.keyword, func(t *testing.T) {
			n, ok := walk(body, tt.path...)
			if !ok {
				t.Fatalf("no schema at %v", tt.path)
			}
			where := n.Where(tt.keyword)
			if got := contract.Where(n, tt.keyword); got != where {
				t.Errorf("contract.Where = %q, Node.Where = %q", got, where)
			}
			m := fileLineRE.FindStringSubmatch(where)
			if m == nil {
				t.Fatalf("Where(%q) = %q, want openapi/dcaas.yaml:<line>", tt.keyword, where)
			}
			line, _ := strconv.Atoi(m[2])
			if got := strings.TrimSpace(fileLine(t, m[1], line)); got != tt.line {
				t.Errorf("Where(%q) = %s, whose line is %q, want %q", tt.keyword, where, got, tt.line)
			}
		})
	}
	if got := contract.Where(nil, "maxLength"); got != "" {
		t.Errorf("Where(nil) = %q, want \"\"", got)
	}
}

func TestOperationBodies(t *testing.T) {
	tests := []struct {
		op        string
		status    int
		mediaType string
		member    string // a member the body documents; "" for no body
	}{
		{op: "CreateVifPeer", status: 201, mediaType: "application/json", member: "vif_peer"},
		{op: "CreateVifPeer", status: 400, mediaType: "application/json", member: "error_code"},
		// An undocumented media type falls back to the JSON one.
		{op: "CreateVifPeer", status: 401, mediaType: "text/plain", member: "error_msg"},
		{op: "CreateVifPeer", status: 500, mediaType: "application/json"},
		{op: "DeleteVifPeer", status: 204, mediaType: "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.op+"/"+strconv.Itoa(tt.status)+"/"+tt.mediaType, func(t *testing.T) {
			n, ok := operation(t, "dcaas", tt.op).ResponseNode(tt.status, tt.mediaType)
			if ok != (tt.member != "") {
				t.Fatalf("ResponseNode found = %v, want %v", ok, tt.member != "")
			}
			if !ok {
				return
			}
			if _, ok := n.Member(tt.member); !ok {
				t.Errorf("the body does not document %q", tt.member)
			}
		})
	}

	create := operation(t, "dcaas", "CreateVifPeer")
	if got := create.RequestMediaType(); got != "application/json" {
		t.Errorf("CreateVifPeer RequestMediaType() = %q, want application/json", got)
	}
	req, ok := create.RequestNode("application/json")
	if !ok {
		t.Fatal("CreateVifPeer documents no request body")
	}
	if _, ok := walk(req, "vif_peer", "bgp_md5"); !ok {
		t.Error("the request body does not document vif_peer.bgp_md5")
	}
	if got := operation(t, "element", "JSONRPC").RequestMediaType(); got != "application/json-rpc" {
		t.Errorf("JSONRPC RequestMediaType() = %q, want application/json-rpc", got)
	}
	if got := operation(t, "dcaas", "DeleteVifPeer").RequestMediaType(); got != "" {
		t.Errorf("DeleteVifPeer RequestMediaType() = %q, want \"\"", got)
	}
	if got, want := create.Statuses(), []string{"201", "400", "401"}; !slices.Equal(got, want) {
		t.Errorf("Statuses() = %v, want %v", got, want)
	}
}

func TestJSONSchemaNodes(t *testing.T) {
	set := seedSet(t)
	j := api(t, "element").JSONRPC
	if j == nil {
		t.Fatal("the element API has no JSON-RPC layer")
	}
	const (
		start = "schemas/element/StartClusterPairing.json#/definitions/"
		list  = "schemas/element/ListClusterPairs.json#/definitions/"
		env   = "schemas/element/envelope.json#/definitions/"
	)
	tests := []struct {
		name      string
		root      contract.Node
		path      []string
		exists    bool
		declares  bool
		where     string // Where("")
		conflicts []string
	}{
		{name: "result", root: method(t, "StartClusterPairing").ResultNode, exists: true, declares: true, where: start + "result"},
		{
			name: "result member", root: method(t, "StartClusterPairing").ResultNode, path: []string{"clusterPairingKey"}, exists: true,
			where:     start + "result/properties/clusterPairingKey",
			conflicts: []string{"element-example-key-does-not-decode", "element-example-key-split"},
		},
		{name: "undocumented member", root: method(t, "StartClusterPairing").ResultNode, path: []string{"nope"}},
		// Items follow the $ref to the shared definition.
		{
			name: "items through $ref", root: method(t, "ListClusterPairs").ResultNode, path: []string{"clusterPairs", "[]"}, exists: true, declares: true,
			where: list + "clusterPair", conflicts: []string{"element-cluster-pair-uuid-name"},
		},
		{name: "member of items", root: method(t, "ListClusterPairs").ResultNode, path: []string{"clusterPairs", "[]", "clusterUUID"}, exists: true, where: list + "clusterPair/properties/clusterUUID"},
		{name: "params without members", root: method(t, "ListClusterPairs").ParamsNode, exists: true, declares: true, where: list + "params"},
		{name: "envelope error through $ref", root: j.ResponseNode, path: []string{"error", "name"}, exists: true, where: env + "error/properties/name"},
		{name: "envelope request", root: j.RequestNode, path: []string{"method"}, exists: true, where: env + "request/properties/method"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := walk(tt.root, tt.path...)
			if ok != tt.exists {
				t.Fatalf("exists = %v, want %v", ok, tt.exists)
			}
			if !ok {
				return
			}
			if got := n.Where(""); got != tt.where {
				t.Errorf("Where(\"\") = %q, want %q", got, tt.where)
			}
			if got := n.DeclaresMembers(); got != tt.declares {
				t.Errorf("DeclaresMembers() = %v, want %v", got, tt.declares)
			}
			if n.OpenMembers() {
				t.Error("OpenMembers() = true; no element schema allows undocumented members")
			}
			if got := conflictIDs(set, n); !slices.Equal(got, tt.conflicts) {
				t.Errorf("ConflictsAt = %v, want %v", got, tt.conflicts)
			}
		})
	}
}

func TestJSONSchemaContent(t *testing.T) {
	result := method(t, "StartClusterPairing").ResultNode
	if got, want := result.Where("required"), "schemas/element/StartClusterPairing.json#/definitions/result/required"; got != want {
		t.Errorf("result Where(\"required\") = %q, want %q", got, want)
	}
	id, ok := result.Member("clusterPairID")
	if !ok {
		t.Fatal("the result does not document clusterPairID")
	}
	if c, ok := id.Content(); ok || c != nil {
		t.Errorf("clusterPairID declares encoded content: %+v", c)
	}

	key, ok := result.Member("clusterPairingKey")
	if !ok {
		t.Fatal("the result does not document clusterPairingKey")
	}
	if v, ok := key.Keyword("x-conform-secret"); !ok || v != true {
		t.Errorf("clusterPairingKey x-conform-secret = %v, %v; want true", v, ok)
	}
	c, ok := key.Content()
	if !ok || c == nil {
		t.Fatal("clusterPairingKey declares no encoded content")
	}
	if c.Encoding != "base16" || c.MediaType != "application/json" {
		t.Errorf("Encoding, MediaType = %q, %q; want base16, application/json", c.Encoding, c.MediaType)
	}
	if want := "schemas/element/StartClusterPairing.json#/definitions/result/properties/clusterPairingKey/contentEncoding"; c.Where != want {
		t.Errorf("Where = %q, want %q", c.Where, want)
	}
	if c.Schema == nil || c.Node == nil {
		t.Fatal("the content has no schema or no node")
	}
	if again, _ := key.Content(); again != c {
		t.Error("a second Content() call compiled the content again")
	}
	// The node is the $ref's target, and carries its extensions.
	if got, want := c.Node.Where(""), "schemas/element/StartClusterPairing.json#/definitions/clusterPairingKey"; got != want {
		t.Errorf("content Node.Where = %q, want %q", got, want)
	}
	pairID, ok := c.Node.Member("clusterPairID")
	if !ok {
		t.Fatal("the decoded key does not document clusterPairID")
	}
	if v, ok := pairID.Keyword("x-conform-equals"); !ok || v != "/result/clusterPairID" {
		t.Errorf("x-conform-equals = %v, %v; want /result/clusterPairID", v, ok)
	}
	if v, ok := pairID.Keyword("x-conform-nope"); ok {
		t.Errorf("an absent keyword was found: %v", v)
	}
	if got, want := pairID.Where("x-conform-equals"), "schemas/element/StartClusterPairing.json#/definitions/clusterPairingKey/properties/clusterPairID/x-conform-equals"; got != want {
		t.Errorf("Where(\"x-conform-equals\") = %q, want %q", got, want)
	}

	// The schema is the decoded key's: it wants eight members.
	full := map[string]any{
		"clusterPairID": 1, "clusterPairUUID": "9e5b1c7e-2f4a-4d3b-8c6a-1b2c3d4e5f60", "clusterUniqueID": "abcd",
		"mvip": "1.2.3.4", "name": "n", "password": "p", "rpcConnectionID": 5, "username": "u",
	}
	if v := c.Schema.Validate(full); len(v) != 0 {
		t.Errorf("a complete key is rejected: %v", v)
	}
	delete(full, "password")
	v := c.Schema.Validate(full)
	if len(v) != 1 || v[0].Keyword != "required" || v[0].Pointer != "/password" {
		t.Errorf("a key without password: %+v, want one required violation at /password", v)
	}
}

// composedRepo is a repository whose schemas are built with allOf, which
// the real contracts barely use: a REST API and a JSON-RPC one.
var composedRepo = map[string]string{
	"openapi/shop.yaml": `openapi: 3.0.3
info: {title: shop, version: "1"}
paths:
  /things:
    get:
      operationId: ListThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - $ref: '#/components/schemas/Base'
                  - type: object
                    properties:
                      tags:
                        allOf:
                          - $ref: '#/components/schemas/Tags'
components:
  schemas:
    Base:
      type: object
      x-conform-kind: base
      additionalProperties: true
      properties:
        id: {type: string}
    Tags:
      type: array
      items: {type: string, x-conform-secret: true}
`,
	"openapi/rpc.yaml": `openapi: 3.0.3
info: {title: rpc, version: "1"}
x-conform-jsonrpc: {schemas: ../schemas/rpc}
paths:
  /rpc:
    post:
      operationId: Call
      responses:
        '200': {description: ok}
`,
	"schemas/rpc/envelope.json": `{"definitions": {"request": {"type": "object"}, "response": {"type": "object"}, "error": {"type": "object"}}}`,
	"schemas/rpc/Get.json": `{"definitions": {
  "params": {"type": "object"},
  "result": {"allOf": [
    {"$ref": "#/definitions/base"},
    {"properties": {"list": {"allOf": [{"items": {"$ref": "#/definitions/item"}}]}}}
  ]},
  "base": {"x-conform-kind": "base", "patternProperties": {"^x-": {}}, "properties": {"id": {"type": "string"}}},
  "item": {"type": "string", "x-conform-secret": true}
}}`,
}

func TestNodesFollowAllOf(t *testing.T) {
	root := t.TempDir()
	for name, text := range composedRepo {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := contract.Load(context.Background(), root, nil)
	if err != nil {
		t.Fatal(err)
	}
	shop, err := set.API("shop")
	if err != nil {
		t.Fatal(err)
	}
	if len(shop.Credentials) != 0 {
		t.Errorf("an API without security needs credentials: %+v", shop.Credentials)
	}
	list, err := shop.Operation("ListThings")
	if err != nil {
		t.Fatal(err)
	}
	body, ok := list.ResponseNode(200, "application/json")
	if !ok {
		t.Fatal("ListThings documents no body")
	}
	rpc, err := set.API("rpc")
	if err != nil {
		t.Fatal(err)
	}
	get, err := rpc.JSONRPC.Method("Get")
	if err != nil {
		t.Fatal(err)
	}
	if get.Since != "" || get.Cleanup != nil {
		t.Errorf("Since, Cleanup = %q, %v; the method file has neither", get.Since, get.Cleanup)
	}

	for _, tt := range []struct {
		name  string
		root  contract.Node
		array string // the member that is an array
	}{
		{name: "OpenAPI", root: body, array: "tags"},
		{name: "JSON Schema", root: get.ResultNode, array: "list"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := tt.root
			if _, ok := n.Member("id"); !ok {
				t.Error("Member(\"id\") of a $ref in allOf not found")
			}
			if _, ok := n.Member(tt.array); !ok {
				t.Errorf("Member(%q) of an inline allOf part not found", tt.array)
			}
			if _, ok := n.Member("nope"); ok {
				t.Error("Member(\"nope\") found")
			}
			if !n.DeclaresMembers() {
				t.Error("DeclaresMembers() = false; an allOf part lists members")
			}
			if !n.OpenMembers() {
				t.Error("OpenMembers() = false; an allOf part allows other members")
			}
			if v, ok := n.Keyword("x-conform-kind"); !ok || v != "base" {
				t.Errorf("Keyword(\"x-conform-kind\") = %v, %v; want base from the allOf part", v, ok)
			}
			items, ok := walk(n, tt.array, "[]")
			if !ok {
				t.Fatalf("Items() of %s (allOf around items) not found", tt.array)
			}
			if v, ok := items.Keyword("x-conform-secret"); !ok || v != true {
				t.Errorf("items x-conform-secret = %v, %v; want true", v, ok)
			}
			if !contract.HoldsSecrets(n) {
				t.Error("HoldsSecrets = false; the items of a member of an allOf part are secret")
			}
			if id, _ := n.Member("id"); contract.HoldsSecrets(id) {
				t.Error("HoldsSecrets(id) = true; nothing under id is secret")
			}
		})
	}
}

func TestOpenAPISchema(t *testing.T) {
	body, ok := operation(t, "dcaas", "CreateVifPeer").ResponseNode(201, "application/json")
	if !ok {
		t.Fatal("CreateVifPeer documents no 201 application/json body")
	}
	name, ok := walk(body, "vif_peer", "name")
	if !ok {
		t.Fatal("no vif_peer.name")
	}
	tests := []struct {
		name      string
		node      contract.Node
		maxLength uint64 // of the schema returned; 0 when none is
	}{
		{name: "OpenAPI node", node: name, maxLength: 64},
		{name: "JSON Schema node", node: method(t, "StartClusterPairing").ResultNode},
		{name: "nil", node: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := contract.OpenAPISchema(tt.node)
			if ok != (tt.maxLength != 0) || (s != nil) != ok {
				t.Fatalf("OpenAPISchema = %v, %v; want a schema %v", s, ok, tt.maxLength != 0)
			}
			if ok && (s.MaxLength == nil || *s.MaxLength != tt.maxLength) {
				t.Errorf("the schema's maxLength = %v, want %d", s.MaxLength, tt.maxLength)
			}
		})
	}
}

// TestHoldsSecrets: a response whose schema leads to no secret is not walked
// for secrets, so the answer must see through members, items, $ref and an
// encoded string's own schema.
func TestHoldsSecrets(t *testing.T) {
	created, ok := operation(t, "dcaas", "CreateVifPeer").ResponseNode(201, "application/json")
	if !ok {
		t.Fatal("CreateVifPeer documents no 201 application/json body")
	}
	name, ok := walk(created, "vif_peer", "name")
	if !ok {
		t.Fatal("no vif_peer.name")
	}
	for _, c := range []struct {
		name string
		node contract.Node
		want bool
	}{
		{"CreateVifPeer 201: vif_peer.bgp_md5 is secret", created, true},
		{"CreateVifPeer 201 vif_peer.name: no secret", name, false},
		{"StartClusterPairing result: the pairing key, a secret", method(t, "StartClusterPairing").ResultNode, true},
		{"nil", nil, false},
	} {
		if got := contract.HoldsSecrets(c.node); got != c.want {
			t.Errorf("%s: HoldsSecrets = %v, want %v", c.name, got, c.want)
		}
	}
}
