package exchange_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
)

// newServer starts a loopback server (httptest listens on 127.0.0.1) that is
// closed when the test ends.
func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func newClient(t *testing.T, opts exchange.Options) *exchange.Client {
	t.Helper()
	c := exchange.NewClient(opts)
	t.Cleanup(c.Close)
	return c
}

func TestClientDo(t *testing.T) {
	type seen struct {
		method, uri, token, contentType, body string
	}
	got := make(chan seen, 1)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- seen{r.Method, r.URL.RequestURI(), r.Header.Get("X-Auth-Token"), r.Header.Get("Content-Type"), string(b)}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("X-Request-Id", "abc")
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"vif_peer":{"id":"x"}}`)
	})
	// Zero options are the defaults, not "no time at all" or "no body".
	c := newClient(t, exchange.Options{})
	req := &exchange.Request{
		Method: http.MethodPost,
		URL:    srv.URL + "/v3/p1/dcaas/vif-peers?limit=1",
		Header: http.Header{"X-Auth-Token": {"tok-123456"}, "Content-Type": {"application/json"}},
		Body:   []byte(`{"vif_peer":{"name":"a"}}`),
	}
	resp, err := c.Do(context.Background(), req)
	if err != nil {
		t.Fatalf("Do: %v", err)
	}
	want := seen{"POST", "/v3/p1/dcaas/vif-peers?limit=1", "tok-123456", "application/json", `{"vif_peer":{"name":"a"}}`}
	if s := <-got; s != want {
		t.Errorf("the server got %+v, want %+v", s, want)
	}
	if resp.Status != http.StatusCreated || string(resp.Body) != `{"vif_peer":{"id":"x"}}` {
		t.Errorf("response %d %q, want 201 with the body", resp.Status, resp.Body)
	}
	if resp.ContentType() != "application/json" || resp.Header.Get("X-Request-Id") != "abc" {
		t.Errorf("media type %q, X-Request-Id %q; want application/json and abc", resp.ContentType(), resp.Header.Get("X-Request-Id"))
	}
	if resp.Duration <= 0 {
		t.Errorf("Duration = %v, want the time the exchange took", resp.Duration)
	}
	// The caller's header map is the caller's: Do does not change it.
	if len(req.Header) != 2 {
		t.Errorf("Do changed the request's header: %v", req.Header)
	}
}

func TestClientMaxBody(t *testing.T) {
	const limit = 1024
	tests := []struct {
		name    string
		size    int
		wantErr bool
	}{
		{"under the cap", limit - 1, false},
		{"at the cap", limit, false},
		{"one byte over", limit + 1, true},
		{"a megabyte over", limit + 1<<20, true},
		{"empty", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/octet-stream")
				w.Write([]byte(strings.Repeat("a", tt.size)))
			})
			c := newClient(t, exchange.Options{MaxBody: limit, Timeout: 5 * time.Second})
			url := srv.URL + "/big"
			resp, err := c.Do(context.Background(), &exchange.Request{Method: http.MethodGet, URL: url})
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Do: %v", err)
				}
				if len(resp.Body) != tt.size {
					t.Errorf("body of %d bytes, want %d", len(resp.Body), tt.size)
				}
				return
			}
			if err == nil {
				t.Fatalf("a %d-byte body passed a %d-byte cap", tt.size, limit)
			}
			for _, want := range []string{"GET " + url, "1024-byte cap", "--max-body"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

func TestClientTimeout(t *testing.T) {
	const timeout = 200 * time.Millisecond
	tests := []struct {
		name string
		// sendHeaders makes the server answer the status line, then stall
		// the body.
		sendHeaders bool
	}{
		{"no answer", false},
		{"headers, then a stalled body", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			release := make(chan struct{})
			returned := make(chan struct{})
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				defer close(returned)
				if tt.sendHeaders {
					w.Header().Set("Content-Type", "application/json")
					w.WriteHeader(http.StatusOK)
					io.WriteString(w, `{"partial":`)
					w.(http.Flusher).Flush()
				}
				select {
				case <-r.Context().Done(): // the client gave up and closed the connection
				case <-release:
				}
			})
			// Cleanups run last-in first-out: the handler is released
			// before the server waits for it to return.
			t.Cleanup(func() { close(release) })
			c := newClient(t, exchange.Options{Timeout: timeout})
			url := srv.URL + "/slow"

			start := time.Now()
			_, err := c.Do(context.Background(), &exchange.Request{Method: http.MethodGet, URL: url})
			elapsed := time.Since(start)
			if err == nil {
				t.Fatal("a server that never finishes answering gave no error")
			}
			for _, want := range []string{"GET " + url, "200ms", "timeout", "--timeout"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
			if elapsed < timeout-20*time.Millisecond || elapsed > time.Second {
				t.Errorf("Do returned after %v, want about %v", elapsed, timeout)
			}
			// The client closed the connection, so the server's handler is
			// not left waiting.
			select {
			case <-returned:
			case <-time.After(2 * time.Second):
				t.Error("the server's handler is still blocked 2s after the client gave up")
			}
		})
	}
}

// A caller who cancels the run is not told to raise --timeout.
func TestClientCancelled(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {})
	c := newClient(t, exchange.Options{Timeout: 5 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := c.Do(ctx, &exchange.Request{Method: http.MethodGet, URL: srv.URL})
	if err == nil {
		t.Fatal("a cancelled context sent a request")
	}
	if !errors.Is(err, context.Canceled) || strings.Contains(err.Error(), "--timeout") {
		t.Errorf("error %q: want context.Canceled, without the timeout advice", err)
	}
}

// A redirect is an answer to check: it is returned, not followed, so the
// credentials never reach the host it names.
func TestClientDoesNotFollowRedirects(t *testing.T) {
	for _, status := range []int{http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			var reached atomic.Int32
			var leaked atomic.Value
			elsewhere := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				reached.Add(1)
				leaked.Store(r.Header.Get("Authorization"))
			})
			target := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, elsewhere.URL+"/landing", status)
			})
			c := newClient(t, exchange.Options{Timeout: 5 * time.Second})
			resp, err := c.Do(context.Background(), &exchange.Request{
				Method: http.MethodPost,
				URL:    target.URL + "/v3/p1/dcaas/vif-peers",
				Header: http.Header{"Authorization": {"Bearer tok-123456"}},
				Body:   []byte(`{}`),
			})
			if err != nil {
				t.Fatalf("Do: %v", err)
			}
			if resp.Status != status || resp.Header.Get("Location") != elsewhere.URL+"/landing" {
				t.Errorf("got %d Location %q, want the %d itself", resp.Status, resp.Header.Get("Location"), status)
			}
			if n := reached.Load(); n != 0 {
				t.Errorf("the redirect was followed %d times (Authorization %q sent elsewhere)", n, leaked.Load())
			}
		})
	}
}

func TestClientConnectionErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/v3/p1/dcaas/vif-peers"
	ln.Close()
	tests := []struct {
		name, method, url string
		want              []string
	}{
		{"connection refused", http.MethodPost, closed, []string{"POST " + closed, "refused"}},
		{"not a URL", http.MethodGet, "http://[::1/x", []string{"cannot build the request GET http://[::1/x"}},
		{"not an HTTP method", "GET /", closed, []string{"cannot build the request"}},
	}
	c := newClient(t, exchange.Options{Timeout: 2 * time.Second})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := c.Do(context.Background(), &exchange.Request{Method: tt.method, URL: tt.url})
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
			if strings.Contains(err.Error(), "--timeout") {
				t.Errorf("error %q blames the timeout", err)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("took %v to fail, want at once", d)
			}
		})
	}
}

func TestMediaType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"application/json", "application/json"},
		{"Application/JSON; charset=UTF-8", "application/json"},
		{" text/plain ;q=1", "text/plain"},
		{"application/json-rpc", "application/json-rpc"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := exchange.MediaType(tt.in); got != tt.want {
			t.Errorf("MediaType(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// When told to follow redirects, the client follows them up to the limit,
// and a hop to another origin (host, port or scheme) loses every credential
// header; within the origin they stay.
func TestClientFollowsRedirectsWithoutLeakingCredentials(t *testing.T) {
	type seen struct{ auth, token string }
	got := make(chan seen, 10)
	record := func(w http.ResponseWriter, r *http.Request) {
		got <- seen{r.Header.Get("Authorization"), r.Header.Get("X-Auth-Token")}
		w.WriteHeader(http.StatusCreated)
	}
	elsewhere := newServer(t, record)
	target := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/here":
			record(w, r)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusTemporaryRedirect)
		case "/away":
			http.Redirect(w, r, elsewhere.URL+"/there", http.StatusTemporaryRedirect)
		default:
			http.Redirect(w, r, "/here", http.StatusPermanentRedirect)
		}
	})
	c := newClient(t, exchange.Options{Timeout: 5 * time.Second, MaxRedirects: 3, SecretHeaders: []string{"X-Auth-Token"}})
	do := func(path string) (*exchange.Response, error) {
		return c.Do(context.Background(), &exchange.Request{Method: http.MethodPost, URL: target.URL + path,
			Header: http.Header{"Authorization": {"Basic YTpi"}, "X-Auth-Token": {"tok-123456"}}, Body: []byte(`{}`)})
	}
	tests := []struct {
		path      string
		want      seen
		redirects int
	}{
		{"/start", seen{"Basic YTpi", "tok-123456"}, 1},
		{"/away", seen{}, 1},
	}
	for _, tt := range tests {
		resp, err := do(tt.path)
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if s := <-got; s != tt.want || resp.Status != http.StatusCreated || len(resp.Redirects) != tt.redirects {
			t.Errorf("%s: the last hop got %+v and answered %d after %v; want %+v, 201, %d redirect(s)", tt.path, s, resp.Status, resp.Redirects, tt.want, tt.redirects)
		}
	}
	if _, err := do("/loop"); err == nil || !strings.Contains(err.Error(), "stopped after 3 redirects") {
		t.Errorf("a redirect loop: %v, want the limit named", err)
	}
}

// Retries are off unless asked for; when asked, only connection errors and
// 502/503/504 are retried, and the response says how many attempts it took.
func TestClientRetries(t *testing.T) {
	tests := []struct {
		name                 string
		retries, failures    int
		status               int
		wantSends, wantFinal int
	}{
		{"off by default", 0, 1, 503, 1, 503},
		{"503 then an answer", 2, 1, 503, 2, 201},
		{"502 every time", 2, 9, 502, 3, 502},
		{"504 twice", 3, 2, 504, 3, 201},
		{"500 is an answer", 3, 9, 500, 1, 500},
		{"429 is an answer", 3, 9, 429, 1, 429},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sends atomic.Int32
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				if int(sends.Add(1)) <= tt.failures {
					w.WriteHeader(tt.status)
					return
				}
				w.WriteHeader(http.StatusCreated)
			})
			c := newClient(t, exchange.Options{Timeout: 5 * time.Second, Retries: tt.retries, RetryWait: time.Millisecond})
			resp, err := c.Do(context.Background(), &exchange.Request{Method: http.MethodPost, URL: srv.URL, Body: []byte(`{}`)})
			if err != nil {
				t.Fatal(err)
			}
			if int(sends.Load()) != tt.wantSends || resp.Status != tt.wantFinal || resp.Attempts != tt.wantSends {
				t.Errorf("sent %d times, answer %d after %d attempts; want %d sends and %d", sends.Load(), resp.Status, resp.Attempts, tt.wantSends, tt.wantFinal)
			}
		})
	}
}

// A certificate file the client cannot use is the configuration's error.
func TestNewRejectsBadCertificateFiles(t *testing.T) {
	tests := []struct {
		opts exchange.Options
		want string
	}{
		{exchange.Options{CACert: "/nonexistent/ca.pem"}, "--ca-cert /nonexistent/ca.pem"},
		{exchange.Options{ClientCert: "/nonexistent/c.pem"}, "go together"},
		{exchange.Options{ClientCert: "/nonexistent/c.pem", ClientKey: "/nonexistent/k.pem"}, "both in PEM"},
	}
	for _, tt := range tests {
		if _, err := exchange.New(tt.opts); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(%+v) = %v, want an error that says %q", tt.opts, err, tt.want)
		}
	}
}
