package scenario

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// sent is one request a recording target received, and what it answered.
type sent struct {
	method, path, rpc string // rpc: the JSON-RPC method, if any
	body, answer      []byte
}

// recordingTarget puts a reverse proxy that records every request in front
// of a reference target: a stand-in for a production system whose every
// request must be accounted for.
func recordingTarget(t *testing.T) (string, func() []sent) {
	t.Helper()
	srv, err := reference.Start(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	u, _ := url.Parse(srv.URL())
	var mu sync.Mutex
	var log []sent
	proxy := httputil.NewSingleHostReverseProxy(u)
	proxy.ModifyResponse = func(resp *http.Response) error {
		answer, _ := io.ReadAll(resp.Body)
		resp.Body = io.NopCloser(bytes.NewReader(answer))
		body, _ := resp.Request.Context().Value(bodyKey{}).([]byte)
		var rpc struct{ Method string }
		_ = json.Unmarshal(body, &rpc)
		mu.Lock()
		log = append(log, sent{resp.Request.Method, resp.Request.URL.Path, rpc.Method, body, answer})
		mu.Unlock()
		return nil
	}
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bodyKey{}, body)))
	}))
	t.Cleanup(front.Close)
	return front.URL, func() []sent {
		mu.Lock()
		defer mu.Unlock()
		return append([]sent(nil), log...)
	}
}

type bodyKey struct{}

// effectOfSent classifies a recorded request by the contracts, as the gate
// does: the JSON-RPC method's effect, or the REST operation's.
func effectOfSent(set *contract.Set, s sent) (contract.Effect, string) {
	if s.rpc != "" {
		api, _ := set.API("element")
		return effectOf(api, s.rpc), s.rpc
	}
	api, _ := set.API("dcaas")
	for _, op := range api.Operations() {
		if op.Method == s.method {
			if _, _, ok := op.SplitTargetPath(s.path); ok {
				return op.Effect, op.ID
			}
		}
	}
	return contract.Mutating, s.method + " " + s.path
}

// Against a target that is not the embedded reference, conform sends no
// mutating or destructive request unless the user allows it; allowed to
// mutate, every delete it sends removes something the run itself created.
func TestRealTargetsAreNotChangedUnasked(t *testing.T) {
	set, err := contract.Load(context.Background(), repoRoot(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken, "CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword}
	var url string
	run := func(allow contract.Effect) (int, string, []sent) {
		var log func() []sent
		url, log = recordingTarget(t)
		var out bytes.Buffer
		code := Run(context.Background(), target.Config{
			Provider: refProvider(t), Dir: repoRoot(t), Allow: allow,
			Targets: map[string]string{"dcaas": url, "element": url + "/json-rpc/12.3"},
			Format:  "progress", Output: &out, Errors: &out, NoColors: true, Getenv: func(k string) string { return env[k] },
		})
		return code, out.String(), log()
	}

	_, out, log := run("")
	for _, s := range log {
		if e, what := effectOfSent(set, s); e != contract.Readonly {
			t.Errorf("without --allow, the real target received %s (%s)", what, e)
		}
	}
	for _, want := range []string{"held back: ", "would change a real target", "--allow mutating", "--allow destructive"} {
		if !strings.Contains(out, want) {
			t.Errorf("the run does not say what it held back and how to allow it (%q):\n%s", want, out)
		}
	}

	// A real destination alone: the main element target is the reference,
	// but the pairing scenarios would complete pairings on the real one.
	dest, destLog := recordingTarget(t)
	var destOut bytes.Buffer
	Run(context.Background(), target.Config{
		Provider: refProvider(t), Dir: repoRoot(t),
		Targets: map[string]string{"element:destination": dest + "/json-rpc/12.3"},
		Format:  "progress", Output: &destOut, Errors: &destOut, NoColors: true, Getenv: func(k string) string { return env[k] },
	})
	for _, s := range destLog() {
		if e, what := effectOfSent(set, s); e != contract.Readonly {
			t.Errorf("without --allow, the real destination received %s (%s)", what, e)
		}
	}
	if !strings.Contains(destOut.String(), "the element target element:destination "+dest) {
		t.Errorf("the run does not say it held back what a real destination would have received:\n%s", destOut.String())
	}

	code, out, log := run(contract.Mutating)
	created := map[string]bool{}
	var mutated, removed int
	for _, s := range log {
		e, what := effectOfSent(set, s)
		switch e {
		case contract.Mutating:
			mutated++
			for _, ptr := range []string{"/vif_peer/id", "/result/clusterPairID"} {
				if id := member(s.answer, ptr); id != "" {
					created[id] = true
				}
			}
		case contract.Destructive:
			id := s.path[strings.LastIndex(s.path, "/")+1:]
			if s.rpc != "" {
				id = member(s.body, "/params/clusterPairID")
			}
			removed++
			if !created[id] {
				t.Errorf("with --allow mutating, %s removed %q, which the run did not create", what, id)
			}
		}
	}
	if mutated == 0 || removed == 0 || code != 0 {
		t.Errorf("with --allow mutating: %d mutating and %d removing requests, exit %d; want some of each, and a passing run:\n%s", mutated, removed, code, out)
	}
	// What the run created, it removed again.
	req, _ := http.NewRequest(http.MethodPost, url+"/json-rpc/12.3", strings.NewReader(`{"method":"ListClusterPairs","params":{},"id":1}`))
	req.SetBasicAuth(reference.DefaultUsername, reference.DefaultPassword)
	req.Header.Set("Content-Type", "application/json-rpc")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	left, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(left), `"clusterPairs":[]`) {
		t.Errorf("the run left cluster pairs on the target: %s", left)
	}
}

// member reads a JSON member as text.
func member(body []byte, ptr string) string {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return ""
	}
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[tok]
	}
	switch x := v.(type) {
	case string:
		return x
	case float64:
		b, _ := json.Marshal(x)
		return string(b)
	}
	return ""
}
