package checks_test

import (
	"encoding/hex"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
)

// The secrets a pairing key carries, which no rendered finding may show.
const (
	pairPassword = "pw-secret-123"
	pairUsername = "__SF_pair_x"
)

func startClusterPairing(t *testing.T) (*contract.Set, *contract.JSONRPC, *contract.Method) {
	t.Helper()
	set := contracts(t)
	el, err := set.API("element")
	if err != nil {
		t.Fatal(err)
	}
	j := el.JSONRPC
	if j == nil {
		t.Fatal("the element API has no JSON-RPC layer")
	}
	m, err := j.Method("StartClusterPairing")
	if err != nil {
		t.Fatal(err)
	}
	return set, j, m
}

// pairingFields is what a correct key decodes to.
func pairingFields() map[string]any {
	return map[string]any{
		"clusterPairID":   1,
		"clusterPairUUID": "9e5b1c7e-2f4a-4d3b-8c6a-1b2c3d4e5f60",
		"clusterUniqueID": "abcd",
		"mvip":            "1.2.3.4",
		"name":            "n",
		"password":        pairPassword,
		"rpcConnectionID": 5,
		"username":        pairUsername,
	}
}

// pairingKey is the lowercase hex of the compact JSON of the key's fields
// (json.Marshal sorts the members, as the documented key has them).
func pairingKey(t *testing.T, change func(k map[string]any)) string {
	t.Helper()
	k := pairingFields()
	if change != nil {
		change(k)
	}
	return hex.EncodeToString(marshal(t, k))
}

// pairingResponse is a correct answer to request id 1, for a case to break.
func pairingResponse(t *testing.T) map[string]any {
	return map[string]any{
		"id":     1,
		"result": map[string]any{"clusterPairingKey": pairingKey(t, nil), "clusterPairID": 1},
	}
}

func pairingRequest(t *testing.T) any {
	return decode(t, []byte(`{"method":"StartClusterPairing","params":{},"id":1}`))
}

func result(r map[string]any) map[string]any { return r["result"].(map[string]any) }

type rpcBreak struct {
	name   string
	change func(t *testing.T, r map[string]any)
	// The finding the break must give, and every other finding it gives.
	wantPointer, wantRule string
	wantCheck             checks.ID // "" accepts any check
	wantLevel             checks.Level
	alsoKeys              []string // key() of the other findings expected
}

// rpcBreaks are single breaks of a correct StartClusterPairing answer.
func rpcBreaks() []rpcBreak {
	return []rpcBreak{
		{name: "both result and error",
			change: func(t *testing.T, r map[string]any) {
				r["error"] = map[string]any{"code": 500, "name": "xUnknown", "message": "m"}
			},
			wantPointer: "", wantRule: "oneOf", wantCheck: checks.IDJSONRPC},
		{name: "neither result nor error",
			change:      func(t *testing.T, r map[string]any) { delete(r, "result") },
			wantPointer: "", wantRule: "oneOf", wantCheck: checks.IDJSONRPC},
		{name: "id 2 for request id 1",
			change:      func(t *testing.T, r map[string]any) { r["id"] = 2 },
			wantPointer: "/id", wantRule: "id echo", wantCheck: checks.IDJSONRPC},
		{name: `id "1" for request id 1`,
			change:      func(t *testing.T, r map[string]any) { r["id"] = "1" },
			wantPointer: "/id", wantRule: "id echo", wantCheck: checks.IDJSONRPC},
		{name: "id absent",
			change:      func(t *testing.T, r map[string]any) { delete(r, "id") },
			wantPointer: "/id", wantRule: "id echo", wantCheck: checks.IDJSONRPC,
			alsoKeys: []string{"/id required"}},
		{name: `clusterPairID "1"`,
			change:      func(t *testing.T, r map[string]any) { result(r)["clusterPairID"] = "1" },
			wantPointer: "/result/clusterPairID", wantRule: "type integer", wantCheck: checks.IDJSONSchema,
			// The key still says 1, which is not the string "1".
			alsoKeys: []string{"/result/clusterPairingKey#/clusterPairID equals /result/clusterPairID"}},
		{name: `key "zz"`,
			change:      func(t *testing.T, r map[string]any) { result(r)["clusterPairingKey"] = "zz" },
			wantPointer: "/result/clusterPairingKey", wantRule: "contentEncoding base16", wantCheck: checks.IDEncoding,
			alsoKeys: []string{"/result/clusterPairingKey pattern ^([0-9a-fA-F]{2})+$"}},
		{name: "key with an odd number of digits",
			change: func(t *testing.T, r map[string]any) {
				result(r)["clusterPairingKey"] = pairingKey(t, nil) + "0"
			},
			wantPointer: "/result/clusterPairingKey", wantRule: "contentEncoding base16", wantCheck: checks.IDEncoding,
			alsoKeys: []string{"/result/clusterPairingKey pattern ^([0-9a-fA-F]{2})+$"}},
		{name: "key that decodes to text, not JSON",
			change: func(t *testing.T, r map[string]any) {
				result(r)["clusterPairingKey"] = hex.EncodeToString([]byte("not json"))
			},
			wantPointer: "/result/clusterPairingKey", wantRule: "contentMediaType application/json", wantCheck: checks.IDEncoding},
		{name: "key whose clusterPairID is 2",
			change: func(t *testing.T, r map[string]any) {
				result(r)["clusterPairingKey"] = pairingKey(t, func(k map[string]any) { k["clusterPairID"] = 2 })
			},
			wantPointer: "/result/clusterPairingKey#/clusterPairID", wantRule: "equals /result/clusterPairID"},
		{name: "key without username",
			change: func(t *testing.T, r map[string]any) {
				result(r)["clusterPairingKey"] = pairingKey(t, func(k map[string]any) { delete(k, "username") })
			},
			wantPointer: "/result/clusterPairingKey#/username", wantRule: "required", wantCheck: checks.IDEncoding},
		{name: "key with a password of the wrong type",
			change: func(t *testing.T, r map[string]any) {
				result(r)["clusterPairingKey"] = pairingKey(t, func(k map[string]any) { k["password"] = []any{pairPassword} })
			},
			wantPointer: "/result/clusterPairingKey#/password", wantRule: "type string", wantCheck: checks.IDEncoding},
		{name: "error without name",
			change: func(t *testing.T, r map[string]any) {
				delete(r, "result")
				r["error"] = map[string]any{"code": 500, "message": "m"}
			},
			wantPointer: "/error/name", wantRule: "required", wantCheck: checks.IDJSONSchema},
		{name: "undocumented member foo",
			change:      func(t *testing.T, r map[string]any) { r["foo"] = 1 },
			wantPointer: "/foo", wantRule: "undocumented member", wantCheck: checks.IDUndocumented, wantLevel: checks.Warning},
	}
}

func TestJSONRPCResponseValid(t *testing.T) {
	set, j, m := startClusterPairing(t)
	body := decode(t, marshal(t, pairingResponse(t)))
	fs := checks.JSONRPCResponse(set, j, m, pairingRequest(t), body).Redact(exchange.NewRedactor())
	if len(fs) != 0 {
		t.Errorf("a correct answer gave findings:%s", render(fs))
	}
	// An error answer is as correct as a result.
	errBody := decode(t, []byte(`{"id":1,"error":{"code":500,"name":"xUnknownAPIMethod","message":"m"}}`))
	if fs := checks.JSONRPCResponse(set, j, m, pairingRequest(t), errBody).Redact(exchange.NewRedactor()); len(fs) != 0 {
		t.Errorf("a correct error answer gave findings:%s", render(fs))
	}
}

func TestJSONRPCResponseBreaks(t *testing.T) {
	set, j, m := startClusterPairing(t)
	for _, tt := range rpcBreaks() {
		t.Run(tt.name, func(t *testing.T) {
			r := pairingResponse(t)
			tt.change(t, r)
			body := decode(t, marshal(t, r))
			red := exchange.NewRedactor()
			if obj, ok := body.(map[string]any); ok {
				checks.CollectSecrets(m.ResultNode, obj["result"], red)
			}
			fs := checks.JSONRPCResponse(set, j, m, pairingRequest(t), body).Redact(red)
			f, ok := find(fs, tt.wantPointer, tt.wantRule)
			if !ok {
				t.Fatalf("no finding at %q with rule %q; got:%s", tt.wantPointer, tt.wantRule, render(fs))
			}
			if f.Level != tt.wantLevel {
				t.Errorf("%s is a %s, want a %s", key(f), f.Level, tt.wantLevel)
			}
			if tt.wantCheck != "" && f.Check != tt.wantCheck {
				t.Errorf("%s comes from check %q, want %q", key(f), f.Check, tt.wantCheck)
			}
			if f.Where == "" || !strings.HasPrefix(f.Where, "schemas/element/") {
				t.Errorf("%s: Where = %q, want a place in schemas/element/", key(f), f.Where)
			}
			// One break, and only what it explains: no stray finding
			// (an engine's sub-errors) to send a reader elsewhere.
			want := append([]string{key(f)}, tt.alsoKeys...)
			slices.Sort(want)
			if got := keys(fs); !slices.Equal(got, want) {
				t.Errorf("findings = %q, want %q;%s", got, want, render(fs))
			}
		})
	}
}

// Nothing a break renders may show the pairing key or the credentials it
// carries, whole or in part, once the answer's secrets are collected.
func TestJSONRPCResponseKeepsSecrets(t *testing.T) {
	set, j, m := startClusterPairing(t)
	validKey := pairingKey(t, nil)
	for _, tt := range rpcBreaks() {
		t.Run(tt.name, func(t *testing.T) {
			red := exchange.NewRedactor()
			// A correct answer came first in the run, and its secrets with it.
			checks.CollectSecrets(m.ResultNode, result(pairingResponse(t)), red)

			r := pairingResponse(t)
			tt.change(t, r)
			body := decode(t, marshal(t, r))
			obj := body.(map[string]any)
			checks.CollectSecrets(m.ResultNode, obj["result"], red)
			secrets := []string{validKey, pairPassword, pairUsername, hex.EncodeToString([]byte(pairPassword))}
			if res, ok := obj["result"].(map[string]any); ok {
				if k, ok := res["clusterPairingKey"].(string); ok && len(k) >= 8 {
					secrets = append(secrets, k)
				}
			}
			fs := checks.JSONRPCResponse(set, j, m, pairingRequest(t), body).Redact(red)
			if len(fs) == 0 {
				t.Fatal("the break gave no finding: nothing was rendered")
			}
			for _, f := range fs {
				s := f.String()
				for _, secret := range secrets {
					if part, leaked := leaks(s, secret, 8); leaked {
						t.Errorf("%s shows %q of a secret (%s…)", s, part, secret[:4])
					}
				}
			}
			if err := fs.Err(true, nil); err != nil {
				for _, secret := range secrets {
					if part, leaked := leaks(err.Error(), secret, 8); leaked {
						t.Errorf("the step's error shows %q of a secret:\n%s", part, err)
					}
				}
			}
		})
	}
}

// leaks reports whether s shows any run of n characters of secret.
func leaks(s, secret string, n int) (string, bool) {
	if len(secret) < n {
		n = len(secret)
	}
	for i := 0; i+n <= len(secret); i++ {
		if strings.Contains(s, secret[i:i+n]) {
			return secret[i : i+n], true
		}
	}
	return "", false
}

func TestJSONRPCResponseNotAnObject(t *testing.T) {
	set, j, m := startClusterPairing(t)
	for _, raw := range []string{`[]`, `"ok"`, `null`, `1`} {
		fs := checks.JSONRPCResponse(set, j, m, pairingRequest(t), decode(t, []byte(raw))).Redact(exchange.NewRedactor())
		if got := keys(fs); !slices.Equal(got, []string{" type object"}) {
			t.Errorf("body %s: findings %q, want one at the body with rule \"type object\"", raw, got)
		}
	}
}
