package reference

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

const testProject = "cfa563efb77d4b6d9960781d82530fd8"

var (
	uuidV4Pattern    = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	requestIDPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)
)

// target is a running reference server plus a client of its own, both torn
// down when the test ends.
type target struct {
	t      *testing.T
	srv    *Server
	client *http.Client
}

func startTarget(t *testing.T, opts Options) *target {
	t.Helper()
	srv, err := Start(opts)
	if err != nil {
		t.Fatalf("Start(%+v): %v", opts, err)
	}
	tr := &http.Transport{}
	t.Cleanup(func() {
		tr.CloseIdleConnections()
		if err := srv.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return &target{t: t, srv: srv, client: &http.Client{Transport: tr}}
}

// reply is what the target answered.
type reply struct {
	status int
	header http.Header
	body   []byte
}

func (r reply) mediaType() string {
	mt, _, err := mime.ParseMediaType(r.header.Get("Content-Type"))
	if err != nil {
		return r.header.Get("Content-Type")
	}
	return mt
}

// object decodes the body as a JSON object, numbers kept as json.Number; nil
// when the body is not one.
func (r reply) object() map[string]any {
	dec := json.NewDecoder(bytes.NewReader(r.body))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return nil
	}
	obj, _ := v.(map[string]any)
	return obj
}

func (r reply) member(path ...string) any {
	var v any = r.object()
	for _, p := range path {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = obj[p]
	}
	return v
}

func (r reply) String() string {
	return http.StatusText(r.status) + " " + r.header.Get("Content-Type") + " " + string(r.body)
}

func (tg *target) do(method, path string, header http.Header, body string) reply {
	tg.t.Helper()
	return tg.send(method, path, header, body, nil)
}

// send builds a request, lets prepare change it (sign it, tamper with it)
// and sends it.
func (tg *target) send(method, path string, header http.Header, body string, prepare func(*http.Request)) reply {
	tg.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, tg.srv.URL()+path, rd)
	if err != nil {
		tg.t.Fatalf("new request: %v", err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	if prepare != nil {
		prepare(req)
	}
	resp, err := tg.client.Do(req)
	if err != nil {
		tg.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tg.t.Fatalf("read answer to %s %s: %v", method, path, err)
	}
	return reply{status: resp.StatusCode, header: resp.Header, body: b}
}

func dcaasHeader() http.Header {
	return http.Header{
		"X-Auth-Token": {DefaultToken},
		"Content-Type": {"application/json"},
	}
}

// createPeer posts body to the vif-peers collection of testProject with the
// default token.
func (tg *target) createPeer(body string) reply {
	tg.t.Helper()
	return tg.do(http.MethodPost, "/v3/"+testProject+"/dcaas/vif-peers", dcaasHeader(), body)
}

func elementHeader() http.Header {
	h := http.Header{"Content-Type": {"application/json-rpc"}}
	h.Set("Authorization", basicAuth(DefaultUsername, DefaultPassword))
	return h
}

func basicAuth(user, pass string) string {
	req, _ := http.NewRequest(http.MethodGet, "http://x", nil)
	req.SetBasicAuth(user, pass)
	return req.Header.Get("Authorization")
}

// rpc sends one JSON-RPC request body to /json-rpc/12.3 with valid
// credentials.
func (tg *target) rpc(body string) reply {
	tg.t.Helper()
	return tg.do(http.MethodPost, "/json-rpc/12.3", elementHeader(), body)
}

func (tg *target) call(method string, params string) reply {
	tg.t.Helper()
	if params == "" {
		params = "{}"
	}
	return tg.rpc(`{"method":"` + method + `","params":` + params + `,"id":1}`)
}

// decodeKey hex-decodes a clusterPairingKey and parses its JSON.
func decodeKey(t *testing.T, key string) (raw []byte, members map[string]any) {
	t.Helper()
	raw, err := hex.DecodeString(key)
	if err != nil {
		t.Fatalf("key is not hex: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&members); err != nil {
		t.Fatalf("key is not JSON: %v (%q)", err, raw)
	}
	return raw, members
}

func wantJSON(t *testing.T, r reply, status int) map[string]any {
	t.Helper()
	if r.status != status {
		t.Fatalf("status = %d, want %d; answer: %s", r.status, status, r)
	}
	if r.mediaType() != "application/json" {
		t.Fatalf("Content-Type = %q, want application/json", r.header.Get("Content-Type"))
	}
	obj := r.object()
	if obj == nil {
		t.Fatalf("body is not a JSON object: %s", r.body)
	}
	return obj
}
