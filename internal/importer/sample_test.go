package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/jsonvalue"
)

// The sample pages: ten method pages of each reference (and the QoS object
// page two of them refer to), imported into an empty folder. The lines
// below were written by reading each page's tables, one line per parameter:
//
//	<place> <type> [required] [len=MIN..MAX | range=MIN..MAX] [enum=A,B] [default=V] [ref=FILE]
//
// Pages no test of the repository had read before: AddAccount, ModifyAccount,
// GetAccountByID, ListAccounts, SetDefaultQoS, CreateQoSPolicy, SetNtpInfo,
// ListVolumes, ModifyVolume, QoS; CreateVirtualGateway, UpdateVirtualGateway,
// ShowVirtualGateway, CreateHostedDirectConnect, UpdateDirectConnect,
// DeleteDirectConnect, DeleteHostedConnect, CreateDcEndpointGroup,
// DeleteDcEndpointGroup.
var elementSample = []struct {
	page, method, since, effect string
	params                      string
}{
	{"addaccount", "AddAccount", "9.6", "mutating", `
attributes object
enableChap boolean default=true
initiatorSecret string len=12..16
targetSecret string len=12..16
username string required len=1..64`},
	{"modifyaccount", "ModifyAccount", "9.6", "mutating", `
accountID integer required
attributes object
enableChap boolean
initiatorSecret string len=12..16
status string enum=active,locked
targetSecret string len=12..16
username string len=1..64`},
	{"getaccountbyid", "GetAccountByID", "9.6", "readonly", `
accountID integer required`},
	{"listaccounts", "ListAccounts", "9.6", "readonly", `
includeStorageContainers boolean default=true
limit integer
startAccountID integer`},
	{"setdefaultqos", "SetDefaultQoS", "9.6", "mutating", `
burstIOPS integer
maxIOPS integer
minIOPS integer`},
	{"createqospolicy", "CreateQoSPolicy", "10.0", "mutating", `
name string required
qos required ref=objects/QoS.json`},
	{"setntpinfo", "SetNtpInfo", "9.6", "mutating", `
broadcastclient boolean default=false
servers array required
servers/* string`},
	// volumeName and volumeStatus have "No" in the Default value column:
	// a string takes it as written; volumeStatus's "No" is not one of its
	// values, and is a finding instead of a default.
	{"listvolumes", "ListVolumes", "9.6", "readonly", `
accounts array
accounts/* integer
includeVirtualVolumes boolean default=true
isPaired boolean
limit integer default=10000
startVolumeID integer
volumeIDs array
volumeIDs/* integer
volumeName string default=No
volumeStatus string enum=creating,snapshotting,active,deleted`},
	{"modifyvolume", "ModifyVolume", "9.6", "mutating", `
access string enum=readOnly,readWrite,locked,replicationTarget,snapMirrorTarget
accountID integer
associateWithQoSPolicy boolean
attributes object
createTime string
dontMoveforIopsRebalance boolean default=false
enableSnapMirrorReplication boolean default=false
fifoSize integer
minFifoSize integer
mode string enum=asynch,sync
qos ref=objects/QoS.json
qosPolicyID integer
setCreateTime boolean
totalSize integer
volumeID integer required`},
	{"removeclusterpair", "RemoveClusterPair", "9.6", "destructive", `
clusterPairID integer required`},
}

// The QoS object page's members: the shared schema both QoS methods refer to.
const qosObject = `
burstIOPS integer
burstTime integer
curve object
maxIOPS integer
minIOPS integer`

// A Mandatory member whose table says Minimum 0 (X-Auth-Token,
// resource_tenant_id) is a contradiction the contract records
// (minimum-zero): its minimum is left to the conflict, so len=..MAX.
// enterprise_project_id's 36 characters are broken by the page's own
// example ("0"): disputed.
var dcaasSample = []struct {
	page, api, method, path, effect string
	statuses                        string
	lines                           string
}{
	{"api_v3/virtual_gateways/creating_a_virtual_gateway.rst", "dcaas", "POST", "/v3/{project_id}/dcaas/virtual-gateways", "mutating", "201", `
header X-Auth-Token string required len=..10240
path project_id string required
body virtual_gateway object
body virtual_gateway/bgp_asn integer range=1..4294967295
body virtual_gateway/description string len=0..128
body virtual_gateway/enterprise_project_id string disputed:len=36..36
body virtual_gateway/enterprise_router_id string
body virtual_gateway/local_ep_group array required
body virtual_gateway/local_ep_group/* string
body virtual_gateway/local_ep_group_ipv6 array
body virtual_gateway/local_ep_group_ipv6/* string
body virtual_gateway/name string len=0..64
body virtual_gateway/vpc_id string required`},
	{"api_v3/virtual_gateways/updating_a_virtual_gateway.rst", "dcaas", "PUT", "/v3/{project_id}/dcaas/virtual-gateways/{virtual_gateway_id}", "mutating", "200", `
header X-Auth-Token string required len=..10240
path project_id string required
path virtual_gateway_id string required
body virtual_gateway object
body virtual_gateway/description string len=0..128
body virtual_gateway/local_ep_group array
body virtual_gateway/local_ep_group/* string
body virtual_gateway/local_ep_group_ipv6 array
body virtual_gateway/local_ep_group_ipv6/* string
body virtual_gateway/name string len=0..64`},
	{"api_v3/virtual_gateways/querying_details_about_a_virtual_gateway.rst", "dcaas", "GET", "/v3/{project_id}/dcaas/virtual-gateways/{virtual_gateway_id}", "readonly", "200", `
header X-Auth-Token string required len=..10240
path project_id string required
path virtual_gateway_id string required
query fields array`},
	{"api_v3/connections/creating_a_hosted_connection.rst", "dcaas", "POST", "/v3/{project_id}/dcaas/hosted-connects", "mutating", "201", `
header X-Auth-Token string required len=..10240
path project_id string required
body hosted_connect object required
body hosted_connect/bandwidth integer required range=2..400000
body hosted_connect/description string len=0..128
body hosted_connect/hosting_id string required
body hosted_connect/name string len=0..64
body hosted_connect/peer_location string len=0..255
body hosted_connect/resource_tenant_id string required len=..32
body hosted_connect/vlan integer required range=0..3999`},
	{"api_v3/connections/updating_a_connection.rst", "dcaas", "PUT", "/v3/{project_id}/dcaas/direct-connects/{direct_connect_id}", "mutating", "200", `
header X-Auth-Token string required len=..10240
path direct_connect_id string required len=36..36
path project_id string required
body direct_connect object
body direct_connect/bandwidth integer range=2..100000
body direct_connect/description string len=0..128
body direct_connect/name string len=0..64
body direct_connect/peer_location string len=0..255
body direct_connect/provider_status string enum=ACTIVE,DOWN
body direct_connect/status string enum=PENDING_PAY,APPLY`},
	{"api_v3/connections/deleting_a_connection.rst", "dcaas", "DELETE", "/v3/{project_id}/dcaas/direct-connects/{direct_connect_id}", "destructive", "204", `
header X-Auth-Token string required len=..10240
path direct_connect_id string required len=36..36
path project_id string required`},
	{"api_v3/connections/deleting_a_hosted_connection.rst", "dcaas", "DELETE", "/v3/{project_id}/dcaas/hosted-connects/{hosted_connect_id}", "destructive", "204", `
header X-Auth-Token string required len=..10240
path hosted_connect_id string required len=36..36
path project_id string required`},
	// The v2.0 pages give no status code of their own ("see Common Status
	// Codes"): the contract's response is default, no status is made up.
	{"api_v2.0/direct_connect_endpoint_group/creating_an_endpoint_group.rst", "dcaas-v2", "POST", "/v2.0/dcaas/dc-endpoint-groups", "mutating", "default", `
body dc_endpoint_group object required
body dc_endpoint_group/description string
body dc_endpoint_group/endpoints array required
body dc_endpoint_group/endpoints/* string
body dc_endpoint_group/name string
body dc_endpoint_group/tenant_id string required
body dc_endpoint_group/type string required`},
	{"api_v2.0/direct_connect_endpoint_group/deleting_an_endpoint_group.rst", "dcaas-v2", "DELETE", "/v2.0/dcaas/dc-endpoint-groups/{endpoint_group_id}", "destructive", "default", `
path endpoint_group_id string required`},
	{"api_v3/virtual_gateways/deleting_a_virtual_gateway.rst", "dcaas", "DELETE", "/v3/{project_id}/dcaas/virtual-gateways/{virtual_gateway_id}", "destructive", "204", `
header X-Auth-Token string required len=..10240
path project_id string required
path virtual_gateway_id string required`},
}

// TestSamplePages imports the sample into an empty folder and compares each
// contract with what its page's tables say, parameter by parameter.
func TestSamplePages(t *testing.T) {
	docs := refsDocs
	var files []string
	for _, s := range elementSample {
		files = append(files, filepath.Join(docs[0], "reference_element_api_"+s.page+".adoc"))
	}
	files = append(files, filepath.Join(docs[0], "reference_element_api_qos.adoc"))
	for _, s := range dcaasSample {
		files = append(files, filepath.Join(docs[1], filepath.FromSlash(s.page)))
	}
	pages, errs := ReadPages(files)
	if len(errs) > 0 {
		t.Fatalf("unreadable: %v", errs)
	}
	out := t.TempDir()
	rep, err := Run(context.Background(), out, pages, Options{})
	if err != nil || rep.Invalid != nil {
		t.Fatalf("import: %v %v", err, rep.Invalid)
	}
	if rep.Written != len(elementSample)+len(dcaasSample) || rep.Objects != 1 {
		t.Errorf("imported %d methods and %d objects, want %d and 1", rep.Written, rep.Objects, len(elementSample)+len(dcaasSample))
	}
	if _, err := contract.Load(context.Background(), out, nil); err != nil {
		t.Fatalf("the sample does not load: %v", err)
	}

	for _, s := range elementSample {
		t.Run(s.method, func(t *testing.T) {
			doc := decodeFile(t, filepath.Join(out, "schemas/element", s.method+".json"))
			top := doc.(map[string]any)
			if top["x-conform-since"] != s.since || top["x-conform-effect"] != s.effect {
				t.Errorf("since %v effect %v, want %s %s", top["x-conform-since"], top["x-conform-effect"], s.since, s.effect)
			}
			params, _ := jsonvalue.Lookup(doc, "/definitions/params")
			compareLines(t, describeSchema(doc, params, ""), s.params)
			feature, err := os.ReadFile(filepath.Join(out, "features/element", snake(s.method)+".feature"))
			if err != nil || !strings.Contains(string(feature), "@"+s.effect+"\n") || !strings.Contains(string(feature), "@since:"+s.since) {
				t.Errorf("the feature lacks @%s or @since:%s (%v)", s.effect, s.since, err)
			}
		})
	}
	t.Run("QoS", func(t *testing.T) {
		doc := decodeFile(t, filepath.Join(out, "schemas/element/objects/QoS.json"))
		compareLines(t, describeSchema(doc, doc, ""), qosObject)
	})
	for _, s := range dcaasSample {
		t.Run(s.page, func(t *testing.T) {
			doc := decodeFile(t, filepath.Join(out, "openapi", s.api+".yaml"))
			op, ok := jsonvalue.Lookup(doc, "/paths/"+jsonvalue.EscapePointerToken(s.path)+"/"+strings.ToLower(s.method))
			if !ok {
				t.Fatalf("no %s %s in openapi/%s.yaml", s.method, s.path, s.api)
			}
			o := op.(map[string]any)
			if o["x-conform-effect"] != s.effect {
				t.Errorf("x-conform-effect %v, want %s", o["x-conform-effect"], s.effect)
			}
			var codes []string
			for c := range o["responses"].(map[string]any) {
				codes = append(codes, c)
			}
			sort.Strings(codes)
			if strings.Join(codes, " ") != s.statuses {
				t.Errorf("statuses %v, want %s", codes, s.statuses)
			}
			var got []string
			params, _ := o["parameters"].([]any)
			for _, p := range params {
				pm := p.(map[string]any)
				line := fmt.Sprintf("%s %s", pm["in"], pm["name"])
				for _, l := range describeSchema(doc, pm["schema"], "") {
					got = append(got, line+strings.TrimPrefix(l, "/"))
				}
				if pm["required"] == true {
					got[len(got)-1] += " required"
					got[len(got)-1] = reorder(got[len(got)-1])
				}
			}
			if body, ok := jsonvalue.Lookup(o, "/requestBody/content/application~1json/schema"); ok {
				for _, l := range describeSchema(doc, body, "") {
					if l != "/ object" {
						got = append(got, "body "+strings.TrimPrefix(l, "/"))
					}
				}
			}
			compareLines(t, got, s.lines)
		})
	}
}

// describeSchema writes a schema as lines of the sample's format, one per
// place, following local $refs (a $ref to another file is written as ref=).
func describeSchema(doc, schema any, ptr string) []string {
	var out []string
	var walk func(s any, ptr string, required bool)
	walk = func(s any, ptr string, required bool) {
		m, _ := s.(map[string]any)
		for i := 0; i < 8; i++ {
			ref, ok := m["$ref"].(string)
			if !ok || !strings.HasPrefix(ref, "#") {
				break
			}
			t, _ := jsonvalue.Lookup(doc, strings.TrimPrefix(ref, "#"))
			m, _ = t.(map[string]any)
		}
		var parts []string
		if t, ok := m["type"].(string); ok {
			parts = append(parts, t)
		}
		if required {
			parts = append(parts, "required")
		}
		lo, hi := fmt.Sprint(orEmpty(m["minLength"])), fmt.Sprint(orEmpty(m["maxLength"]))
		if m["minLength"] != nil || m["maxLength"] != nil {
			parts = append(parts, "len="+lo+".."+hi)
		}
		lo, hi = fmt.Sprint(orEmpty(m["minimum"])), fmt.Sprint(orEmpty(m["maximum"]))
		if m["minimum"] != nil || m["maximum"] != nil {
			parts = append(parts, "range="+lo+".."+hi)
		}
		if e, ok := m["enum"].([]any); ok {
			var vs []string
			for _, v := range e {
				vs = append(vs, fmt.Sprint(v))
			}
			parts = append(parts, "enum="+strings.Join(vs, ","))
		}
		if d, ok := m["default"]; ok {
			parts = append(parts, "default="+fmt.Sprint(d))
		}
		if ref, ok := m["$ref"].(string); ok {
			parts = append(parts, "ref="+ref)
		}
		// A limit the page's own example breaks is the conflict's rule (a
		// warning), not the schema's: "disputed:".
		if cs, ok := m["x-conform-conflicts"].([]any); ok {
			for _, c := range cs {
				rule, _ := c.(map[string]any)["rule"].(map[string]any)
				for _, k := range []struct{ name, lo, hi string }{{"len", "minLength", "maxLength"}, {"range", "minimum", "maximum"}} {
					if rule[k.lo] != nil || rule[k.hi] != nil {
						parts = append(parts, fmt.Sprintf("disputed:%s=%v..%v", k.name, orEmpty(rule[k.lo]), orEmpty(rule[k.hi])))
					}
				}
			}
		}
		if ptr != "" {
			out = append(out, ptr+" "+strings.Join(parts, " "))
		} else {
			out = append(out, "/ "+strings.Join(parts, " "))
		}
		req := map[string]bool{}
		if r, ok := m["required"].([]any); ok {
			for _, x := range r {
				req[fmt.Sprint(x)] = true
			}
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for k, v := range props {
				walk(v, strings.TrimPrefix(ptr+"/"+k, "/"), req[k])
			}
		}
		if it, ok := m["items"]; ok && ptr != "" {
			walk(it, ptr+"/*", false)
		}
	}
	walk(schema, ptr, false)
	sort.Strings(out)
	return out
}

func orEmpty(v any) any {
	if v == nil {
		return ""
	}
	return v
}

// reorder puts "required" right after the type, as the sample writes it.
func reorder(line string) string {
	f := strings.Fields(line)
	var head, rest []string
	for i, w := range f {
		if w == "required" {
			continue
		}
		if i < 3 {
			head = append(head, w)
		} else {
			rest = append(rest, w)
		}
	}
	return strings.Join(append(append(head, "required"), rest...), " ")
}

func compareLines(t *testing.T, got []string, want string) {
	t.Helper()
	var w []string
	for _, l := range strings.Split(strings.TrimSpace(want), "\n") {
		w = append(w, strings.TrimSpace(l))
	}
	var g []string
	for _, l := range got {
		if l != "/ object" {
			g = append(g, strings.TrimSpace(l))
		}
	}
	sort.Strings(w)
	sort.Strings(g)
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("the contract says:\n  %s\nthe page says:\n  %s", strings.Join(g, "\n  "), strings.Join(w, "\n  "))
	}
}
