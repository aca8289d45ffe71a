package reference

import (
	"encoding/hex"
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	usernamePattern = regexp.MustCompile(`^__SF_pair_[A-Za-z0-9]{16}$`)
	passwordPattern = regexp.MustCompile(`^[ -~]{16}$`)
	uniqueIDPattern = regexp.MustCompile(`^[a-z0-9]{4}$`)
	keyHexPattern   = regexp.MustCompile(`^(?:[0-9a-f]{2})+$`)
)

// wantResult checks a successful JSON-RPC answer and returns its result.
func wantResult(t *testing.T, r reply) map[string]any {
	t.Helper()
	obj := wantJSON(t, r, http.StatusOK)
	if _, hasErr := obj["error"]; hasErr {
		t.Fatalf("answer has an error: %s", r.body)
	}
	result, ok := obj["result"].(map[string]any)
	if !ok {
		t.Fatalf("answer has no result object: %s", r.body)
	}
	return result
}

// wantRPCError checks a JSON-RPC error answer (HTTP 200, no result) and
// returns its error object.
func wantRPCError(t *testing.T, r reply, name string) map[string]any {
	t.Helper()
	obj := wantJSON(t, r, http.StatusOK)
	if _, hasResult := obj["result"]; hasResult {
		t.Errorf("an error answer carries result: %s", r.body)
	}
	e, ok := obj["error"].(map[string]any)
	if !ok {
		t.Fatalf("answer has no error object: %s", r.body)
	}
	if e["name"] != name {
		t.Errorf("error.name = %v, want %s; body %s", e["name"], name, r.body)
	}
	if e["code"] != json.Number("500") {
		t.Errorf("error.code = %#v, want 500", e["code"])
	}
	if _, ok := e["message"].(string); !ok {
		t.Errorf("error.message is not a string: %s", r.body)
	}
	return e
}

func TestElementStartClusterPairing(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	seenKeys := map[string]bool{}
	var uniqueID string
	for want := int64(1); want <= 3; want++ {
		r := tg.rpc(`{"method":"StartClusterPairing","params":{},"id":1}`)
		result := wantResult(t, r)
		if got := keys(result); !reflect.DeepEqual(got, []string{"clusterPairID", "clusterPairingKey"}) {
			t.Errorf("result members = %v", got)
		}
		if result["clusterPairID"] != json.Number(strconv.FormatInt(want, 10)) {
			t.Errorf("call %d: clusterPairID = %#v, want %d", want, result["clusterPairID"], want)
		}
		key, _ := result["clusterPairingKey"].(string)
		if !keyHexPattern.MatchString(key) {
			t.Fatalf("clusterPairingKey %q is not lowercase hex of even length", key)
		}
		if seenKeys[key] {
			t.Errorf("call %d answered a key seen before", want)
		}
		seenKeys[key] = true

		raw, members := decodeKey(t, key)
		wantMembers := []string{"clusterPairID", "clusterPairUUID", "clusterUniqueID", "mvip", "name", "password", "rpcConnectionID", "username"}
		if got := keys(members); !reflect.DeepEqual(got, wantMembers) {
			t.Errorf("key members = %v, want %v", got, wantMembers)
		}
		// Compact and sorted, as the documented key: re-encoding the
		// sorted map must give the same bytes.
		if again, err := marshal(members); err != nil || string(again) != string(raw) {
			t.Errorf("key JSON is not compact with sorted members:\n got %s\nwant %s", raw, again)
		}
		if members["clusterPairID"] != result["clusterPairID"] {
			t.Errorf("key clusterPairID = %v, result clusterPairID = %v", members["clusterPairID"], result["clusterPairID"])
		}
		checks := []struct {
			member string
			ok     bool
		}{
			{"clusterPairUUID", uuidV4Pattern.MatchString(str(members["clusterPairUUID"]))},
			{"clusterUniqueID", uniqueIDPattern.MatchString(str(members["clusterUniqueID"]))},
			{"mvip", members["mvip"] == "127.0.0.1"},
			{"name", members["name"] == "reference-cluster"},
			{"password", passwordPattern.MatchString(str(members["password"]))},
			{"username", usernamePattern.MatchString(str(members["username"]))},
			{"rpcConnectionID", positiveInt32(members["rpcConnectionID"])},
		}
		for _, c := range checks {
			if !c.ok {
				t.Errorf("key member %s = %#v has the wrong shape", c.member, members[c.member])
			}
		}
		if uniqueID == "" {
			uniqueID = str(members["clusterUniqueID"])
		} else if uniqueID != members["clusterUniqueID"] {
			t.Errorf("clusterUniqueID changed between calls: %s, %v", uniqueID, members["clusterUniqueID"])
		}
	}
}

func str(v any) string { s, _ := v.(string); return s }

func positiveInt32(v any) bool {
	n, ok := v.(json.Number)
	if !ok {
		return false
	}
	i, err := strconv.ParseInt(string(n), 10, 32)
	return err == nil && i > 0
}

// documentedKey is the clusterPairingKey printed on the StartClusterPairing
// page, line breaks removed. As printed it has 497 hex digits: the PDF
// doubled a "5" inside "clusterUniqueID".
const documentedKey = "7b22636c7573746572506169724944223a312c22636c75737465725061697255554944223" +
	"a2231636561313336322d346338662d343631612d626537322d37343536366139353364326" +
	"6222c22636c75737465725556e697175654944223a2278736d36222c226d766970223a22313" +
	"9322e3136382e3133392e313232222c226e616d65223a224175746f54657374322d6330755" +
	"2222c2270617373776f7264223a22695e59686f20492d64774d7d4c67614b222c227270634" +
	"36f6e6e656374696f6e4944223a3931333134323634392c22757365726e616d65223a225f5" +
	"f53465f706169725f50597a796647704c7246564432444a42227d"

func TestElementDocumentedKey(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	r := tg.call("CompleteClusterPairing", `{"clusterPairingKey":"`+documentedKey+`"}`)
	wantRPCError(t, r, "xInvalidParameter")

	// Repaired, the documented key (a password with a space, "^" and "}")
	// pairs like any other cluster's key.
	repaired := strings.Replace(documentedKey, "725556e69", "72556e69", 1)
	wantResult(t, tg.call("CompleteClusterPairing", `{"clusterPairingKey":"`+repaired+`"}`))
	pairs, _ := wantResult(t, tg.call("ListClusterPairs", ""))["clusterPairs"].([]any)
	if len(pairs) != 1 {
		t.Fatalf("ListClusterPairs lists %d pairs, want 1", len(pairs))
	}
	pair := pairs[0].(map[string]any)
	if pair["clusterName"] != "AutoTest2-c0uR" || pair["mvip"] != "192.168.139.122" ||
		pair["clusterPairUUID"] != "1cea1362-4c8f-461a-be72-74566a953d2f" || pair["status"] != "Connected" {
		t.Errorf("pair from the documented key = %v", pair)
	}
}

func TestElementIDEcho(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	tests := []struct {
		name   string
		member string // the id member as sent; "" leaves it out
		want   string // the id as answered, byte for byte
	}{
		{"integer", `"id":1`, `1`},
		{"large integer", `"id":9007199254740993`, `9007199254740993`},
		{"negative integer", `"id":-7`, `-7`},
		{"fraction", `"id":1.50`, `1.50`},
		{"string", `"id":"abc"`, `"abc"`},
		{"string that looks like a number", `"id":"1"`, `"1"`},
		{"null", `"id":null`, `null`},
		{"absent", ``, `null`},
		{"with spaces", `"id" :  42 `, `42`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := `{"method":"ListClusterPairs","params":{}`
			if tt.member != "" {
				body += "," + tt.member
			}
			r := tg.rpc(body + "}")
			wantResult(t, r)
			var resp struct{ ID json.RawMessage }
			if err := json.Unmarshal(r.body, &resp); err != nil {
				t.Fatalf("decode: %v", err)
			}
			if string(resp.ID) != tt.want {
				t.Errorf("id = %s, want %s", resp.ID, tt.want)
			}
		})
	}
	t.Run("error answers echo the id too", func(t *testing.T) {
		r := tg.rpc(`{"method":"NoSuchMethod","id":"req-9"}`)
		wantRPCError(t, r, "xUnknownAPIMethod")
		if got := r.member("id"); got != "req-9" {
			t.Errorf("id = %#v, want \"req-9\"", got)
		}
	})
}

func TestElementHTTPLayer(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{Username: "ops", Password: "pa:ss"})
	good := basicAuth("ops", "pa:ss")
	body := `{"method":"ListClusterPairs","params":{},"id":1}`
	tests := []struct {
		name   string
		method string
		path   string
		auth   string
		status int
		text   string // the plain-text body; "" for JSON-RPC answers
	}{
		{"correct request", http.MethodPost, "/json-rpc/12.3", good, http.StatusOK, ""},
		{"oldest pairing version", http.MethodPost, "/json-rpc/9.6", good, http.StatusOK, ""},
		{"newest version", http.MethodPost, "/json-rpc/12.5", good, http.StatusOK, ""},
		{"version above 12.5", http.MethodPost, "/json-rpc/12.6", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"version 13.0", http.MethodPost, "/json-rpc/13.0", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"version without minor", http.MethodPost, "/json-rpc/12", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"version not numeric", http.MethodPost, "/json-rpc/latest", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"no version", http.MethodPost, "/json-rpc/", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"no slash", http.MethodPost, "/json-rpc", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"trailing slash", http.MethodPost, "/json-rpc/12.3/", good, http.StatusNotFound, "404 Not Found: unknown API version"},
		{"GET", http.MethodGet, "/json-rpc/12.3", good, http.StatusMethodNotAllowed, "405 Method Not Allowed: use POST"},
		{"PUT", http.MethodPut, "/json-rpc/12.3", good, http.StatusMethodNotAllowed, "405 Method Not Allowed: use POST"},
		{"no credentials", http.MethodPost, "/json-rpc/12.3", "", http.StatusUnauthorized, "401 Unauthorized."},
		{"wrong password", http.MethodPost, "/json-rpc/12.3", basicAuth("ops", "wrong"), http.StatusUnauthorized, "401 Unauthorized."},
		{"wrong user", http.MethodPost, "/json-rpc/12.3", basicAuth("admin", "pa:ss"), http.StatusUnauthorized, "401 Unauthorized."},
		{"the defaults when others are configured", http.MethodPost, "/json-rpc/12.3", basicAuth(DefaultUsername, DefaultPassword), http.StatusUnauthorized, "401 Unauthorized."},
		{"not Basic", http.MethodPost, "/json-rpc/12.3", "Bearer abc", http.StatusUnauthorized, "401 Unauthorized."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{"Content-Type": {"application/json-rpc"}}
			if tt.auth != "" {
				h.Set("Authorization", tt.auth)
			}
			r := tg.do(tt.method, tt.path, h, body)
			if tt.text == "" {
				wantResult(t, r)
				return
			}
			if r.status != tt.status || r.mediaType() != "text/plain" || string(r.body) != tt.text {
				t.Errorf("got %s; want %d text/plain %q", r, tt.status, tt.text)
			}
			wantChallenge := tt.status == http.StatusUnauthorized
			if got := r.header.Get("WWW-Authenticate"); (got == `Basic realm="SolidFire"`) != wantChallenge {
				t.Errorf("WWW-Authenticate = %q (401 answers only, with realm SolidFire)", got)
			}
		})
	}
}

func TestElementRequestObject(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	tests := []struct {
		name        string
		contentType string
		version     string
		body        string
		errName     string // "" for a result
		message     string
		nullID      bool
	}{
		{"application/json accepted", "application/json; charset=utf-8", "12.3", `{"method":"ListClusterPairs","id":1}`, "", "", false},
		{"params null is {}", "application/json-rpc", "12.3", `{"method":"ListClusterPairs","params":null,"id":1}`, "", "", false},
		{"params absent is {}", "application/json-rpc", "12.3", `{"method":"ListClusterPairs","id":1}`, "", "", false},
		{"text/plain", "text/plain", "12.3", `{"method":"ListClusterPairs","id":1}`, "xInvalidRequest", "Content-Type", true},
		{"form encoded", "application/x-www-form-urlencoded", "12.3", `{"method":"ListClusterPairs","id":1}`, "xInvalidRequest", "Content-Type", true},
		{"no Content-Type", "", "12.3", `{"method":"ListClusterPairs","id":1}`, "xInvalidRequest", "Content-Type", true},
		{"invalid JSON", "application/json-rpc", "12.3", `{"method":`, "xInvalidJSON", "", true},
		{"empty body", "application/json-rpc", "12.3", ``, "xInvalidJSON", "", true},
		{"trailing data", "application/json-rpc", "12.3", `{"method":"ListClusterPairs","id":1} x`, "xInvalidJSON", "", true},
		{"batch", "application/json-rpc", "12.3", `[{"method":"ListClusterPairs","id":1}]`, "xInvalidRequest", "batch requests are not supported", true},
		{"not an object", "application/json-rpc", "12.3", `"ListClusterPairs"`, "xInvalidRequest", "", true},
		{"id an object", "application/json-rpc", "12.3", `{"method":"ListClusterPairs","id":{}}`, "xInvalidRequest", "id", true},
		{"method missing", "application/json-rpc", "12.3", `{"params":{},"id":1}`, "xInvalidRequest", "method", false},
		{"method not a string", "application/json-rpc", "12.3", `{"method":7,"id":1}`, "xInvalidRequest", "method", false},
		{"params an array", "application/json-rpc", "12.3", `{"method":"ListClusterPairs","params":[],"id":1}`, "xInvalidParameter", "params", false},
		{"params a string", "application/json-rpc", "12.3", `{"method":"ListClusterPairs","params":"x","id":1}`, "xInvalidParameter", "params", false},
		{"unknown method", "application/json-rpc", "12.3", `{"method":"StartClusterParing","id":1}`, "xUnknownAPIMethod", "xUnknownAPIMethod method=StartClusterParing", false},
		{"method names are case-sensitive", "application/json-rpc", "12.3", `{"method":"startclusterpairing","id":1}`, "xUnknownAPIMethod", "xUnknownAPIMethod method=startclusterpairing", false},
		{"pairing before 9.6", "application/json-rpc", "9.5", `{"method":"StartClusterPairing","id":1}`, "xUnknownAPIMethod", "xUnknownAPIMethod method=StartClusterPairing", false},
		{"list before 9.6", "application/json-rpc", "8.0", `{"method":"ListClusterPairs","id":1}`, "xUnknownAPIMethod", "xUnknownAPIMethod method=ListClusterPairs", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := elementHeader()
			h.Del("Content-Type")
			if tt.contentType != "" {
				h.Set("Content-Type", tt.contentType)
			}
			r := tg.do(http.MethodPost, "/json-rpc/"+tt.version, h, tt.body)
			if tt.errName == "" {
				wantResult(t, r)
				return
			}
			e := wantRPCError(t, r, tt.errName)
			if msg := str(e["message"]); !strings.Contains(msg, tt.message) {
				t.Errorf("message = %q, want it to contain %q", msg, tt.message)
			}
			wantID := any(json.Number("1"))
			if tt.nullID {
				wantID = nil
			}
			if obj := r.object(); obj["id"] != wantID {
				t.Errorf("id = %#v, want %#v", obj["id"], wantID)
			}
		})
	}
	t.Run("body over 1 MiB", func(t *testing.T) {
		r := tg.rpc(`{"method":"ListClusterPairs","params":{"pad":"` + strings.Repeat("a", 1<<20) + `"}}`)
		wantRPCError(t, r, "xInvalidRequest")
	})
}

func TestElementUnusedParameters(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	r := tg.rpc(`{"method":"ListClusterPairs","params":{"verbose":true,"limit":3},"id":1}`)
	wantResult(t, r)
	want := map[string]any{"verbose": true, "limit": json.Number("3")}
	if got := r.member("unusedParameters"); !reflect.DeepEqual(got, want) {
		t.Errorf("unusedParameters = %#v, want %#v", got, want)
	}
	r = tg.rpc(`{"method":"RemoveClusterPair","params":{"clusterPairID":99,"force":true},"id":1}`)
	wantRPCError(t, r, "xClusterPairDoesNotExist")
	if got := r.member("unusedParameters"); !reflect.DeepEqual(got, map[string]any{"force": true}) {
		t.Errorf("unusedParameters = %#v, want {force: true}", got)
	}
	r = tg.rpc(`{"method":"ListClusterPairs","params":{},"id":1}`)
	if _, ok := r.object()["unusedParameters"]; ok {
		t.Errorf("unusedParameters present without unknown parameters: %s", r.body)
	}
}

// pairingKeyFrom returns a key started on another reference cluster.
func pairingKeyFrom(t *testing.T) string {
	t.Helper()
	other := startTarget(t, Options{})
	return str(wantResult(t, other.call("StartClusterPairing", ""))["clusterPairingKey"])
}

func TestElementPairingLimit(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	for i := 1; i <= 3; i++ {
		wantResult(t, tg.call("StartClusterPairing", ""))
	}
	// The fourth pair comes from completing another cluster's key.
	completed := wantResult(t, tg.call("CompleteClusterPairing", `{"clusterPairingKey":"`+pairingKeyFrom(t)+`"}`))
	if completed["clusterPairID"] != json.Number("4") {
		t.Errorf("CompleteClusterPairing clusterPairID = %v, want 4", completed["clusterPairID"])
	}

	for _, call := range []struct{ method, params string }{
		{"StartClusterPairing", ""},
		{"CompleteClusterPairing", `{"clusterPairingKey":"` + pairingKeyFrom(t) + `"}`},
	} {
		e := wantRPCError(t, tg.call(call.method, call.params), "xExceededLimit")
		if e["message"] != "a cluster can be paired with at most four other clusters" {
			t.Errorf("%s: message = %q", call.method, e["message"])
		}
	}

	list := wantResult(t, tg.call("ListClusterPairs", ""))
	pairs, _ := list["clusterPairs"].([]any)
	wantStatus := []string{"Unconfigured", "Unconfigured", "Unconfigured", "Connected"}
	if len(pairs) != len(wantStatus) {
		t.Fatalf("ListClusterPairs lists %d pairs, want %d: %v", len(pairs), len(wantStatus), list)
	}
	for i, p := range pairs {
		pair := p.(map[string]any)
		if pair["clusterPairID"] != json.Number(strconv.Itoa(i+1)) || pair["status"] != wantStatus[i] {
			t.Errorf("pair %d = %v, want clusterPairID %d, status %s", i, pair, i+1, wantStatus[i])
		}
	}

	wantResult(t, tg.call("RemoveClusterPair", `{"clusterPairID":2}`))
	again := wantResult(t, tg.call("StartClusterPairing", ""))
	if again["clusterPairID"] != json.Number("5") {
		t.Errorf("after a removal clusterPairID = %v, want 5 (IDs are never reused)", again["clusterPairID"])
	}
	wantRPCError(t, tg.call("StartClusterPairing", ""), "xExceededLimit")
}

func TestElementCompleteClusterPairing(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	ownKey := str(wantResult(t, tg.call("StartClusterPairing", ""))["clusterPairingKey"])
	foreignKey := pairingKeyFrom(t)
	_, foreign := decodeKey(t, foreignKey)
	reencode := func(edit func(map[string]any)) string {
		_, members := decodeKey(t, foreignKey)
		edit(members)
		raw, err := marshal(members)
		if err != nil {
			t.Fatal(err)
		}
		return hex.EncodeToString(raw)
	}
	tests := []struct {
		name    string
		params  string
		errName string
		message string
	}{
		{"no params", `{}`, "xMissingParameter", "Missing member=[clusterPairingKey]"},
		{"key null", `{"clusterPairingKey":null}`, "xMissingParameter", "Missing member=[clusterPairingKey]"},
		{"key a number", `{"clusterPairingKey":7}`, "xInvalidParameter", "must be a string"},
		{"key not hex", `{"clusterPairingKey":"zz"}`, "xInvalidParameter", "not hexadecimal"},
		{"key of odd length", `{"clusterPairingKey":"7b7"}`, "xInvalidParameter", "not hexadecimal"},
		{"key not JSON", `{"clusterPairingKey":"` + hex.EncodeToString([]byte("hello")) + `"}`, "xInvalidParameter", "JSON object"},
		{"key without username", `{"clusterPairingKey":"` + reencode(func(m map[string]any) { delete(m, "username") }) + `"}`, "xInvalidParameter", "lacks member username"},
		{"key without clusterPairID", `{"clusterPairingKey":"` + reencode(func(m map[string]any) { delete(m, "clusterPairID") }) + `"}`, "xInvalidParameter", "lacks member clusterPairID"},
		{"key with a string clusterPairID", `{"clusterPairingKey":"` + reencode(func(m map[string]any) { m["clusterPairID"] = "1" }) + `"}`, "xInvalidParameter", "clusterPairID is not an integer"},
		{"own key", `{"clusterPairingKey":"` + ownKey + `"}`, "xInvalidParameter", "a cluster cannot be paired with itself"},
		{"foreign key", `{"clusterPairingKey":"` + foreignKey + `"}`, "", ""},
		{"the same key again", `{"clusterPairingKey":"` + foreignKey + `"}`, "xInvalidParameter", "already used"},
	}
	for _, tt := range tests { // in order: the foreign key is used once
		r := tg.call("CompleteClusterPairing", tt.params)
		if tt.errName == "" {
			result := wantResult(t, r)
			if result["clusterPairID"] != json.Number("2") || len(result) != 1 {
				t.Errorf("%s: result = %v, want {clusterPairID: 2}", tt.name, result)
			}
			continue
		}
		e := wantRPCError(t, r, tt.errName)
		if msg := str(e["message"]); !strings.Contains(msg, tt.message) {
			t.Errorf("%s: message = %q, want it to contain %q", tt.name, msg, tt.message)
		}
	}

	pairs, _ := wantResult(t, tg.call("ListClusterPairs", ""))["clusterPairs"].([]any)
	if len(pairs) != 2 {
		t.Fatalf("ListClusterPairs lists %d pairs, want 2", len(pairs))
	}
	connected := pairs[1].(map[string]any)
	want := map[string]any{
		"clusterName": foreign["name"], "clusterPairID": json.Number("2"), "clusterPairUUID": foreign["clusterPairUUID"],
		"mvip": foreign["mvip"], "status": "Connected", "version": "12.5",
	}
	for k, v := range want {
		if connected[k] != v {
			t.Errorf("connected pair %s = %#v, want %#v", k, connected[k], v)
		}
	}
	for _, k := range []string{"clusterUUID", "latency"} {
		if _, err := strconv.ParseInt(string(connected[k].(json.Number)), 10, 64); err != nil {
			t.Errorf("connected pair %s = %#v, want an integer", k, connected[k])
		}
	}
}

func TestElementRemoveClusterPair(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	wantResult(t, tg.call("StartClusterPairing", ""))
	tests := []struct {
		name    string
		params  string
		errName string
	}{
		{"missing", `{}`, "xMissingParameter"},
		{"a string", `{"clusterPairID":"1"}`, "xInvalidParameter"},
		{"a fraction", `{"clusterPairID":1.5}`, "xInvalidParameter"},
		{"beyond int64", `{"clusterPairID":99999999999999999999}`, "xInvalidParameter"},
		{"unknown", `{"clusterPairID":2}`, "xClusterPairDoesNotExist"},
		{"existing", `{"clusterPairID":1}`, ""},
		{"already removed", `{"clusterPairID":1}`, "xClusterPairDoesNotExist"},
	}
	for _, tt := range tests { // in order: the pair is removed once
		r := tg.call("RemoveClusterPair", tt.params)
		if tt.errName != "" {
			wantRPCError(t, r, tt.errName)
			continue
		}
		if result := wantResult(t, r); len(result) != 0 {
			t.Errorf("%s: result = %v, want {}", tt.name, result)
		}
	}
	if pairs := wantResult(t, tg.call("ListClusterPairs", ""))["clusterPairs"]; !reflect.DeepEqual(pairs, []any{}) {
		t.Errorf("clusterPairs = %#v, want []", pairs)
	}
}

// Two clusters on one Fabric pair as real ones do: the origin's pending pair
// becomes Connected, naming the cluster that completed it, and each end
// lists the other.
func TestElementPairingAcrossAFabric(t *testing.T) {
	fabric := &Fabric{}
	origin := startTarget(t, Options{Fabric: fabric})
	dest := startTarget(t, Options{Fabric: fabric, ClusterName: "reference-destination"})

	started := wantResult(t, origin.call("StartClusterPairing", `{}`))
	key := str(started["clusterPairingKey"])
	pending := wantResult(t, origin.call("ListClusterPairs", `{}`))["clusterPairs"].([]any)[0].(map[string]any)
	if pending["status"] != "Unconfigured" {
		t.Fatalf("before completion the origin lists %v, want status Unconfigured", pending)
	}
	completed := wantResult(t, dest.call("CompleteClusterPairing", `{"clusterPairingKey":"`+key+`"}`))
	if completed["clusterPairID"] == nil {
		t.Fatalf("CompleteClusterPairing: %v", completed)
	}
	for _, tc := range []struct {
		end      *target
		wantName string
		wantID   any
	}{
		{origin, "reference-destination", started["clusterPairID"]},
		{dest, "reference-cluster", completed["clusterPairID"]},
	} {
		pairs := wantResult(t, tc.end.call("ListClusterPairs", `{}`))["clusterPairs"].([]any)
		if len(pairs) != 1 {
			t.Fatalf("%s lists %d pairs, want 1", tc.end.srv.URL(), len(pairs))
		}
		p := pairs[0].(map[string]any)
		if p["status"] != "Connected" || p["clusterName"] != tc.wantName || p["clusterPairID"] != tc.wantID {
			t.Errorf("%s lists %v; want Connected to %s with clusterPairID %v", tc.end.srv.URL(), p, tc.wantName, tc.wantID)
		}
	}
}
