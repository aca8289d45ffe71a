package reference

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fault tests restate each documented rule independently of the
// reference's code, send the request a fault targets, and check that the
// correct target keeps every rule while the faulty one breaks exactly the
// rules its fault names.

// rule is one documented rule, checked on one answer; check returns "" when
// the answer keeps the rule, else what is wrong.
type rule struct {
	name  string
	check func(r reply) string
}

// scenario is a request and the rules its answer must keep.
type scenario struct {
	name  string
	send  func(tg *target) reply
	rules []rule
}

func must(ok bool, format string, args ...any) string {
	if ok {
		return ""
	}
	return fmt.Sprintf(format, args...)
}

func isInteger(v any) bool {
	n, ok := v.(json.Number)
	return ok && !strings.ContainsAny(string(n), ".eE")
}

func statusRule(status int) rule {
	return rule{fmt.Sprintf("HTTP %d", status), func(r reply) string {
		return must(r.status == status, "status %d", r.status)
	}}
}

var jsonRule = rule{"Content-Type application/json", func(r reply) string {
	return must(r.mediaType() == "application/json", "Content-Type %q", r.header.Get("Content-Type"))
}}

// peerRule checks a member of vif_peer; answers without the wrapper are the
// wrapper rule's business.
func peerRule(name string, check func(p map[string]any) string) rule {
	return rule{name, func(r reply) string {
		p, ok := r.member("vif_peer").(map[string]any)
		if !ok {
			return ""
		}
		return check(p)
	}}
}

func maxLengthRule(member string, max int) rule {
	return peerRule(fmt.Sprintf("vif_peer.%s maxLength %d", member, max), func(p map[string]any) string {
		s, ok := p[member].(string)
		return must(ok && utf8.RuneCountInString(s) <= max, "%s = %#v", member, p[member])
	})
}

func exactLengthRule(member string, n int) rule {
	return peerRule(fmt.Sprintf("vif_peer.%s required, length %d", member, n), func(p map[string]any) string {
		s, ok := p[member].(string)
		return must(ok && utf8.RuneCountInString(s) == n, "%s = %#v", member, p[member])
	})
}

const bgpPeerRequest = `{"vif_peer":{"name":"vif-0819","description":"mytest","route_mode":"bgp","bgp_asn":64512,` +
	`"remote_ep_group":["20.1.1.0/24"],"vif_id":"5d6c17bc-0ebe-420b-8734-21f519e9d7ad"}}`

var createScenario = scenario{
	name: "DCaaS create",
	send: func(tg *target) reply { return tg.createPeer(bgpPeerRequest) },
	rules: []rule{
		statusRule(http.StatusCreated),
		jsonRule,
		{"vif_peer wrapper", func(r reply) string {
			_, ok := r.member("vif_peer").(map[string]any)
			return must(ok, "no vif_peer object: %s", r.body)
		}},
		maxLengthRule("name", 64),
		maxLengthRule("description", 128),
		exactLengthRule("id", 36),
		exactLengthRule("vif_id", 36),
		peerRule("vif_peer.bgp_asn 1..4294967295", func(p map[string]any) string {
			if p["bgp_asn"] == nil {
				return ""
			}
			n, err := strconv.ParseUint(fmt.Sprint(p["bgp_asn"]), 10, 64)
			return must(isInteger(p["bgp_asn"]) && err == nil && n >= 1 && n <= 4294967295, "bgp_asn = %v", p["bgp_asn"])
		}),
		peerRule("vif_peer.bgp_status maxLength 10", func(p map[string]any) string {
			s, isString := p["bgp_status"].(string)
			return must(p["bgp_status"] == nil || (isString && len(s) <= 10), "bgp_status = %#v", p["bgp_status"])
		}),
		peerRule("vif_peer.route_mode enum", func(p map[string]any) string {
			return must(p["route_mode"] == "static" || p["route_mode"] == "bgp", "route_mode = %#v", p["route_mode"])
		}),
		peerRule("vif_peer.bgp_route_limit integer", func(p map[string]any) string {
			return must(isInteger(p["bgp_route_limit"]), "bgp_route_limit = %#v", p["bgp_route_limit"])
		}),
		peerRule("vif_peer.remote_ep_group array of strings", func(p map[string]any) string {
			items, ok := p["remote_ep_group"].([]any)
			for _, it := range items {
				if _, isString := it.(string); !isString {
					ok = false
				}
			}
			return must(ok, "remote_ep_group = %#v", p["remote_ep_group"])
		}),
		peerRule("vif_peer.enable_nqa boolean", func(p map[string]any) string {
			_, ok := p["enable_nqa"].(bool)
			return must(ok, "enable_nqa = %#v", p["enable_nqa"])
		}),
		peerRule("vif_peer.status required", func(p map[string]any) string {
			_, ok := p["status"].(string)
			return must(ok, "status = %#v", p["status"])
		}),
	},
}

var dcaasErrorScenario = scenario{
	name: "DCaaS error",
	send: func(tg *target) reply {
		return tg.createPeer(`{"vif_peer":{"name":"` + strings.Repeat("n", 65) + `"}}`)
	},
	rules: []rule{
		statusRule(http.StatusBadRequest),
		jsonRule,
		{"error_code required string", func(r reply) string {
			_, ok := r.member("error_code").(string)
			return must(ok, "error_code = %#v", r.member("error_code"))
		}},
		{"error_msg required string", func(r reply) string {
			_, ok := r.member("error_msg").(string)
			return must(ok, "error_msg = %#v", r.member("error_msg"))
		}},
	},
}

// Rules every JSON-RPC answer keeps; the requests below all use id 7.
var rpcEnvelopeRules = []rule{
	statusRule(http.StatusOK),
	jsonRule,
	{"id echoed", func(r reply) string {
		return must(r.member("id") == json.Number("7"), "id = %#v", r.member("id"))
	}},
	{"exactly one of result and error", func(r reply) string {
		obj := r.object()
		_, hasResult := obj["result"]
		_, hasError := obj["error"]
		return must(hasResult != hasError, "result present %v, error present %v", hasResult, hasError)
	}},
	{"only documented top-level members", func(r reply) string {
		for k := range r.object() {
			if k != "id" && k != "result" && k != "error" && k != "unusedParameters" {
				return "undocumented member " + k
			}
		}
		return ""
	}},
}

// resultRule checks result members; answers without a result are the
// envelope rules' business.
func resultRule(name string, check func(result map[string]any) string) rule {
	return rule{name, func(r reply) string {
		result, ok := r.member("result").(map[string]any)
		if !ok {
			return ""
		}
		return check(result)
	}}
}

// keyRule checks the decoded pairing key; a key that does not decode is the
// hex and JSON rules' business.
func keyRule(name string, check func(result, key map[string]any) string) rule {
	return resultRule(name, func(result map[string]any) string {
		raw, err := hex.DecodeString(str(result["clusterPairingKey"]))
		if err != nil {
			return ""
		}
		var key map[string]any
		if err := json.Unmarshal(raw, &key); err != nil {
			return ""
		}
		// Re-decode with json.Number to compare integers exactly.
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.UseNumber()
		_ = dec.Decode(&key)
		return check(result, key)
	})
}

var startScenario = scenario{
	name: "StartClusterPairing",
	send: func(tg *target) reply { return tg.rpc(`{"method":"StartClusterPairing","params":{},"id":7}`) },
	rules: append(append([]rule{}, rpcEnvelopeRules...),
		rule{"a result, not an error alone", func(r reply) string {
			obj := r.object()
			_, hasResult := obj["result"]
			_, hasError := obj["error"]
			return must(hasResult || !hasError, "an error and no result: %#v", obj["error"])
		}},
		resultRule("result.clusterPairID integer", func(res map[string]any) string {
			return must(isInteger(res["clusterPairID"]), "clusterPairID = %#v", res["clusterPairID"])
		}),
		resultRule("result.clusterPairID minimum 1", func(res map[string]any) string {
			if !isInteger(res["clusterPairID"]) {
				return ""
			}
			n, err := strconv.ParseInt(fmt.Sprint(res["clusterPairID"]), 10, 64)
			return must(err == nil && n >= 1, "clusterPairID = %v", res["clusterPairID"])
		}),
		resultRule("result.clusterPairingKey required string", func(res map[string]any) string {
			_, ok := res["clusterPairingKey"].(string)
			return must(ok, "clusterPairingKey = %#v", res["clusterPairingKey"])
		}),
		resultRule("clusterPairingKey is hex", func(res map[string]any) string {
			key, ok := res["clusterPairingKey"].(string)
			if !ok {
				return ""
			}
			_, err := hex.DecodeString(key)
			return must(err == nil, "%v", err)
		}),
		resultRule("clusterPairingKey is hex of a JSON object", func(res map[string]any) string {
			encoded, isString := res["clusterPairingKey"].(string)
			raw, err := hex.DecodeString(encoded)
			if !isString || err != nil {
				return ""
			}
			var key map[string]any
			return must(json.Unmarshal(raw, &key) == nil, "decodes to %q", raw)
		}),
		keyRule("clusterPairingKey has the documented members", func(_, key map[string]any) string {
			for _, m := range []string{"clusterPairID", "clusterPairUUID", "clusterUniqueID", "mvip", "name", "password", "rpcConnectionID", "username"} {
				if _, ok := key[m]; !ok {
					return "lacks " + m
				}
			}
			return ""
		}),
		keyRule("clusterPairingKey clusterPairID = result.clusterPairID", func(res, key map[string]any) string {
			return must(fmt.Sprint(key["clusterPairID"]) == fmt.Sprint(res["clusterPairID"]),
				"key %v, result %v", key["clusterPairID"], res["clusterPairID"])
		}),
	),
}

var rpcErrorScenario = scenario{
	name: "unknown method",
	send: func(tg *target) reply { return tg.rpc(`{"method":"NoSuchMethod","params":{},"id":7}`) },
	rules: append(append([]rule{}, rpcEnvelopeRules...),
		rule{"error.name required string", func(r reply) string {
			_, ok := r.member("error", "name").(string)
			return must(ok, "name = %#v", r.member("error", "name"))
		}},
		rule{"error.code integer", func(r reply) string {
			return must(isInteger(r.member("error", "code")), "code = %#v", r.member("error", "code"))
		}},
		rule{"error.message required string", func(r reply) string {
			_, ok := r.member("error", "message").(string)
			return must(ok, "message = %#v", r.member("error", "message"))
		}},
	),
}

// rejectScenario sends a request the target must refuse with status and,
// when given, the error code (DCaaS) or error name (Element).
func rejectScenario(name string, status int, code string, send func(tg *target) reply) scenario {
	return scenario{name: name, send: send, rules: []rule{{"rejected", func(r reply) string {
		got := str(r.member("error_code"))
		if got == "" {
			got = str(r.member("error", "name"))
		}
		return must(r.status == status && got == code, "answered %d %q, want %d %q", r.status, got, status, code)
	}}}}
}

func withHeader(tg *target, h http.Header, body string) reply {
	return tg.do(http.MethodPost, "/v3/"+testProject+"/dcaas/vif-peers", h, body)
}

// composite is a reply made of several calls' results, for the rules about
// what one call must see of another.
func composite(tg *target, members map[string]any) reply {
	b, err := json.Marshal(members)
	if err != nil {
		tg.t.Fatal(err)
	}
	return reply{status: http.StatusOK, header: http.Header{"Content-Type": {"application/json"}}, body: b}
}

func pairIDs(r reply) []string {
	var ids []string
	list, _ := r.member("result", "clusterPairs").([]any)
	for _, p := range list {
		if m, ok := p.(map[string]any); ok {
			ids = append(ids, fmt.Sprint(m["clusterPairID"]))
		}
	}
	return ids
}

var (
	twoKeysScenario = scenario{name: "StartClusterPairing twice", send: func(tg *target) reply {
		first := tg.call("StartClusterPairing", "").member("result", "clusterPairingKey")
		second := tg.call("StartClusterPairing", "").member("result", "clusterPairingKey")
		return composite(tg, map[string]any{"first": first, "second": second})
	}, rules: []rule{{"each key new", func(r reply) string {
		return must(r.member("first") != r.member("second"), "the same key twice")
	}}}}
	completeThenListScenario = scenario{name: "CompleteClusterPairing then ListClusterPairs", send: func(tg *target) reply {
		origin := startTarget(tg.t, Options{})
		key := str(origin.call("StartClusterPairing", "").member("result", "clusterPairingKey"))
		done := tg.call("CompleteClusterPairing", `{"clusterPairingKey":"`+key+`"}`).member("result", "clusterPairID")
		return composite(tg, map[string]any{"completed": fmt.Sprint(done), "listed": pairIDs(tg.call("ListClusterPairs", ""))})
	}, rules: []rule{{"completed pair listed", func(r reply) string {
		listed, _ := r.member("listed").([]any)
		return must(len(listed) == 1 && listed[0] == r.member("completed"), "completed %v, listed %v", r.member("completed"), listed)
	}}}}
	removeThenListScenario = scenario{name: "RemoveClusterPair then ListClusterPairs", send: func(tg *target) reply {
		id := tg.call("StartClusterPairing", "").member("result", "clusterPairID")
		tg.call("RemoveClusterPair", fmt.Sprintf(`{"clusterPairID":%v}`, id))
		return composite(tg, map[string]any{"listed": pairIDs(tg.call("ListClusterPairs", ""))})
	}, rules: []rule{{"removed pair gone", func(r reply) string {
		listed, _ := r.member("listed").([]any)
		return must(len(listed) == 0, "still listed: %v", listed)
	}}}}
	deleteScenario = scenario{name: "DeleteVifPeer", send: func(tg *target) reply {
		id := str(tg.createPeer(`{}`).member("vif_peer", "id"))
		return tg.do(http.MethodDelete, "/v3/"+testProject+"/dcaas/vif-peers/"+id, dcaasHeader(), "")
	}, rules: []rule{statusRule(http.StatusNoContent)}}
)

// faultExpectations maps each fault to the scenario it targets and the rules
// it must break there.
var faultExpectations = map[string]struct {
	scenario scenario
	breaks   []string
}{
	"dcaas-status-200":                {createScenario, []string{"HTTP 201"}},
	"dcaas-undocumented-status":       {createScenario, []string{"HTTP 201"}},
	"dcaas-content-type":              {createScenario, []string{"Content-Type application/json"}},
	"dcaas-no-wrapper":                {createScenario, []string{"vif_peer wrapper"}},
	"dcaas-name-too-long":             {createScenario, []string{"vif_peer.name maxLength 64"}},
	"dcaas-description-too-long":      {createScenario, []string{"vif_peer.description maxLength 128"}},
	"dcaas-id-too-short":              {createScenario, []string{"vif_peer.id required, length 36"}},
	"dcaas-id-too-long":               {createScenario, []string{"vif_peer.id required, length 36"}},
	"dcaas-missing-id":                {createScenario, []string{"vif_peer.id required, length 36"}},
	"dcaas-vif-id-too-short":          {createScenario, []string{"vif_peer.vif_id required, length 36"}},
	"dcaas-bgp-asn-below-minimum":     {createScenario, []string{"vif_peer.bgp_asn 1..4294967295"}},
	"dcaas-bgp-asn-above-maximum":     {createScenario, []string{"vif_peer.bgp_asn 1..4294967295"}},
	"dcaas-bgp-status-too-long":       {createScenario, []string{"vif_peer.bgp_status maxLength 10"}},
	"dcaas-route-mode-enum":           {createScenario, []string{"vif_peer.route_mode enum"}},
	"dcaas-bgp-route-limit-type":      {createScenario, []string{"vif_peer.bgp_route_limit integer"}},
	"dcaas-remote-ep-group-type":      {createScenario, []string{"vif_peer.remote_ep_group array of strings"}},
	"dcaas-remote-ep-group-item-type": {createScenario, []string{"vif_peer.remote_ep_group array of strings"}},
	"dcaas-enable-nqa-type":           {createScenario, []string{"vif_peer.enable_nqa boolean"}},
	"dcaas-missing-status":            {createScenario, []string{"vif_peer.status required"}},
	"dcaas-error-missing-code":        {dcaasErrorScenario, []string{"error_code required string"}},
	"dcaas-error-code-type":           {dcaasErrorScenario, []string{"error_code required string"}},

	"element-status-500":              {startScenario, []string{"HTTP 200"}},
	"element-content-type":            {startScenario, []string{"Content-Type application/json"}},
	"element-id-not-echoed":           {startScenario, []string{"id echoed"}},
	"element-result-and-error":        {startScenario, []string{"exactly one of result and error"}},
	"element-neither":                 {startScenario, []string{"exactly one of result and error"}},
	"element-error-instead-of-result": {startScenario, []string{"a result, not an error alone"}},
	"element-no-wrapper":              {startScenario, []string{"exactly one of result and error", "only documented top-level members"}},
	"element-pair-id-type":            {startScenario, []string{"result.clusterPairID integer"}},
	"element-missing-key":             {startScenario, []string{"result.clusterPairingKey required string"}},
	"element-key-not-hex":             {startScenario, []string{"clusterPairingKey is hex"}},
	"element-key-odd-length":          {startScenario, []string{"clusterPairingKey is hex"}},
	"element-key-not-json":            {startScenario, []string{"clusterPairingKey is hex of a JSON object"}},
	"element-key-pair-id-mismatch":    {startScenario, []string{"clusterPairingKey clusterPairID = result.clusterPairID"}},
	"element-key-missing-username":    {startScenario, []string{"clusterPairingKey has the documented members"}},
	"element-error-missing-name":      {rpcErrorScenario, []string{"error.name required string"}},
	"element-error-code-type":         {rpcErrorScenario, []string{"error.code integer"}},

	"dcaas-accept-no-token": {rejectScenario("no X-Auth-Token", http.StatusUnauthorized, "APIG.0301", func(tg *target) reply {
		return withHeader(tg, http.Header{"Content-Type": {"application/json"}}, `{}`)
	}), []string{"rejected"}},
	"dcaas-accept-long-token": {rejectScenario("X-Auth-Token of 10241 characters", http.StatusUnauthorized, "APIG.0301", func(tg *target) reply {
		h := dcaasHeader()
		h.Set("X-Auth-Token", strings.Repeat("t", 10241))
		return withHeader(tg, h, `{}`)
	}), []string{"rejected"}},
	"dcaas-accept-long-name": {rejectScenario("name of 65 characters", http.StatusBadRequest, "DC.0001", func(tg *target) reply {
		return tg.createPeer(`{"vif_peer":{"name":"` + strings.Repeat("n", 65) + `"}}`)
	}), []string{"rejected"}},
	"dcaas-accept-bgp-asn-zero": {rejectScenario("bgp_asn 0", http.StatusBadRequest, "DC.0008", func(tg *target) reply {
		return tg.createPeer(`{"vif_peer":{"route_mode":"bgp","bgp_asn":0}}`)
	}), []string{"rejected"}},
	"dcaas-accept-bad-route-mode": {rejectScenario("route_mode dynamic", http.StatusBadRequest, "DC.0001", func(tg *target) reply {
		return tg.createPeer(`{"vif_peer":{"route_mode":"dynamic"}}`)
	}), []string{"rejected"}},
	"element-accept-no-auth": {rejectScenario("no Authorization", http.StatusUnauthorized, "", func(tg *target) reply {
		return tg.do(http.MethodPost, "/json-rpc/12.3", http.Header{"Content-Type": {"application/json-rpc"}},
			`{"method":"StartClusterPairing","params":{},"id":7}`)
	}), []string{"rejected"}},
	"element-key-reused":                {twoKeysScenario, []string{"each key new"}},
	"element-completed-pair-not-listed": {completeThenListScenario, []string{"completed pair listed"}},
	"element-remove-keeps-pair":         {removeThenListScenario, []string{"removed pair gone"}},
	"dcaas-delete-status-200":           {deleteScenario, []string{"HTTP 204"}},
	"element-accept-bad-remove-params": {rejectScenario("clusterPairID \"1\"", http.StatusOK, "xInvalidParameter", func(tg *target) reply {
		return tg.call("RemoveClusterPair", `{"clusterPairID":"1"}`)
	}), []string{"rejected"}},
	"element-pairing-limit": {rejectScenario("a fifth pair", http.StatusOK, "xExceededLimit", func(tg *target) reply {
		for i := 0; i < 4; i++ {
			tg.call("StartClusterPairing", "")
		}
		return tg.call("StartClusterPairing", "")
	}), []string{"rejected"}},
}

// brokenRules runs s against tg and returns the names of the rules its
// answer breaks, with what is wrong.
func brokenRules(tg *target, s scenario) (names []string, details []string) {
	r := s.send(tg)
	for _, rl := range s.rules {
		if why := rl.check(r); why != "" {
			names = append(names, rl.name)
			details = append(details, rl.name+": "+why)
		}
	}
	return names, details
}

func TestEveryFaultBreaksExactlyItsRules(t *testing.T) {
	t.Parallel()
	for _, f := range Faults() {
		want, ok := faultExpectations[f.Name]
		if !ok {
			t.Errorf("fault %s has no expectation in this test", f.Name)
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			t.Parallel()
			clean := startTarget(t, Options{})
			if names, details := brokenRules(clean, want.scenario); len(names) != 0 {
				t.Fatalf("the correct target breaks rules on %s: %v", want.scenario.name, details)
			}
			faulty := startTarget(t, Options{Fault: f.Name})
			names, details := brokenRules(faulty, want.scenario)
			if !reflect.DeepEqual(names, want.breaks) {
				t.Errorf("%s breaks %v, want exactly %v; details: %v", want.scenario.name, names, want.breaks, details)
			}
		})
	}
	known := map[string]bool{}
	for _, f := range Faults() {
		known[f.Name] = true
	}
	for name := range faultExpectations {
		if !known[name] {
			t.Errorf("expectation for %s, which Faults() does not list", name)
		}
	}
}

// Faults stay on their target: a request no fault aims at is answered as by
// the correct target.
func TestFaultsLeaveOtherAnswersAlone(t *testing.T) {
	t.Parallel()
	for _, f := range Faults() {
		t.Run(f.Name, func(t *testing.T) {
			t.Parallel()
			tg := startTarget(t, Options{Fault: f.Name})
			r := tg.call("ListClusterPairs", "")
			if r.status != http.StatusOK || r.mediaType() != "application/json" ||
				string(r.body) != `{"id":1,"result":{"clusterPairs":[]}}` {
				t.Errorf("ListClusterPairs answered %s", r)
			}
			created := tg.createPeer(`{}`)
			id := str(created.member("vif_peer", "id"))
			if len(id) != 36 || f.Name == "dcaas-delete-status-200" {
				return // the fault alters the create or the delete answer
			}
			del := tg.do(http.MethodDelete, "/v3/"+testProject+"/dcaas/vif-peers/"+id, dcaasHeader(), "")
			if del.status != http.StatusNoContent || len(del.body) != 0 {
				t.Errorf("DELETE answered %s", del)
			}
		})
	}
}

func TestFaultsList(t *testing.T) {
	t.Parallel()
	faults := Faults()
	names := make([]string, len(faults))
	for i, f := range faults {
		names[i] = f.Name
		if f.API != "dcaas" && f.API != "element" {
			t.Errorf("%s: API = %q", f.Name, f.API)
		}
		if !strings.HasPrefix(f.Name, f.API+"-") {
			t.Errorf("%s: name does not start with its API %q", f.Name, f.API)
		}
		if f.Side != "response" && f.Side != "request" && f.Side != "state" {
			t.Errorf("%s: Side = %q", f.Name, f.Side)
		}
		if f.Description == "" {
			t.Errorf("%s: no description", f.Name)
		}
		if i > 0 && names[i-1] >= f.Name {
			t.Errorf("Faults() is not sorted by unique name: %s then %s", names[i-1], f.Name)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("Faults() not sorted: %v", names)
	}
	faults[0].Name = "changed"
	if Faults()[0].Name == "changed" {
		t.Errorf("Faults() hands out shared state")
	}
}

func TestNewRejectsUnknownFault(t *testing.T) {
	t.Parallel()
	_, err := New(Options{Fault: "dcaas-name-to-long"})
	if err == nil {
		t.Fatal("New accepted an unknown fault")
	}
	msg := err.Error()
	if !strings.Contains(msg, `"dcaas-name-to-long"`) {
		t.Errorf("error %q does not name the unknown fault", msg)
	}
	for _, f := range Faults() {
		if !strings.Contains(msg, f.Name) {
			t.Errorf("error does not list known fault %s: %q", f.Name, msg)
		}
	}
	if _, err := Start(Options{Fault: "nope"}); err == nil {
		t.Error("Start accepted an unknown fault")
	}
	for _, f := range Faults() {
		if _, err := New(Options{Fault: f.Name}); err != nil {
			t.Errorf("New rejected known fault %s: %v", f.Name, err)
		}
	}
}

func TestNewRejectsUnusableCredentials(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		opts Options
	}{
		{"token over 10240 characters", Options{Token: strings.Repeat("t", 10241)}},
		{"user name with a colon", Options{Username: "a:b"}},
	}
	for _, tt := range tests {
		if _, err := New(tt.opts); err == nil {
			t.Errorf("%s: New accepted it", tt.name)
		}
	}
}

func TestOtherID(t *testing.T) {
	t.Parallel()
	tests := []struct {
		id   any
		want any
	}{
		{json.Number("7"), json.Number("8")},
		{json.Number("-1"), json.Number("0")},
		{json.Number("1.5"), "other"},
		{"abc", "other"},
		{"other", "another"},
		{nil, "other"},
	}
	for _, tt := range tests {
		if got := otherID(tt.id); got != tt.want {
			t.Errorf("otherID(%#v) = %#v, want %#v", tt.id, got, tt.want)
		}
	}
}
