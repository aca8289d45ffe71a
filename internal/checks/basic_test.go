package checks_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/exchange"
)

// bodySecret has the characters encoding/json escapes (& and <), so a
// rendered value must be masked in its escaped form too.
const bodySecret = "tok-6f1d&2a9c<8b7e"

func TestStatus(t *testing.T) {
	long := strings.Repeat("x", 150) + bodySecret + strings.Repeat("y", 40)
	tests := []struct {
		name       string
		got, want  int
		body       string
		wantActual string // "" means no finding
	}{
		{name: "as documented", got: 201, want: 201, body: `{"a":1}`},
		{name: "other status, no body", got: 500, want: 201, wantActual: "500"},
		{name: "other status, body shown", got: 400, want: 201, body: " {\"error_code\":\"DC.0001\"}\n", wantActual: `400 with body {"error_code":"DC.0001"}`},
		{name: "secret in the body is masked", got: 401, want: 201, body: `{"token":"` + bodySecret + `"}`, wantActual: `401 with body {"token":"***"}`},
		// The body is cut for the message; a secret across the cut must not
		// show its first half.
		{name: "secret across the cut is masked", got: 500, want: 201, body: long,
			wantActual: "500 with body " + checks.Shorten(strings.Repeat("x", 150)+"***"+strings.Repeat("y", 40), 160)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			red := exchange.NewRedactor()
			red.Add(bodySecret)
			fs := checks.Status(&exchange.Response{Status: tt.got, Body: []byte(tt.body)}, tt.want).Redact(red)
			if tt.wantActual == "" {
				if len(fs) != 0 {
					t.Errorf("want no finding, got:%s", render(fs))
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one finding, got:%s", render(fs))
			}
			f := fs[0]
			if f.Part != "status" || f.Rule != "status 201" || f.Expected != "201" || f.Level != checks.Error {
				t.Errorf("got %s, want an error about status 201", f)
			}
			if f.Actual != tt.wantActual {
				t.Errorf("Actual = %q, want %q", f.Actual, tt.wantActual)
			}
			if _, leaked := leaks(f.String(), bodySecret, 6); leaked {
				t.Errorf("%s shows part of the secret", f)
			}
		})
	}
}

func TestContentType(t *testing.T) {
	tests := []struct {
		header, want string
		wantActual   string // "" means no finding
	}{
		{header: "application/json", want: "application/json"},
		{header: "application/json; charset=utf-8", want: "application/json"},
		{header: "Application/JSON;charset=UTF-8", want: "application/json"},
		{header: " application/json ", want: "application/json"},
		{header: "application/json-rpc; charset=utf-8", want: "application/json-rpc"},
		{header: "application/json", want: "Application/Json"},
		{header: "text/plain", want: "application/json", wantActual: `"text/plain"`},
		{header: "application/json-rpc", want: "application/json", wantActual: `"application/json-rpc"`},
		{header: "application/problem+json", want: "application/json", wantActual: `"application/problem+json"`},
		{header: "", want: "application/json", wantActual: "no Content-Type"},
	}
	for _, tt := range tests {
		t.Run(tt.header+"→"+tt.want, func(t *testing.T) {
			h := http.Header{}
			if tt.header != "" {
				h.Set("Content-Type", tt.header)
			}
			fs := checks.ContentType(&exchange.Response{Status: 200, Header: h}, tt.want)
			if tt.wantActual == "" {
				if len(fs) != 0 {
					t.Errorf("want no finding, got:%s", render(fs))
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one finding, got:%s", render(fs))
			}
			f := fs[0]
			if f.Part != "header Content-Type" || f.Rule != "content type "+tt.want || f.Actual != tt.wantActual {
				t.Errorf("got %s, want a finding on the Content-Type header with Actual %s", f, tt.wantActual)
			}
		})
	}
}

func TestEcho(t *testing.T) {
	request := map[string]any{
		"vif_peer": map[string]any{
			"name":            "peer-1",
			"bgp_asn":         int64(4294967295),
			"remote_ep_group": []any{"20.1.1.0/24"},
			"bgp_md5":         bodySecret,
		},
	}
	tests := []struct {
		name     string
		response string
		pointers []string
		// want lists "pointer: actual" for every finding, in order.
		want         []string
		wantExpected string // the first finding's Expected, when set
	}{
		{name: "all echoed", response: `{"vif_peer":{"name":"peer-1","bgp_asn":4294967295,"remote_ep_group":["20.1.1.0/24"],"bgp_md5":"` + bodySecret + `"}}`,
			pointers: []string{"/vif_peer/name", "/vif_peer/bgp_asn", "/vif_peer/remote_ep_group", "/vif_peer/bgp_md5"}},
		{name: "different string", response: `{"vif_peer":{"name":"peer-2"}}`,
			pointers: []string{"/vif_peer/name"}, want: []string{`/vif_peer/name: "peer-2"`}},
		{name: "number as string", response: `{"vif_peer":{"bgp_asn":"4294967295"}}`,
			pointers: []string{"/vif_peer/bgp_asn"}, want: []string{`/vif_peer/bgp_asn: "4294967295"`}},
		{name: "number one off", response: `{"vif_peer":{"bgp_asn":4294967294}}`,
			pointers: []string{"/vif_peer/bgp_asn"}, want: []string{`/vif_peer/bgp_asn: 4294967294`}},
		{name: "array changed", response: `{"vif_peer":{"remote_ep_group":["12.3.4.0/30 172.56.0.0/16"]}}`,
			pointers: []string{"/vif_peer/remote_ep_group"}, want: []string{`/vif_peer/remote_ep_group: ["12.3.4.0/30 172.56.0.0/16"]`}},
		{name: "absent", response: `{"vif_peer":{}}`,
			pointers: []string{"/vif_peer/name"}, want: []string{"/vif_peer/name: absent"}},
		{name: "null is not the value", response: `{"vif_peer":{"name":null}}`,
			pointers: []string{"/vif_peer/name"}, want: []string{"/vif_peer/name: null"}},
		{name: "not sent", response: `{"vif_peer":{"vif_id":"x"}}`,
			pointers: []string{"/vif_peer/vif_id"}, want: []string{"/vif_peer/vif_id: the request has no /vif_peer/vif_id"}},
		{name: "secret changed is masked both sides", response: `{"vif_peer":{"bgp_md5":"other-md5-value"}}`,
			pointers: []string{"/vif_peer/bgp_md5"}, want: []string{`/vif_peer/bgp_md5: "other-md5-value"`},
			wantExpected: `the request's "***"`},
		{name: "one of several", response: `{"vif_peer":{"name":"peer-1","bgp_asn":1}}`,
			pointers: []string{"/vif_peer/name", "/vif_peer/bgp_asn"}, want: []string{"/vif_peer/bgp_asn: 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			red := exchange.NewRedactor()
			red.Add(bodySecret)
			fs := checks.Echo(request, decode(t, []byte(tt.response)), tt.pointers).Redact(red)
			var got []string
			for _, f := range fs {
				got = append(got, f.Pointer+": "+f.Actual)
				if f.Check != checks.IDEcho || f.Rule != "echo" || f.Level != checks.Error {
					t.Errorf("got %s from %q, want an echo error", f, f.Check)
				}
				if part, leaked := leaks(f.String(), bodySecret, 6); leaked {
					t.Errorf("%s shows %q of the secret", f, part)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings = %q, want %q;%s", got, tt.want, render(fs))
			}
			if tt.wantExpected != "" && len(fs) > 0 && fs[0].Expected != tt.wantExpected {
				t.Errorf("Expected = %q, want %q", fs[0].Expected, tt.wantExpected)
			}
		})
	}
}

func TestLooksLike(t *testing.T) {
	tests := []struct {
		name            string
		example, actual string
		ptr             string
		want            []string // "pointer rule" of each finding, in order
	}{
		{name: "same shape, other values",
			example: `{"id":"a","n":1,"ok":true,"tags":["x"],"sub":{"k":"v"}}`,
			actual:  `{"id":"b","n":2.5,"ok":false,"tags":["y","z"],"sub":{"k":"w"}}`},
		{name: "extra members are fine", example: `{"id":"a"}`, actual: `{"id":"b","more":1,"nested":{"x":[]}}`},
		{name: "missing member", example: `{"id":"a","name":"n"}`, actual: `{"id":"b"}`,
			want: []string{"/name example member"}},
		{name: "wrong type", example: `{"id":"a","n":1}`, actual: `{"id":1,"n":"1"}`,
			want: []string{"/id example type string", "/n example type number"}},
		{name: "null where the example has a value", example: `{"id":"a"}`, actual: `{"id":null}`,
			want: []string{"/id example type string"}},
		{name: "null in the example matches anything",
			example: `{"a":null,"b":null,"c":null,"d":null}`, actual: `{"a":"s","b":{"x":1},"c":[1],"d":null}`},
		// Issue 14: a server built on the vendor's SDK leaves null members
		// out (omitempty); whether one is mandatory is the contract's.
		{name: "a member the example shows as null may be absent", example: `{"a":null,"b":{"c":null,"d":1}}`, actual: `{"b":{"d":2}}`},
		{name: "a member with a value may not", example: `{"a":null,"b":{"c":null,"d":1}}`, actual: `{"b":{}}`,
			want: []string{"/b/d example member"}},
		{name: "array items checked against the example's first item",
			example: `{"items":[{"id":"x","n":1},"ignored"]}`,
			actual:  `{"items":[{"id":"a","n":1},{"id":2,"n":1},{"n":1}]}`,
			want:    []string{"/items/1/id example type string", "/items/2/id example member"}},
		{name: "nested arrays", example: `[[{"id":"x"}]]`, actual: `[[{"id":"a"}],[{"id":"b"},{}]]`,
			want: []string{"/1/1/id example member"}},
		{name: "empty array in the example says nothing about items", example: `{"a":[]}`, actual: `{"a":[1,"two",null]}`},
		{name: "empty array in the answer", example: `{"a":[{"id":"x"}]}`, actual: `{"a":[]}`},
		{name: "object where the example has an array", example: `{"a":[1]}`, actual: `{"a":{"0":1}}`,
			want: []string{"/a example type array"}},
		{name: "under a pointer", example: `{"id":"a"}`, actual: `{}`, ptr: "/result",
			want: []string{"/result/id example member"}},
		{name: "escaped member name", example: `{"a/b":1}`, actual: `{}`,
			want: []string{"/a~1b example member"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := checks.LooksLike(decode(t, []byte(tt.example)), decode(t, []byte(tt.actual)), tt.ptr).Redact(exchange.NewRedactor())
			var got []string
			for _, f := range fs {
				got = append(got, f.Pointer+" "+f.Rule)
				if f.Check != checks.IDExample || f.Level != checks.Error || f.Where != "the documented example" {
					t.Errorf("%s: check %q level %s where %q, want an example error", f, f.Check, f.Level, f.Where)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings = %q, want %q;%s", got, tt.want, render(fs))
			}
		})
	}
}

func TestFindingString(t *testing.T) {
	tests := []struct {
		f    checks.Finding
		want string
	}{
		{checks.Finding{Pointer: "/vif_peer/name", Rule: "maxLength 64", Expected: "at most 64", Actual: `"nnn"`, Where: "openapi/dcaas.yaml:154"},
			`/vif_peer/name: maxLength 64 (expected at most 64), got "nnn" [openapi/dcaas.yaml:154]`},
		{checks.Finding{Rule: "JSON body"}, "body: JSON body"},
		{checks.Finding{Part: "status", Rule: "status 201", Actual: "500"}, "status: status 201, got 500"},
		{checks.Finding{Part: "request body", Pointer: "/a", Rule: "required", Level: checks.Warning, Note: "a note"},
			"warning: request body /a: required; a note"},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "abc… (4 characters)"},
		{"ééé", 3, "ééé"},
		{"éééé", 2, "éé… (4 characters)"},
	}
	for _, tt := range tests {
		if got := checks.Shorten(tt.in, tt.max); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// A 204 that declares content fails, whether or not 204 was the status the
// scenario expects; a 204 without it, or another status with it, does not.
func TestContentOn204(t *testing.T) {
	const rule = "no content in a 204 answer"
	tests := []struct {
		name                      string
		status, want              int
		length                    string
		statusRules, successRules string // the rules Status and Success find, joined by |
	}{
		{name: "204 as expected, no content", status: 204, want: 204},
		{name: "204 as expected, Content-Length 0", status: 204, want: 204, length: "0"},
		{name: "204 as expected, with content", status: 204, want: 204, length: "17", statusRules: rule, successRules: rule},
		{name: "204 not expected, with content", status: 204, want: 201, length: "17", statusRules: "status 201|" + rule, successRules: rule},
		{name: "200 with a Content-Length", status: 200, want: 200, length: "17"},
	}
	rules := func(fs checks.Findings) string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Rule)
		}
		return strings.Join(out, "|")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.length != "" {
				h.Set("Content-Length", tt.length)
			}
			resp := &exchange.Response{Status: tt.status, Header: h}
			if got := rules(checks.Status(resp, tt.want).Redact(exchange.NewRedactor())); got != tt.statusRules {
				t.Errorf("Status: rules %q, want %q", got, tt.statusRules)
			}
			if got := rules(checks.Success(resp).Redact(exchange.NewRedactor())); got != tt.successRules {
				t.Errorf("Success: rules %q, want %q", got, tt.successRules)
			}
		})
	}
}
