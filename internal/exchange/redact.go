package exchange

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"hash/maphash"
	"io"
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
//
// It keeps no secret itself, only two hashes of each: a rolling hash to scan
// text with and a strong one (hash/maphash, seeded per redactor) to confirm
// a match. A long run learns a pairing key per scenario; their hashes take a
// few bytes each, and the process holds no extra copy of any secret.
type Redactor struct {
	mu      sync.RWMutex
	seed    maphash.Seed
	byLen   map[int]*sameLength // every form of every secret, by length, for String's scan
	lens    []int               // the lengths in byLen, ascending
	headers map[string]bool
}

// sameLength holds the secrets of one length by their rolling hash, so that
// String finds them in one pass over the text per distinct length, whatever
// the number of secrets: a long run learns a new pairing key per scenario.
type sameLength struct {
	pow uint64 // hashBase to the power of the length, to roll a window on
	// byHash maps a rolling hash to the strong hash of the secret that has
	// it; more holds the others when several secrets share a rolling hash.
	byHash map[uint64]uint64
	more   map[uint64][]uint64
	// seen has a bit set for each secret's hash, so that the scan skips
	// the map lookup at almost every position of a text: most of a run's
	// time in String went to those lookups.
	seen [1 << filterBits / 64]uint64
}

const filterBits = 16

// has says whether a secret with these hashes is known.
func (sl *sameLength) has(rolling, check uint64) bool {
	if c, ok := sl.byHash[rolling]; !ok {
		return false
	} else if c == check {
		return true
	}
	for _, c := range sl.more[rolling] {
		if c == check {
			return true
		}
	}
	return false
}

func (sl *sameLength) add(rolling, check uint64) {
	if _, taken := sl.byHash[rolling]; !taken {
		sl.byHash[rolling] = check
	} else {
		sl.more[rolling] = append(sl.more[rolling], check)
	}
	f := filterSlot(rolling)
	sl.seen[f/64] |= 1 << (f % 64)
}

func filterSlot(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> (64 - filterBits) }

const hashBase = 1099511628211 // an odd multiplier (the FNV prime); arithmetic is mod 2^64

func rollingHash(s string) uint64 {
	var h uint64
	for i := 0; i < len(s); i++ {
		h = h*hashBase + uint64(s[i])
	}
	return h
}

// NewRedactor masks the standard credential headers plus any named here.
func NewRedactor(headers ...string) *Redactor {
	r := &Redactor{seed: maphash.MakeSeed(), headers: map[string]bool{}, byLen: map[int]*sameLength{}}
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
// scenario, so this stays cheap as the list grows: an insert into the index
// by length and hash, not a re-sort.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		for _, form := range append([]string{s}, jsonEscaped(s)...) {
			if len(form) < minSecret {
				continue
			}
			sl := r.byLen[len(form)]
			if sl == nil {
				sl = &sameLength{pow: 1, byHash: map[uint64]uint64{}, more: map[uint64][]uint64{}}
				for range len(form) {
					sl.pow *= hashBase
				}
				r.byLen[len(form)] = sl
				i := sort.SearchInts(r.lens, len(form))
				r.lens = append(r.lens, 0)
				copy(r.lens[i+1:], r.lens[i:])
				r.lens[i] = len(form)
			}
			rolling, check := rollingHash(form), maphash.String(r.seed, form)
			if !sl.has(rolling, check) {
				sl.add(rolling, check)
			}
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

// String masks every known secret in s. Where secrets overlap (one inside
// another, or two that share text) the whole stretch they cover is masked,
// so no part of any of them shows.
func (r *Redactor) String(s string) string {
	if r == nil {
		return s
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	return mask(s, r.stretches(s))
}

// stretches finds the stretches [start, end) of s that known secrets cover,
// in order. Occurrences that overlap (not those merely adjacent) are one
// stretch. The caller holds r.mu.
func (r *Redactor) stretches(s string) [][2]int {
	var found [][2]int // [start, end) of each occurrence
	for _, n := range r.lens {
		if n > len(s) {
			break
		}
		sl := r.byLen[n]
		h := rollingHash(s[:n])
		for i := 0; ; i++ {
			if f := filterSlot(h); sl.seen[f/64]&(1<<(f%64)) != 0 {
				if _, ok := sl.byHash[h]; ok && sl.has(h, maphash.String(r.seed, s[i:i+n])) {
					found = append(found, [2]int{i, i + n})
				}
			}
			if i+n >= len(s) {
				break
			}
			h = h*hashBase - uint64(s[i])*sl.pow + uint64(s[i+n])
		}
	}
	if len(found) == 0 {
		return nil
	}
	sort.Slice(found, func(i, j int) bool { return found[i][0] < found[j][0] })
	merged := found[:0]
	for i := 0; i < len(found); {
		start, end := found[i][0], found[i][1]
		for i++; i < len(found) && found[i][0] < end; i++ {
			end = max(end, found[i][1])
		}
		merged = append(merged, [2]int{start, end})
	}
	return merged
}

// mask replaces each stretch of s with Mask.
func mask(s string, stretches [][2]int) string {
	if len(stretches) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0 // s[:last] is written
	for _, x := range stretches {
		b.WriteString(s[last:x[0]])
		b.WriteString(Mask)
		last = x[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// Writer masks what is written through it before it reaches w, so that a
// large report is masked on its way to the file instead of whole in memory.
// It holds back the end of what it was given, as much as the longest secret
// less one byte, so that a secret split across writes is still found. Close
// writes the rest; it does not close w.
func (r *Redactor) Writer(w io.Writer) io.WriteCloser {
	return &maskingWriter{r: r, w: w, flushAt: 64 << 10}
}

type maskingWriter struct {
	r       *Redactor
	w       io.Writer
	buf     []byte
	flushAt int
}

func (m *maskingWriter) Write(p []byte) (int, error) {
	m.buf = append(m.buf, p...)
	if len(m.buf) >= m.flushAt {
		if err := m.flush(false); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

func (m *maskingWriter) Close() error { return m.flush(true) }

// flush writes what no secret can straddle any more: all of it at the end,
// else up to where a secret starting later could still be incomplete, moved
// back to the start of a masked stretch that crosses that point.
func (m *maskingWriter) flush(all bool) error {
	s := string(m.buf)
	m.r.mu.RLock()
	longest := 0
	if n := len(m.r.lens); n > 0 {
		longest = m.r.lens[n-1]
	}
	found := m.r.stretches(s)
	m.r.mu.RUnlock()
	cut := len(s)
	if !all {
		cut = max(min(len(s)-(longest-1), len(s)), 0)
		for _, x := range found {
			if x[0] < cut && cut < x[1] {
				cut = x[0]
			}
		}
	}
	var done [][2]int
	for _, x := range found {
		if x[1] <= cut {
			done = append(done, x)
		}
	}
	_, err := io.WriteString(m.w, mask(s[:cut], done))
	m.buf = append(m.buf[:0], s[cut:]...)
	return err
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
