package checks

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/exchange"
)

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestRelations(t *testing.T) {
	red := exchange.NewRedactor()
	red.Add("s3cret-key")
	list := `{"result":{"clusterPairs":[{"clusterPairID":1},{"clusterPairID":2}]}}`
	tests := []struct {
		name string
		got  Findings
		want string // "" when the check must pass
	}{
		{"is: equal", Member(decode(t, `{"a":1}`), "/a", json.Number("1"), true).Redact(red), ""},
		{"is: different", Member(decode(t, `{"a":1}`), "/a", json.Number("2"), true).Redact(red), "/a: equals 2, got 1"},
		{"is not: different", Member(decode(t, `{"a":1}`), "/a", json.Number("2"), false).Redact(red), ""},
		{"is not: equal, masked", Member(decode(t, `{"k":"s3cret-key"}`), "/k", "s3cret-key", false).Redact(red), `/k: expected a new value, not the earlier one, got the same value again (a secret: masked)`},
		{"is: absent", Member(decode(t, `{}`), "/a", json.Number("1"), true).Redact(red), "/a: equals 1, got no such member"},
		{"has an: present", HasItem(decode(t, list), "/result/clusterPairs", "/clusterPairID", json.Number("2"), true).Redact(red), ""},
		{"has an: absent", HasItem(decode(t, list), "/result/clusterPairs", "/clusterPairID", json.Number("3"), true).Redact(red), "/result/clusterPairs: an item with /clusterPairID 3 (expected such an item), got 2 items, none with /clusterPairID 3"},
		{"has no: absent", HasItem(decode(t, list), "/result/clusterPairs", "/clusterPairID", json.Number("3"), false).Redact(red), ""},
		{"has no: present", HasItem(decode(t, list), "/result/clusterPairs", "/clusterPairID", json.Number("1"), false).Redact(red), `/result/clusterPairs/0/clusterPairID: no item with /clusterPairID 1 (expected no such item), got {"clusterPairID":1}`},
		{"has an: not an array", HasItem(decode(t, `{"result":{"clusterPairs":{}}}`), "/result/clusterPairs", "/clusterPairID", json.Number("1"), true).Redact(red), "/result/clusterPairs: an item with /clusterPairID 1 (expected an array), got {}"},
		{"error: any", JSONRPCError(decode(t, `{"error":{"code":500,"name":"xAny","message":"m"}}`), "").Redact(red), ""},
		{"error: named", JSONRPCError(decode(t, `{"error":{"code":500,"name":"xAny","message":"m"}}`), "xAny").Redact(red), ""},
		{"error: other name", JSONRPCError(decode(t, `{"error":{"code":500,"name":"xOther","message":"m"}}`), "xAny").Redact(red), "/error/name: error xAny, got xOther"},
		{"error: a result", JSONRPCError(decode(t, `{"result":{}}`), "").Redact(red), "/error/name: an error object (expected an error object with code, name and message), got a result: {}"},
		{"error: no name", JSONRPCError(decode(t, `{"error":{"code":500}}`), "").Redact(red), "got an error object without a name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want == "" {
				if len(tt.got) != 0 {
					t.Fatalf("want no finding, got %v", tt.got)
				}
				return
			}
			if len(tt.got) != 1 || !strings.Contains(tt.got[0].String(), tt.want) {
				t.Fatalf("got %v, want one finding containing %q", tt.got, tt.want)
			}
		})
	}
}

func TestSuccess(t *testing.T) {
	red := exchange.NewRedactor()
	for _, tt := range []struct {
		status int
		ok     bool
	}{{200, true}, {201, true}, {204, true}, {299, true}, {199, false}, {301, false}, {400, false}, {500, false}} {
		got := Success(&exchange.Response{Status: tt.status, Body: []byte(`{"e":1}`)}).Redact(red)
		if (len(got) == 0) != tt.ok {
			t.Errorf("Success(%d) = %v, want ok %v", tt.status, got, tt.ok)
		}
		if !tt.ok && !strings.Contains(got[0].String(), "status: status 2xx") {
			t.Errorf("Success(%d) says %q", tt.status, got[0])
		}
	}
}
