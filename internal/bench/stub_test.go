package bench

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/plan"
)

// stubFeature documents two answers of one operation, one without a body,
// and JSON-RPC calls, as conform import writes them.
const stubFeature = `@dcaas
Feature: stub
  Imported by conform import, for the stub's test.

  @mutating
  Scenario: first
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request:
      """
      POST https://{dc_endpoint}/v3/aaa/dcaas/vif-peers
      {"vif_peer": {}}
      """
    Then the response status is 201
    And the response looks like the documented example:
      """
      {"first": true}
      """

  @readonly
  Scenario: second
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request:
      """
      POST /v3/bbb/dcaas/vif-peers
      {"vif_peer": {}}
      """
    Then the response status is 202
    And the response looks like the documented example:
      """
      {"second": true}
      """

  Scenario: no body documented
    Given the "dcaas" API
    When I send the documented "DeleteVifPeer" request:
      """
      DELETE /v3/aaa/dcaas/vif-peers/{vif_peer_id}
      """
    Then the response status is 204

  @readonly
  Scenario: a call
    Given the "element" API
    When I send the documented "ListClusterPairs" request:
      """
      {"method": "ListClusterPairs", "params": {}, "id": 1}
      """
    Then the response status is 200
    And the response looks like the documented example:
      """
      {"id": 1, "result": {"clusterPairs": []}}
      """

  @readonly
  Scenario: the same method, other params
    Given the "element" API
    When I send the documented "ListClusterPairs" request:
      """
      {"method": "ListClusterPairs", "params": {"b": 2, "a": 1}, "id": 2}
      """
    Then the response status is 200
    And the response looks like the documented example:
      """
      {"id": 2, "result": {"clusterPairs": [1]}}
      """

  Scenario: a method documented without its answer
    Given the "element" API
    When I send the documented "RemoveClusterPair" request:
      """
      {"method": "RemoveClusterPair", "params": {"clusterPairID": 1}, "id": 3}
      """
    Then the response status is 200
`

func stubSends(t *testing.T) (*contract.Set, []plan.Sent) {
	t.Helper()
	set, err := contract.Load(context.Background(), repoRoot(), nil)
	if err != nil {
		t.Fatal(err)
	}
	sends, err := plan.Sends([]byte(stubFeature))
	if err != nil {
		t.Fatal(err)
	}
	return set, sends
}

func TestExampleStubAnswersWhatTheFeaturesDocument(t *testing.T) {
	set, sends := stubSends(t)
	tests := []struct {
		name, api, method, path, body string
		status                        int
		want                          string
		counter                       string // which count the request adds to
	}{
		{"the documented request: its own answer", "dcaas", "POST", "/v3/bbb/dcaas/vif-peers", `{}`, 202, `{"second": true}`, "documented"},
		{"another request of the operation: its first answer", "dcaas", "POST", "/v3/ccc/dcaas/vif-peers", `{}`, 201, `{"first": true}`, "documented"},
		{"the host left out: the same request", "dcaas", "POST", "/v3/aaa/dcaas/vif-peers", `{}`, 201, `{"first": true}`, "documented"},
		{"routed by its template, no body documented", "dcaas", "DELETE", "/v3/aaa/dcaas/vif-peers/bench-vif-peer-id", "", 204, "", "standIn"},
		{"no operation of the API", "dcaas", "GET", "/v3/aaa/dcaas/vif-peers", "", 404, "the stub knows no operation", "unknown"},
		{"a call: params matched whatever their order", "element", "POST", "/json-rpc/12.3", `{"method": "ListClusterPairs", "params": {"a": 1, "b": 2}, "id": 9}`, 200, `{"id": 2, "result": {"clusterPairs": [1]}}`, "documented"},
		{"a call with other params: the method's first", "element", "POST", "/json-rpc/12.3", `{"method": "ListClusterPairs", "params": {"a": 5}, "id": 1}`, 200, `{"id": 1, "result": {"clusterPairs": []}}`, "documented"},
		{"a method documented without its answer: a result that echoes the id", "element", "POST", "/json-rpc/12.3", `{"method": "RemoveClusterPair", "id": 7}`, 200, `{"id":7,"result":{}}`, "standIn"},
		{"a call that names no method", "element", "POST", "/json-rpc/12.3", ``, 404, "the stub knows no operation", "unknown"},
	}
	for _, tt := range tests {
		api, err := set.API(tt.api)
		if err != nil {
			t.Fatal(err)
		}
		stub := NewExampleStub(api, sends)
		w := httptest.NewRecorder()
		stub.ServeHTTP(w, httptest.NewRequest(tt.method, tt.path, strings.NewReader(tt.body)))
		if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.want) || (tt.want == "" && w.Body.Len() > 0) {
			t.Errorf("%s: %s %s answered %d %q, want %d %q", tt.name, tt.method, tt.path, w.Code, w.Body.String(), tt.status, tt.want)
		}
		counts := map[string]int64{"documented": stub.Documented.Load(), "standIn": stub.StandIn.Load(), "unknown": stub.Unknown.Load()}
		for name, n := range counts {
			if want := map[bool]int64{true: 1}[name == tt.counter]; n != want {
				t.Errorf("%s: the stub counted %d as %s, want %d", tt.name, n, name, want)
			}
		}
		if ct := w.Header().Get("Content-Type"); w.Code != 404 && ct != "application/json" {
			t.Errorf("%s: content type %q", tt.name, ct)
		}
	}
}

func TestTemplateEnv(t *testing.T) {
	set, sends := stubSends(t)
	got := templateEnv(set, sends)
	want := []string{"CONFORM_DCAAS_VIF_PEER_ID=bench-vif-peer-id"} // not {dc_endpoint}: a host, not a path parameter
	if !reflect.DeepEqual(got, want) {
		t.Errorf("templateEnv = %q, want %q", got, want)
	}
}

func TestReadTagged(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"stub.feature": stubFeature,
		"since.feature": `@element @since:9.6
Feature: since
  @readonly
  Scenario Outline: rows count each
    Given the "element" API
    Examples:
      | a |
      | 1 |
      | 2 |

  @readonly @since:12.10
  Scenario: the highest since, by number not by text
    Given the "element" API

  @mutating @since:13.0
  Scenario: not read only: its since does not count
    Given the "element" API
`,
	}
	var paths []string
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	got, err := ReadTagged(paths, "@readonly")
	if err != nil {
		t.Fatal(err)
	}
	// stub.feature: three @readonly scenarios; since.feature: two outline
	// rows and one scenario.
	if got.Scenarios != 6 || got.Since != "12.10" || len(got.Sends) != 6 {
		t.Errorf("ReadTagged = %d scenarios, since %q, %d sends; want 6, 12.10, 6", got.Scenarios, got.Since, len(got.Sends))
	}
}

func TestRunTotals(t *testing.T) {
	tests := []struct {
		out                               string
		selected, passed, failed, skipped int
		ok                                bool
	}{
		{"…\nPASSED: 42 of 45 scenarios passed (3 skipped, 7 warnings)\nreports: none written\n", 45, 42, 0, 3, true},
		{"FAILED: 61 of 169 scenarios failed (108 passed, 0 skipped, 176 warnings)\n  ✗ x\n", 169, 108, 61, 0, true},
		{"FAILED: no scenario ran (169 selected, 169 skipped): a run that tests nothing does not pass\n", 0, 0, 0, 0, false},
		{"conform: unknown flag\n", 0, 0, 0, 0, false},
	}
	for _, tt := range tests {
		sel, pass, fail, skip, ok := RunTotals(tt.out)
		if sel != tt.selected || pass != tt.passed || fail != tt.failed || skip != tt.skipped || ok != tt.ok {
			t.Errorf("RunTotals(%q) = %d, %d, %d, %d, %v; want %d, %d, %d, %d, %v", tt.out, sel, pass, fail, skip, ok, tt.selected, tt.passed, tt.failed, tt.skipped, tt.ok)
		}
	}
}
