package checks

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/contract/jsonschema"
	"github.com/conform-dev/conform/internal/exchange"
)

// Walk checks what the validators cannot express, walking a value alongside
// its schema: members the schema does not document (a warning), rules the
// documentation disputes (x-conform-conflicts: a warning), values encoded in
// a string (contentEncoding/contentMediaType/contentSchema, then the decoded
// value walked in turn), and values that must equal another
// (x-conform-equals). A value the schema marks secret (x-conform-secret) is
// never quoted; the redactor learns it from CollectSecrets, called on every
// message before it is checked.
func Walk(set *contract.Set, root contract.Node, value any, base string, doc any) Findings {
	w := &walker{set: set, doc: doc, base: base}
	w.walk(root, value)
	w.vals.attach(&w.out)
	return w.out
}

// CollectSecrets registers the values a schema marks as secret, without
// checking anything: called on a message as soon as conform has it (a
// response as it arrives, a request as it is built), so that whoever renders
// a finding about it masks them.
func CollectSecrets(root contract.Node, value any, red *exchange.Redactor) {
	if !contract.HoldsSecrets(root) {
		return
	}
	w := &walker{red: red, secretsOnly: true}
	w.walk(root, value)
}

type walker struct {
	set         *contract.Set
	red         *exchange.Redactor // learns the secrets (CollectSecrets only)
	doc         any                // the whole body, for x-conform-equals pointers
	out         Findings
	vals        values
	secretsOnly bool
	depth       int
	// Where the walk is: base, then one token per member or item. The
	// pointer is built only for a finding, not for every value walked.
	base string
	toks []string
}

// ptr is the RFC 6901 pointer of the value being walked.
func (w *walker) ptr() string { return jsonvalue.JoinPointer(w.base, w.toks...) }

// into walks a member or an item of the value being walked.
func (w *walker) into(n contract.Node, v any, tok string) {
	w.toks = append(w.toks, tok)
	w.walk(n, v)
	w.toks = w.toks[:len(w.toks)-1]
}

func (w *walker) walk(n contract.Node, v any) {
	if n == nil || w.depth > 256 {
		return
	}
	w.depth++
	defer func() { w.depth-- }()

	secret := false
	if s, ok := n.Keyword("x-conform-secret"); ok && s == true {
		secret = true
		if str, ok := v.(string); ok && w.red != nil {
			w.red.Add(str)
		}
	}
	if !w.secretsOnly {
		w.conflicts(n, v, secret)
		w.equals(n, v, secret)
	}
	if c, ok := n.Content(); ok {
		if str, ok := v.(string); ok {
			w.content(c, str)
		}
	}
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if m, ok := n.Member(k); ok {
				w.into(m, t[k], k)
				continue
			}
			if !w.secretsOnly && n.DeclaresMembers() && !n.OpenMembers() {
				w.out = append(w.out, Finding{Check: IDUndocumented, Pointer: jsonvalue.JoinPointer(w.ptr(), k), Rule: "undocumented member",
					Expected: "only the members the contract documents", Actual: describeUndocumented(t[k]), Where: n.Where("properties"), Level: Warning})
			}
		}
	case []any:
		if items, ok := n.Items(); ok {
			for i, e := range t {
				w.into(items, e, strconv.Itoa(i))
			}
		}
	}
}

func (w *walker) conflicts(n contract.Node, v any, secret bool) {
	for _, c := range w.set.ConflictsAt(n) {
		for _, viol := range c.Check(v) {
			actual := exchange.Mask
			if !secret {
				actual = w.vals.show(v)
			}
			w.out = append(w.out, Finding{Check: IDConflict, Pointer: w.ptr() + viol.Pointer, Rule: viol.Rule(),
				Expected: c.Summary, Actual: actual, Where: c.Where, Level: Warning, Conflict: c.ID,
				Note: "the documentation disagrees with itself here (" + c.ID + ")"})
		}
	}
}

func (w *walker) equals(n contract.Node, v any, secret bool) {
	target, ok := n.Keyword("x-conform-equals")
	if !ok {
		return
	}
	p, _ := target.(string)
	other, found := Lookup(w.doc, p)
	if found && jsonEqual(v, other) {
		return
	}
	expected := "the value at " + p
	if found {
		expected += " (" + w.vals.show(other) + ")"
	} else {
		expected += ", which is absent"
	}
	actual := exchange.Mask
	if !secret {
		actual = w.vals.show(v)
	}
	w.out = append(w.out, Finding{Check: IDJSONSchema, Pointer: w.ptr(), Rule: "equals " + p, Expected: expected,
		Actual: actual, Where: n.Where("x-conform-equals")})
}

func (w *walker) content(c *contract.Content, s string) {
	ptr := w.ptr()
	inner := ptr + "#"
	fail := func(rule, expected, actual string) {
		if !w.secretsOnly {
			w.out = append(w.out, Finding{Check: IDEncoding, Pointer: ptr, Rule: rule, Expected: expected, Actual: actual, Where: c.Where})
		}
	}
	var raw []byte
	switch c.Encoding {
	case "base16":
		b, err := hex.DecodeString(s)
		if err != nil {
			fail("contentEncoding base16", "an even number of hex digits", fmt.Sprintf("%d characters that do not decode: %v", len(s), err))
			return
		}
		raw = b
	case "":
		raw = []byte(s)
	default:
		fail("contentEncoding "+c.Encoding, "an encoding conform decodes (base16)", "not checked")
		return
	}
	if c.MediaType != "application/json" {
		return
	}
	v, err := jsonvalue.Decode(raw)
	if err != nil {
		fail("contentMediaType application/json", "the decoded bytes to be JSON", fmt.Sprintf("%d bytes that are not JSON (%v)", len(raw), err))
		return
	}
	if c.Node != nil {
		// The decoded value is a document of its own: its pointers go on
		// after "#".
		base, toks := w.base, w.toks
		w.base, w.toks = inner, nil
		w.walk(c.Node, v)
		w.base, w.toks = base, toks
	}
	if w.secretsOnly || c.Schema == nil {
		return
	}
	for _, viol := range c.Schema.Validate(v) {
		f := Finding{Check: IDEncoding, Pointer: inner + viol.Pointer, Rule: viol.Rule(), Expected: viol.Message,
			Where: whereIn(c.Node, viol), Actual: "absent"}
		if got, ok := Lookup(v, viol.Pointer); ok && viol.Keyword != "required" {
			f.Actual = w.vals.show(got)
		}
		w.out = append(w.out, f)
	}
}

// Lookup returns the value at an RFC 6901 pointer.
func Lookup(doc any, ptr string) (any, bool) { return jsonvalue.Lookup(doc, ptr) }

func jsonEqual(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// whereIn locates the keyword of a violation inside the schema it came from.
func whereIn(root contract.Node, v jsonschema.Violation) string {
	n := NodeAt(root, v.Pointer)
	kw := v.Keyword
	if kw == "required" || kw == "additionalProperties" {
		// The keyword sits on the parent of the member it names.
		if i := strings.LastIndex(v.Pointer, "/"); i >= 0 {
			n = NodeAt(root, v.Pointer[:i])
		}
	}
	if n == nil {
		return contract.Where(root, "")
	}
	return n.Where(kw)
}

// NodeAt follows a value pointer through a schema: members and items.
func NodeAt(root contract.Node, ptr string) contract.Node {
	if root == nil || ptr == "" {
		return root
	}
	n := root
	for _, tok := range jsonvalue.SplitPointer(ptr) {
		if m, ok := n.Member(tok); ok {
			n = m
			continue
		}
		if it, ok := n.Items(); ok {
			n = it
			continue
		}
		return nil
	}
	return n
}

// describeUndocumented says what an undocumented member holds without
// quoting it: the contract cannot mark a member it does not document as a
// secret, so its value is never printed.
func describeUndocumented(v any) string {
	switch t := v.(type) {
	case string:
		return fmt.Sprintf("a string of %d characters (value not shown)", len([]rune(t)))
	case map[string]any:
		return fmt.Sprintf("an object with %d members (value not shown)", len(t))
	case []any:
		return fmt.Sprintf("an array of %d items (value not shown)", len(t))
	case nil:
		return "null"
	}
	return "a " + jsonType(v) + " (value not shown)"
}
