// Package exchange sends one request to a target and captures its response,
// with every limit a hostile target needs (a per-request timeout, a body-size
// cap, no redirects unless asked), and keeps secrets out of anything it
// renders.
package exchange

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// Request is what conform sends.
type Request struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
}

// Response is what came back.
type Response struct {
	Status   int
	Header   http.Header
	Body     []byte
	Duration time.Duration
}

// ContentType returns the response's media type without parameters.
func (r *Response) ContentType() string { return MediaType(r.Header.Get("Content-Type")) }

// Options bound what a target can do to a run.
type Options struct {
	Timeout  time.Duration // per request, connect to last byte; default 30s
	MaxBody  int64         // response body cap in bytes; default 10 MiB
	Insecure bool          // skip TLS verification (self-signed Element clusters)
}

// DefaultTimeout and DefaultMaxBody are the limits when Options leaves them 0.
const (
	DefaultTimeout       = 30 * time.Second
	DefaultMaxBody int64 = 10 << 20
)

// Client sends requests. It is safe for concurrent use and keeps connections
// alive between scenarios.
type Client struct {
	hc   *http.Client
	opts Options
}

// NewClient builds a client with the given limits.
func NewClient(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: opts.Timeout, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   256,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
		TLSClientConfig:       &tls.Config{InsecureSkipVerify: opts.Insecure}, //nolint:gosec // only with --insecure, warned about on every run
	}
	return &Client{
		opts: opts,
		hc: &http.Client{
			Transport: tr,
			// A redirect is an answer to check, not to follow: following it
			// could carry credentials to another host.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
}

// Close drops idle connections.
func (c *Client) Close() { c.hc.CloseIdleConnections() }

// Do sends r and reads the whole response within the timeout and size cap.
func (c *Client) Do(ctx context.Context, r *Request) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return nil, fmt.Errorf("cannot build the request %s %s: %w", r.Method, r.URL, err)
	}
	for k, vs := range r.Header {
		hr.Header[k] = append([]string(nil), vs...)
	}
	start := time.Now()
	resp, err := c.hc.Do(hr)
	if err != nil {
		return nil, c.explain(ctx, r, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBody+1))
	if err != nil {
		return nil, c.explain(ctx, r, fmt.Errorf("reading the response body: %w", err))
	}
	if int64(len(body)) > c.opts.MaxBody {
		return nil, fmt.Errorf("%s %s: the response body is larger than the %d-byte cap (raise it with --max-body if the API really answers that much)", r.Method, r.URL, c.opts.MaxBody)
	}
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: body, Duration: time.Since(start)}, nil
}

func (c *Client) explain(ctx context.Context, r *Request, err error) error {
	// The transport's own limits (dial, TLS handshake, response headers) are
	// the same timeout, and one of them may fire a moment before ctx's.
	var ne net.Error
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%s %s: no complete answer within %s (the per-request timeout; raise it with --timeout): %w", r.Method, r.URL, c.opts.Timeout, err)
	}
	return fmt.Errorf("%s %s: %w", r.Method, r.URL, err)
}

// MediaType strips parameters and case from a Content-Type value.
func MediaType(ct string) string {
	ct, _, _ = strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(ct))
}
