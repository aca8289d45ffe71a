package scenario

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// hostile is one target doing one bad thing (or one unusual thing conform
// must take in its stride).
type hostile struct {
	name string
	// handler is the target, served over HTTP on loopback; url builds any
	// other target (TLS, a raw socket, nothing listening) and returns its
	// base URL. Exactly one is set.
	handler http.HandlerFunc
	url     func(t *testing.T) string
	cfg     func(c *target.Config) // options beyond the battery's short limits
	code    int                    // the exit code: 1 (a failed scenario) unless set
	want    []string               // in the run's output
	after   func(t *testing.T)
}

const (
	hostileTimeout = 300 * time.Millisecond
	hostileMaxBody = 64 << 10
	// hostileBound is how long any case may take: a few timeouts, never a
	// hang.
	hostileBound = 5 * time.Second
)

// TestHostileTargets: each case is a loopback server doing one bad thing.
// The run must end in a failed scenario (exit 1) whose message says what went
// wrong, within a bound, with no goroutine left behind. The few cases that
// are legitimate HTTP (gzip, chunked, HTTP/2, 1xx, a redirect conform was
// told to follow, a CA it was given) must pass instead.
func TestHostileTargets(t *testing.T) {
	cases := hostileCases(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// Registered first, so it runs last: after the case's servers
			// are closed, nothing of the run may still be running.
			ignore := goleak.IgnoreCurrent()
			t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
			var url string
			if tc.handler != nil {
				srv := httptest.NewServer(tc.handler)
				t.Cleanup(func() { srv.CloseClientConnections(); srv.Close() })
				url = srv.URL
			} else {
				url = tc.url(t)
			}
			env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken, "CONFORM_ELEMENT_USERNAME": "u", "CONFORM_ELEMENT_PASSWORD": "p"}
			var out syncBuffer
			cfg := target.Config{
				Dir: repoRoot(t), Features: []string{filepath.Join(repoRoot(t), "features", "dcaas", "create_vif_peer.feature")},
				Allow: contract.Destructive, Targets: map[string]string{"dcaas": url, "element": url}, Timeout: hostileTimeout, MaxBody: hostileMaxBody,
				Format: "progress", Output: &out, Errors: &out, NoColors: true, Getenv: func(k string) string { return env[k] },
			}
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			start := time.Now()
			code := Run(context.Background(), cfg, nil)
			took := time.Since(start)
			want := tc.code
			if want == 0 && !strings.HasPrefix(tc.name, "accepts") {
				want = 1
			}
			if code != want {
				t.Fatalf("exit code %d, want %d; output:\n%s", code, want, out.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if strings.Contains(out.String(), reference.DefaultToken) {
				t.Errorf("the token is in the output:\n%s", out.String())
			}
			if took > hostileBound {
				t.Errorf("the run took %s: a hostile target must not hold a run past its timeouts", took)
			}
			if tc.after != nil {
				tc.after(t)
			}
		})
	}
	t.Logf("hostile-target battery: %d cases", len(cases))
}

// syncBuffer is a bytes.Buffer that concurrent scenarios may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func hostileCases(t *testing.T) []hostile {
	ref, err := reference.New(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pki := newTestPKI(t)
	clientCert, clientKey := pki.clientFiles(t)
	withCA := func(c *target.Config) { c.CACert = pki.CAFile }
	gzBomb := func() []byte {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zeros := make([]byte, 1<<20)
		for range 64 { // 64 MiB of zeros, about 64 KiB compressed
			_, _ = zw.Write(zeros)
		}
		_ = zw.Close()
		return b.Bytes()
	}()
	var cases []hostile
	add := func(h ...hostile) { cases = append(cases, h...) }

	// Connections.
	add(hostile{name: "connection refused", url: func(t *testing.T) string { return "http://" + closedAddr(t) },
		want: []string{"connection refused: nothing listens there"}},
		hostile{name: "unknown host", url: func(*testing.T) string { return "http://conform-no-such-host.invalid" },
			want: []string{`cannot resolve the host name "conform-no-such-host.invalid"`}},
		hostile{name: "closes without answering", handler: func(w http.ResponseWriter, r *http.Request) {
			c, _, _ := w.(http.Hijacker).Hijack()
			_ = c.Close()
		}, want: []string{"the target closed the connection while waiting for the answer's first byte, without answering"}},
		hostile{name: "resets before answering", url: rawServer(func(c *net.TCPConn, _ *http.Request) { _ = c.SetLinger(0) }),
			want: []string{"the target reset the connection"}},
		hostile{name: "resets mid-body", url: rawServer(func(c *net.TCPConn, _ *http.Request) {
			_, _ = io.WriteString(c, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"vif_peer\": {")
			time.Sleep(20 * time.Millisecond) // let the client read the headers first
			_ = c.SetLinger(0)
		}), want: []string{"while reading the body"}},
		hostile{name: "closes mid-body", url: rawServer(func(c *net.TCPConn, _ *http.Request) {
			_, _ = io.WriteString(c, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"vif_peer\": {")
		}), want: []string{"closed the connection while reading the body, before the answer was complete"}},
	)

	// Timeouts: each names the phase it stuck in and the limit that ended it.
	add(hostile{name: "slow connect", url: func(t *testing.T) string { return "http://" + slowConnectAddr(t) },
		want: []string{"no complete answer within 300ms, while connecting (the per-request timeout; raise it with --timeout)"}},
		hostile{name: "TLS handshake never starts", url: rawListener(func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }, "https"),
			want: []string{"no complete answer within 300ms, during the TLS handshake"}},
		hostile{name: "slow first byte", handler: func(w http.ResponseWriter, r *http.Request) {
			// Read the request first: only then does net/http watch the
			// connection and cancel the context when the client gives up.
			_, _ = io.Copy(io.Discard, r.Body)
			<-r.Context().Done()
		}, want: []string{"no complete answer within 300ms, while waiting for the answer's first byte"}},
		hostile{name: "body drips forever", handler: drip, want: []string{"no complete answer within 300ms, while reading the body"}},
		hostile{name: "body drips past the run's deadline", handler: drip,
			cfg:  func(c *target.Config) { c.Timeout, c.Deadline = time.Minute, 500*time.Millisecond },
			want: []string{"stopped while reading the body: the whole run's deadline of 500ms passed (raise it with --deadline"}},
	)

	// Bodies.
	add(hostile{name: "empty body", handler: answer(201, "application/json", ""), want: []string{"got an empty body"}},
		hostile{name: "not JSON", handler: answer(201, "application/json", "<html>oops</html>"),
			want: []string{"got 17 bytes that are not JSON (line 1, column 1: invalid character '<'"}},
		hostile{name: "truncated JSON", handler: answer(201, "application/json", `{"vif_peer": {"name": "vif-0819"`), want: []string{"bytes that are not JSON (unexpected EOF)"}},
		hostile{name: "JSON with a byte-order mark", handler: editBody(ref, func(b []byte) []byte { return append([]byte("\xEF\xBB\xBF"), b...) }),
			want: []string{"byte-order mark (EF BB BF), which JSON does not allow"}},
		hostile{name: "invalid UTF-8", handler: editBody(ref, func(b []byte) []byte { return bytes.Replace(b, []byte("mytest"), []byte("my\xfftest"), 1) }),
			want: []string{"invalid UTF-8 (byte 0xff at offset"}},
		hostile{name: "integer too large for int64", handler: editBody(ref, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"bgp_route_limit":100`), []byte(`"bgp_route_limit":123456789012345678901234567890`), 1)
		}), want: []string{"/vif_peer/bgp_route_limit: integer within int64, got 123456789012345678901234567890"}},
		hostile{name: "nesting 100,000 deep", handler: answer(201, "application/json", strings.Repeat("[", 100000)+strings.Repeat("]", 100000)),
			cfg: func(c *target.Config) { c.MaxBody = 1 << 20 }, want: []string{"nested more than 10000 levels deep"}},
		hostile{name: "1 GiB body, declared", handler: huge(true), want: []string{"declares a 1073741824-byte body (Content-Length), larger than the 65536-byte cap (raise it with --max-body"}},
		hostile{name: "1 GiB body, chunked", handler: huge(false), want: []string{"the response body is larger than the 65536-byte cap"}},
		hostile{name: "accepts a gzip-encoded answer", handler: func(w http.ResponseWriter, r *http.Request) {
			rec := record(ref, r)
			zw := gzip.NewWriter(w)
			copyHeader(w, rec.Header())
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(rec.Code)
			_, _ = zw.Write(rec.Body.Bytes())
			_ = zw.Close()
		}},
		hostile{name: "gzip bomb", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(201)
			_, _ = w.Write(gzBomb)
		}, want: []string{"the response body, once decompressed (Content-Encoding: gzip), is larger than the 65536-byte cap"}},
		hostile{name: "says gzip, is not", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(201)
			_, _ = io.WriteString(w, `{"vif_peer": {}}`)
		}, want: []string{"reading the response body: gzip: invalid header (the body is gzip-encoded)"}},
		hostile{name: "wrong Content-Type", handler: editHeader(ref, "Content-Type", "text/html"),
			want: []string{`header Content-Type: content type application/json, got "text/html"`}},
		hostile{name: "no Content-Type", handler: editHeader(ref, "Content-Type", ""), want: []string{"got no Content-Type"}},
		hostile{name: "duplicate JSON keys", handler: editBody(ref, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`{"vif_peer":{`), []byte(`{"vif_peer":{"name":"someone-else",`), 1)
		}), want: []string{`/vif_peer/name: unique member names, got the member "name" more than once`}},
	)

	// HTTP.
	add(hostile{name: "redirect, not followed by default", handler: func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.1:1/elsewhere", http.StatusFound)
	}, want: []string{"status: expected 201, got 302"}})
	add(func() hostile {
		var sawToken atomic.Value
		var other *httptest.Server
		return hostile{name: "redirect to another host loses the token", url: func(t *testing.T) string {
			other = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				sawToken.Store("token=" + r.Header.Get("X-Auth-Token"))
				ref.ServeHTTP(w, r)
			}))
			t.Cleanup(other.Close)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, other.URL+r.URL.Path, http.StatusTemporaryRedirect)
			}))
			t.Cleanup(srv.Close)
			return srv.URL
		}, cfg: func(c *target.Config) { c.Redirects = 3 }, want: []string{"got 401"}, after: func(t *testing.T) {
			if got := sawToken.Load(); got != "token=" {
				t.Errorf("the other host got %v, want no token", got)
			}
		}}
	}())
	add(hostile{name: "accepts a redirect within the target, when told to follow", handler: func(w http.ResponseWriter, r *http.Request) {
		if p, ok := strings.CutPrefix(r.URL.Path, "/moved"); ok {
			r.URL.Path = p
			ref.ServeHTTP(w, r)
			return
		}
		http.Redirect(w, r, "/moved"+r.URL.Path, http.StatusPermanentRedirect)
	}, cfg: func(c *target.Config) { c.Redirects = 1 }},
		hostile{name: "redirect loop", handler: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path+"x", http.StatusTemporaryRedirect)
		}, cfg: func(c *target.Config) { c.Redirects = 3 }, want: []string{"stopped after 3 redirects, the limit (raise it with --redirects)"}},
		hostile{name: "accepts 1xx before the answer", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Link", "</style.css>; rel=preload")
			w.WriteHeader(http.StatusEarlyHints)
			ref.ServeHTTP(w, r)
		}},
		hostile{name: "1xx forever", url: rawServer(func(c *net.TCPConn, _ *http.Request) {
			for {
				if _, err := io.WriteString(c, "HTTP/1.1 103 Early Hints\r\n\r\n"); err != nil {
					return
				}
			}
		}), want: []string{"the target sent more than 10 informational (1xx) answers and no final one"}},
		hostile{name: "204 with a body", url: rawServer(func(c *net.TCPConn, _ *http.Request) {
			_, _ = io.WriteString(c, "HTTP/1.1 204 No Content\r\nContent-Length: 17\r\n\r\n{\"vif_peer\": {}}\n")
		}), want: []string{"got 204", "no content in a 204 answer", "Content-Length: 17 on a 204"}},
		// net/http also logs the stray bytes, from its connection reader,
		// whenever that goroutine runs: TestStdLogIsRoutedAndMasked checks
		// where such a line goes, without racing that reader.
		hostile{name: "status 000", url: rawServer(func(c *net.TCPConn, _ *http.Request) {
			_, _ = io.WriteString(c, "HTTP/1.1 000 Zero\r\nContent-Length: 0\r\n\r\n")
		}), want: []string{"the target answered status 000, which is not an HTTP status"}},
		hostile{name: "accepts a chunked answer", handler: func(w http.ResponseWriter, r *http.Request) {
			rec := record(ref, r)
			copyHeader(w, rec.Header())
			w.WriteHeader(rec.Code)
			for _, part := range bytes.SplitAfter(rec.Body.Bytes(), []byte(",")) {
				_, _ = w.Write(part)
				w.(http.Flusher).Flush()
			}
		}},
		hostile{name: "malformed chunked encoding", url: rawServer(func(c *net.TCPConn, _ *http.Request) {
			_, _ = io.WriteString(c, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n")
		}), want: []string{"reading the response body: invalid byte in chunk length"}},
	)
	add(func() hostile {
		var proto atomic.Value
		return hostile{name: "accepts HTTP/2 where the server offers it", url: tlsServer(pki, func(w http.ResponseWriter, r *http.Request) {
			proto.Store(r.Proto)
			ref.ServeHTTP(w, r)
		}, nil), cfg: withCA, after: func(t *testing.T) {
			if got := proto.Load(); got != "HTTP/2.0" {
				t.Errorf("the server saw %v, want HTTP/2.0", got)
			}
		}}
	}())
	add(hostile{name: "HTTP/2 stream reset mid-body", url: tlsServer(pki, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		_, _ = io.WriteString(w, `{"vif_peer": {`)
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	}, nil), cfg: withCA, want: []string{"the target reset the HTTP/2 stream while reading the body"}})

	// TLS.
	add(hostile{name: "TLS verification is on by default", url: tlsServer(pki, ref.ServeHTTP, nil),
		want: []string{"signed by an authority this machine does not trust: pass that CA's certificate with --ca-cert FILE"}},
		hostile{name: "accepts a certificate from --ca-cert", url: tlsServer(pki, ref.ServeHTTP, nil), cfg: withCA},
		hostile{name: "accepts any certificate with --insecure, and says so", url: tlsServer(pki, ref.ServeHTTP, nil),
			cfg: func(c *target.Config) { c.Insecure = true }, want: []string{"warning: --insecure: TLS certificates are not verified in this run"}},
		hostile{name: "expired certificate", url: tlsServer(pki, ref.ServeHTTP, func(t *testing.T, c *tls.Config) {
			c.Certificates = []tls.Certificate{first(pki.leaf(t, certOpts{ips: []net.IP{net.IPv4(127, 0, 0, 1)}, expired: true}))}
		}), cfg: withCA, want: []string{"the target's TLS certificate has expired or is not valid yet"}},
		hostile{name: "wrong host name", url: tlsServer(pki, ref.ServeHTTP, func(t *testing.T, c *tls.Config) {
			c.Certificates = []tls.Certificate{first(pki.leaf(t, certOpts{dnsNames: []string{"dcaas.example.com"}}))}
		}), cfg: withCA, want: []string{"the target's TLS certificate is for dcaas.example.com, not 127.0.0.1"}},
		hostile{name: "client certificate required", url: tlsServer(pki, ref.ServeHTTP, requireClientCert(pki)), cfg: withCA,
			want: []string{"client certificate", "give one with --client-cert FILE --client-key FILE"}},
		hostile{name: "accepts mutual TLS with --client-cert and --client-key", url: tlsServer(pki, ref.ServeHTTP, requireClientCert(pki)),
			cfg: func(c *target.Config) { c.CACert, c.ClientCert, c.ClientKey = pki.CAFile, clientCert, clientKey }},
		hostile{name: "plain HTTP on an https URL", url: func(t *testing.T) string {
			srv := httptest.NewServer(ref)
			t.Cleanup(srv.Close)
			return strings.Replace(srv.URL, "http://", "https://", 1)
		}, want: []string{"the target does not speak TLS on this port"}},
	)

	// Retries.
	gateway := func(name string, failures int32, status int, retries int, code int, want []string, sends int32) hostile {
		var n atomic.Int32
		return hostile{name: name, handler: func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPost && n.Add(1) <= failures {
				w.WriteHeader(status)
				return
			}
			ref.ServeHTTP(w, r)
		}, cfg: func(c *target.Config) { c.Retries = retries }, code: code, want: want, after: func(t *testing.T) {
			if got := n.Load(); got != sends {
				t.Errorf("the target got the POST %d times, want %d", got, sends)
			}
		}}
	}
	add(gateway("503, no retries by default", 1, 503, 0, 1, []string{"got 503"}, 1),
		gateway("accepts a 503 then an answer, with --retries", 1, 503, 2, 0, []string{"exchange: an answer at the first attempt (expected one attempt), got 2 attempts (earlier: 503)"}, 2),
		gateway("503 every time, with --retries", 99, 503, 2, 1, []string{"got 503", "got 3 attempts (earlier: 503, 503)"}, 3),
		gateway("500 is not retried", 99, 500, 2, 1, []string{"got 500"}, 1),
		hostile{name: "connection refused, with --retries", url: func(t *testing.T) string { return "http://" + closedAddr(t) },
			cfg: func(c *target.Config) { c.Retries = 1 }, want: []string{"connection refused", "(attempt 2 of 2; earlier: connection refused)"}},
	)
	return cases
}

func first[A, B, C any](a A, _ B, _ C) A { return a }

func answer(status int, contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}
}

func drip(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(201)
	for {
		if _, err := w.Write([]byte(" ")); err != nil {
			return
		}
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// huge serves a 1 GiB body lazily, a chunk at a time, until the client stops
// reading: nothing of that size is ever allocated.
func huge(declared bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if declared {
			w.Header().Set("Content-Length", "1073741824")
		}
		w.WriteHeader(201)
		chunk := bytes.Repeat([]byte(" "), 32<<10)
		for sent := 0; sent < 1<<30; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}
}

// record has the reference target answer r.
func record(ref http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	ref.ServeHTTP(rec, r)
	return rec
}

func copyHeader(w http.ResponseWriter, h http.Header) {
	for k, vs := range h {
		if k != "Content-Length" {
			w.Header()[k] = vs
		}
	}
}

// editBody answers like the reference target, with the body of the answer
// to the POST changed.
func editBody(ref http.Handler, edit func([]byte) []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := record(ref, r)
		copyHeader(w, rec.Header())
		w.WriteHeader(rec.Code)
		body := rec.Body.Bytes()
		if r.Method == http.MethodPost {
			body = edit(body)
		}
		_, _ = w.Write(body)
	}
}

// editHeader answers like the reference target, with one header of the
// answer to the POST set (or removed, when value is "").
func editHeader(ref http.Handler, name, value string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := record(ref, r)
		copyHeader(w, rec.Header())
		if r.Method == http.MethodPost {
			if value == "" {
				w.Header()[name] = nil // keep net/http from sniffing one
			} else {
				w.Header().Set(name, value)
			}
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	}
}

// closedAddr is a loopback address where nothing listens.
func closedAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return addr
}

// rawListener accepts connections on loopback and hands each to serve,
// closing it after; it stops, and waits for serve, when the test ends.
func rawListener(serve func(net.Conn), scheme string) func(t *testing.T) string {
	return func(t *testing.T) string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		var conns []net.Conn
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				mu.Lock()
				conns = append(conns, c)
				mu.Unlock()
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer c.Close()
					_ = c.SetDeadline(time.Now().Add(hostileBound))
					serve(c)
				}()
			}
		}()
		t.Cleanup(func() {
			_ = l.Close()
			mu.Lock()
			for _, c := range conns {
				_ = c.Close()
			}
			mu.Unlock()
			wg.Wait()
		})
		return scheme + "://" + l.Addr().String()
	}
}

// rawServer reads one HTTP request per connection and answers with whatever
// bytes serve writes: what net/http's server would refuse to send.
func rawServer(serve func(*net.TCPConn, *http.Request)) func(t *testing.T) string {
	return rawListener(func(c net.Conn) {
		r, err := http.ReadRequest(bufio.NewReader(c))
		if err != nil {
			return
		}
		_, _ = io.Copy(io.Discard, r.Body)
		serve(c.(*net.TCPConn), r)
	}, "http")
}

// tlsServer serves h over TLS (HTTP/2 offered) with a certificate for
// 127.0.0.1 from pki, unless edit changes the configuration.
func tlsServer(pki *testPKI, h http.HandlerFunc, edit func(*testing.T, *tls.Config)) func(t *testing.T) string {
	return func(t *testing.T) string {
		srv := httptest.NewUnstartedServer(h)
		srv.EnableHTTP2 = true
		srv.TLS = &tls.Config{Certificates: []tls.Certificate{pki.serverCert(t)}}
		if edit != nil {
			edit(t, srv.TLS)
		}
		// The handshake errors a bad certificate causes are the point of
		// the case, not news for the test log.
		srv.Config.ErrorLog = quietLog
		srv.StartTLS()
		t.Cleanup(func() { srv.CloseClientConnections(); srv.Close() })
		return srv.URL
	}
}

func requireClientCert(pki *testPKI) func(*testing.T, *tls.Config) {
	return func(_ *testing.T, c *tls.Config) {
		c.ClientAuth = tls.RequireAndVerifyClientCert
		c.ClientCAs = pki.pool
	}
}
