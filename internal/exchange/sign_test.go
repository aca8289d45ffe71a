package exchange_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
)

// A request with Sign is signed right before each attempt: the target sees
// a fresh signature on every resend, and the request keeps the last one,
// which is what the reports show.
func TestSignBeforeEachAttempt(t *testing.T) {
	tests := []struct {
		name              string
		retries, failures int
		wantSeen          []string // the X-Signed value of each attempt, as the target saw it
	}{
		{name: "one attempt, one signature", wantSeen: []string{"1"}},
		{name: "a retry is signed again", retries: 2, failures: 1, wantSeen: []string{"1", "2"}},
		{name: "every retry is signed again", retries: 2, failures: 9, wantSeen: []string{"1", "2", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var seen []string
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				seen = append(seen, r.Header.Get("X-Signed"))
				n := len(seen)
				mu.Unlock()
				if n <= tt.failures {
					w.WriteHeader(http.StatusServiceUnavailable)
					return
				}
				w.WriteHeader(http.StatusCreated)
			})
			c := newClient(t, exchange.Options{Timeout: 5 * time.Second, Retries: tt.retries, RetryWait: time.Millisecond})
			var signs atomic.Int32
			req := &exchange.Request{Method: http.MethodPost, URL: srv.URL, Header: http.Header{"X-Signed": {"stale"}}, Body: []byte(`{}`),
				Sign: func(r *exchange.Request) error {
					r.Header.Set("X-Signed", fmt.Sprint(signs.Add(1)))
					return nil
				}}
			if _, err := c.Do(context.Background(), req); err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if strings.Join(seen, ",") != strings.Join(tt.wantSeen, ",") {
				t.Errorf("the target saw signatures %q, want %q", seen, tt.wantSeen)
			}
			if got, want := req.Header.Get("X-Signed"), tt.wantSeen[len(tt.wantSeen)-1]; got != want {
				t.Errorf("the request keeps X-Signed %q, want the last one sent, %q", got, want)
			}
		})
	}
}

// A request that cannot be signed is not sent, and says why.
func TestSignFailureSendsNothing(t *testing.T) {
	var sends atomic.Int32
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) { sends.Add(1) })
	c := newClient(t, exchange.Options{Timeout: 5 * time.Second})
	bad := errors.New("AK/SK signing needs both an access key and a secret key")
	_, err := c.Do(context.Background(), &exchange.Request{Method: http.MethodGet, URL: srv.URL, Sign: func(*exchange.Request) error { return bad }})
	if !errors.Is(err, bad) || sends.Load() != 0 {
		t.Errorf("Do = %v after %d sends, want the signing error and none", err, sends.Load())
	}
}

// Unreachable tells a target's failing to answer (what --give-up-after
// counts) from everything else that can go wrong with a request.
func TestUnreachable(t *testing.T) {
	refused := func(t *testing.T) string {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		u := "http://" + ln.Addr().String()
		ln.Close()
		return u
	}
	// listen accepts connections and hands each to serve.
	listen := func(t *testing.T, serve func(net.Conn)) string {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		go func() {
			for {
				conn, err := ln.Accept()
				if err != nil {
					return
				}
				go serve(conn)
			}
		}()
		return "http://" + ln.Addr().String()
	}
	silent := func(t *testing.T) string {
		done := make(chan struct{})
		t.Cleanup(func() { close(done) })
		return listen(t, func(c net.Conn) { <-done; c.Close() })
	}
	// closes reads the whole request first: a connection closed with
	// unread bytes is reset instead.
	closes := func(t *testing.T) string {
		return listen(t, func(c net.Conn) {
			if r, err := http.ReadRequest(bufio.NewReader(c)); err == nil {
				_, _ = io.Copy(io.Discard, r.Body)
			}
			c.Close()
		})
	}
	answers := func(status int, body string) func(t *testing.T) string {
		return func(t *testing.T) string {
			return newServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(status)
				fmt.Fprint(w, body)
			}).URL
		}
	}
	tests := []struct {
		name      string
		url       func(t *testing.T) string
		cancelled bool
		want      string // Unreachable's words; "" when it is not the target's silence
	}{
		{name: "connection refused", url: refused, want: "connection refused"},
		{name: "accepts and never answers", url: silent, want: "no complete answer within 200ms, while waiting for the answer's first byte"},
		{name: "accepts and closes", url: closes, want: "connection closed"},
		{name: "answers 500", url: answers(500, "boom")},
		{name: "answers more than --max-body", url: answers(200, strings.Repeat("x", 100))},
		{name: "the caller gave up", url: silent, cancelled: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, exchange.Options{Timeout: 200 * time.Millisecond, MaxBody: 10})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelled {
				time.AfterFunc(50*time.Millisecond, cancel)
			}
			_, err := c.Do(ctx, &exchange.Request{Method: http.MethodPost, URL: tt.url(t), Body: []byte(`{}`)})
			why, ok := exchange.Unreachable(err)
			if ok != (tt.want != "") || why != tt.want {
				t.Errorf("Unreachable(%v) = %q, %v; want %q, %v", err, why, ok, tt.want, tt.want != "")
			}
		})
	}
}
