package reference

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DC v3 error codes (the DC error-code table: all of them are HTTP 400) and
// the API gateway codes that Huawei's gateway answers before the service sees
// a request.
const (
	codeBodyAbnormal  = "DC.0000" // request body abnormal
	codeParameter     = "DC.0001" // request parameter error
	codeNotFound      = "DC.0002" // resource does not exist
	codeInvalidIP     = "DC.0004" // invalid IP address
	codeASNRange      = "DC.0008" // BGP ASN out of range
	codeBGPWithoutASN = "DC.1203" // no ASN for a BGP virtual interface
	codeGatewayNoAPI  = "APIG.0101"
	codeGatewayAuth   = "APIG.0301"
)

// Documented limits of CreateVifPeer.
const (
	maxNameChars      = 64
	maxDescChars      = 128
	maxRouteModeChars = 255
	vifIDChars        = 36
	maxBGPASN         = 4294967295 // beyond int32: kept in int64
)

// What a new peer reports when the request leaves a member out; the values
// are those of the documented example.
const (
	defaultAddrFamily  = "ipv4"
	defaultLocalGWIP   = "12.3.4.1/30"
	defaultRemoteGWIP  = "12.3.4.2/30"
	defaultRouteMode   = "static"
	bgpRouteLimit      = 100
	bgpStatusDown      = "Down" // a new BGP session has not come up yet
	peerStatusActive   = "ACTIVE"
	staticReceiveRoute = -1 // "meaningless" for static routing; the page says -1
)

var projectIDPattern = regexp.MustCompile(`^[0-9a-fA-F]{32}$`)

// dcError is a DCaaS error answer in the making.
type dcError struct {
	status int
	code   string
	msg    string
}

func paramError(format string, args ...any) *dcError {
	return &dcError{status: http.StatusBadRequest, code: codeParameter, msg: fmt.Sprintf(format, args...)}
}

// dcErrorBody is the DCaaS error body. request_id is only set by the
// gateway (APIG.*) errors, as on the real service.
type dcErrorBody struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
	RequestID string `json:"request_id,omitempty"`
}

func (e *dcError) answer(op operation) answer {
	body := dcErrorBody{ErrorCode: e.code, ErrorMsg: e.msg}
	if strings.HasPrefix(e.code, "APIG.") {
		body.RequestID = newRequestID()
	}
	return jsonAnswer(apiDCaaS, op, outcomeAPIError, e.status, body)
}

// vifPeer is the VifPeer response object, members in the order of the
// documented example.
type vifPeer struct {
	Name            string   `json:"name"`
	Description     string   `json:"description"`
	ID              string   `json:"id"`
	TenantID        string   `json:"tenant_id"`
	AddressFamily   string   `json:"address_family"`
	LocalGatewayIP  string   `json:"local_gateway_ip"`
	RemoteGatewayIP string   `json:"remote_gateway_ip"`
	RouteMode       string   `json:"route_mode"`
	BGPASN          *int64   `json:"bgp_asn"`
	BGPMD5          *string  `json:"bgp_md5"`
	BGPRouteLimit   int      `json:"bgp_route_limit"`
	BGPStatus       *string  `json:"bgp_status"`
	Status          string   `json:"status"`
	VifID           string   `json:"vif_id"`
	ReceiveRouteNum int      `json:"receive_route_num"`
	RemoteEPGroup   []string `json:"remote_ep_group"`
	ServiceEPGroup  []string `json:"service_ep_group"`
	DeviceID        string   `json:"device_id"`
	EnableNQA       bool     `json:"enable_nqa"`
	EnableBFD       bool     `json:"enable_bfd"`
}

// serveDCaaS routes everything outside /json-rpc/. Checks run in the order
// Huawei's gateway and service apply them: route, method, token, then the
// request itself.
func (h *handler) serveDCaaS(w http.ResponseWriter, r *http.Request) answer {
	parts := strings.Split(r.URL.Path, "/")
	// "", "v3", project_id, "dcaas", "vif-peers" [, vif_peer_id]
	if len(parts) < 5 || len(parts) > 6 || parts[0] != "" || parts[1] != "v3" ||
		parts[3] != "dcaas" || parts[4] != "vif-peers" || (len(parts) == 6 && parts[5] == "") {
		e := &dcError{status: http.StatusNotFound, code: codeGatewayNoAPI,
			msg: "The API does not exist or has not been published in the environment."}
		return e.answer(opNone)
	}
	op, allowed := opDCaaSCreate, http.MethodPost
	if len(parts) == 6 {
		op, allowed = opDCaaSDelete, http.MethodDelete
	}
	if r.Method != allowed {
		e := &dcError{status: http.StatusMethodNotAllowed, code: codeGatewayNoAPI,
			msg: fmt.Sprintf("The API does not exist: method %s is not allowed here; use %s.", r.Method, allowed)}
		a := e.answer(opNone)
		a.header.Set("Allow", allowed)
		return a
	}
	if e := h.checkAuth(w, r); e != nil {
		return e.answer(opNone)
	}
	project := parts[2]
	if !projectIDPattern.MatchString(project) {
		return paramError("project_id: %q is not 32 hexadecimal characters", shorten(project)).answer(op)
	}
	if op == opDCaaSDelete {
		return h.deleteVifPeer(project, parts[5])
	}
	return h.createVifPeer(w, r, project)
}

// checkToken authenticates X-Auth-Token. Its messages never repeat the token.
func (h *handler) checkToken(r *http.Request) *dcError {
	reject := func(why string) *dcError {
		return &dcError{status: http.StatusUnauthorized, code: codeGatewayAuth,
			msg: "Incorrect IAM authentication information: " + why}
	}
	values := r.Header.Values("X-Auth-Token")
	switch {
	case len(values) == 0 || (len(values) == 1 && values[0] == ""):
		if h.relaxed(relaxMissingToken) {
			return nil
		}
		return reject("X-Auth-Token header is missing or empty")
	case len(values) > 1:
		return reject("X-Auth-Token header is given more than once")
	case utf8.RuneCountInString(values[0]) > maxTokenChars:
		if h.relaxed(relaxLongToken) {
			return nil
		}
		return reject(fmt.Sprintf("X-Auth-Token is longer than %d characters", maxTokenChars))
	case !equalSecret(values[0], h.token):
		return reject("verify token fail")
	}
	return nil
}

// createRequest is a validated CreateVifPeer object.
type createRequest struct {
	name, description, addressFamily string
	localGatewayIP, remoteGatewayIP  string
	routeMode                        string
	bgpASN                           *int64
	bgpMD5                           *string
	remoteEPGroup                    []string
	vifID                            string
}

func (h *handler) createVifPeer(w http.ResponseWriter, r *http.Request, project string) answer {
	abnormal := func(format string, args ...any) answer {
		e := &dcError{status: http.StatusBadRequest, code: codeBodyAbnormal,
			msg: "request body abnormal: " + fmt.Sprintf(format, args...)}
		return e.answer(opDCaaSCreate)
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return abnormal("Content-Type must be application/json")
	}
	body, err := readBody(w, r)
	if err != nil {
		return abnormal("%v", err)
	}
	doc, err := decodeJSONObject(body)
	if err != nil {
		return abnormal("%v", err)
	}
	// vif_peer is documented as optional; without it every member takes
	// its default.
	raw, present := doc["vif_peer"]
	if !present {
		raw = map[string]any{}
	}
	obj, ok := raw.(map[string]any)
	if !ok {
		return paramError("vif_peer: must be an object").answer(opDCaaSCreate)
	}
	req, e := h.parseCreateRequest(obj)
	if e != nil {
		return e.answer(opDCaaSCreate)
	}

	peer := vifPeer{
		Name:            req.name,
		Description:     req.description,
		ID:              newUUID(),
		TenantID:        project,
		AddressFamily:   req.addressFamily,
		LocalGatewayIP:  req.localGatewayIP,
		RemoteGatewayIP: req.remoteGatewayIP,
		RouteMode:       req.routeMode,
		BGPMD5:          req.bgpMD5,
		BGPRouteLimit:   bgpRouteLimit,
		Status:          peerStatusActive,
		VifID:           req.vifID,
		ReceiveRouteNum: staticReceiveRoute,
		RemoteEPGroup:   req.remoteEPGroup,
		ServiceEPGroup:  []string{},
		DeviceID:        h.deviceID,
	}
	if peer.VifID == "" {
		peer.VifID = newUUID()
	}
	if req.routeMode == "bgp" {
		status := bgpStatusDown
		peer.BGPASN = req.bgpASN
		peer.BGPStatus = &status
		peer.ReceiveRouteNum = 0
	}

	h.mu.Lock()
	if h.peers[project] == nil {
		h.peers[project] = make(map[string]vifPeer)
	}
	h.peers[project][peer.ID] = peer
	h.mu.Unlock()

	return jsonAnswer(apiDCaaS, opDCaaSCreate, outcomeSuccess, http.StatusCreated,
		struct {
			VifPeer vifPeer `json:"vif_peer"`
		}{peer})
}

// decodeJSONObject decodes exactly one JSON object, keeping numbers as
// json.Number so that integers beyond float64 precision stay exact.
func decodeJSONObject(body []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not valid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("not valid JSON: data after the top-level value")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("the body must be a JSON object")
	}
	return obj, nil
}

// parseCreateRequest checks every documented limit of CreateVifPeer, in the
// order the page lists the members, and fills in the defaults.
func (h *handler) parseCreateRequest(m map[string]any) (createRequest, *dcError) {
	req := createRequest{
		addressFamily:   defaultAddrFamily,
		localGatewayIP:  defaultLocalGWIP,
		remoteGatewayIP: defaultRemoteGWIP,
		routeMode:       defaultRouteMode,
		remoteEPGroup:   []string{},
	}
	var bad *dcError

	if s, ok, e := stringMember(m, "name"); e != nil {
		return req, e
	} else if ok {
		if n := utf8.RuneCountInString(s); n > maxNameChars && !h.relaxed(relaxLongName) {
			return req, paramError("vif_peer.name: length %d exceeds maximum %d", n, maxNameChars)
		}
		req.name = s
	}

	if s, ok, e := stringMember(m, "description"); e != nil {
		return req, e
	} else if ok {
		if n := utf8.RuneCountInString(s); n > maxDescChars {
			return req, paramError("vif_peer.description: length %d exceeds maximum %d", n, maxDescChars)
		}
		req.description = s
	}

	if s, ok, e := stringMember(m, "address_family"); e != nil {
		return req, e
	} else if ok {
		// The page writes "IPv4 or IPv6" while its example answers "ipv4":
		// accept either spelling and answer in the example's.
		lower := strings.ToLower(s)
		if lower != "ipv4" && lower != "ipv6" {
			return req, paramError("vif_peer.address_family: %q is not one of ipv4, ipv6", shorten(s))
		}
		req.addressFamily = lower
	}

	for _, member := range []struct {
		name string
		dst  *string
	}{
		{"local_gateway_ip", &req.localGatewayIP},
		{"remote_gateway_ip", &req.remoteGatewayIP},
	} {
		if s, ok, e := stringMember(m, member.name); e != nil {
			return req, e
		} else if ok {
			if _, _, err := net.ParseCIDR(s); err != nil {
				return req, &dcError{status: http.StatusBadRequest, code: codeInvalidIP,
					msg: fmt.Sprintf("vif_peer.%s: %q is not an IP address in CIDR notation", member.name, shorten(s))}
			}
			*member.dst = s
		}
	}

	if s, ok, e := stringMember(m, "route_mode"); e != nil {
		return req, e
	} else if ok {
		if n := utf8.RuneCountInString(s); n > maxRouteModeChars {
			return req, paramError("vif_peer.route_mode: length %d exceeds maximum %d", n, maxRouteModeChars)
		}
		if s != "static" && s != "bgp" && !h.relaxed(relaxRouteModeEnum) {
			return req, paramError("vif_peer.route_mode: %q is not one of static, bgp", shorten(s))
		}
		req.routeMode = s
	}

	if req.bgpASN, bad = h.bgpASNMember(m); bad != nil {
		return req, bad
	}

	if s, ok, e := stringMember(m, "bgp_md5"); e != nil {
		return req, e
	} else if ok {
		req.bgpMD5 = &s
	}

	if req.remoteEPGroup, bad = cidrListMember(m, "remote_ep_group", req.remoteEPGroup); bad != nil {
		return req, bad
	}

	if s, ok, e := stringMember(m, "vif_id"); e != nil {
		return req, e
	} else if ok {
		if n := utf8.RuneCountInString(s); n != vifIDChars {
			return req, paramError("vif_peer.vif_id: length %d, must be exactly %d", n, vifIDChars)
		}
		req.vifID = s
	}

	if req.routeMode == "bgp" && req.bgpASN == nil {
		return req, &dcError{status: http.StatusBadRequest, code: codeBGPWithoutASN,
			msg: "vif_peer.bgp_asn: required when route_mode is bgp"}
	}
	return req, nil
}

// stringMember reads an optional string member. null is not a string: the
// page documents no nullable request member.
func stringMember(m map[string]any, name string) (string, bool, *dcError) {
	v, present := m[name]
	if !present {
		return "", false, nil
	}
	s, ok := v.(string)
	if !ok {
		return "", false, paramError("vif_peer.%s: must be a string", name)
	}
	return s, true, nil
}

// bgpASNMember reads bgp_asn: a JSON integer in 1..4294967295, a range that
// does not fit in int32.
func (h *handler) bgpASNMember(m map[string]any) (*int64, *dcError) {
	v, present := m["bgp_asn"]
	if !present {
		return nil, nil
	}
	n, ok := v.(json.Number)
	if !ok || strings.ContainsAny(string(n), ".eE") {
		return nil, paramError("vif_peer.bgp_asn: must be an integer")
	}
	outOfRange := &dcError{status: http.StatusBadRequest, code: codeASNRange,
		msg: fmt.Sprintf("vif_peer.bgp_asn: %s is out of range 1..%d", shorten(string(n)), uint64(maxBGPASN))}
	if strings.HasPrefix(string(n), "-") {
		return nil, outOfRange
	}
	u, err := strconv.ParseUint(string(n), 10, 64)
	if err != nil || u > maxBGPASN || (u == 0 && !h.relaxed(relaxBGPASNZero)) {
		return nil, outOfRange
	}
	asn := int64(u)
	return &asn, nil
}

// cidrListMember reads an optional array of CIDR strings.
func cidrListMember(m map[string]any, name string, def []string) ([]string, *dcError) {
	v, present := m[name]
	if !present {
		return def, nil
	}
	items, ok := v.([]any)
	if !ok {
		return nil, paramError("vif_peer.%s: must be an array of strings", name)
	}
	out := make([]string, 0, len(items))
	for i, item := range items {
		s, ok := item.(string)
		if !ok {
			return nil, paramError("vif_peer.%s[%d]: must be a string", name, i)
		}
		if _, _, err := net.ParseCIDR(s); err != nil {
			return nil, &dcError{status: http.StatusBadRequest, code: codeInvalidIP,
				msg: fmt.Sprintf("vif_peer.%s[%d]: %q is not a CIDR block", name, i, shorten(s))}
		}
		out = append(out, s)
	}
	return out, nil
}

func (h *handler) deleteVifPeer(project, id string) answer {
	h.mu.Lock()
	_, found := h.peers[project][id]
	if found {
		delete(h.peers[project], id)
	}
	h.mu.Unlock()
	if !found {
		e := &dcError{status: http.StatusBadRequest, code: codeNotFound, msg: "resource does not exist"}
		return e.answer(opDCaaSDelete)
	}
	return answer{api: apiDCaaS, op: opDCaaSDelete, outcome: outcomeSuccess,
		status: http.StatusNoContent, header: http.Header{}}
}
