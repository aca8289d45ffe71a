// Package exchange sends one request to a target and captures its response,
// with every limit a hostile target needs (a per-request timeout, a body-size
// cap, no redirects unless asked and then never with credentials to another
// host, retries only when asked), TLS as the user configures it, and keeps
// secrets out of anything it renders.
package exchange

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/textproto"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// Request is what conform sends.
type Request struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
	// Sign, when set, signs the request right before each attempt (AK/SK),
	// so that the signature covers everything a scenario changed and a
	// retry carries a fresh one. It may change Header only; what it sets
	// is what reports show.
	Sign func(*Request) error
}

// Response is what came back.
type Response struct {
	Status   int
	Header   http.Header
	Body     []byte
	Duration time.Duration
	Proto    string // "HTTP/1.1", "HTTP/2.0"
	// Attempts is how many times the request was sent (more than 1 only
	// with Options.Retries); Retried says why each earlier attempt failed.
	Attempts int
	Retried  []string
	// Redirects lists the URLs followed (only with Options.MaxRedirects).
	Redirects []string
}

// ContentType returns the response's media type without parameters.
func (r *Response) ContentType() string { return MediaType(r.Header.Get("Content-Type")) }

// Options bound what a target can do to a run.
type Options struct {
	Timeout  time.Duration // per request, connect to last byte; default 30s
	MaxBody  int64         // response body cap in bytes, after decompression; default 10 MiB
	Insecure bool          // skip TLS verification (self-signed Element clusters)
	// CACert is a PEM file of certificates to trust besides the system's.
	CACert string
	// ClientCert and ClientKey are PEM files for mutual TLS; both or neither.
	ClientCert, ClientKey string
	// MaxRedirects is how many redirects to follow; 0 returns a redirect as
	// the answer. A redirect that leaves the origin (scheme, host or port)
	// loses Authorization and every header in SecretHeaders.
	MaxRedirects int
	// SecretHeaders are the headers that carry credentials besides
	// Authorization (an API's X-Auth-Token).
	SecretHeaders []string
	// Retries is how many times to send a request again after a connection
	// error or a 502, 503 or 504. 0, the default, never resends: a POST
	// sent twice may create twice.
	Retries int
	// RetryWait is the pause before the first retry, doubled for each
	// next one; default 200ms.
	RetryWait time.Duration
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

// NewClient builds a client from options that name no files (no CACert,
// ClientCert or ClientKey); it panics if one cannot be read. Use New for
// options from a user.
func NewClient(opts Options) *Client {
	c, err := New(opts)
	if err != nil {
		panic(err)
	}
	return c
}

// New builds a client with the given limits. Its errors are the
// configuration's: a certificate file that cannot be read or used.
func New(opts Options) (*Client, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.RetryWait <= 0 {
		opts.RetryWait = 200 * time.Millisecond
	}
	tlsConf, err := tlsConfig(opts)
	if err != nil {
		return nil, err
	}
	tr := &http.Transport{
		Proxy:                  http.ProxyFromEnvironment,
		DialContext:            (&net.Dialer{Timeout: opts.Timeout, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           256,
		MaxIdleConnsPerHost:    256,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    opts.Timeout,
		ResponseHeaderTimeout:  opts.Timeout,
		MaxResponseHeaderBytes: 1 << 20,
		TLSClientConfig:        tlsConf,
	}
	c := &Client{opts: opts}
	c.hc = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c, nil
}

func tlsConfig(opts Options) (*tls.Config, error) {
	conf := &tls.Config{InsecureSkipVerify: opts.Insecure} //nolint:gosec // only with --insecure, warned about on every run
	if opts.CACert != "" {
		pem, err := os.ReadFile(opts.CACert)
		if err != nil {
			return nil, fmt.Errorf("--ca-cert %s: %w", opts.CACert, err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("--ca-cert %s: no PEM certificate in the file: give the CA certificate that signed the target's, in PEM (-----BEGIN CERTIFICATE-----)", opts.CACert)
		}
		conf.RootCAs = pool
	}
	if (opts.ClientCert == "") != (opts.ClientKey == "") {
		return nil, errors.New("--client-cert and --client-key go together: give both PEM files for mutual TLS, or neither")
	}
	if opts.ClientCert != "" {
		pair, err := tls.LoadX509KeyPair(opts.ClientCert, opts.ClientKey)
		if err != nil {
			return nil, fmt.Errorf("--client-cert %s --client-key %s: %w: give the client certificate and its private key, both in PEM", opts.ClientCert, opts.ClientKey, err)
		}
		conf.Certificates = []tls.Certificate{pair}
	}
	return conf, nil
}

// errRedirectLimit stops a chain of redirects longer than the user allows.
type errRedirectLimit struct{ limit int }

func (e errRedirectLimit) Error() string {
	if e.limit == 0 {
		return "redirected" // not reached: with no redirects allowed the answer is the redirect
	}
	return fmt.Sprintf("stopped after %d redirects, the limit (raise it with --redirects)", e.limit)
}

// checkRedirect follows redirects only as far as configured, and never
// carries credentials to another origin: net/http drops Authorization when
// the host changes, but not an API's own token header, and not on a change
// of scheme or port.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if c.opts.MaxRedirects <= 0 {
		return http.ErrUseLastResponse
	}
	if len(via) > c.opts.MaxRedirects {
		return errRedirectLimit{limit: c.opts.MaxRedirects}
	}
	if !sameOrigin(req.URL, via[0].URL) {
		req.Header.Del("Authorization")
		req.Header.Del("Cookie")
		for _, h := range c.opts.SecretHeaders {
			req.Header.Del(h)
		}
	}
	return nil
}

func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Hostname(), b.Hostname()) && port(a) == port(b)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if strings.EqualFold(u.Scheme, "https") {
		return "443"
	}
	return "80"
}

// Close drops idle connections.
func (c *Client) Close() { c.hc.CloseIdleConnections() }

// Do sends r and reads the whole response within the timeout and size cap.
// With Options.Retries it sends again after a connection error or a 502, 503
// or 504, and says how many attempts it made.
func (c *Client) Do(ctx context.Context, r *Request) (*Response, error) {
	var retried []string
	for attempt := 1; ; attempt++ {
		if r.Sign != nil {
			if err := r.Sign(r); err != nil {
				return nil, err
			}
		}
		resp, err := c.once(ctx, r)
		why := retryable(resp, err)
		if why == "" || attempt > c.opts.Retries || ctx.Err() != nil {
			if err != nil {
				if attempt > 1 {
					err = fmt.Errorf("%w (attempt %d of %d; earlier: %s)", err, attempt, c.opts.Retries+1, strings.Join(retried, ", "))
				}
				return nil, err
			}
			resp.Attempts, resp.Retried = attempt, retried
			return resp, nil
		}
		retried = append(retried, why)
		wait := c.opts.RetryWait << (attempt - 1)
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
}

// retryable says why an attempt may be retried, or "" when it may not: only
// connection errors and the gateway statuses, never a timeout (a slow target
// would multiply the run's time) or an answer conform judged.
func retryable(resp *Response, err error) string {
	if err != nil {
		var ce *connError
		if errors.As(err, &ce) && !ce.timeout {
			return ce.short
		}
		return ""
	}
	switch resp.Status {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return fmt.Sprint(resp.Status)
	}
	return ""
}

var errRequestTimeout = errors.New("the per-request timeout")

// max1xx is how many informational answers a request may get before its
// final one: 100 Continue and 103 Early Hints are one each.
const max1xx = 10

// phase is how far one attempt got, for a message that says where it stuck.
type phase int32

const (
	phaseConnect phase = iota
	phaseTLS
	phaseSend
	phaseWait
	phaseBody
)

func (p phase) String() string {
	return [...]string{"while connecting", "during the TLS handshake", "while sending the request", "while waiting for the answer's first byte", "while reading the body"}[p]
}

func (c *Client) once(parent context.Context, r *Request) (*Response, error) {
	ctx, cancel := context.WithTimeoutCause(parent, c.opts.Timeout, errRequestTimeout)
	defer cancel()
	var at atomic.Int32
	set := func(p phase) { at.Store(int32(p)) }
	informational := 0
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		// net/http skips 1xx answers, as many as arrive: a target that
		// sends them forever would hold the request until its timeout.
		Got1xxResponse: func(code int, _ textproto.MIMEHeader) error {
			if informational++; informational > max1xx {
				return fmt.Errorf("the target sent more than %d informational (1xx) answers and no final one", max1xx)
			}
			return nil
		},
		GotConn:              func(httptrace.GotConnInfo) { set(phaseSend) },
		TLSHandshakeStart:    func() { set(phaseTLS) },
		WroteRequest:         func(httptrace.WroteRequestInfo) { set(phaseWait) },
		GotFirstResponseByte: func() { set(phaseBody) },
	})
	hr, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return nil, fmt.Errorf("cannot build the request %s %s: %w", r.Method, r.URL, err)
	}
	for k, vs := range r.Header {
		hr.Header[k] = append([]string(nil), vs...)
	}
	start := time.Now()
	var redirects []string
	resp, err := c.hc.Do(hr)
	if err != nil {
		return nil, c.explain(ctx, parent, r, phase(at.Load()), err)
	}
	defer resp.Body.Close()
	for req := resp.Request; req != nil && req.Response != nil; req = req.Response.Request {
		redirects = append([]string{req.URL.Redacted()}, redirects...)
	}
	if resp.StatusCode < 100 || resp.StatusCode > 599 {
		return nil, fmt.Errorf("%s %s: the target answered status %03d, which is not an HTTP status (RFC 9110 §15: 100 to 599)", r.Method, r.URL, resp.StatusCode)
	}
	if resp.ContentLength > c.opts.MaxBody {
		return nil, fmt.Errorf("%s %s: the response declares a %d-byte body (Content-Length), larger than the %d-byte cap (raise it with --max-body if the API really answers that much)", r.Method, r.URL, resp.ContentLength, c.opts.MaxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBody+1))
	if err != nil {
		if resp.Uncompressed {
			err = fmt.Errorf("%w (the body is %s-encoded)", err, "gzip")
		}
		return nil, c.explain(ctx, parent, r, phaseBody, fmt.Errorf("reading the response body: %w", err))
	}
	if int64(len(body)) > c.opts.MaxBody {
		what := "the response body is"
		if resp.Uncompressed {
			what = "the response body, once decompressed (Content-Encoding: gzip), is"
		}
		return nil, fmt.Errorf("%s %s: %s larger than the %d-byte cap (raise it with --max-body if the API really answers that much)", r.Method, r.URL, what, c.opts.MaxBody)
	}
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: body, Duration: time.Since(start), Proto: resp.Proto, Attempts: 1, Redirects: redirects}, nil
}

// connError is a failure to reach the target or to get a whole answer from
// it: the only errors a retry may help with, timeouts aside (a slow target
// would multiply the run's time).
type connError struct {
	short   string // "connection refused"
	timeout bool   // the per-request timeout passed
	err     error
}

// Unreachable tells whether err is the target's failing to answer: refused,
// reset or closed connections, a host name that does not resolve, a stream
// reset, or no complete answer within the per-request timeout. It says
// which in a few words ("connection refused"). A request the caller cut
// short (the run's deadline) or an answer conform refused (too large, a
// certificate) is not the target's silence.
func Unreachable(err error) (string, bool) {
	var ce *connError
	if errors.As(err, &ce) {
		return ce.short, true
	}
	return "", false
}

// TimedOut tells whether err is a request the target left without a
// complete answer for the whole per-request timeout: unlike a refused or
// reset connection, which costs nothing, each such request costs a run the
// whole --timeout.
func TimedOut(err error) bool {
	var ce *connError
	return errors.As(err, &ce) && ce.timeout
}

func (e *connError) Error() string { return e.err.Error() }
func (e *connError) Unwrap() error { return e.err }

// explain turns a transport error into one that says what happened, where,
// and what the user can do about it.
func (c *Client) explain(ctx, parent context.Context, r *Request, at phase, err error) error {
	where := r.Method + " " + r.URL
	if parent.Err() != nil {
		// The caller gave up (the run's deadline, an interrupt): its cause
		// says why, and no advice about --timeout applies.
		if cause := context.Cause(parent); cause != nil && cause != parent.Err() {
			return fmt.Errorf("%s: stopped %s: %w", where, at, cause)
		}
		return fmt.Errorf("%s: stopped %s: %w", where, at, err)
	}
	// The transport's own limits (dial, TLS handshake, response headers) are
	// the same timeout, and one of them may fire a moment before ctx's.
	var ne net.Error
	if context.Cause(ctx) == errRequestTimeout || (errors.As(err, &ne) && ne.Timeout()) {
		return &connError{short: fmt.Sprintf("no complete answer within %s, %s", c.opts.Timeout, at), timeout: true,
			err: fmt.Errorf("%s: no complete answer within %s, %s (the per-request timeout; raise it with --timeout): %w", where, c.opts.Timeout, at, err)}
	}
	var limit errRedirectLimit
	if errors.As(err, &limit) {
		return fmt.Errorf("%s: %w", where, limit)
	}
	if hint := tlsHint(err); hint != "" {
		return fmt.Errorf("%s: %s: %w", where, hint, err)
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return &connError{short: "host not found", err: fmt.Errorf("%s: cannot resolve the host name %q: check the URL (%w)", where, dns.Name, err)}
	}
	for _, ce := range []struct {
		is    error
		short string
		what  string
	}{
		{syscall.ECONNREFUSED, "connection refused", "connection refused: nothing listens there; is the target up, and is the URL's port right?"},
		{syscall.ECONNRESET, "connection reset", "the target reset the connection " + at.String()},
		{syscall.EPIPE, "connection closed", "the target closed the connection " + at.String()},
		{io.ErrUnexpectedEOF, "connection closed", "the target closed the connection " + at.String() + ", before the answer was complete"},
		{io.EOF, "connection closed", "the target closed the connection " + at.String() + ", without answering"},
	} {
		if errors.Is(err, ce.is) {
			what := ce.what
			if strings.HasPrefix(r.URL, "https:") && c.opts.ClientCert == "" && (ce.short == "connection reset" || ce.short == "connection closed") {
				// With TLS 1.3 a target that wants a client certificate
				// judges it after the handshake, and the client may see
				// only the connection end, not the alert.
				what += "; a target that wants a client certificate does this: if it does, give one with --client-cert FILE --client-key FILE"
			}
			return &connError{short: ce.short, err: fmt.Errorf("%s: %s: %w", where, what, err)}
		}
	}
	// HTTP/2's stream errors are not exported from net/http.
	if strings.Contains(err.Error(), "stream error:") {
		return &connError{short: "stream reset", err: fmt.Errorf("%s: the target reset the HTTP/2 stream %s: %w", where, at, err)}
	}
	return fmt.Errorf("%s: %w", where, err)
}

// tlsHint says what to do about a certificate the client would not accept,
// or "" when err is not about TLS.
func tlsHint(err error) string {
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var host x509.HostnameError
	switch {
	case errors.As(err, &unknown):
		return "the target's TLS certificate is signed by an authority this machine does not trust: pass that CA's certificate with --ca-cert FILE (or, for a test cluster only, --insecure)"
	case errors.As(err, &invalid) && invalid.Reason == x509.Expired:
		return "the target's TLS certificate has expired or is not valid yet: renew it (or, for a test cluster only, --insecure)"
	case errors.As(err, &invalid):
		return "the target's TLS certificate is not acceptable"
	case errors.As(err, &host):
		return fmt.Sprintf("the target's TLS certificate is for %s, not %s: use a URL with a name the certificate lists (or, for a test cluster only, --insecure)", certNames(host.Certificate), host.Host)
	case strings.Contains(err.Error(), "tls: certificate required"), strings.Contains(err.Error(), "tls: bad certificate"):
		return "the target asks for a client certificate: give one with --client-cert FILE --client-key FILE"
	case strings.Contains(err.Error(), "http2: client conn could not be established"):
		// With TLS 1.3 the server judges the client's certificate after
		// the handshake, and net/http's HTTP/2 client drops its alert.
		return "the target closed the HTTP/2 connection as it was set up, as a target does that wants a client certificate: if it does, give one with --client-cert FILE --client-key FILE"
	case strings.Contains(err.Error(), "tls: first record does not look like a TLS handshake"), strings.Contains(err.Error(), "server gave HTTP response to HTTPS client"):
		return "the target does not speak TLS on this port: use an http:// URL, or the TLS port"
	}
	return ""
}

// MediaType strips parameters and case from a Content-Type value.
func MediaType(ct string) string {
	ct, _, _ = strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(ct))
}

// certNames lists the names a certificate is for.
func certNames(c *x509.Certificate) string {
	if c == nil {
		return "another host"
	}
	names := append([]string(nil), c.DNSNames...)
	for _, ip := range c.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 {
		if c.Subject.CommonName == "" {
			return "no host name"
		}
		return c.Subject.CommonName + " (its common name only, which verifiers ignore)"
	}
	return strings.Join(names, ", ")
}
