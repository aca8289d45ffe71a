package reference

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

// AK/SK signing as Huawei's API gateway checks it: the SDK-HMAC-SHA256
// scheme of the vendor's SDKs. This is written by hand from the scheme, not
// with the SDK's signer that conform's client uses, so that a mistake in
// how the client presents a request to that signer (the path, the query,
// which headers, the body) fails here instead of being made twice.
const (
	signatureScheme    = "SDK-HMAC-SHA256"
	headerSdkDate      = "X-Sdk-Date"
	headerContentHash  = "X-Sdk-Content-Sha256"
	sdkDateLayout      = "20060102T150405Z"
	maxSignatureSkew   = 15 * time.Minute // how far X-Sdk-Date may be from the server's clock, either way
	signedDateHeader   = "x-sdk-date"
	unsignedPayload    = "UNSIGNED-PAYLOAD"
	signatureHexLength = 2 * sha256.Size
)

// isSigned says whether a request presents an AK/SK signature.
func isSigned(r *http.Request) bool {
	return strings.HasPrefix(r.Header.Get("Authorization"), signatureScheme+" ")
}

// signature is a parsed SDK-HMAC-SHA256 Authorization value.
type signature struct {
	access        string
	signedHeaders string // as presented: lowercase names joined with ';'
	sig           []byte
}

// parseSignature reads "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b,
// Signature=hex". Its errors never repeat the value.
func parseSignature(value string) (signature, string) {
	var s signature
	const form = "Authorization must read SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…"
	rest, ok := strings.CutPrefix(value, signatureScheme+" ")
	if !ok {
		return s, form
	}
	seen := map[string]bool{}
	for _, part := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok || v == "" || seen[k] {
			return s, form
		}
		seen[k] = true
		switch k {
		case "Access":
			s.access = v
		case "SignedHeaders":
			s.signedHeaders = v
		case "Signature":
			if len(v) != signatureHexLength {
				return s, form + " (Signature: 64 hexadecimal digits)"
			}
			sig, err := hex.DecodeString(v)
			if err != nil {
				return s, form + " (Signature: 64 hexadecimal digits)"
			}
			s.sig = sig
		default:
			return s, form
		}
	}
	if len(seen) != 3 {
		return s, form
	}
	return s, ""
}

// checkAuth accepts a request with a valid X-Auth-Token or a valid AK/SK
// signature, as the gateway accepts either. A request that presents a
// signature and no valid token is judged by its signature.
func (h *handler) checkAuth(w http.ResponseWriter, r *http.Request) *dcError {
	if !isSigned(r) {
		return h.checkToken(r)
	}
	if len(r.Header.Values("X-Auth-Token")) > 0 && h.checkToken(r) == nil {
		return nil
	}
	return h.checkSignature(w, r, time.Now())
}

// checkSignature authenticates an AK/SK-signed request: the access key, the
// date and the signature recomputed from what arrived. It reads the body and
// leaves it readable again for the operation. Its messages never repeat the
// keys or the signature.
func (h *handler) checkSignature(w http.ResponseWriter, r *http.Request, now time.Time) *dcError {
	reject := func(format string, args ...any) *dcError {
		return &dcError{status: http.StatusUnauthorized, code: codeGatewayAuth,
			msg: "Incorrect IAM authentication information: " + fmt.Sprintf(format, args...)}
	}
	if n := len(r.Header.Values("Authorization")); n > 1 {
		return reject("Authorization header is given %d times", n)
	}
	s, bad := parseSignature(r.Header.Get("Authorization"))
	if bad != "" {
		return reject("%s", bad)
	}
	if !equalSecret(s.access, h.accessKey) {
		return reject("the access key in Authorization is not known")
	}
	dates := r.Header.Values(headerSdkDate)
	if len(dates) != 1 {
		return reject("%s header must be given once, in the form %s", headerSdkDate, sdkDateLayout)
	}
	signedAt, err := time.Parse(sdkDateLayout, dates[0])
	if err != nil {
		return reject("%s %q is not in the form %s", headerSdkDate, shorten(dates[0]), sdkDateLayout)
	}
	if skew := now.Sub(signedAt); skew > maxSignatureSkew || skew < -maxSignatureSkew {
		return reject("%s %s is more than %s from the server's time %s", headerSdkDate, dates[0], maxSignatureSkew, now.UTC().Format(sdkDateLayout))
	}
	names := strings.Split(s.signedHeaders, ";")
	dateSigned := false
	for _, n := range names {
		dateSigned = dateSigned || n == signedDateHeader
	}
	if !dateSigned {
		return reject("SignedHeaders must include %s", signedDateHeader)
	}

	// The SDK leaves bodies other than JSON and BSON out of the signature,
	// and says so in a header it signs; any other value there is a claim
	// about the body that only the body itself can back.
	payloadHash := unsignedPayload
	if r.Header.Get(headerContentHash) != unsignedPayload {
		body, err := readBody(w, r)
		if err != nil {
			return reject("the body could not be read to check the signature: %v", err)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		sum := sha256.Sum256(body)
		payloadHash = hex.EncodeToString(sum[:])
	}
	canonical := strings.Join([]string{
		r.Method,
		canonicalURI(r.URL.Path),
		canonicalQuery(r.URL.RawQuery),
		canonicalHeaders(r, names),
		s.signedHeaders,
		payloadHash,
	}, "\n")
	crHash := sha256.Sum256([]byte(canonical))
	toSign := signatureScheme + "\n" + signedAt.UTC().Format(sdkDateLayout) + "\n" + hex.EncodeToString(crHash[:])
	mac := hmac.New(sha256.New, h.secretKey)
	mac.Write([]byte(toSign))
	if !hmac.Equal(mac.Sum(nil), s.sig) {
		return reject("verify aksk signature fail")
	}
	return nil
}

// canonicalURI is the decoded path with each segment percent-encoded and a
// trailing slash: "/v3/p/dcaas/vif-peers" signs as "/v3/p/dcaas/vif-peers/".
func canonicalURI(path string) string {
	segments := strings.Split(path, "/")
	for i, s := range segments {
		segments[i] = uriEncode(s)
	}
	uri := strings.Join(segments, "/")
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return uri
}

// canonicalQuery sorts the parameters by name, and each one's values, as
// name=value pairs joined with '&'. A query that cannot be parsed signs as
// what could be, so that its signature fails rather than the request.
func canonicalQuery(raw string) string {
	q, _ := url.ParseQuery(raw)
	names := make([]string, 0, len(q))
	for k := range q {
		names = append(names, k)
	}
	sort.Strings(names)
	var pairs []string
	for _, k := range names {
		vs := append([]string(nil), q[k]...)
		sort.Strings(vs)
		for _, v := range vs {
			pairs = append(pairs, uriEncode(k)+"="+uriEncode(v))
		}
	}
	return strings.Join(pairs, "&")
}

// canonicalHeaders lists each signed header as name:value on its own line,
// the values trimmed; a header given more than once signs as its values
// joined with commas. "host" is the request's Host.
func canonicalHeaders(r *http.Request, names []string) string {
	var b strings.Builder
	for _, n := range names {
		var v string
		if n == "host" {
			v = r.Host
		} else if vs := r.Header.Values(n); len(vs) > 0 {
			v = strings.Join(vs, ",")
		} else {
			continue // signed but absent: the signature decides
		}
		b.WriteString(n + ":" + strings.TrimSpace(v) + "\n")
	}
	if b.Len() == 0 {
		return "\n"
	}
	return b.String()
}

// uriEncode percent-encodes every byte but RFC 3986's unreserved
// characters, with upper-case hex digits.
func uriEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
