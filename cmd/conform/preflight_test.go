package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

var fileLine = regexp.MustCompile(`^(\S*x\.feature:\d+): (.*)$`)

// TestFeatureMistakesExit2: an unknown API, operation or method, or a doc
// string that is not JSON, stops the run at preflight (exit 2) with
// file:line and the closest known name, and conform lint reports each as an
// error. They used to fail at run time (exit 1), and lint said 0 errors.
func TestFeatureMistakesExit2(t *testing.T) {
	scenario := func(api, op, doc string) string {
		return "  Scenario: " + op + "\n    Given the \"" + api + "\" API\n    When I send the \"" + op + "\" request:\n      \"\"\"\n      " + doc + "\n      \"\"\"\n    Then the response status is 201\n"
	}
	const body = `POST https://x/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers {"vif_peer": {"name": "a"}}`
	tests := []struct {
		name, feature string
		want          []string
	}{
		{"unknown API", scenario("dcas", "CreateVifPeer", body), []string{`features/x.feature:3: unknown API "dcas"; did you mean "dcaas"? known: dcaas, element`}},
		{"unknown operation", scenario("dcaas", "CreateVifPeers", body), []string{`features/x.feature:4: unknown operation "CreateVifPeers" of the dcaas API; did you mean "CreateVifPeer"? known: CreateVifPeer, DeleteVifPeer`}},
		{"unknown method", scenario("element", "CompleteClusterPairng", `{"method": "CompleteClusterPairing", "params": {}, "id": 1}`), []string{`unknown method "CompleteClusterPairng" of the element API; did you mean "CompleteClusterPairing"?`}},
		{"a doc string that is not JSON", scenario("dcaas", "CreateVifPeer", `POST https://x/v3/p/dcaas/vif-peers {"vif_peer": [}`), []string{`features/x.feature:6: the doc string is not JSON`}},
		{"all of them at once", scenario("dcas", "CreateVifPeer", body) + scenario("dcaas", "CreateVifPeers", body) + scenario("dcaas", "CreateVifPeer", "{"),
			[]string{`x.feature:3: unknown API "dcas"`, `x.feature:11: unknown operation "CreateVifPeers"`, `x.feature:20: the doc string is not JSON`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyContracts(t, map[string]string{"x.feature": "Feature: x\n" + tt.feature})
			var out, errb bytes.Buffer
			code := execute([]string{"run", "--dir", dir, "--format", "progress"}, &out, &errb)
			all := out.String() + errb.String()
			if code != 2 || strings.Contains(all, "scenarios") {
				t.Errorf("run: exit %d, want 2 before any scenario runs; output:\n%s", code, all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("run output lacks %q:\n%s", w, all)
				}
			}
			out.Reset()
			code = execute([]string{"lint", "--dir", dir}, &out, &out)
			lint := out.String()
			if code != 1 {
				t.Errorf("lint: exit %d, want 1; output:\n%s", code, lint)
			}
			for _, w := range tt.want {
				// lint writes "file:line: error: contract: what".
				if m := fileLine.FindStringSubmatch(w); m != nil {
					w = m[1] + ": error: contract: " + m[2]
				}
				if !strings.Contains(lint, w) {
					t.Errorf("lint lacks %q:\n%s", w, lint)
				}
			}
			if n := strings.Count(lint, ": error: contract: "); n != len(tt.want) {
				t.Errorf("lint reports %d errors of the features, want %d:\n%s", n, len(tt.want), lint)
			}
		})
	}
}
