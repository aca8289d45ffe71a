// Package aksk signs requests with a Huawei Cloud access key and secret key
// (AK/SK), the way the vendor's Go SDK signs every call it makes: an
// Authorization header of the form
//
//	SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>
//
// and the X-Sdk-Date it covers. Users of the SDK hold an AK/SK pair, not an
// IAM token; with this package conform can call Direct Connect as they do.
//
// The signature is computed by the SDK's own signer
// (github.com/huaweicloud/huaweicloud-sdk-go-v3/core/auth/signer), not by code
// of ours: a second implementation of the canonical request would be one more
// place for the two to disagree. This package only translates a net/http
// request into the SDK's request type, the way the SDK's client would have
// built it:
//
//   - the path is the decoded URL path (the SDK escapes each segment and adds
//     a trailing slash to the canonical URI);
//   - every query parameter is signed, with all its values;
//   - every header in the request is signed except Content-Type and names with
//     an underscore, which the SDK leaves out, and the headers net/http writes
//     itself (Host, Content-Length, Transfer-Encoding, Trailer), which the SDK
//     never sets; a header given more than once is signed as its values
//     joined with commas, its meaning under RFC 9110 §5.3;
//   - the body is hashed (SHA-256) when it is JSON, BSON or has no
//     Content-Type; any other body is sent with X-Sdk-Content-Sha256:
//     UNSIGNED-PAYLOAD, as the SDK does.
//
// The secret key never leaves the process: only the signature derived from
// it travels, in Authorization, which conform's redactor always masks.
package aksk

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/auth/signer"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/request"

	"github.com/conform-dev/conform/internal/exchange"
)

// Headers the signature adds or covers.
const (
	HeaderDate          = "X-Sdk-Date"           // the signing time, in DateFormat
	HeaderProjectID     = "X-Project-Id"         // Credentials.ProjectID, as the SDK sends it
	HeaderContentSHA256 = "X-Sdk-Content-Sha256" // UNSIGNED-PAYLOAD for bodies the SDK does not hash
	HeaderAuthorization = "Authorization"
)

// DateFormat is the layout of X-Sdk-Date: UTC, to the second.
const DateFormat = "20060102T150405Z"

// Algorithm opens the Authorization value of a signed request.
const Algorithm = "SDK-HMAC-SHA256"

// Credentials are an AK/SK pair and the project the calls are for.
type Credentials struct {
	// AccessKey (AK) names the key pair; it is sent in Authorization.
	AccessKey string
	// SecretKey (SK) keys the signature; it is never sent.
	SecretKey string
	// ProjectID, when set, is sent and signed as X-Project-Id, as the SDK's
	// basic (project-scoped) credentials do. It does not fill the path: the
	// caller builds the URL.
	ProjectID string
}

// String names the access key only, so that printing Credentials by
// mistake does not print the secret key.
func (c Credentials) String() string {
	return fmt.Sprintf("aksk.Credentials{AccessKey: %q, SecretKey: %s, ProjectID: %q}", c.AccessKey, exchange.Mask, c.ProjectID)
}

// GoString is String, for %#v.
func (c Credentials) GoString() string { return c.String() }

// ErrIncomplete is the error for credentials without an access key or
// without a secret key.
var ErrIncomplete = errors.New("AK/SK signing needs both an access key and a secret key")

// unsigned are the headers net/http writes from the request's own fields,
// not from Header: a value signed from Header would not be the one sent.
var unsigned = map[string]bool{"Host": true, "Content-Length": true, "Transfer-Encoding": true, "Trailer": true}

// Sign signs req as of at: it sets X-Sdk-Date, X-Project-Id (when
// c.ProjectID is set), X-Sdk-Content-Sha256 (for bodies the SDK does not
// hash) and Authorization, replacing any it had. It reads the body and
// leaves it readable again. Anything changed in req afterwards (a header,
// the path, the query, the body) breaks the signature.
func (c Credentials) Sign(req *http.Request, at time.Time) error {
	if c.AccessKey == "" || c.SecretKey == "" {
		return ErrIncomplete
	}
	body, err := readBody(req)
	if err != nil {
		return fmt.Errorf("AK/SK signing %s %s: reading the body: %w", req.Method, req.URL.Redacted(), err)
	}
	query, err := url.ParseQuery(req.URL.RawQuery)
	if err != nil {
		return fmt.Errorf("AK/SK signing %s %s: the query string cannot be parsed, so it cannot be signed: %w", req.Method, req.URL.Redacted(), err)
	}
	// A request signed before (a retry, a re-sign) loses what the last
	// signature added; an X-Project-Id the caller set stays, and is signed,
	// unless the credentials name the project.
	for _, h := range []string{HeaderAuthorization, HeaderDate, HeaderContentSHA256} {
		delHeader(req.Header, h)
	}
	if c.ProjectID != "" {
		delHeader(req.Header, HeaderProjectID)
	}

	b := request.NewHttpRequestBuilder().
		WithEndpoint(req.URL.Scheme + "://" + req.URL.Host).
		WithMethod(req.Method).
		WithPath(req.URL.Path)
	for k, vs := range query {
		// The SDK signs only query values held as reflect.Value; a slice
		// gives each of its values.
		b.AddQueryParam(k, reflect.ValueOf(vs))
	}
	// net/http sends a name set in two spellings as one header; so must
	// the signature sign it.
	headers := http.Header{}
	for k, vs := range req.Header {
		if k := http.CanonicalHeaderKey(k); !unsigned[k] {
			headers[k] = append(headers[k], vs...)
		}
	}
	for k, vs := range headers {
		b.AddHeaderParam(k, strings.Join(vs, ","))
	}
	b.AddHeaderParam(HeaderDate, at.UTC().Format(DateFormat))
	if c.ProjectID != "" {
		b.AddHeaderParam(HeaderProjectID, c.ProjectID)
	}
	if len(body) > 0 {
		// A string body is hashed as its bytes, unchanged; anything
		// else the SDK would encode first.
		b.WithBody("", string(body))
	}
	sdkReq := b.Build()
	added, err := signer.Sign(sdkReq, c.AccessKey, c.SecretKey)
	if err != nil {
		return fmt.Errorf("AK/SK signing %s %s: %w", req.Method, req.URL.Redacted(), err)
	}
	// The signer adds X-Sdk-Date and X-Sdk-Content-Sha256 to the SDK
	// request's headers and returns Authorization: send what it signed.
	for k, v := range sdkReq.GetHeaderParams() {
		if _, had := headers[k]; !had {
			req.Header.Set(k, v)
		}
	}
	for k, v := range added {
		req.Header.Set(k, v)
	}
	return nil
}

// SignRequest signs a conform request as Sign signs an http.Request, and
// puts the headers the signature adds into r.Header. The URL and body are
// unchanged, so the request the client builds from r carries a valid
// signature, and reports show what was sent (Authorization masked).
func (c Credentials) SignRequest(r *exchange.Request, at time.Time) error {
	hr, err := http.NewRequest(r.Method, r.URL, bytes.NewReader(r.Body))
	if err != nil {
		return fmt.Errorf("AK/SK signing %s %s: %w", r.Method, r.URL, err)
	}
	for k, vs := range r.Header {
		hr.Header[k] = append([]string(nil), vs...)
	}
	if err := c.Sign(hr, at); err != nil {
		return err
	}
	r.Header = hr.Header
	return nil
}

// delHeader deletes every spelling of a header: Header.Del finds only the
// canonical one, and a map written to directly may hold others.
func delHeader(h http.Header, name string) {
	for k := range h {
		if strings.EqualFold(k, name) {
			delete(h, k)
		}
	}
}

// readBody returns the whole body and leaves req's body readable again
// from the start.
func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	if req.GetBody != nil {
		rc, err := req.GetBody()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return nil, err
	}
	if err := req.Body.Close(); err != nil {
		return nil, err
	}
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	return body, nil
}
