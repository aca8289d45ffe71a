package exchange_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
)

// FuzzResponse sends a request to a loopback server that answers with the
// fuzzed bytes, whatever they are, and closes the connection: Do never
// panics or hangs, never returns more than the body cap, and its errors name
// the request.
func FuzzResponse(f *testing.F) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"vif_peer":{}}`))
	zw.Close()
	for _, s := range []string{
		"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n",
		"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 3\r\n\r\nabc",
		"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + strconv.Itoa(gz.Len()) + "\r\n\r\n" + gz.String(),
		"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort",
		"HTTP/1.1 302 Found\r\nLocation: /again\r\n\r\n",
		"HTTP/1.0 200\r\n\r\n" + strings.Repeat("x", 5000),
		"",
		"garbage\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	// net/http logs the bytes of an answer it did not ask for (after a
	// 204 with a body); thousands of inputs would bury the fuzzer's output.
	log.SetOutput(io.Discard)
	f.Cleanup(func() { log.SetOutput(os.Stderr) })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		f.Fatal(err)
	}
	// One server for every input: each connection gets the current input,
	// then EOF. A redirect comes back here and gets the same bytes.
	var current atomic.Pointer[[]byte]
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			answer := *current.Load()
			go func() {
				tc := conn.(*net.TCPConn)
				defer tc.Close()
				tc.SetDeadline(time.Now().Add(5 * time.Second))
				if _, err := http.ReadRequest(bufio.NewReader(tc)); err == nil {
					tc.Write(answer)
				}
			}()
		}
	}()
	f.Cleanup(func() { ln.Close() })
	const maxBody = 4096
	c := exchange.NewClient(exchange.Options{Timeout: 5 * time.Second, MaxBody: maxBody, MaxRedirects: 2})
	f.Cleanup(c.Close)
	url := "http://" + ln.Addr().String() + "/fuzz"
	f.Fuzz(func(t *testing.T, answer []byte) {
		current.Store(&answer)
		start := time.Now()
		resp, err := c.Do(context.Background(), &exchange.Request{Method: http.MethodGet, URL: url, Header: http.Header{"Connection": {"close"}}})
		if took := time.Since(start); took > 4*time.Second {
			t.Fatalf("Do took %s on %q", took, answer)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "GET "+url) {
				t.Fatalf("error %q does not name the request", err)
			}
			return
		}
		if len(resp.Body) > maxBody {
			t.Fatalf("a %d-byte body passed the %d-byte cap", len(resp.Body), maxBody)
		}
		if resp.Status < 100 || resp.Status > 599 {
			t.Fatalf("status %d", resp.Status)
		}
	})
}
