package exchange_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/exchange"
)

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		wantErr  string   // "" when the body is JSON
		problems []string // "pointer rule"
	}{
		{name: "an object", body: `{"a": [1, {"b": "c"}], "d": null}`},
		{name: "a scalar", body: ` 1 `},
		{name: "empty", body: ``, wantErr: "EOF"},
		{name: "byte-order mark", body: "\xEF\xBB\xBF{}", wantErr: "byte-order mark"},
		{name: "invalid UTF-8 in a string", body: "{\n\"a\": \"\xff\"}", wantErr: "line 2, column 7: invalid UTF-8 (byte 0xff at offset 8)"},
		{name: "truncated", body: `{"a": [1,`, wantErr: "unexpected EOF"},
		{name: "not JSON", body: `<html>`, wantErr: "line 1, column 1: invalid character '<'"},
		{name: "text after the value", body: `{} {}`, wantErr: "after top-level value"},
		{name: "nesting past the limit", body: strings.Repeat("[", 100000) + strings.Repeat("]", 100000), wantErr: "nested more than 10000 levels deep"},
		{name: "nesting at the limit", body: strings.Repeat("[", 10000) + strings.Repeat("]", 10000)},
		{name: "duplicate member", body: `{"a": {"b": 1, "c": [], "b": 2}, "b": 3}`, problems: []string{"/a/b unique member names"}},
		{name: "duplicate member in an array item", body: `[{}, {"x~/": 1, "x~/": 1}]`, problems: []string{"/1/x~0~1 unique member names"}},
		{name: "integers", body: `{"max": 9223372036854775807, "min": -9223372036854775808, "float": 1e400, "frac": 123456789012345678901234567890.5}`},
		{name: "integer beyond int64", body: `{"a": [0, 9223372036854775808], "b": -99999999999999999999}`,
			problems: []string{"/a/1 integer within int64", "/b integer within int64"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, problems, err := exchange.DecodeJSON([]byte(tt.body))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one that says %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("DecodeJSON: %v", err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.Pointer+" "+p.Rule)
				if _, ok := jsonvalue.Lookup(v, p.Pointer); !ok {
					t.Errorf("problem pointer %q does not resolve in the value", p.Pointer)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tt.problems, "; ") {
				t.Errorf("problems %q, want %q", got, tt.problems)
			}
		})
	}
}

// FuzzDecodeJSON: the body decoder never panics, accepts exactly the JSON
// that encoding/json accepts (less a BOM and invalid UTF-8, which it names),
// and every problem it reports points at a value that exists.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":1,"a":2}`, `[[[[]]]]`, `{"n":99999999999999999999}`, "\xEF\xBB\xBF{}", "\"\xff\"", `{"a":[{"b":{"b":1,"b":2}}]}`, `1 2`, `{"a~1/":[1,"x",null,true]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, problems, err := exchange.DecodeJSON(b)
		shallow := bytes.Count(b, []byte("["))+bytes.Count(b, []byte("{")) <= exchange.MaxDepth
		valid := json.Valid(b) && utf8.Valid(b) && !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF"))
		if err == nil && !valid {
			t.Fatalf("accepted %q, which is not JSON", b)
		}
		if err != nil {
			if valid && shallow {
				t.Fatalf("rejected valid JSON %q: %v", b, err)
			}
			if err.Error() == "" {
				t.Fatalf("an empty error for %q", b)
			}
			return
		}
		for _, p := range problems {
			if _, ok := jsonvalue.Lookup(v, p.Pointer); !ok {
				t.Fatalf("problem %+v points nowhere in %q", p, b)
			}
		}
	})
}
