package reference

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// serverGoroutines returns the stacks of goroutines that belong to a
// reference server: its Serve loop, connection goroutines, or handler code.
func serverGoroutines() []string {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	var found []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "net/http.(*Server).Serve(") ||
			strings.Contains(g, "net/http.(*conn).serve(") ||
			strings.Contains(g, "internal/reference.(*handler)") ||
			strings.Contains(g, "internal/reference.(*Server)") ||
			strings.Contains(g, "internal/reference.Listen") {
			found = append(found, g)
		}
	}
	return found
}

// wantNoServerGoroutines fails the test if server goroutines remain after
// Close. Close waits until every connection goroutine has run its deferred
// clean-up, but a goroutine can still be on its final return instruction
// then, so a short bounded retry (normally zero rounds) absorbs that.
func wantNoServerGoroutines(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for {
		g := serverGoroutines()
		if len(g) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("server goroutines after Close:\n%s", strings.Join(g, "\n\n"))
			return
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
}

// Not parallel: it looks at goroutines of the whole process.
func TestCloseLeavesNoGoroutine(t *testing.T) {
	if g := serverGoroutines(); len(g) != 0 {
		t.Fatalf("server goroutines before the test: %v", g)
	}
	srv, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{}
	client := &http.Client{Transport: tr}
	// Keep-alive connections to both APIs, left idle.
	for _, req := range []struct{ path, ct, body string }{
		{"/v3/" + testProject + "/dcaas/vif-peers", "application/json", `{}`},
		{"/json-rpc/12.3", "application/json-rpc", `{"method":"ListClusterPairs","id":1}`},
	} {
		r, err := http.NewRequest(http.MethodPost, srv.URL()+req.path, strings.NewReader(req.body))
		if err != nil {
			t.Fatal(err)
		}
		r.Header.Set("Content-Type", req.ct)
		r.Header.Set("X-Auth-Token", DefaultToken)
		r.SetBasicAuth(DefaultUsername, DefaultPassword)
		resp, err := client.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	if len(serverGoroutines()) == 0 {
		t.Fatal("no server goroutine seen while the server runs; the check below would prove nothing")
	}
	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	wantNoServerGoroutines(t)
	tr.CloseIdleConnections()
	if err := srv.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// A client that stops halfway through its body must not hold Close up for
// longer than the grace period.
func TestCloseCutsStalledRequests(t *testing.T) {
	srv, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv.grace = 50 * time.Millisecond // the production bound is 2s; the mechanism is the same
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v3/%s/dcaas/vif-peers HTTP/1.1\r\nHost: x\r\nX-Auth-Token: %s\r\n"+
		"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"vif_peer\":", testProject, DefaultToken)
	// Wait until the request is in the handler, stuck reading the body.
	deadline := time.Now().Add(5 * time.Second)
	for !handlerRunning() {
		if time.Now().After(deadline) {
			t.Fatal("the stalled request never reached the handler")
		}
		runtime.Gosched()
	}
	start := time.Now()
	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Close took %v with a 50ms grace period", took)
	}
	wantNoServerGoroutines(t)
	// The stalled client learns that its connection is gone.
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadAll(conn); err != nil {
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Error("connection still open after Close")
		}
	}
}

func handlerRunning() bool {
	for _, g := range serverGoroutines() {
		if strings.Contains(g, "internal/reference.(*handler)") {
			return true
		}
	}
	return false
}

func TestListen(t *testing.T) {
	t.Parallel()
	srv, err := Listen("127.0.0.1:0", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if !strings.HasPrefix(srv.URL(), "http://127.0.0.1:") || strings.HasSuffix(srv.URL(), ":0") {
		t.Errorf("URL() = %q, want http://127.0.0.1:PORT", srv.URL())
	}
	_, err = Listen(strings.TrimPrefix(srv.URL(), "http://"), Options{})
	var opErr *net.OpError
	if !errors.As(err, &opErr) || !strings.Contains(err.Error(), "listen on") {
		t.Errorf("Listen on a port in use: error %v, want a wrapped *net.OpError saying what failed", err)
	}

	all, err := Listen(":0", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer all.Close()
	if strings.Contains(all.URL(), "[::]") || strings.Contains(all.URL(), "0.0.0.0") {
		t.Errorf("URL() = %q: not dialable", all.URL())
	}
}

func TestNewServesWithoutListening(t *testing.T) {
	t.Parallel()
	h, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The handler answers in process, with no listener: both APIs, with
	// their credentials checked.
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
		body   string // in the answer
	}{
		{"element with its password", func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/json-rpc/12.3", strings.NewReader(`{"method":"ListClusterPairs","params":{},"id":7}`))
			r.SetBasicAuth(DefaultUsername, DefaultPassword)
			r.Header.Set("Content-Type", "application/json-rpc")
			return r
		}, http.StatusOK, `"clusterPairs":[]`},
		{"element with a wrong password", func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/json-rpc/12.3", strings.NewReader(`{"method":"ListClusterPairs","params":{},"id":7}`))
			r.SetBasicAuth(DefaultUsername, "wrong")
			return r
		}, http.StatusUnauthorized, ""},
		{"dcaas with its token", func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers", strings.NewReader(`{"vif_peer":{"name":"p","remote_ep_group":["20.1.1.0/24"]}}`))
			r.Header.Set("X-Auth-Token", DefaultToken)
			r.Header.Set("Content-Type", "application/json")
			return r
		}, http.StatusCreated, `"name":"p"`},
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, tt.req())
		if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.body) {
			t.Errorf("%s: status %d, body %s; want %d with %s", tt.name, w.Code, w.Body.String(), tt.status, tt.body)
		}
	}
}

// Many clients at once, under -race: state is guarded and IDs stay unique.
func TestConcurrentClients(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	const clients = 16
	var wg sync.WaitGroup
	ids := make(chan string, clients)
	pairIDs := make(chan string, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := tg.createPeer(`{}`)
			ids <- str(r.member("vif_peer", "id"))
			p := tg.call("StartClusterPairing", "")
			pairIDs <- fmt.Sprint(p.member("result", "clusterPairID"), p.member("error", "name"))
		}()
	}
	wg.Wait()
	close(ids)
	close(pairIDs)
	seen := map[string]bool{}
	for id := range ids {
		if len(id) != 36 || seen[id] {
			t.Errorf("peer id %q empty or repeated", id)
		}
		seen[id] = true
	}
	started, refused := map[string]bool{}, 0
	for p := range pairIDs {
		if strings.HasSuffix(p, "xExceededLimit") {
			refused++
			continue
		}
		if started[p] {
			t.Errorf("clusterPairID %s handed out twice", p)
		}
		started[p] = true
	}
	if len(started) != 4 || refused != clients-4 {
		t.Errorf("%d pairings started and %d refused, want 4 and %d", len(started), refused, clients-4)
	}
}
