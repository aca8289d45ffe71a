package reference

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"mime"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const (
	elementPathPrefix  = "/json-rpc/"
	defaultClusterName = "reference-cluster"
	clusterMVIP        = "127.0.0.1"
	clusterVersion     = "12.5" // the newest API version the reference serves
	pairUsernameStart  = "__SF_pair_"
	maxClusterPairs    = 4 // "a maximum of four other clusters"
	rpcErrorCode       = 500

	pairUnconfigured = "Unconfigured"
	pairConnected    = "Connected"
)

var (
	versionPattern = regexp.MustCompile(`^([0-9]{1,4})\.([0-9]{1,4})$`)
	// The pairing methods are "New since version 9.6"; 12.5 is the newest
	// Element API.
	pairingSince = apiVersion{9, 6}
	newestAPI    = apiVersion{12, 5}
)

type apiVersion struct{ major, minor int }

func (v apiVersion) atLeast(o apiVersion) bool {
	return v.major > o.major || (v.major == o.major && v.minor >= o.minor)
}

func parseAPIVersion(s string) (apiVersion, bool) {
	m := versionPattern.FindStringSubmatch(s)
	if m == nil {
		return apiVersion{}, false
	}
	major, _ := strconv.Atoi(m[1]) // at most four digits: cannot fail
	minor, _ := strconv.Atoi(m[2])
	return apiVersion{major, minor}, true
}

func isElementPath(path string) bool {
	return path == "/json-rpc" || strings.HasPrefix(path, elementPathPrefix)
}

// rpcError is the Element error object. Every system-generated error has
// code 500; name is what clients branch on.
type rpcError struct {
	Code    int    `json:"code"`
	Name    string `json:"name"`
	Message string `json:"message"`
}

func newRPCError(name, format string, args ...any) *rpcError {
	return &rpcError{Code: rpcErrorCode, Name: name, Message: fmt.Sprintf(format, args...)}
}

// rpcResponse is the Element response object: exactly one of result and
// error, the request id echoed byte for byte, and unusedParameters as a
// warning when the client sent parameters the method does not take.
type rpcResponse struct {
	ID               json.RawMessage            `json:"id"`
	Result           any                        `json:"result,omitempty"`
	Error            *rpcError                  `json:"error,omitempty"`
	UnusedParameters map[string]json.RawMessage `json:"unusedParameters,omitempty"`
}

// clusterPair is one entry of ListClusterPairs.
type clusterPair struct {
	ClusterName     string `json:"clusterName"`
	ClusterPairID   int64  `json:"clusterPairID"`
	ClusterPairUUID string `json:"clusterPairUUID"`
	ClusterUUID     int64  `json:"clusterUUID"`
	Latency         int64  `json:"latency"`
	MVIP            string `json:"mvip"`
	Status          string `json:"status"`
	Version         string `json:"version"`
}

// pairingKey is what a clusterPairingKey hex-decodes to. Members are
// declared in sorted order so that encoding/json writes them sorted, as the
// documented key is.
type pairingKey struct {
	ClusterPairID   int64  `json:"clusterPairID"`
	ClusterPairUUID string `json:"clusterPairUUID"`
	ClusterUniqueID string `json:"clusterUniqueID"`
	MVIP            string `json:"mvip"`
	Name            string `json:"name"`
	Password        string `json:"password"`
	RPCConnectionID int64  `json:"rpcConnectionID"`
	Username        string `json:"username"`
}

// rpcMethod describes one JSON-RPC method: the parameters it takes (others
// are reported in unusedParameters) and its implementation.
type rpcMethod struct {
	op     operation
	params []string
	call   func(h *handler, params map[string]json.RawMessage) (any, *rpcError)
}

// rpcMethods is read-only after package initialisation.
var rpcMethods = map[string]rpcMethod{
	"StartClusterPairing":    {opElementStart, nil, (*handler).startClusterPairing},
	"CompleteClusterPairing": {opElementComplete, []string{"clusterPairingKey"}, (*handler).completeClusterPairing},
	"ListClusterPairs":       {opElementList, nil, (*handler).listClusterPairs},
	"RemoveClusterPair":      {opElementRemove, []string{"clusterPairID"}, (*handler).removeClusterPair},
}

// serveElement handles everything under /json-rpc. HTTP-level failures
// (unknown version, wrong method, authentication) are plain text, as on a
// real cluster; everything after authentication is a JSON-RPC answer with
// HTTP 200.
func (h *handler) serveElement(w http.ResponseWriter, r *http.Request) answer {
	version, ok := parseAPIVersion(strings.TrimPrefix(r.URL.Path, elementPathPrefix))
	if !ok || !newestAPI.atLeast(version) {
		return textAnswer(apiElement, http.StatusNotFound, "404 Not Found: unknown API version")
	}
	if r.Method != http.MethodPost {
		a := textAnswer(apiElement, http.StatusMethodNotAllowed, "405 Method Not Allowed: use POST")
		a.header.Set("Allow", http.MethodPost)
		return a
	}
	if !h.basicAuthOK(r) {
		a := textAnswer(apiElement, http.StatusUnauthorized, "401 Unauthorized.")
		a.header.Set("WWW-Authenticate", `Basic realm="SolidFire"`)
		return a
	}
	return h.serveRPC(w, r, version)
}

func (h *handler) basicAuthOK(r *http.Request) bool {
	if r.Header.Get("Authorization") == "" && h.relaxed(relaxMissingBasicAuth) {
		return true
	}
	user, pass, ok := r.BasicAuth()
	if !ok {
		return false
	}
	// Check both so that the time taken does not tell which one was wrong.
	userOK := equalSecret(user, h.username)
	passOK := equalSecret(pass, h.password)
	return userOK && passOK
}

func (h *handler) serveRPC(w http.ResponseWriter, r *http.Request, version apiVersion) answer {
	reply := func(op operation, resp rpcResponse) answer {
		out := outcomeSuccess
		if resp.Error != nil {
			out = outcomeAPIError
		}
		return jsonAnswer(apiElement, op, out, http.StatusOK, resp)
	}
	fail := func(name, format string, args ...any) answer {
		return reply(opNone, rpcResponse{Error: newRPCError(name, format, args...)})
	}

	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (mt != "application/json-rpc" && mt != "application/json") {
		return fail("xInvalidRequest", "Content-Type must be application/json-rpc")
	}
	body, err := readBody(w, r)
	if err != nil {
		return fail("xInvalidRequest", "%v", err)
	}
	if !json.Valid(body) {
		return fail("xInvalidJSON", "the request body is not valid JSON")
	}
	switch trimmed := bytes.TrimLeft(body, " \t\r\n"); trimmed[0] {
	case '[':
		return fail("xInvalidRequest", "batch requests are not supported")
	case '{':
	default:
		return fail("xInvalidRequest", "the request must be a JSON object")
	}
	var req map[string]json.RawMessage
	if err := json.Unmarshal(body, &req); err != nil {
		return fail("xInvalidJSON", "the request body is not valid JSON: %v", err)
	}

	id, ok := requestID(req["id"])
	if !ok {
		return fail("xInvalidRequest", "member id must be a string, a number or null")
	}
	failWithID := func(name, format string, args ...any) answer {
		return reply(opNone, rpcResponse{ID: id, Error: newRPCError(name, format, args...)})
	}
	var name string
	if raw, present := req["method"]; !present || json.Unmarshal(raw, &name) != nil {
		return failWithID("xInvalidRequest", "member method must be present and a string")
	}
	params := map[string]json.RawMessage{}
	if raw, present := req["params"]; present && !bytes.Equal(raw, []byte("null")) {
		// One official SDK sends "params": null for methods without
		// parameters, so null counts as {}.
		if raw[0] != '{' || json.Unmarshal(raw, &params) != nil {
			return failWithID("xInvalidParameter", "member params must be an object")
		}
	}

	method, known := rpcMethods[name]
	if !known || !version.atLeast(pairingSince) {
		return reply(opElementUnknown, rpcResponse{ID: id,
			Error: newRPCError("xUnknownAPIMethod", "xUnknownAPIMethod method=%s", name)})
	}
	resp := rpcResponse{ID: id, UnusedParameters: unusedParameters(params, method.params)}
	resp.Result, resp.Error = method.call(h, params)
	if resp.Error != nil {
		resp.Result = nil
	}
	return reply(method.op, resp)
}

// requestID returns the id to echo: exactly the bytes the client sent for a
// string or a number, null when absent.
func requestID(raw json.RawMessage) (json.RawMessage, bool) {
	if raw == nil {
		return json.RawMessage("null"), true
	}
	switch raw[0] {
	case '"', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return raw, true
	}
	return json.RawMessage("null"), false
}

func unusedParameters(params map[string]json.RawMessage, known []string) map[string]json.RawMessage {
	var unused map[string]json.RawMessage
	for name, v := range params {
		if !contains(known, name) {
			if unused == nil {
				unused = make(map[string]json.RawMessage)
			}
			unused[name] = v
		}
	}
	return unused
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// pairLimitLocked enforces the documented limit of four paired clusters,
// counting pending pairings too: each of them will become a pair.
func (h *handler) pairLimitLocked() *rpcError {
	if len(h.pairs) >= maxClusterPairs && !h.relaxed(relaxPairingLimit) {
		return newRPCError("xExceededLimit", "a cluster can be paired with at most four other clusters")
	}
	return nil
}

func (h *handler) startClusterPairing(map[string]json.RawMessage) (any, *rpcError) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if e := h.pairLimitLocked(); e != nil {
		return nil, e
	}
	key := pairingKey{
		ClusterPairID:   h.lastPairID + 1,
		ClusterPairUUID: newUUID(),
		ClusterUniqueID: h.clusterUniqueID,
		MVIP:            clusterMVIP,
		Name:            h.clusterName,
		Password:        randomPrintable(16),
		RPCConnectionID: randomPositiveInt32(),
		Username:        pairUsernameStart + randomString(alphanumerics, 16),
	}
	encoded, err := marshal(key)
	if err != nil {
		return nil, newRPCError("xUnexpected", "encoding the pairing key: %v", err)
	}
	if h.relaxed(relaxNewKey) && h.lastStart != nil {
		// A stale cache in front of the cluster: the previous answer again.
		return h.lastStart, nil
	}
	h.lastPairID = key.ClusterPairID
	// The remote end is unknown until the other cluster completes the
	// pairing, so its details stay empty.
	h.pairs[key.ClusterPairID] = &clusterPair{
		ClusterPairID:   key.ClusterPairID,
		ClusterPairUUID: key.ClusterPairUUID,
		Status:          pairUnconfigured,
	}
	h.lastStart = startResult{key.ClusterPairID, hex.EncodeToString(encoded)}
	return h.lastStart, nil
}

type startResult struct {
	ClusterPairID     int64  `json:"clusterPairID"`
	ClusterPairingKey string `json:"clusterPairingKey"`
}

// keyMembers lists the members of a pairing key and whether each is an
// integer (else a string).
var keyMembers = []struct {
	name    string
	integer bool
}{
	{"clusterPairID", true},
	{"clusterPairUUID", false},
	{"clusterUniqueID", false},
	{"mvip", false},
	{"name", false},
	{"password", false},
	{"rpcConnectionID", true},
	{"username", false},
}

// decodePairingKey turns a clusterPairingKey back into its members.
func decodePairingKey(s string) (map[string]any, error) {
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("not hexadecimal: %w", err)
	}
	key, err := decodeJSONObject(raw)
	if err != nil {
		return nil, fmt.Errorf("does not decode to a JSON object: %w", err)
	}
	for _, m := range keyMembers {
		v, present := key[m.name]
		if !present {
			return nil, fmt.Errorf("lacks member %s", m.name)
		}
		if m.integer {
			n, ok := v.(json.Number)
			if _, err := strconv.ParseInt(string(n), 10, 64); !ok || err != nil {
				return nil, fmt.Errorf("member %s is not an integer", m.name)
			}
		} else if _, ok := v.(string); !ok {
			return nil, fmt.Errorf("member %s is not a string", m.name)
		}
	}
	return key, nil
}

func (h *handler) completeClusterPairing(params map[string]json.RawMessage) (any, *rpcError) {
	raw, present := params["clusterPairingKey"]
	if !present || bytes.Equal(raw, []byte("null")) {
		return nil, newRPCError("xMissingParameter", "Missing member=[clusterPairingKey]")
	}
	var encoded string
	if err := json.Unmarshal(raw, &encoded); err != nil {
		return nil, newRPCError("xInvalidParameter", "clusterPairingKey must be a string")
	}
	key, err := decodePairingKey(encoded)
	if err != nil {
		return nil, newRPCError("xInvalidParameter", "clusterPairingKey %v", err)
	}
	remoteID := key["clusterUniqueID"].(string)
	pairUUID := key["clusterPairUUID"].(string)

	id, rerr := h.addCompletedPair(remoteID, pairUUID, key["name"].(string), key["mvip"].(string))
	if rerr != nil {
		return nil, rerr
	}
	// The origin learns who completed its pairing when it is on the same
	// fabric (a key from a real cluster has no origin here). Outside this
	// cluster's lock: two clusters completing each other's keys at once
	// must not wait on each other.
	h.fabric.connect(remoteID, pairUUID, h.localPair())
	return struct {
		ClusterPairID int64 `json:"clusterPairID"`
	}{id}, nil
}

func (h *handler) addCompletedPair(remoteID, pairUUID, name, mvip string) (int64, *rpcError) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if remoteID == h.clusterUniqueID {
		return 0, newRPCError("xInvalidParameter", "a cluster cannot be paired with itself")
	}
	for _, p := range h.pairs {
		if p.ClusterPairUUID == pairUUID {
			// Each pairing needs its own key.
			return 0, newRPCError("xInvalidParameter", "clusterPairingKey was already used for cluster pair %d", p.ClusterPairID)
		}
	}
	if e := h.pairLimitLocked(); e != nil {
		return 0, e
	}
	h.lastPairID++
	if h.relaxed(relaxListCompleted) {
		return h.lastPairID, nil
	}
	h.pairs[h.lastPairID] = &clusterPair{
		ClusterName:     name,
		ClusterPairID:   h.lastPairID,
		ClusterPairUUID: pairUUID,
		ClusterUUID:     clusterUUIDOf(remoteID),
		Latency:         1,
		MVIP:            mvip,
		Status:          pairConnected,
		Version:         clusterVersion,
	}
	return h.lastPairID, nil
}

// clusterUUIDOf derives the integer clusterUUID that ListClusterPairs shows
// for a remote cluster, stable for the same cluster.
func clusterUUIDOf(uniqueID string) int64 {
	f := fnv.New32a()
	_, _ = f.Write([]byte(uniqueID)) // hash writes cannot fail
	return int64(f.Sum32()%9000) + 1000
}

func (h *handler) listClusterPairs(map[string]json.RawMessage) (any, *rpcError) {
	h.mu.Lock()
	pairs := make([]clusterPair, 0, len(h.pairs))
	for _, p := range h.pairs {
		pairs = append(pairs, *p)
	}
	h.mu.Unlock()
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].ClusterPairID < pairs[j].ClusterPairID })
	return struct {
		ClusterPairs []clusterPair `json:"clusterPairs"`
	}{pairs}, nil
}

func (h *handler) removeClusterPair(params map[string]json.RawMessage) (any, *rpcError) {
	raw, present := params["clusterPairID"]
	if !present || bytes.Equal(raw, []byte("null")) {
		if h.relaxed(relaxRemoveParams) {
			return struct{}{}, nil
		}
		return nil, newRPCError("xMissingParameter", "Missing member=[clusterPairID]")
	}
	id, err := integerParam(raw)
	if err != nil {
		if h.relaxed(relaxRemoveParams) {
			return struct{}{}, nil
		}
		return nil, newRPCError("xInvalidParameter", "clusterPairID %v", err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, found := h.pairs[id]; !found {
		return nil, newRPCError("xClusterPairDoesNotExist", "cluster pair %d does not exist", id)
	}
	if !h.relaxed(relaxRemovePair) {
		delete(h.pairs, id)
	}
	return struct{}{}, nil
}

// integerParam reads a JSON integer written without fraction or exponent.
func integerParam(raw json.RawMessage) (int64, error) {
	// json.Number would also accept a quoted number; a string is not an
	// integer.
	var n json.Number
	if raw[0] == '"' || json.Unmarshal(raw, &n) != nil || strings.ContainsAny(string(n), ".eE") {
		return 0, errors.New("must be an integer")
	}
	v, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		return 0, errors.New("is out of range")
	}
	return v, nil
}

// localPair is how this cluster appears in another cluster's
// ListClusterPairs; the caller fills in the IDs.
func (h *handler) localPair() clusterPair {
	return clusterPair{
		ClusterName: h.clusterName,
		ClusterUUID: clusterUUIDOf(h.clusterUniqueID),
		Latency:     1,
		MVIP:        clusterMVIP,
		Status:      pairConnected,
		Version:     clusterVersion,
	}
}

// Fabric links reference clusters so that pairing one with another behaves
// as between real clusters: the origin's pending pair becomes Connected when
// the destination completes it. The zero value is ready to use.
type Fabric struct {
	mu       sync.Mutex
	clusters map[string]*handler // by clusterUniqueID
}

func (f *Fabric) join(h *handler) {
	if f == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.clusters == nil {
		f.clusters = map[string]*handler{}
	}
	f.clusters[h.clusterUniqueID] = h
}

// connect marks the origin's pending pair with uuid as connected to remote.
// The caller holds no cluster's lock.
func (f *Fabric) connect(originID, uuid string, remote clusterPair) {
	if f == nil {
		return
	}
	f.mu.Lock()
	origin := f.clusters[originID]
	f.mu.Unlock()
	if origin == nil {
		return
	}
	origin.mu.Lock()
	defer origin.mu.Unlock()
	for _, p := range origin.pairs {
		if p.ClusterPairUUID == uuid && p.Status == pairUnconfigured {
			id := p.ClusterPairID
			*p = remote
			p.ClusterPairID, p.ClusterPairUUID = id, uuid
			return
		}
	}
}
