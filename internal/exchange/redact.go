package exchange

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"sync"
)

// Mask replaces a secret wherever conform prints.
const Mask = "***"

// minSecret is the shortest value treated as a secret: masking a two-letter
// value would mangle every message it happens to occur in.
const minSecret = 4

// Redactor masks secrets in everything conform renders. It learns secrets
// from the configuration (tokens, passwords) and from responses (members the
// contract marks x-conform-secret, such as a pairing key), and always masks
// credential headers. It is safe for concurrent use.
type Redactor struct {
	mu      sync.RWMutex
	secrets []string            // longest first, so a secret inside another is masked whole
	known   map[string]struct{} // the same, for constant-time duplicate checks
	headers map[string]bool
}

// NewRedactor masks the standard credential headers plus any named here.
func NewRedactor(headers ...string) *Redactor {
	r := &Redactor{headers: map[string]bool{}, known: map[string]struct{}{}}
	for _, h := range append([]string{"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Auth-Token", "X-Subject-Token"}, headers...) {
		r.headers[http.CanonicalHeaderKey(h)] = true
	}
	return r
}

// AddHeader masks every value of the named header.
func (r *Redactor) AddHeader(name string) {
	r.mu.Lock()
	r.headers[http.CanonicalHeaderKey(name)] = true
	r.mu.Unlock()
}

// Add registers secret values, and the forms they travel in (the Basic
// credentials' base64, JSON-escaped text). A run adds a new pairing key per
// scenario, so this stays cheap as the list grows: a set for duplicates and
// one sorted insert, not a re-sort.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		for _, form := range append([]string{s}, jsonEscaped(s)...) {
			if _, dup := r.known[form]; dup || len(form) < minSecret {
				continue
			}
			r.known[form] = struct{}{}
			i := sort.Search(len(r.secrets), func(i int) bool { return len(r.secrets[i]) < len(form) })
			r.secrets = append(r.secrets, "")
			copy(r.secrets[i+1:], r.secrets[i:])
			r.secrets[i] = form
		}
	}
}

// AddBasic registers Basic credentials: the password, and the header value.
func (r *Redactor) AddBasic(user, password string) {
	r.Add(password, base64.StdEncoding.EncodeToString([]byte(user+":"+password)))
}

// jsonEscaped returns s as encoding/json writes it inside a JSON string:
// with <, > and & escaped (json.Marshal's default, what a Go target answers
// and what findings render values with) and without. Both escape quotes,
// backslashes and control characters.
func jsonEscaped(s string) []string {
	html, err := json.Marshal(s)
	if err != nil {
		return nil
	}
	var plain bytes.Buffer
	enc := json.NewEncoder(&plain)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil
	}
	inner := func(quoted []byte) string {
		quoted = bytes.TrimSuffix(quoted, []byte("\n")) // Encode ends with a newline
		return string(quoted[1 : len(quoted)-1])
	}
	return []string{inner(html), inner(plain.Bytes())}
}

// String masks every known secret in s.
func (r *Redactor) String(s string) string {
	if r == nil {
		return s
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, x := range r.secrets {
		if strings.Contains(s, x) {
			s = strings.ReplaceAll(s, x, Mask)
		}
	}
	return s
}

// Header returns a copy of h with credential headers and secrets masked.
func (r *Redactor) Header(h http.Header) http.Header {
	if r == nil {
		r = NewRedactor()
	}
	out := make(http.Header, len(h))
	r.mu.RLock()
	sensitive := make(map[string]bool, len(r.headers))
	for k := range r.headers {
		sensitive[k] = true
	}
	r.mu.RUnlock()
	for k, vs := range h {
		for _, v := range vs {
			if sensitive[http.CanonicalHeaderKey(k)] {
				v = Mask
			} else {
				v = r.String(v)
			}
			out[k] = append(out[k], v)
		}
	}
	return out
}
