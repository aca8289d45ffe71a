package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
)

// Credential says how a request carries a secret, so that a curl command
// can reproduce it from the same CONFORM_* variables instead of quoting it.
type Credential struct {
	Kind   string   // "apiKey", "bearer" or "basic"
	Header string   // the apiKey header; Authorization otherwise
	Env    []string // the variables: [token] or [username, password]
	Value  string   // the header value the credentials make, never printed
}

// maxBodyShown bounds a body in a report; the rest is summarised.
const maxBodyShown = 64 << 10

// NewExchange records a request and its response, redacted. resp is nil when
// no answer came.
func NewExchange(api, operation string, req *exchange.Request, resp *exchange.Response, red *exchange.Redactor, creds []Credential, insecure bool) *Exchange {
	x := &Exchange{API: api, Operation: operation, Method: req.Method, URL: red.String(req.URL),
		RequestHeaders: red.Header(req.Header), RequestBody: red.String(bodyText(req.Body))}
	if resp != nil {
		x.Status, x.Duration = resp.Status, resp.Duration
		x.ResponseHeaders = red.Header(resp.Header)
		x.ResponseBody = red.String(bodyText(resp.Body))
	}
	x.Curl = red.String(curl(req, red, creds, insecure))
	return x
}

// bodyText renders a body for people: JSON indented, anything else as it
// came, and very large bodies cut with their size said.
func bodyText(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	var buf bytes.Buffer
	if json.Valid(b) && json.Indent(&buf, b, "", "  ") == nil {
		b = buf.Bytes()
	}
	if len(b) > maxBodyShown {
		return fmt.Sprintf("%s\n… (%d bytes in all)", b[:maxBodyShown], len(b))
	}
	return string(b)
}

// curl renders a shell command that sends the same request. Credentials come
// from the CONFORM_* variables the run read, never from their values; a
// header a scenario changed on purpose (an over-long token) is quoted as sent.
func curl(req *exchange.Request, red *exchange.Redactor, creds []Credential, insecure bool) string {
	var b strings.Builder
	b.WriteString("curl -sS -i")
	if insecure {
		b.WriteString(" -k")
	}
	fmt.Fprintf(&b, " -X %s %s", req.Method, shellQuote(req.URL))
	names := make([]string, 0, len(req.Header))
	for k := range req.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range req.Header[k] {
			if c, ok := credentialFor(k, v, creds); ok {
				b.WriteString(" \\\n  " + c)
				continue
			}
			if red.Header(http.Header{k: {v}}).Get(k) == exchange.Mask {
				// A credential header we cannot name a variable for.
				fmt.Fprintf(&b, " \\\n  -H %s", shellQuote(k+": "+exchange.Mask))
				continue
			}
			fmt.Fprintf(&b, " \\\n  -H %s", shellQuote(k+": "+v))
		}
	}
	if len(req.Body) > 0 {
		fmt.Fprintf(&b, " \\\n  --data-binary %s", shellQuote(string(req.Body)))
	}
	return b.String()
}

func credentialFor(header, value string, creds []Credential) (string, bool) {
	for _, c := range creds {
		h := c.Header
		if c.Kind == "basic" || c.Kind == "bearer" {
			h = "Authorization"
		}
		if !strings.EqualFold(h, header) || value != c.Value || c.Value == "" {
			continue
		}
		switch c.Kind {
		case "basic":
			return fmt.Sprintf(`-u "$%s:$%s"`, c.Env[0], c.Env[1]), true
		case "bearer":
			return fmt.Sprintf(`-H "Authorization: Bearer $%s"`, c.Env[0]), true
		default:
			return fmt.Sprintf(`-H "%s: $%s"`, header, c.Env[0]), true
		}
	}
	return "", false
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// ExchangeText renders an exchange as an HTTP trace and the curl command that
// reproduces it.
func ExchangeText(x *Exchange) string {
	return Trace(x) + "\nreproduce:\n" + x.Curl + "\n"
}

// Trace renders an exchange the way an HTTP trace reads.
func Trace(x *Exchange) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n", x.Method, x.URL)
	writeHeaders(&b, x.RequestHeaders)
	if x.RequestBody != "" {
		fmt.Fprintf(&b, "\n%s\n", x.RequestBody)
	}
	if x.Status != 0 {
		fmt.Fprintf(&b, "\n→ %d %s (%s)\n", x.Status, http.StatusText(x.Status), x.Duration.Round(time.Millisecond))
		writeHeaders(&b, x.ResponseHeaders)
		if x.ResponseBody != "" {
			fmt.Fprintf(&b, "\n%s\n", x.ResponseBody)
		}
	} else {
		b.WriteString("\n→ no answer\n")
	}
	return b.String()
}

func writeHeaders(b *strings.Builder, h http.Header) {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range h[k] {
			fmt.Fprintf(b, "%s: %s\n", k, v)
		}
	}
}
