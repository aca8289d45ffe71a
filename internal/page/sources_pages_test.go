package page_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

// member renders what a table says of a member, in one line:
// name in kind req=… min..max enum=[…] default=… ref=…
func member(m *page.Member) string {
	kind := m.Kind
	if kind == "array" && m.ItemsKind != "" {
		kind += "<" + m.ItemsKind + ">"
	}
	if kind == "" {
		kind = "?" + m.Type
	}
	s := fmt.Sprintf("%s %s %s req=%v", m.Name, m.In, kind, m.Required())
	if m.Min != nil || m.Max != nil {
		f := func(p *float64) string {
			if p == nil {
				return ""
			}
			return strconv.FormatFloat(*p, 'f', -1, 64)
		}
		s += " " + f(m.Min) + ".." + f(m.Max)
	}
	if len(m.Enum) > 0 {
		s += " enum=[" + strings.Join(m.Enum, " ") + "]"
	}
	if m.Default != "" {
		s += " default=" + m.Default
	}
	if m.Ref != "" {
		s += " ref=" + m.Ref
	}
	return s
}

func members(o *page.Object) []string {
	if o == nil {
		return nil
	}
	if o.NoMembers {
		return []string{"(none)"}
	}
	var out []string
	for _, m := range o.Members {
		out = append(out, member(m))
	}
	return out
}

type pageWant struct {
	file      string // under shared/vendor-docs
	kind      page.Kind
	operation string
	method    string // "POST /v3/{project_id}/dcaas/vif-peers"; "" for JSON-RPC
	since     string
	params    []string
	objects   map[string][]string // every object, by name; "(none)" when the page says there are none
	responses []int               // the statuses of the response tables
	requests  int                 // request examples
	replies   []int               // response examples' statuses
	status    []int               // the Status Codes table
	titles    []string            // the examples' titles, requests then responses, when checked
	anyObject bool                // objects are not checked (too many to list here)
	repairs   int
	notes     int
}

// Expectations written by reading each page's source.
var sourcePages = []pageWant{
	{
		file: "element-software/api/reference_element_api_startclusterpairing.adoc", kind: page.KindMethod,
		operation: "StartClusterPairing", since: "9.6",
		objects: map[string][]string{
			"params": {"(none)"},
			"result": {"clusterPairingKey response string req=false", "clusterPairID response integer req=false"},
		},
		responses: []int{200}, requests: 1, replies: []int{200},
		titles: []string{"Request example", "Response example"},
	},
	{
		file: "element-software/api/reference_element_api_createvolume.adoc", kind: page.KindMethod,
		operation: "CreateVolume", since: "9.6",
		objects: map[string][]string{
			"params": {
				"access params string req=false",
				"accountID params integer req=true",
				"associateWithQoSPolicy params boolean req=false enum=[true false] default=true",
				"attributes params object req=false",
				"dontMoveforIopsRebalance params boolean req=false enum=[true false] default=false",
				"enable512e params boolean req=true enum=[true false]",
				"enableSnapMirrorReplication params boolean req=false enum=[true false] default=false",
				"fifoSize params integer req=false default=24",
				"minFifoSize params integer req=false default=0",
				"name params string req=true",
				// "Possible values:" under an object lists its members, not values.
				"qos params object req=false ref=QoS",
				"qosPolicyID params integer req=false",
				"totalSize params integer req=true",
			},
			"result": {
				"volume response object req=false ref=volume",
				"volumeID response integer req=false",
				"curve response object req=false",
			},
		},
		responses: []int{200}, requests: 1, replies: []int{200},
	},
	{
		file: "element-software/api/reference_element_api_clusterpair.adoc", kind: page.KindObject,
		objects: map[string][]string{
			"clusterPair": {
				"clusterName response string req=false",
				"clusterPairID response integer req=false",
				"clusterPairUUID response string req=false",
				"UUID response integer req=false",
				"latency response integer req=false",
				"mvip response string req=false",
				"status response string req=false enum=[Unconfigured Connected Misconfigured Disconnected]",
				"version response string req=false",
			},
		},
	},
	{
		file: "element-software/api/reference_element_api_removeclusterpair.adoc", kind: page.KindMethod,
		operation: "RemoveClusterPair", since: "9.6",
		objects: map[string][]string{
			"params": {"clusterPairID params integer req=true"},
			"result": {"(none)"},
		},
		responses: []int{200}, requests: 1, replies: []int{200},
	},
	{
		// An "Optional" column instead of "Required", one cell per row on
		// a line, a trailing "|" after the last row, values written inline.
		file: "element-software/api/reference_element_api_getsoftwareencryptionatrestinfo.adoc", kind: page.KindMethod,
		operation: "GetSoftwareEncryptionAtRestInfo", since: "12.3",
		objects: map[string][]string{
			"params": {"(none)"},
			"result": {
				"masterKeyInfo response ?EncryptionKeyInfo req=false",
				"rekeyMasterKeyAsyncResultID response integer req=false",
				"state response string req=true enum=[disabled enabled]",
				"version response integer req=true",
			},
		},
		responses: []int{200}, requests: 1, replies: []int{200}, notes: 1,
	},
	{
		file: "element-software/api/reference_element_api_createschedule.adoc", kind: page.KindMethod,
		operation: "CreateSchedule", since: "9.6",
		requests: 3, replies: []int{200, 200, 200}, responses: []int{200}, anyObject: true,
		titles:  []string{"Request example 1", "Request example 2", "Request example 3", "Response example 1", "Response example 2", "Response example 3"},
		repairs: 2, notes: 1,
	},
	{
		// The method's own "Cluster version info object members" table is
		// the object its clusterVersionInfo member refers to.
		file: "element-software/api/reference_element_api_getclusterversioninfo.adoc", kind: page.KindMethod,
		operation: "GetClusterVersionInfo", since: "9.6",
		objects: map[string][]string{
			"params": {"(none)"},
			"clusterVersionInfo": {
				"nodeID response integer req=false",
				"nodeInternalRevision response string req=false",
				"nodeVersion response string req=false",
			},
			"result": {
				"clusterAPIVersion response string req=false",
				"clusterVersion response string req=false",
				"clusterVersionInfo response array<object> req=false ref=clusterVersionInfo",
				"pendingClusterVersion response string req=false",
				"softwareVersionInfo response object req=false",
			},
		},
		responses: []int{200}, requests: 1, replies: []int{200},
	},
	{
		file: "direct-connect/api-ref/source/api_v3/virtual_interfaces/creating_a_virtual_interface_peer.rst", kind: page.KindMethod,
		operation: "CreateVifPeer", method: "POST /v3/{project_id}/dcaas/vif-peers",
		params: []string{"project_id path string req=true", "X-Auth-Token header string req=true 0..10240"},
		objects: map[string][]string{
			"CreateVifPeerRequestBody": {"vif_peer body object req=false ref=CreateVifPeer"},
			"CreateVifPeer": {
				"name body string req=true 0..64",
				"description body string req=false 0..128",
				"address_family body string req=true",
				"local_gateway_ip body string req=true",
				"remote_gateway_ip body string req=true",
				"route_mode body string req=false ..255 enum=[bgp static]",
				"bgp_asn body integer req=false 1..4294967295",
				"bgp_md5 body string req=false",
				"remote_ep_group body array<string> req=false",
				"vif_id body string req=true 36..36",
			},
			"CreateVifPeerResponseBody": {"vif_peer response object req=false ref=VifPeer", "request_id response string req=false"},
			"VifPeer": {
				"id response string req=false 36..36",
				"tenant_id response string req=false 36..36",
				"name response string req=false 0..64",
				"description response string req=false 0..128",
				"address_family response string req=false",
				"local_gateway_ip response string req=false",
				"remote_gateway_ip response string req=false",
				"route_mode response string req=false ..255 enum=[bgp static]",
				"bgp_asn response integer req=false 1..4294967295",
				"bgp_md5 response string req=false",
				"remote_ep_group response array<string> req=false",
				"service_ep_group response array<string> req=false",
				"device_id response string req=false",
				"bgp_route_limit response integer req=false",
				"bgp_status response string req=false ..10",
				"status response string req=false",
				"vif_id response string req=false 36..36",
				"receive_route_num response integer req=false",
				"enable_nqa response boolean req=false",
				"enable_bfd response boolean req=false",
				"enable_gre response boolean req=false",
				"gre_status response string req=false",
				"remote_gre_tunnel_ip response string req=false",
			},
		},
		responses: []int{201}, requests: 2, replies: []int{201, 201}, status: []int{201},
		titles: []string{"Creating an IPv4 virtual interface peer", "Creating an IPv6 virtual interface peer",
			"The IPv4 virtual interface peer is created.", "The IPv6 virtual interface peer is created."},
		// Both response examples lack their opening brace.
		repairs: 2,
	},
	{
		file: "direct-connect/api-ref/source/api_v3/virtual_interfaces/deleting_a_virtual_interface.rst", kind: page.KindMethod,
		operation: "DeleteVirtualInterface", method: "DELETE /v3/{project_id}/dcaas/virtual-interfaces/{virtual_interface_id}",
		params: []string{
			"project_id path string req=true",
			"virtual_interface_id path string req=true 36..36",
			"X-Auth-Token header string req=true 0..10240",
		},
		requests: 1, status: []int{204},
	},
	{
		file: "direct-connect/api-ref/source/api_v2.0/virtual_interface/creating_a_virtual_interface.rst", kind: page.KindMethod,
		operation: "CreateVirtualInterface", method: "POST /v2.0/dcaas/virtual-interfaces",
		objects: map[string][]string{
			"CreateVirtualInterfaceRequestBody": {"virtual_interface body object req=true ref=virtual_interface"},
			"virtual_interface": {
				"tenant_id body string req=false",
				"name body string req=false",
				"description body string req=false",
				"direct_connect_id body string req=true",
				"vgw_id body string req=true",
				"type body string req=true",
				"service_type body string req=true",
				"vlan body integer req=true",
				"bandwidth body integer req=true",
				"local_gateway_v4_ip body string req=true",
				"remote_gateway_v4_ip body string req=true",
				"route_mode body string req=true",
				"bgp_asn body integer req=false",
				"bgp_md5 body string req=false",
				"remote_ep_group_id body string req=true",
				"admin_state_up body boolean req=false",
			},
			// The response's table points to another page's table.
			"CreateVirtualInterfaceResponseBody": {"virtual_interface response object req=false"},
		},
		responses: []int{200}, requests: 1, replies: []int{200},
		titles: []string{"Example request", "Example response"},
	},
	{
		file: "direct-connect/api-ref/source/api_v2.0/virtual_gateway/querying_the_virtual_gateway_list.rst", kind: page.KindMethod,
		operation: "ListVirtualGateways", method: "GET /v2.0/dcaas/virtual-gateways",
		params: []string{"fields query string req=false"},
		objects: map[string][]string{
			"ListVirtualGatewaysResponseBody": {"virtual_gateways response array req=false"},
		},
		responses: []int{200}, requests: 2, replies: []int{200},
	},
	{
		// The path parameter is in the URI's table and again in the
		// request's: one parameter, and a note.
		file: "direct-connect/api-ref/source/api_v2.0/virtual_gateway/deleting_a_virtual_gateway.rst", kind: page.KindMethod,
		operation: "DeleteVirtualGateway", method: "DELETE /v2.0/dcaas/virtual-gateways/{virtual_gateway_id}",
		params:   []string{"virtual_gateway_id path string req=true"},
		requests: 1, notes: 1,
	},
	{
		file: "direct-connect/api-ref/source/api_v3/virtual_gateways/querying_the_virtual_gateway_list.rst", kind: page.KindMethod,
		operation: "ListVirtualGateways", method: "GET /v3/{project_id}/dcaas/virtual-gateways",
		params: []string{
			"project_id path string req=true",
			"limit query integer req=false 1..2000 default=2000",
			"marker query string req=false 0..36",
			"fields query array req=false",
			"sort_dir query array req=false",
			"sort_key query string req=false 0..36 default=id",
			"id query array req=false",
			"enterprise_project_id query array req=false",
			"vpc_id query array req=false",
			"X-Auth-Token header string req=true 0..10240",
		},
		responses: []int{200}, requests: 1, replies: []int{200}, status: []int{200}, anyObject: true,
	},
	{
		file: "direct-connect/api-ref/source/public_parameters/common_status_codes.rst", kind: page.KindConcept,
	},
	{
		file: "element-software/api/concept_element_api_authentication.adoc", kind: page.KindConcept,
	},
	{
		file: "element-software/api/reference_element_api_response_example_getconfig.adoc", kind: page.KindExample,
	},
}

func TestDocSourcePages(t *testing.T) {
	root := vendorDocs(t)
	for _, w := range sourcePages {
		t.Run(filepath.Base(w.file), func(t *testing.T) {
			p, err := page.ReadFile(filepath.Join(root, filepath.FromSlash(w.file)))
			if err != nil {
				t.Fatal(err)
			}
			check := func(what string, got, want any) {
				t.Helper()
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s:\ngot  %v\nwant %v", what, got, want)
				}
			}
			check("kind", p.Kind, w.kind)
			if p.Kind != page.KindMethod && p.Kind != page.KindObject && p.KindReason == "" {
				t.Errorf("a %s page with no reason", p.Kind)
			}
			check("operation", p.Operation, w.operation)
			check("method", strings.TrimSpace(p.HTTPMethod+" "+p.Path), w.method)
			check("since", p.Since, w.since)
			var params []string
			for _, m := range p.Params {
				params = append(params, member(m))
			}
			check("params", strings.Join(params, "\n     "), strings.Join(w.params, "\n     "))
			if !w.anyObject {
				var names []string
				for n := range p.Objects {
					names = append(names, n)
				}
				var wantNames []string
				for n := range w.objects {
					wantNames = append(wantNames, n)
				}
				sort.Strings(names)
				sort.Strings(wantNames)
				check("objects", names, wantNames)
				for n, want := range w.objects {
					check("object "+n, strings.Join(members(p.Objects[n]), "\n     "), strings.Join(want, "\n     "))
				}
			}
			var statuses []int
			for _, r := range p.Responses {
				statuses = append(statuses, r.Status)
			}
			check("response tables", statuses, w.responses)
			check("request examples", len(p.RequestExamples), w.requests)
			var replies []int
			for _, e := range p.ResponseExamples {
				replies = append(replies, e.Status)
			}
			check("response examples", replies, w.replies)
			var codes []int
			for _, c := range p.StatusCodes {
				codes = append(codes, c.Code)
			}
			check("status codes", codes, w.status)
			if w.titles != nil {
				var titles []string
				for _, e := range append(append([]*page.Example{}, p.RequestExamples...), p.ResponseExamples...) {
					titles = append(titles, e.Title)
				}
				check("example titles", strings.Join(titles, " | "), strings.Join(w.titles, " | "))
			}
			check("repairs", len(p.Repairs), w.repairs)
			check("notes", len(p.Notes), w.notes)
		})
	}
}
