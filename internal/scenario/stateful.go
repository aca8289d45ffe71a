package scenario

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/example"
)

// Stateful scenarios chain calls: a value one answer returns is kept under a
// name and used by later requests and checks as {{name}}; a scenario can
// switch between an API's targets (a pairing's origin and destination).

// maxRepeats bounds "until … lists N items": no target can make a scenario
// loop for ever.
const maxRepeats = 100

func (s *Suite) theAPIAt(ctx context.Context, name, role string) error {
	st := stateOf(ctx)
	api, err := s.set.API(name)
	if err != nil {
		return err
	}
	t, err := s.target(api, role)
	if err != nil {
		return err
	}
	st.api, st.target = api, t
	return nil
}

func (s *Suite) iKeepTheResponseMember(ctx context.Context, ptr, name string) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	v, fs := checks.Kept(c.body, ptr, name)
	if fs != nil {
		return s.report(st, fs)
	}
	if st.vars == nil {
		st.vars = map[string]any{}
	}
	st.vars[name] = v
	return nil
}

var placeholder = regexp.MustCompile(`\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}`)

// expand replaces each {{name}} with the value kept under that name: a
// string as its JSON-escaped characters (write "{{key}}" inside quotes in
// JSON, bare in a URL), anything else as JSON.
func (st *state) expand(text string) (string, error) {
	var missing []string
	out := placeholder.ReplaceAllStringFunc(text, func(m string) string {
		name := placeholder.FindStringSubmatch(m)[1]
		v, ok := st.vars[name]
		if !ok {
			missing = append(missing, name)
			return m
		}
		b, _ := json.Marshal(v) // decoded JSON always encodes
		if s, isString := v.(string); isString {
			b, _ = json.Marshal(s)
			return string(b[1 : len(b)-1])
		}
		return string(b)
	})
	if len(missing) > 0 {
		return "", fmt.Errorf("no value kept as %q: keep one first with I keep the response member \"/…\" as %q", missing[0], missing[0])
	}
	return out, nil
}

// value reads a step's expected value: {{name}}, or JSON, or "a string of
// N characters".
func (st *state) value(text string) (any, error) {
	text = strings.TrimSpace(text)
	if m := placeholder.FindStringSubmatch(text); m != nil && m[0] == text {
		v, ok := st.vars[m[1]]
		if !ok {
			return nil, fmt.Errorf("no value kept as %q: keep one first with I keep the response member \"/…\" as %q", m[1], m[1])
		}
		return v, nil
	}
	return example.ParseValue(text)
}

func (s *Suite) theResponseMemberIs(ctx context.Context, ptr, verb, value string) error {
	return s.relation(ctx, value, func(c *call, want any) checks.Findings {
		return checks.Member(c.body, ptr, want, verb == "is")
	})
}

func (s *Suite) theResponseMemberHasItem(ctx context.Context, ptr, verb, itemPtr, value string) error {
	return s.relation(ctx, value, func(c *call, want any) checks.Findings {
		return checks.HasItem(c.body, ptr, itemPtr, want, verb == "has an")
	})
}

// relation checks the last answer against a value the step names.
func (s *Suite) relation(ctx context.Context, value string, check func(*call, any) checks.Findings) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	want, err := st.value(value)
	if err != nil {
		return err
	}
	return s.report(st, check(c, want))
}

// iSendUntilLists sends a creating request until a listing shows n items:
// against a real target that already has some (pairs a cluster already
// has), it creates only what is missing. Every request it sends is checked
// against the contract, and what it creates is cleaned up.
func (s *Suite) iSendUntilLists(ctx context.Context, name, list string, n int, ptr string, doc *godog.DocString) error {
	st := stateOf(ctx)
	if st.api == nil {
		return errNoAPI
	}
	if n < 0 || n > maxRepeats {
		return fmt.Errorf("until %s lists %d items: want 0 to %d", list, n, maxRepeats)
	}
	listing, err := s.listRequest(st, list)
	if err != nil {
		return err
	}
	for sent := 0; ; sent++ {
		if err := s.sendDocumented(ctx, st, list, listing, nil); err != nil {
			return err
		}
		lc := st.last
		if err := s.report(st, append(checks.Success(lc.resp), s.contractFindings(ctx, st, lc)...)); err != nil {
			return err
		}
		arr, bad := checks.Listing(lc.body, ptr)
		if bad != nil {
			return s.report(st, bad)
		}
		if len(arr) >= n {
			return nil
		}
		if fs := checks.ListingGrew(ptr, name, n, sent, len(arr)); fs != nil {
			return s.report(st, fs)
		}
		if err := s.sendDocumented(ctx, st, name, doc.Content, nil); err != nil {
			return err
		}
		c := st.last
		fs := checks.Success(c.resp)
		if c.method != nil && len(fs) == 0 {
			fs = checks.AcceptsWhileListing(c.resp, c.body, name, list, len(arr), n)
		}
		if err := s.report(st, append(fs, s.contractFindings(ctx, st, c)...)); err != nil {
			return err
		}
	}
}

// listRequest is a request for a listing with no parameters: a JSON-RPC
// call with empty params, or the operation's method and path.
func (s *Suite) listRequest(st *state, name string) (string, error) {
	if st.api.JSONRPC != nil {
		if _, err := st.api.JSONRPC.Method(name); err != nil {
			return "", err
		}
		return fmt.Sprintf(`{"method": %q, "params": {}, "id": 1}`, name), nil
	}
	op, err := st.api.Operation(name)
	if err != nil {
		return "", err
	}
	return op.Method + " " + op.Path, nil
}
