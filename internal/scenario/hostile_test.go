package scenario

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/reference"
)

// TestHostileTargets: each case is a loopback server doing one bad thing.
// The run must end in a failed scenario (exit 1) that says what went wrong,
// within a bound, with no goroutine left behind.
func TestHostileTargets(t *testing.T) {
	const timeout = 300 * time.Millisecond
	const maxBody = 64 << 10
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
	tests := []struct {
		name    string
		handler http.HandlerFunc // nil: nothing listens (connection refused)
		want    string
	}{
		{name: "connection refused", want: "connection refused"},
		{name: "closes without answering", want: "no answer to check", handler: func(w http.ResponseWriter, r *http.Request) {
			c, _, _ := w.(http.Hijacker).Hijack()
			_ = c.Close()
		}},
		{name: "slow first byte", want: "no complete answer within 300ms", handler: func(w http.ResponseWriter, r *http.Request) {
			// Read the request first: only then does net/http watch the
			// connection and cancel the context when the client gives up.
			_, _ = io.Copy(io.Discard, r.Body)
			<-r.Context().Done()
		}},
		{name: "body drips forever", want: "no complete answer within 300ms", handler: func(w http.ResponseWriter, r *http.Request) {
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
		}},
		{name: "body over the cap", want: "larger than the 65536-byte cap", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(201)
			_, _ = w.Write(bytes.Repeat([]byte("x"), 1<<20))
		}},
		{name: "gzip bomb", want: "larger than the 65536-byte cap", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(201)
			_, _ = w.Write(gzBomb)
		}},
		{name: "empty body", want: "JSON body", handler: answer(201, "application/json", "")},
		{name: "not JSON", want: "JSON body", handler: answer(201, "application/json", "<html>oops</html>")},
		{name: "truncated JSON", want: "JSON body", handler: answer(201, "application/json", `{"vif_peer": {"name": "vif-0819"`)},
		{name: "nesting 30000 deep", want: "JSON body", handler: answer(201, "application/json", strings.Repeat("[", 30000)+strings.Repeat("]", 30000))},
		{name: "redirect is not followed", want: "got 302", handler: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://127.0.0.1:1/elsewhere", http.StatusFound)
		}},
		{name: "204 instead of 201", want: "status 201 (expected 201), got 204", handler: answer(204, "", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			url := "http://127.0.0.1:1"
			var srv *httptest.Server
			if tt.handler != nil {
				srv = httptest.NewServer(tt.handler)
				url = srv.URL
			} else {
				l, err := net.Listen("tcp", "127.0.0.1:0")
				if err != nil {
					t.Fatal(err)
				}
				url = "http://" + l.Addr().String()
				_ = l.Close()
			}
			env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken, "CONFORM_ELEMENT_USERNAME": "u", "CONFORM_ELEMENT_PASSWORD": "p"}
			var out bytes.Buffer
			start := time.Now()
			code := Run(context.Background(), Config{
				Dir: repoRoot(t), Features: []string{filepath.Join(repoRoot(t), "features", "dcaas", "create_vif_peer.feature")},
				Targets: map[string]string{"dcaas": url, "element": url}, Timeout: timeout, MaxBody: maxBody,
				Format: "progress", Output: &out, Errors: &out, NoColors: true, Getenv: func(k string) string { return env[k] },
			}, nil)
			took := time.Since(start)
			if srv != nil {
				srv.CloseClientConnections()
				srv.Close()
			}
			if code != 1 {
				t.Fatalf("exit code %d, want 1; output:\n%s", code, out.String())
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out.String())
			}
			if took > 5*time.Second {
				t.Errorf("the run took %s: a hostile target must not hold a run past its timeouts", took)
			}
			// Goroutines settle: no request, reader or server left running.
			deadline := time.Now().Add(2 * time.Second)
			for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if n := runtime.NumGoroutine(); n > before+2 {
				buf := make([]byte, 1<<16)
				t.Errorf("%d goroutines left running (before: %d):\n%s", n, before, buf[:runtime.Stack(buf, true)])
			}
		})
	}
}

func answer(status int, contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}
}
