// Package jsonvalue holds what every stage does with a decoded JSON value:
// decoding that keeps numbers exact and says where a syntax error is, and
// RFC 6901 pointers to look up, set, delete and name members. It knows no
// schema: the exchange, the examples and the checks share it without
// importing the schema engine.
package jsonvalue

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"strconv"
	"strings"
)

// SplitPointer returns an RFC 6901 pointer's reference tokens, unescaped.
func SplitPointer(ptr string) []string {
	if ptr == "" {
		return nil
	}
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return toks
}

// Lookup returns the value at an RFC 6901 pointer in a decoded JSON value.
func Lookup(doc any, ptr string) (any, bool) {
	if ptr != "" && !strings.HasPrefix(ptr, "/") {
		return nil, false
	}
	cur := doc
	for _, tok := range SplitPointer(ptr) {
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// Decode reads one JSON value the way the engines expect instances: numbers
// kept exact as json.Number (an ASN of 4294967295 or an id of 2^53+1 must not
// round). Text after the value is an error.
func Decode(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	// dec.More is false before a stray "]" or "}", so look at the bytes.
	if off := dec.InputOffset(); len(bytes.TrimLeft(b[off:], " \t\r\n")) > 0 {
		// json.Unmarshal checks the whole input, and its SyntaxError says
		// what the stray text is; Decoder's would have no message.
		var raw json.RawMessage
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("text after the JSON value at offset %d", off)
	}
	return v, nil
}

// Clone deep-copies a decoded JSON value.
func Clone(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = Clone(e)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = Clone(e)
		}
		return out
	}
	return v
}

// Set puts value at ptr inside doc (changed in place), creating the last
// member if it is absent; every parent must exist.
func Set(doc any, ptr string, value any) error { return edit(doc, ptr, value, false) }

// Delete removes the member or item at ptr.
func Delete(doc any, ptr string) error { return edit(doc, ptr, nil, true) }

func edit(doc any, ptr string, value any, del bool) error {
	toks := SplitPointer(ptr)
	if len(toks) == 0 {
		return fmt.Errorf("pointer %q: cannot change the whole document", ptr)
	}
	parentPtr := JoinPointer("", toks[:len(toks)-1]...)
	parent, ok := Lookup(doc, parentPtr)
	if !ok {
		return fmt.Errorf("pointer %q: %q is not in the request", ptr, parentPtr)
	}
	last := toks[len(toks)-1]
	switch p := parent.(type) {
	case map[string]any:
		if del {
			if _, ok := p[last]; !ok {
				return fmt.Errorf("pointer %q: the request has no member %q to remove", ptr, last)
			}
			delete(p, last)
			return nil
		}
		p[last] = value
		return nil
	case []any:
		i, err := strconv.Atoi(last)
		if err != nil || i < 0 || i >= len(p) {
			return fmt.Errorf("pointer %q: no item %q", ptr, last)
		}
		if del {
			return fmt.Errorf("pointer %q: removing an array item is not supported; set the array instead", ptr)
		}
		p[i] = value
		return nil
	}
	return fmt.Errorf("pointer %q: %q is not an object or array", ptr, parentPtr)
}

// DescribeError adds the line and column to a JSON syntax error in b, so a
// message points at the place to fix.
func DescribeError(b []byte, err error) error {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return err
	}
	// Offset counts the bytes read, the offending one included: the column
	// is that byte's, not the next one's.
	end := int(se.Offset)
	if strings.HasPrefix(se.Error(), "invalid character") {
		end--
	}
	line, col := LineCol(b, end)
	msg := se.Error()
	if msg == "" {
		msg = "unexpected text after the JSON value"
	}
	return fmt.Errorf("line %d, column %d: %s", line, col, msg)
}

// LineCol turns a byte offset in b into a 1-based line and column.
func LineCol(b []byte, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off && i < len(b); i++ {
		if b[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// EscapePointerToken escapes one reference token for an RFC 6901 pointer.
func EscapePointerToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// JoinPointer appends tokens to a pointer, escaping each.
func JoinPointer(base string, tokens ...string) string {
	if len(tokens) == 1 {
		// The walks call this once per member and item: one allocation.
		return base + "/" + EscapePointerToken(tokens[0])
	}
	var b strings.Builder
	b.WriteString(base)
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(EscapePointerToken(t))
	}
	return b.String()
}
