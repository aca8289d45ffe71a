package reference

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// Fault describes one deliberate break of exactly one documented rule.
type Fault struct {
	Name        string // e.g. "dcaas-name-too-long"
	API         string // "dcaas" or "element"
	Side        string // "response" (the target answers wrongly) or "request" (the target accepts what it must reject)
	Description string // which field and which rule it breaks
}

const (
	sideResponse = "response"
	sideRequest  = "request"
	sideState    = "state" // the target forgets or repeats what earlier calls did
)

// relaxation names the one request check a request-side fault skips.
type relaxation int

const (
	relaxNothing relaxation = iota
	relaxMissingToken
	relaxLongToken
	relaxLongName
	relaxBGPASNZero
	relaxRouteModeEnum
	relaxMissingBasicAuth
	relaxPairingLimit
	relaxNewKey        // StartClusterPairing hands out the previous key again
	relaxListCompleted // CompleteClusterPairing's pair is not kept, so not listed
	relaxRemovePair    // RemoveClusterPair answers success and keeps the pair
	relaxRemoveParams  // RemoveClusterPair answers success to a missing or non-integer clusterPairID
)

// faultDef is a Fault plus how it acts: a request-side fault skips one check
// (relax); a response-side fault rewrites the answers that applies selects.
type faultDef struct {
	Fault
	relax   relaxation
	applies func(*answer) bool
	alter   func(*answer) error
}

// Which answers a response-side fault rewrites.
func onCreated(a *answer) bool { return a.op == opDCaaSCreate && a.outcome == outcomeSuccess }
func onDCaaSError(a *answer) bool {
	return a.api == apiDCaaS && a.outcome == outcomeAPIError
}
func onPairingStarted(a *answer) bool { return a.op == opElementStart && a.outcome == outcomeSuccess }
func onRPCError(a *answer) bool {
	return a.api == apiElement && a.outcome == outcomeAPIError
}

func dcaasResponse(name, description string, applies func(*answer) bool, alter func(*answer) error) faultDef {
	return faultDef{Fault: Fault{name, apiDCaaS, sideResponse, description}, applies: applies, alter: alter}
}

func elementResponse(name, description string, applies func(*answer) bool, alter func(*answer) error) faultDef {
	return faultDef{Fault: Fault{name, apiElement, sideResponse, description}, applies: applies, alter: alter}
}

func requestFault(name, api, description string, relax relaxation) faultDef {
	return faultDef{Fault: Fault{name, api, sideRequest, description}, relax: relax}
}

func stateFault(name, api, description string, relax relaxation) faultDef {
	return faultDef{Fault: Fault{name, api, sideState, description}, relax: relax}
}

// faultTable is every fault the reference knows. It is built afresh on each
// call so that no caller can change another's copy.
func faultTable() []faultDef {
	return []faultDef{
		// DCaaS create, 201 answer.
		dcaasResponse("dcaas-status-200",
			"create answers HTTP 200: the documented success status is 201",
			onCreated, setStatus(http.StatusOK)),
		dcaasResponse("dcaas-undocumented-status",
			"create answers HTTP 202: the only documented success status is 201",
			onCreated, setStatus(http.StatusAccepted)),
		dcaasResponse("dcaas-content-type",
			"create answers Content-Type text/plain with the JSON body unchanged: the response media type is application/json",
			onCreated, setContentType("text/plain")),
		dcaasResponse("dcaas-no-wrapper",
			"create answers the peer object without the {\"vif_peer\": …} wrapper: breaks required vif_peer",
			onCreated, editBody(func(doc any) (any, error) {
				obj, err := asObject(doc, "body")
				if err != nil {
					return nil, err
				}
				return obj["vif_peer"], nil
			})),
		dcaasResponse("dcaas-name-too-long",
			"vif_peer.name is 65 characters: breaks maxLength 64",
			onCreated, setPeerMember("name", strings.Repeat("n", 65))),
		dcaasResponse("dcaas-description-too-long",
			"vif_peer.description is 129 characters: breaks maxLength 128",
			onCreated, setPeerMember("description", strings.Repeat("d", 129))),
		dcaasResponse("dcaas-id-too-short",
			"vif_peer.id is 35 characters: breaks minLength 36",
			onCreated, editPeerString("id", func(s string) string { return s[:35] })),
		dcaasResponse("dcaas-id-too-long",
			"vif_peer.id is 37 characters: breaks maxLength 36",
			onCreated, editPeerString("id", func(s string) string { return s + "0" })),
		dcaasResponse("dcaas-vif-id-too-short",
			"vif_peer.vif_id is 35 characters: breaks minLength 36",
			onCreated, editPeerString("vif_id", func(s string) string { return s[:35] })),
		dcaasResponse("dcaas-bgp-asn-below-minimum",
			"vif_peer.bgp_asn is 0: breaks minimum 1",
			onCreated, setPeerMember("bgp_asn", json.Number("0"))),
		dcaasResponse("dcaas-bgp-asn-above-maximum",
			"vif_peer.bgp_asn is 4294967296: breaks maximum 4294967295",
			onCreated, setPeerMember("bgp_asn", json.Number("4294967296"))),
		dcaasResponse("dcaas-bgp-status-too-long",
			"vif_peer.bgp_status is \"Established\" (11 characters): breaks maxLength 10",
			onCreated, setPeerMember("bgp_status", "Established")),
		dcaasResponse("dcaas-route-mode-enum",
			"vif_peer.route_mode is \"dynamic\": breaks enum static, bgp",
			onCreated, setPeerMember("route_mode", "dynamic")),
		dcaasResponse("dcaas-bgp-route-limit-type",
			"vif_peer.bgp_route_limit is the string \"100\": breaks type integer",
			onCreated, setPeerMember("bgp_route_limit", "100")),
		dcaasResponse("dcaas-remote-ep-group-type",
			"vif_peer.remote_ep_group is a string: breaks type array",
			onCreated, editPeer(func(p map[string]any) error {
				items, _ := p["remote_ep_group"].([]any)
				parts := make([]string, 0, len(items))
				for _, it := range items {
					parts = append(parts, fmt.Sprint(it))
				}
				p["remote_ep_group"] = strings.Join(parts, " ")
				return nil
			})),
		dcaasResponse("dcaas-remote-ep-group-item-type",
			"vif_peer.remote_ep_group is [1]: breaks items type string",
			onCreated, setPeerMember("remote_ep_group", []any{json.Number("1")})),
		dcaasResponse("dcaas-enable-nqa-type",
			"vif_peer.enable_nqa is the string \"false\": breaks type boolean",
			onCreated, setPeerMember("enable_nqa", "false")),
		dcaasResponse("dcaas-missing-id",
			"vif_peer.id is absent: breaks required id",
			onCreated, deletePeerMember("id")),
		dcaasResponse("dcaas-missing-status",
			"vif_peer.status is absent: breaks required status",
			onCreated, deletePeerMember("status")),

		// DCaaS error answers (400, 401, 404, 405).
		dcaasResponse("dcaas-error-missing-code",
			"error bodies lack error_code: breaks required error_code",
			onDCaaSError, editObject(func(o map[string]any) error {
				delete(o, "error_code")
				return nil
			})),
		dcaasResponse("dcaas-error-code-type",
			"error_code is a number (DC.0001 becomes 1): breaks type string",
			onDCaaSError, editObject(func(o map[string]any) error {
				code, _ := o["error_code"].(string)
				_, digits, _ := strings.Cut(code, ".")
				n, err := strconv.Atoi(digits)
				if err != nil {
					n = 400
				}
				o["error_code"] = json.Number(strconv.Itoa(n))
				return nil
			})),

		// Element, successful StartClusterPairing.
		elementResponse("element-status-500",
			"StartClusterPairing answers HTTP 500 with its result body: JSON-RPC answers are HTTP 200",
			onPairingStarted, setStatus(http.StatusInternalServerError)),
		elementResponse("element-content-type",
			"StartClusterPairing answers Content-Type text/html: the response media type is application/json",
			onPairingStarted, setContentType("text/html")),
		elementResponse("element-id-not-echoed",
			"StartClusterPairing answers a different id (number+1, or \"other\"): breaks the id echo",
			onPairingStarted, editObject(func(o map[string]any) error {
				o["id"] = otherID(o["id"])
				return nil
			})),
		elementResponse("element-result-and-error",
			"StartClusterPairing answers both result and an error object: exactly one of them is allowed",
			onPairingStarted, editObject(func(o map[string]any) error {
				o["error"] = map[string]any{"code": json.Number("500"), "name": "xUnexpected", "message": "injected by fault element-result-and-error"}
				return nil
			})),
		elementResponse("element-neither",
			"StartClusterPairing answers neither result nor error: exactly one of them is required",
			onPairingStarted, editObject(func(o map[string]any) error {
				delete(o, "result")
				return nil
			})),
		elementResponse("element-error-instead-of-result",
			"StartClusterPairing answers a well-formed JSON-RPC error (status 200, id echoed) instead of its result: the envelope allows it, the documented call expects a result",
			onPairingStarted, editObject(func(o map[string]any) error {
				delete(o, "result")
				o["error"] = map[string]any{"code": json.Number("500"), "name": "xUnknownAPIError", "message": "injected by fault element-error-instead-of-result"}
				return nil
			})),
		elementResponse("element-no-wrapper",
			"StartClusterPairing puts clusterPairID and clusterPairingKey at the top level instead of inside result",
			onPairingStarted, editObject(func(o map[string]any) error {
				result, err := asObject(o["result"], "result")
				if err != nil {
					return err
				}
				delete(o, "result")
				for k, v := range result {
					o[k] = v
				}
				return nil
			})),
		elementResponse("element-pair-id-type",
			"result.clusterPairID is a string (\"1\"): breaks type integer",
			onPairingStarted, editResult(func(r map[string]any) error {
				r["clusterPairID"] = fmt.Sprint(r["clusterPairID"])
				return nil
			})),
		elementResponse("element-missing-key",
			"result lacks clusterPairingKey: breaks required clusterPairingKey",
			onPairingStarted, editResult(func(r map[string]any) error {
				delete(r, "clusterPairingKey")
				return nil
			})),
		elementResponse("element-key-not-hex",
			"result.clusterPairingKey starts with 'g': breaks the hex encoding",
			onPairingStarted, editResult(func(r map[string]any) error {
				key, _ := r["clusterPairingKey"].(string)
				if key == "" {
					return errors.New("no clusterPairingKey to alter")
				}
				r["clusterPairingKey"] = "g" + key[1:]
				return nil
			})),
		elementResponse("element-key-odd-length",
			"result.clusterPairingKey has one extra hex digit: breaks the hex encoding (odd length)",
			onPairingStarted, editResult(func(r map[string]any) error {
				key, _ := r["clusterPairingKey"].(string)
				r["clusterPairingKey"] = key + "0"
				return nil
			})),
		elementResponse("element-key-not-json",
			"result.clusterPairingKey is valid hex of a non-JSON string: breaks the key's JSON encoding",
			onPairingStarted, editResult(func(r map[string]any) error {
				r["clusterPairingKey"] = hex.EncodeToString([]byte("this is not a JSON pairing key"))
				return nil
			})),
		elementResponse("element-key-pair-id-mismatch",
			"the decoded key's clusterPairID is result.clusterPairID+1: the two must be equal",
			onPairingStarted, editResult(func(r map[string]any) error {
				return editKeyIn(r, func(k map[string]any) {
					n, _ := k["clusterPairID"].(json.Number)
					v, _ := n.Int64()
					k["clusterPairID"] = json.Number(strconv.FormatInt(v+1, 10))
				})
			})),
		elementResponse("element-key-missing-username",
			"the decoded key lacks username: breaks the documented key members",
			onPairingStarted, editResult(func(r map[string]any) error {
				return editKeyIn(r, func(k map[string]any) { delete(k, "username") })
			})),

		// Element, JSON-RPC error answers.
		elementResponse("element-error-missing-name",
			"error objects lack name: breaks required error.name",
			onRPCError, editRPCError(func(e map[string]any) { delete(e, "name") })),
		elementResponse("element-error-code-type",
			"error.code is the string \"500\": breaks type integer",
			onRPCError, editRPCError(func(e map[string]any) { e["code"] = "500" })),

		// Request side.
		requestFault("dcaas-accept-no-token", apiDCaaS,
			"a request without X-Auth-Token is accepted: breaks required X-Auth-Token", relaxMissingToken),
		requestFault("dcaas-accept-long-token", apiDCaaS,
			"any X-Auth-Token over 10240 characters is accepted: breaks maxLength 10240", relaxLongToken),
		requestFault("dcaas-accept-long-name", apiDCaaS,
			"vif_peer.name over 64 characters is accepted (and echoed): breaks maxLength 64", relaxLongName),
		requestFault("dcaas-accept-bgp-asn-zero", apiDCaaS,
			"vif_peer.bgp_asn 0 is accepted: breaks minimum 1", relaxBGPASNZero),
		requestFault("dcaas-accept-bad-route-mode", apiDCaaS,
			"vif_peer.route_mode outside static, bgp is accepted (and echoed): breaks the enum", relaxRouteModeEnum),
		requestFault("element-accept-no-auth", apiElement,
			"a request without an Authorization header is answered: breaks required HTTP Basic auth", relaxMissingBasicAuth),
		requestFault("element-accept-bad-remove-params", apiElement,
			"RemoveClusterPair answers success without clusterPairID or with a non-integer one: breaks required and type integer", relaxRemoveParams),
		requestFault("element-pairing-limit", apiElement,
			"a fifth cluster pair is allowed: breaks the limit of four paired clusters", relaxPairingLimit),

		// State: what one call does, the next must see.
		stateFault("element-key-reused", apiElement,
			"StartClusterPairing answers the previous key and clusterPairID again: each call must make a new key and pair", relaxNewKey),
		stateFault("element-completed-pair-not-listed", apiElement,
			"CompleteClusterPairing answers a clusterPairID that ListClusterPairs never lists", relaxListCompleted),
		stateFault("element-remove-keeps-pair", apiElement,
			"RemoveClusterPair answers success but ListClusterPairs still lists the pair", relaxRemovePair),
		dcaasResponse("dcaas-delete-status-200",
			"DeleteVifPeer answers HTTP 200: the documented success status is 204",
			func(a *answer) bool { return a.op == opDCaaSDelete && a.outcome == outcomeSuccess }, setStatus(http.StatusOK)),
	}
}

// Faults lists every fault, sorted by Name.
func Faults() []Fault {
	table := faultTable()
	out := make([]Fault, 0, len(table))
	for _, f := range table {
		out = append(out, f.Fault)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func faultNames() []string {
	var names []string
	for _, f := range Faults() {
		names = append(names, f.Name)
	}
	return names
}

func lookupFault(name string) (*faultDef, bool) {
	for _, f := range faultTable() {
		if f.Name == name {
			return &f, true
		}
	}
	return nil, false
}

// Alterations. Each one rewrites a finished answer; they only ever see
// answers the reference itself produced, so a decoding failure is a bug in
// the reference and is reported as such.

func setStatus(status int) func(*answer) error {
	return func(a *answer) error {
		a.status = status
		return nil
	}
}

func setContentType(ct string) func(*answer) error {
	return func(a *answer) error {
		a.header.Set("Content-Type", ct)
		return nil
	}
}

// editBody decodes the JSON body (numbers kept exact), lets edit replace it
// and encodes the result.
func editBody(edit func(doc any) (any, error)) func(*answer) error {
	return func(a *answer) error {
		dec := json.NewDecoder(bytes.NewReader(a.body))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return fmt.Errorf("decode body: %w", err)
		}
		doc, err := edit(doc)
		if err != nil {
			return err
		}
		body, err := marshal(doc)
		if err != nil {
			return err
		}
		a.body = body
		return nil
	}
}

func asObject(v any, what string) (map[string]any, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s is not a JSON object", what)
	}
	return obj, nil
}

// editObject edits the top-level object of the body in place.
func editObject(edit func(map[string]any) error) func(*answer) error {
	return editBody(func(doc any) (any, error) {
		obj, err := asObject(doc, "body")
		if err != nil {
			return nil, err
		}
		return obj, edit(obj)
	})
}

// editPeer edits body.vif_peer.
func editPeer(edit func(map[string]any) error) func(*answer) error {
	return editObject(func(o map[string]any) error {
		peer, err := asObject(o["vif_peer"], "vif_peer")
		if err != nil {
			return err
		}
		return edit(peer)
	})
}

func setPeerMember(name string, v any) func(*answer) error {
	return editPeer(func(p map[string]any) error {
		p[name] = v
		return nil
	})
}

func deletePeerMember(name string) func(*answer) error {
	return editPeer(func(p map[string]any) error {
		delete(p, name)
		return nil
	})
}

func editPeerString(name string, edit func(string) string) func(*answer) error {
	return editPeer(func(p map[string]any) error {
		s, ok := p[name].(string)
		if !ok || len(s) != 36 {
			return fmt.Errorf("vif_peer.%s is not a 36-character string", name)
		}
		p[name] = edit(s)
		return nil
	})
}

// editResult edits body.result.
func editResult(edit func(map[string]any) error) func(*answer) error {
	return editObject(func(o map[string]any) error {
		result, err := asObject(o["result"], "result")
		if err != nil {
			return err
		}
		return edit(result)
	})
}

// editRPCError edits body.error.
func editRPCError(edit func(map[string]any)) func(*answer) error {
	return editObject(func(o map[string]any) error {
		e, err := asObject(o["error"], "error")
		if err != nil {
			return err
		}
		edit(e)
		return nil
	})
}

// editKeyIn decodes result.clusterPairingKey, edits its members and encodes
// it again the way the reference encodes keys (compact, sorted, hex).
func editKeyIn(result map[string]any, edit func(map[string]any)) error {
	encoded, _ := result["clusterPairingKey"].(string)
	raw, err := hex.DecodeString(encoded)
	if err != nil {
		return fmt.Errorf("decode clusterPairingKey: %w", err)
	}
	key, err := decodeJSONObject(raw)
	if err != nil {
		return fmt.Errorf("decode clusterPairingKey: %w", err)
	}
	edit(key)
	raw, err = marshal(key) // maps encode with sorted keys
	if err != nil {
		return err
	}
	result["clusterPairingKey"] = hex.EncodeToString(raw)
	return nil
}

// otherID returns an id that differs from the one the client sent.
func otherID(id any) any {
	switch v := id.(type) {
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return json.Number(strconv.FormatInt(n+1, 10))
		}
	case string:
		if v == "other" {
			return "another"
		}
	}
	return "other"
}
