package exchange_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/conform-dev/conform/internal/exchange"
)

// jsonText is s as encoding/json writes it inside a string, as a Go target
// would send it back (<, > and & escaped too).
func jsonText(t *testing.T, s string) string {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b[1 : len(b)-1])
}

func TestRedactorString(t *testing.T) {
	tests := []struct {
		name    string
		secrets []string
		in      string
		want    string
	}{
		{name: "a secret", secrets: []string{"tok-123456"}, in: "X-Auth-Token tok-123456 sent twice: tok-123456",
			want: "X-Auth-Token *** sent twice: ***"},
		{name: "nothing to mask", secrets: []string{"tok-123456"}, in: "tok-12345 is not it", want: "tok-12345 is not it"},
		{name: "JSON-escaped quote and backslash", secrets: []string{`pa"ss\word`}, in: `{"password":"pa\"ss\\word"}`,
			want: `{"password":"***"}`},
		{name: "raw form of the same secret", secrets: []string{`pa"ss\word`}, in: `password pa"ss\word`, want: "password ***"},
		{name: "encoding/json's escapes of < > &", secrets: []string{"p&ss<word>"}, in: `{"bgp_md5":"p\u0026ss\u003cword\u003e"}`,
			want: `{"bgp_md5":"***"}`},
		{name: "a secret inside a longer one is masked whole", secrets: []string{"secret", "secret-and-more"},
			in: "secret-and-more, secret", want: "***, ***"},
		{name: "same order the other way", secrets: []string{"secret-and-more", "secret"},
			in: "secret-and-more, secret", want: "***, ***"},
		{name: "4 characters is a secret", secrets: []string{"abcd"}, in: "abcd", want: "***"},
		{name: "3 characters is not", secrets: []string{"abc"}, in: "abc abcd", want: "abc abcd"},
		{name: "the empty string is not", secrets: []string{""}, in: "text", want: "text"},
		{name: "added twice", secrets: []string{"tok-123456", "tok-123456"}, in: "tok-123456", want: "***"},
		{name: "two that share text are masked as one stretch", secrets: []string{"abcdef", "defghi"}, in: "xabcdefghiy", want: "x***y"},
		{name: "side by side, each is masked", secrets: []string{"tok-123456"}, in: "tok-123456tok-123456", want: "******"},
		{name: "same length, different text", secrets: []string{"key-0001", "key-0002", "key-0003"}, in: "key-0003 key-0004 key-0001",
			want: "*** key-0004 ***"},
		{name: "the whole text", secrets: []string{"whole-secret"}, in: "whole-secret", want: "***"},
		{name: "at the very end", secrets: []string{"tail-secret"}, in: "ends with tail-secret", want: "ends with ***"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			red := exchange.NewRedactor()
			red.Add(tt.secrets...)
			if got := red.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// Every way a secret travels inside JSON text is masked: what encoding/json
// writes, with and without HTML escaping.
func TestRedactorJSONForms(t *testing.T) {
	for _, secret := range []string{`quote"d`, `back\slash`, "new\nline", "tab\there", "p&ss<wd>", "uni\u2028code", "plain-secret"} {
		t.Run(fmt.Sprintf("%q", secret), func(t *testing.T) {
			red := exchange.NewRedactor()
			red.Add(secret)
			var noHTML strings.Builder
			enc := json.NewEncoder(&noHTML)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(map[string]string{"v": secret}); err != nil {
				t.Fatal(err)
			}
			forms := map[string]string{
				"raw":           "v=" + secret,
				"encoding/json": `{"v":"` + jsonText(t, secret) + `"}`,
				"no HTML":       strings.TrimSpace(noHTML.String()),
			}
			for name, in := range forms {
				got := red.String(in)
				if !strings.Contains(got, exchange.Mask) {
					t.Errorf("%s form %q: String = %q, secret not masked", name, in, got)
				}
			}
		})
	}
}

func TestRedactorAddBasic(t *testing.T) {
	red := exchange.NewRedactor()
	red.AddBasic("alice", "hunter22")
	header := "Basic " + base64.StdEncoding.EncodeToString([]byte("alice:hunter22"))
	tests := []struct{ in, want string }{
		{"Authorization: " + header, "Authorization: Basic ***"},
		{"password hunter22", "password ***"},
		// The user name is not a secret; only the password and the header are.
		{"user alice", "user alice"},
	}
	for _, tt := range tests {
		if got := red.String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactorHeader(t *testing.T) {
	red := exchange.NewRedactor("X-Api-Key")
	red.AddHeader("x-other-credential")
	red.Add("tok-123456")
	in := http.Header{
		"Authorization":       {"Bearer abc"},
		"X-Auth-Token":        {"t"}, // shorter than any secret: masked for being this header
		"Cookie":              {"a=b", "c=d"},
		"Set-Cookie":          {"s=1"},
		"X-Subject-Token":     {"subject"},
		"Proxy-Authorization": {"Basic eA=="},
		"X-Api-Key":           {"k"},
		"X-Other-Credential":  {"o"},
		"x-auth-token":        {"not canonical"},
		"Accept":              {"application/json"},
		"X-Request-Id":        {"req tok-123456 echoed"},
	}
	want := http.Header{
		"Authorization":       {exchange.Mask},
		"X-Auth-Token":        {exchange.Mask},
		"Cookie":              {exchange.Mask, exchange.Mask},
		"Set-Cookie":          {exchange.Mask},
		"X-Subject-Token":     {exchange.Mask},
		"Proxy-Authorization": {exchange.Mask},
		"X-Api-Key":           {exchange.Mask},
		"X-Other-Credential":  {exchange.Mask},
		"x-auth-token":        {exchange.Mask},
		"Accept":              {"application/json"},
		"X-Request-Id":        {"req *** echoed"},
	}
	got := red.Header(in)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Header() =\n%v\nwant\n%v", got, want)
	}
	// It is a copy: the request conform sends keeps its credentials.
	if in.Get("Authorization") != "Bearer abc" || in["Cookie"][1] != "c=d" {
		t.Errorf("Header() changed its argument: %v", in)
	}
	got.Set("Accept", "changed")
	if in.Get("Accept") != "application/json" {
		t.Error("the copy shares storage with the original")
	}
}

// Secrets arrive from responses while other scenarios render: Add, String
// and Header run concurrently (the race detector checks this), and every
// secret added is masked afterwards.
func TestRedactorConcurrent(t *testing.T) {
	red := exchange.NewRedactor()
	const workers, each = 8, 50
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				red.Add(fmt.Sprintf("secret-%d-%d", w, i))
				_ = red.String(fmt.Sprintf("text secret-%d-%d text", w, i))
				_ = red.Header(http.Header{"X-Note": {"secret-0-0"}})
				if i%10 == 0 {
					red.AddHeader(fmt.Sprintf("X-Cred-%d", w))
				}
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range each {
			s := fmt.Sprintf("secret-%d-%d", w, i)
			if got := red.String("<" + s + ">"); got != "<***>" {
				t.Fatalf("String(%q) = %q after concurrent Adds, want <***>", s, got)
			}
		}
		h := fmt.Sprintf("X-Cred-%d", w)
		if got := red.Header(http.Header{h: {"v"}}).Get(h); got != exchange.Mask {
			t.Errorf("header %s = %q after concurrent AddHeader, want masked", h, got)
		}
	}
}

// String agrees with a slow, obvious masking on random texts over a small
// alphabet, where secrets overlap and repeat often.
func TestRedactorStringMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc"[rng.IntN(3)]
		}
		return string(b)
	}
	for range 2000 {
		red := exchange.NewRedactor()
		var secrets []string
		for range 1 + rng.IntN(4) {
			s := word(4 + rng.IntN(4))
			secrets = append(secrets, s)
			red.Add(s)
		}
		in := word(rng.IntN(40))
		if got, want := red.String(in), naiveMask(in, secrets); got != want {
			t.Fatalf("secrets %q, String(%q) = %q, want %q", secrets, in, got, want)
		}
	}
}

// naiveMask finds every occurrence of every secret, and masks each run of
// overlapping occurrences once.
func naiveMask(s string, secrets []string) string {
	type span struct{ start, end int }
	var spans []span
	for i := range len(s) {
		for _, x := range secrets {
			if strings.HasPrefix(s[i:], x) {
				spans = append(spans, span{i, i + len(x)})
			}
		}
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(spans); {
		start, end := spans[i].start, spans[i].end
		for i++; i < len(spans) && spans[i].start < end; i++ {
			end = max(end, spans[i].end)
		}
		b.WriteString(s[last:start] + exchange.Mask)
		last = end
	}
	return b.String() + s[last:]
}
