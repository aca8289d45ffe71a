package jsonschema

import (
	"bytes"
	"encoding/json"

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
	if dec.More() {
		return nil, &json.SyntaxError{Offset: dec.InputOffset()}
	}
	return v, nil
}
