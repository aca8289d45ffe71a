package checks

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/exchange"
)

// Status checks the response status against the one the scenario documents.
func Status(resp *exchange.Response, want int) Findings {
	fs := contentOn204(resp)
	if resp.Status == want {
		return fs
	}
	v := &values{}
	return append(Findings{v.keep(Finding{Check: IDStatus, Part: "status", Rule: fmt.Sprintf("status %d", want), Expected: fmt.Sprint(want), Actual: statusText(resp, v), Where: "the scenario"})}, fs...)
}

// contentOn204 finds a 204 answer that declares content. HTTP forbids it
// (RFC 9110 §8.6, §15.3.5), and a client drops the bytes, or reads them as
// the answer to its next request on the connection: net/http only logs
// them, whenever its reader gets to them.
func contentOn204(resp *exchange.Response) Findings {
	n, err := strconv.ParseInt(resp.Header.Get("Content-Length"), 10, 64)
	if resp.Status != 204 || err != nil || n <= 0 {
		return nil
	}
	return Findings{{Check: IDStatus, Part: "status", Rule: "no content in a 204 answer", Expected: "no Content-Length and no body (RFC 9110 §8.6, §15.3.5)",
		Actual: fmt.Sprintf("Content-Length: %d on a 204, %d bytes a client drops or reads as its next answer", n, n), Where: "HTTP"}}
}

// statusText is a status as findings show it: with the body, shortened,
// when there is one.
func statusText(resp *exchange.Response, v *values) string {
	actual := fmt.Sprint(resp.Status)
	if len(resp.Body) > 0 {
		actual += " with body " + v.shorten(strings.TrimSpace(string(resp.Body)), 160)
	}
	return actual
}

// Success checks the response has a 2xx status, for a step that does not
// name one (which 2xx the operation documents is the contract's check).
func Success(resp *exchange.Response) Findings {
	fs := contentOn204(resp)
	if resp.Status >= 200 && resp.Status <= 299 {
		return fs
	}
	v := &values{}
	return append(Findings{v.keep(Finding{Check: IDStatus, Part: "status", Rule: "status 2xx", Expected: "a success (2xx)", Actual: statusText(resp, v), Where: "the scenario"})}, fs...)
}

// ContentType checks the response's media type (parameters such as charset
// are allowed).
func ContentType(resp *exchange.Response, want string) Findings {
	if exchange.MediaType(resp.Header.Get("Content-Type")) == exchange.MediaType(want) {
		return nil
	}
	return Findings{{Check: IDContentType, Part: "header Content-Type", Rule: "content type " + want, Expected: want,
		Actual: quoteOrNone(resp.Header.Get("Content-Type")), Where: "the scenario"}}
}

// Echo checks that the response holds, at each pointer, what the request sent.
func Echo(request, response any, pointers []string) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	for _, p := range pointers {
		want, sent := Lookup(request, p)
		if !sent {
			fs = append(fs, Finding{Check: IDEcho, Pointer: p, Rule: "echo", Expected: "a member the request sent", Actual: "the request has no " + p, Where: "the scenario"})
			continue
		}
		got, ok := Lookup(response, p)
		if ok && jsonEqual(want, got) {
			continue
		}
		actual := "absent"
		if ok {
			actual = v.show(got)
		}
		fs = append(fs, Finding{Check: IDEcho, Pointer: p, Rule: "echo", Expected: "the request's " + v.show(want), Actual: actual, Where: "the scenario"})
	}
	return fs
}

// LooksLike checks that a response has the shape of the documented example:
// every member the example shows, with the same JSON type, nested. Values are
// not compared (servers generate them); null in the example matches any type,
// and absence too: a server that leaves null members out (omitempty) answers
// the same thing, and whether the member is mandatory is the contract's
// `required`, which "satisfies the contract" checks. Members the example
// does not show are left to the contract.
func LooksLike(example, actual any, ptr string) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	var walk func(e, a any, p string)
	walk = func(e, a any, p string) {
		if e == nil {
			return
		}
		et, at := jsonType(e), jsonType(a)
		if et != at {
			fs = append(fs, Finding{Check: IDExample, Pointer: p, Rule: "example type " + et, Expected: "a " + et + ", as in the documented example", Actual: v.show(a) + " (" + at + ")", Where: "the documented example"})
			return
		}
		switch ev := e.(type) {
		case map[string]any:
			av := a.(map[string]any)
			for _, k := range sortedKeys(ev) {
				child := jsonvalue.JoinPointer(p, k)
				got, ok := av[k]
				if !ok && ev[k] == nil {
					continue
				}
				if !ok {
					fs = append(fs, Finding{Check: IDExample, Pointer: child, Rule: "example member", Expected: "present, as in the documented example", Actual: "absent", Where: "the documented example"})
					continue
				}
				walk(ev[k], got, child)
			}
		case []any:
			if len(ev) == 0 {
				return
			}
			for i, item := range a.([]any) {
				walk(ev[0], item, jsonvalue.JoinPointer(p, fmt.Sprint(i)))
			}
		}
	}
	walk(example, actual, ptr)
	return fs
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	default:
		return "number"
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
