package jsonvalue_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/jsonvalue"
)

func TestPointerRoundTrip(t *testing.T) {
	tests := []struct {
		tokens  []string
		pointer string
	}{
		{tokens: nil, pointer: ""},
		{tokens: []string{""}, pointer: "/"},
		{tokens: []string{"vif_peer", "name"}, pointer: "/vif_peer/name"},
		{tokens: []string{"a/b"}, pointer: "/a~1b"},
		{tokens: []string{"a~b"}, pointer: "/a~0b"},
		// "~1" as a name is not a slash: ~ is escaped first, unescaped last.
		{tokens: []string{"~1"}, pointer: "/~01"},
		{tokens: []string{"~/", "0"}, pointer: "/~0~1/0"},
		{tokens: []string{"/v3/{project_id}/dcaas", "post"}, pointer: "/~1v3~1{project_id}~1dcaas/post"},
		{tokens: []string{"", ""}, pointer: "//"},
	}
	for _, tt := range tests {
		t.Run(tt.pointer, func(t *testing.T) {
			if got := jsonvalue.JoinPointer("", tt.tokens...); got != tt.pointer {
				t.Errorf("JoinPointer(%q) = %q, want %q", tt.tokens, got, tt.pointer)
			}
			if got := jsonvalue.SplitPointer(tt.pointer); !slices.Equal(got, tt.tokens) {
				t.Errorf("SplitPointer(%q) = %q, want %q", tt.pointer, got, tt.tokens)
			}
		})
	}
	if got := jsonvalue.JoinPointer("/definitions", "a/b"); got != "/definitions/a~1b" {
		t.Errorf("JoinPointer onto a base = %q, want /definitions/a~1b", got)
	}
	for in, want := range map[string]string{"plain": "plain", "a/b": "a~1b", "a~b": "a~0b", "~1": "~01", "": ""} {
		if got := jsonvalue.EscapePointerToken(in); got != want {
			t.Errorf("EscapePointerToken(%q) = %q, want %q", in, got, want)
		}
	}
}

const lookupDoc = `{
  "vif_peer": {"name": "n", "remote_ep_group": ["10.0.0.0/8", {"a/b": {"c~d": true}}]},
  "": "empty name",
  "n": null,
  "s": "scalar"
}`

func TestLookup(t *testing.T) {
	tests := []struct {
		pointer string
		want    string // the value found, as JSON; "" for not found
	}{
		{pointer: "/vif_peer/name", want: `"n"`},
		{pointer: "/vif_peer/remote_ep_group/0", want: `"10.0.0.0/8"`},
		{pointer: "/vif_peer/remote_ep_group/1/a~1b/c~0d", want: `true`},
		{pointer: "/", want: `"empty name"`},
		{pointer: "/n", want: `null`},
		{pointer: "/vif_peer/remote_ep_group/2"},
		{pointer: "/vif_peer/remote_ep_group/-1"},
		{pointer: "/vif_peer/remote_ep_group/-"},
		{pointer: "/vif_peer/remote_ep_group/x"},
		{pointer: "/vif_peer/missing"},
		{pointer: "/s/0"},
		{pointer: "/n/x"},
		{pointer: "vif_peer"},
		{pointer: "#/vif_peer"},
	}
	doc := decode(t, lookupDoc)
	if got, ok := jsonvalue.Lookup(doc, ""); !ok || !reflect.DeepEqual(got, doc) {
		t.Errorf("Lookup(\"\") = %v, %v; want the whole document", got, ok)
	}
	for _, tt := range tests {
		t.Run(tt.pointer, func(t *testing.T) {
			v, ok := jsonvalue.Lookup(doc, tt.pointer)
			if ok != (tt.want != "") {
				t.Fatalf("Lookup(%q) = %v, %v; want found %v", tt.pointer, v, ok, tt.want != "")
			}
			if !ok {
				if v != nil {
					t.Errorf("not found, yet value %v", v)
				}
				return
			}
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("Lookup(%q) = %s, want %s", tt.pointer, b, tt.want)
			}
		})
	}
}

func TestSetDelete(t *testing.T) {
	const doc = `{"vif_peer": {"name": "n", "bgp_asn": 1, "remote_ep_group": ["a", "b"]}, "s": "x"}`
	tests := []struct {
		name    string
		delete  bool
		pointer string
		value   any
		want    string // the document after, as JSON; "" when it must stay as it was
		wantErr string
	}{
		{name: "replace a member", pointer: "/vif_peer/name", value: "m", want: `{"s":"x","vif_peer":{"bgp_asn":1,"name":"m","remote_ep_group":["a","b"]}}`},
		{name: "add a member", pointer: "/vif_peer/a~1b", value: nil, want: `{"s":"x","vif_peer":{"a/b":null,"bgp_asn":1,"name":"n","remote_ep_group":["a","b"]}}`},
		{name: "set an item", pointer: "/vif_peer/remote_ep_group/1", value: json.Number("2"), want: `{"s":"x","vif_peer":{"bgp_asn":1,"name":"n","remote_ep_group":["a",2]}}`},
		{name: "set a top-level member", pointer: "/s", value: map[string]any{}, want: `{"s":{},"vif_peer":{"bgp_asn":1,"name":"n","remote_ep_group":["a","b"]}}`},
		{name: "set under a missing parent", pointer: "/nope/name", value: "m", wantErr: `pointer "/nope/name": "/nope" is not in the request`},
		{name: "set past the end", pointer: "/vif_peer/remote_ep_group/2", value: "c", wantErr: `pointer "/vif_peer/remote_ep_group/2": no item "2"`},
		{name: "set a non-index", pointer: "/vif_peer/remote_ep_group/-", value: "c", wantErr: `no item "-"`},
		{name: "set inside a scalar", pointer: "/s/x", value: "c", wantErr: `pointer "/s/x": "/s" is not an object or array`},
		{name: "set the whole document", pointer: "", value: "c", wantErr: "cannot change the whole document"},
		{name: "delete a member", delete: true, pointer: "/vif_peer/bgp_asn", want: `{"s":"x","vif_peer":{"name":"n","remote_ep_group":["a","b"]}}`},
		{name: "delete a missing member", delete: true, pointer: "/vif_peer/nope", wantErr: `pointer "/vif_peer/nope": the request has no member "nope" to remove`},
		{name: "delete under a missing parent", delete: true, pointer: "/nope/name", wantErr: `"/nope" is not in the request`},
		{name: "delete an item", delete: true, pointer: "/vif_peer/remote_ep_group/0", wantErr: "removing an array item is not supported"},
		{name: "delete the whole document", delete: true, pointer: "", wantErr: "cannot change the whole document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := decode(t, doc)
			var err error
			if tt.delete {
				err = jsonvalue.Delete(v, tt.pointer)
			} else {
				err = jsonvalue.Set(v, tt.pointer, tt.value)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if want == "" {
				want = string(mustMarshal(t, decode(t, doc)))
			}
			// The change is made in place, in the value passed.
			if got := string(mustMarshal(t, v)); got != want {
				t.Errorf("document after = %s\nwant %s", got, want)
			}
		})
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestClone(t *testing.T) {
	orig := decode(t, `{"a": {"b": [1, {"c": "d"}]}, "e": "f"}`)
	before := string(mustMarshal(t, orig))
	c := jsonvalue.Clone(orig)
	if !reflect.DeepEqual(c, orig) {
		t.Fatalf("Clone = %v, want %v", c, orig)
	}
	// Change the copy at every depth; the original must not move.
	for _, p := range []string{"/a/b/1/c", "/a/b/0", "/e"} {
		if err := jsonvalue.Set(c, p, "changed"); err != nil {
			t.Fatal(err)
		}
	}
	if err := jsonvalue.Delete(c, "/a/b/1/c"); err != nil {
		t.Fatal(err)
	}
	if err := jsonvalue.Set(c, "/a/new", true); err != nil {
		t.Fatal(err)
	}
	if after := string(mustMarshal(t, orig)); after != before {
		t.Errorf("changing the clone changed the original:\n%s\nwas\n%s", after, before)
	}
	for _, scalar := range []any{nil, "s", json.Number("1"), true} {
		if got := jsonvalue.Clone(scalar); got != scalar {
			t.Errorf("Clone(%v) = %v", scalar, got)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		in      string
		pointer string
		want    any
	}{
		{in: `4294967295`, want: json.Number("4294967295")},
		{in: `9007199254740993`, want: json.Number("9007199254740993")},
		{in: `{"bgp_asn": 4294967295, "id": 9007199254740993}`, pointer: "/id", want: json.Number("9007199254740993")},
		{in: `[1.10]`, pointer: "/0", want: json.Number("1.10")},
		{in: " {\"a\": \"b\"} \n\t", pointer: "/a", want: "b"},
		{in: `null`, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, err := jsonvalue.Decode([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			got, ok := jsonvalue.Lookup(v, tt.pointer)
			if !ok || got != tt.want {
				t.Errorf("Decode(%s) at %q = %#v, want %#v", tt.in, tt.pointer, got, tt.want)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		in     string
		offset int64 // where the error is, at least
	}{
		{in: `1 2`, offset: 2},
		{in: `{"a": 1} x`, offset: 9},
		{in: `{"a": 1}}`, offset: 8},
		{in: `[1]]`, offset: 3},
		{in: `{"a": 1},`, offset: 8},
		{in: `{"a": 1,}`, offset: 8},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, err := jsonvalue.Decode([]byte(tt.in))
			if err == nil {
				t.Fatalf("Decode(%s) = %v, want an error", tt.in, v)
			}
			// The caller turns the offset into a line and column; the
			// message must say what is wrong.
			var se *json.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %T %q is not a *json.SyntaxError", err, err)
			}
			if se.Offset < tt.offset || se.Offset > int64(len(tt.in)) {
				t.Errorf("Offset = %d, want the stray text at %d", se.Offset, tt.offset)
			}
			if strings.TrimSpace(err.Error()) == "" {
				t.Error("the error has no message")
			}
		})
	}
	for _, in := range []string{``, `{`, `{"a": }`} {
		if v, err := jsonvalue.Decode([]byte(in)); err == nil {
			t.Errorf("Decode(%q) = %v, want an error", in, v)
		}
	}
}

func decode(t *testing.T, s string) any {
	t.Helper()
	v, err := jsonvalue.Decode([]byte(s))
	if err != nil {
		t.Fatalf("Decode(%s): %v", s, err)
	}
	return v
}
