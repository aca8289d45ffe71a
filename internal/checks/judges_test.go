package checks

import (
	"errors"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/exchange"
)

// TestJudges covers the checks scenario steps call before or around the
// contract: what each finds, as a reader sees it, with its id.
func TestJudges(t *testing.T) {
	red := exchange.NewRedactor()
	red.Add("s3cret-key")
	json := func(body string) *exchange.Response {
		return &exchange.Response{Status: 200, Header: map[string][]string{"Content-Type": {"application/json"}}, Body: []byte(body)}
	}
	notJSON := errors.New("line 1, column 2: invalid character")
	decoderSays := Findings{{Check: IDOpenAPI, Rule: "JSON body", Actual: "unexpected EOF"}}
	tests := []struct {
		name  string
		got   Findings
		id    ID
		level Level
		want  string // "" when the check must pass
	}{
		{"repaired example", Findings{RepairedExample("the documented request", "a missing comma added")}, IDExample, Warning,
			`warning: the documented request: valid JSON as published (expected JSON that parses as printed), got a missing comma added`},
		{"JSON-RPC method: the one sent", JSONRPCMethod("ListClusterPairs", decode(t, `{"method":"ListClusterPairs"}`)), "", 0, ""},
		{"JSON-RPC method: another", JSONRPCMethod("ListClusterPairs", decode(t, `{"method":"ListPairs"}`)), IDRequest, Warning,
			`request body /method: method ListClusterPairs, got "ListPairs"`},
		{"body not JSON: empty", Findings{BodyNotJSON(nil, nil)}, IDExample, Error, "body: JSON body (expected a JSON body), got an empty body"},
		{"body not JSON: why", Findings{BodyNotJSON([]byte("{x"), notJSON)}, IDExample, Error, "got 2 bytes that are not JSON (line 1, column 2: invalid character)"},
		{"body problems", BodyProblems([]exchange.BodyProblem{{Pointer: "/a", Rule: "unique member names", Actual: `"a" twice`}}), IDJSON, Error, `/a: unique member names, got "a" twice`},
		{"body error: JSON", WithBodyError(nil, json(`{}`), nil), "", 0, ""},
		{"body error: our words for the decoder's", WithBodyError(decoderSays, json(`{x`), notJSON), IDOpenAPI, Error, "got 2 bytes that are not JSON (line 1, column 2"},
		{"body error: the library accepted it", WithBodyError(nil, json("\"\xff\""), notJSON), IDExample, Error, "got 3 bytes that are not JSON"},
		{"body error: empty, left to the step", WithBodyError(nil, json(""), nil), "", 0, ""},
		{"body error: not claiming JSON", WithBodyError(nil, &exchange.Response{Body: []byte("x")}, notJSON), "", 0, ""},
		{"retried: once", Retried(&exchange.Response{Attempts: 1}), "", 0, ""},
		{"retried: twice", Retried(&exchange.Response{Attempts: 2, Retried: []string{"status 503"}}), IDRetry, Warning, "got 2 attempts (earlier: status 503)"},
		{"cleanup, masked", Findings{Cleanup("vif peer 1", errors.New("DELETE said s3cret-key")).Redact(red)}, IDCleanup, Warning, "got DELETE said ***; delete it by hand"},
		{"changed: rejected as said", Changed(&exchange.Response{Status: 400}, nil, "with /a set to 1", 400, false).Redact(red), "", 0, ""},
		{"changed: accepted, not rejected", Changed(&exchange.Response{Status: 201}, nil, "with /a set to 1", 400, false).Redact(red), IDStatus, Error, "status: rejects with /a set to 1 with status 400, got 201"},
		{"changed: rejected, not accepted", Changed(&exchange.Response{Status: 400}, nil, "with /a set to 1", 201, true).Redact(red), IDStatus, Error, "status: accepts with /a set to 1 with status 201"},
		{"changed: JSON-RPC error", Changed(json(`{"error":{"name":"xAny"}}`), decode(t, `{"error":{"name":"xAny"}}`), "without /params", JSONRPCRejection, false).Redact(red), "", 0, ""},
		{"changed: JSON-RPC result", Changed(json(`{"result":{}}`), decode(t, `{"result":{}}`), "without /params", JSONRPCRejection, false).Redact(red), IDJSONRPC, Error,
			"/error/name: rejects without /params with a JSON-RPC error (expected an error object"},
		{"changed: JSON-RPC not 200", Changed(&exchange.Response{Status: 500}, nil, "without /params", JSONRPCRejection, false).Redact(red), IDStatus, Error, "status: rejects without /params with a JSON-RPC error (expected 200), got 500"},
		{"kept", second(Kept(decode(t, `{"id":1}`), "/id", "peer")), "", 0, ""},
		{"kept: absent", second(Kept(decode(t, `{}`), "/id", "peer")), IDRelation, Error, "/id: present, to keep as peer (expected a member to keep), got no such member"},
		{"listing", second(Listing(decode(t, `{"l":[]}`), "/l")), "", 0, ""},
		{"listing: not an array", second(Listing(decode(t, `{"l":{}}`), "/l")), IDRelation, Error, "/l: an array to count (expected an array), got no array"},
		{"listing grew: enough", ListingGrew("/l", "AddPair", 2, 2, 2), "", 0, ""},
		{"listing grew: more to send", ListingGrew("/l", "AddPair", 2, 1, 1), "", 0, ""},
		{"listing grew: not", ListingGrew("/l", "AddPair", 2, 2, 1), IDRelation, Error, "/l: each AddPair adds an item (expected 2 items after 2 accepted AddPair requests), got 1 items"},
		{"accepts while listing", AcceptsWhileListing(json(`{"result":{}}`), decode(t, `{"result":{}}`), "AddPair", "ListPairs", 1, 2).Redact(red), "", 0, ""},
		{"accepts while listing: an error, masked", AcceptsWhileListing(json(`{"error":{"message":"s3cret-key"}}`), decode(t, `{"error":{"message":"s3cret-key"}}`), "AddPair", "ListPairs", 1, 2).Redact(red), IDRelation, Error,
			`/error: accepts AddPair while ListPairs lists 1 of 2 items (expected a result), got {"error":{"message":"***"}}`},
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
			if f := tt.got[0]; f.Check != tt.id || f.Level != tt.level {
				t.Errorf("got a %s from %q, want a %s from %q", f.Level, f.Check, tt.level, tt.id)
			}
		})
	}
}

func second[T any](_ T, fs Findings) Findings { return fs }

// TestFalseAlarm: a scenario that changes a request must agree with the
// contract about it, or its verdict on the target means nothing.
func TestFalseAlarm(t *testing.T) {
	invalid := NoCredentials()
	// A secret in what the guard quotes is masked.
	red := exchange.NewRedactor()
	red.Add("s3cr3t-value")
	secret := Findings{{Check: IDJSONSchema, Pointer: "/key", Rule: "maxLength 4", Expected: "at most 4 characters", Actual: `"s3cr3t-value"`}}
	tests := []struct {
		name      string
		wantValid bool
		invalid   Findings
		want      string // "" when the guard lets the scenario go on
	}{
		{"rejection of an invalid request", false, invalid, ""},
		{"acceptance of a valid request", true, nil, ""},
		{"rejection of a valid request", false, nil, "false alarm guard: the request without credentials is valid by the contract"},
		{"acceptance of an invalid request", true, invalid, "false alarm guard: the request without credentials breaks the contract (body: security requirement, got no credentials)"},
		{"a secret in the finding quoted", true, secret, `/key: maxLength 4 (expected at most 4 characters), got "***"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := FalseAlarm("without credentials", tt.wantValid, tt.invalid, red)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("FalseAlarm = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("FalseAlarm = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestJSONRPCResult(t *testing.T) {
	errObj := map[string]any{"code": 500, "name": "xNotFound", "message": "no such volume"}
	for _, tt := range []struct {
		name string
		body any
		want string // the finding's text; "" for none
	}{
		{"a result", map[string]any{"id": 1, "result": map[string]any{}}, ""},
		{"a null result is a result", map[string]any{"id": 1, "result": nil}, ""},
		{"an error", map[string]any{"id": 1, "error": errObj}, `/result: a result (expected a result and no error object), got an error: {"code":500,"message":"no such volume","name":"xNotFound"}`},
		{"both", map[string]any{"id": 1, "result": map[string]any{}, "error": errObj}, `/result: a result (expected a result and no error object), got an error: {`},
		{"neither", map[string]any{"id": 1}, "/result: a result (expected a result and no error object), got no result"},
		{"not an object", "x", "/result: a result (expected a result and no error object), got no result"},
	} {
		fs := JSONRPCResult(tt.body)
		switch {
		case tt.want == "" && len(fs) > 0:
			t.Errorf("%s: %v, want no finding", tt.name, fs)
		case tt.want != "" && (len(fs) != 1 || !strings.HasPrefix(fs[0].String(), tt.want)):
			t.Errorf("%s: %v, want one finding beginning %q", tt.name, fs, tt.want)
		}
	}
}
