package plan

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

// TestFeatureMistakesCaughtBeforeSending: a feature that names an API, an
// operation or a method the contracts do not define, or whose doc string is
// not JSON, is refused by preflight and by the selection a run makes, with
// file:line and the closest known name; {{name}} values kept from earlier
// answers are valid JSON before they are filled in.
func TestFeatureMistakesCaughtBeforeSending(t *testing.T) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		t.Fatal(err)
	}
	const send = "  Scenario: s\n    Given the \"%s\" API\n    When I send the \"%s\" request:\n      \"\"\"\n      %s\n      \"\"\"\n    Then the response status is 201\n"
	mk := func(api, op, doc string) string {
		s := strings.Replace(send, "%s", api, 1)
		s = strings.Replace(s, "%s", op, 1)
		return "Feature: f\n" + strings.Replace(s, "%s", doc, 1)
	}
	const body = `POST https://x/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers {"vif_peer": {"name": "a"}}`
	// The names an error lists: every API, and every operation of the
	// dcaas API in its contract's order (the curated seed's and the
	// imported reference's).
	dcaas, err := set.API("dcaas")
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, o := range dcaas.Operations() {
		ops = append(ops, o.ID)
	}
	if !slices.Contains(ops, "CreateVifPeer") || !slices.Contains(ops, "DeleteVifPeer") {
		t.Fatalf("the dcaas API's operations %v lack the seed's", ops)
	}
	apis := strings.Join(set.Names(), ", ")
	if !strings.HasPrefix(apis, "dcaas, ") || !strings.HasSuffix(apis, ", element") {
		t.Fatalf("the APIs %s lack the seed's", apis)
	}
	tests := []struct {
		name, text string
		want       []string // each an error line; none for a good feature
	}{
		{"a good feature", mk("dcaas", "CreateVifPeer", body), nil},
		{"{{name}} placeholders are valid before expansion", mk("dcaas", "DeleteVifPeer", `DELETE https://x/v3/p/dcaas/vif-peers/{{id}} {"a": {{n}}, "b": "{{key}}"}`), nil},
		{"unknown API", mk("dcas", "CreateVifPeer", body),
			[]string{`x.feature:3: unknown API "dcas"; did you mean "dcaas"? known: ` + apis}},
		{"unknown operation", mk("dcaas", "CreateVifPeers", body),
			[]string{`x.feature:4: unknown operation "CreateVifPeers" of the dcaas API; did you mean "CreateVifPeer"? known: ` + strings.Join(ops, ", ")}},
		{"unknown JSON-RPC method", mk("element", "StartClusterPair", `{"method": "StartClusterPair", "params": {}, "id": 1}`),
			[]string{`x.feature:4: unknown method "StartClusterPair" of the element API; did you mean "StartClusterPairing"?`}},
		{"a doc string that is not JSON", mk("dcaas", "CreateVifPeer", `POST https://x/v3/p/dcaas/vif-peers {"vif_peer": {"name": a}}`),
			[]string{`x.feature:6: the doc string is not JSON: the documented JSON cannot be read`}},
		{"every mistake, once each", mk("dcas", "X", "{") + strings.SplitN(mk("dcaas", "CreateVifPeers", body), "\n", 2)[1],
			[]string{`x.feature:3: unknown API "dcas"`, `x.feature:11: unknown operation "CreateVifPeers"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.feature")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, selErr := Select(Options{Paths: []string{path}, Dir: dir, Contracts: set})
			for _, err := range []error{Preflight([]string{path}, set), selErr} {
				var lines []string
				if err != nil {
					lines = strings.Split(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""), "\n")
				}
				if len(lines) != len(tt.want) {
					t.Fatalf("errors %q, want %d: %q", lines, len(tt.want), tt.want)
				}
				for i, w := range tt.want {
					if !strings.HasPrefix(lines[i], w) {
						t.Errorf("error %q, want it to start %q", lines[i], w)
					}
				}
			}
			if err := Preflight([]string{path}, nil); err != nil {
				t.Errorf("without the contracts no name is checked: %v", err)
			}
		})
	}
}

// TestNonJSONBodiesAreNotReadAsJSON: only a JSON request body must be
// JSON; a form body is the operation's business.
func TestNonJSONBodiesAreNotReadAsJSON(t *testing.T) {
	dir := t.TempDir()
	for path, text := range map[string]string{
		"openapi/forms.yaml": "openapi: 3.0.3\ninfo: {title: f, version: '1'}\npaths:\n  /f:\n    post:\n      operationId: PostForm\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema: {type: object}\n      responses:\n        '200': {description: ok}\n",
		"x.feature":          "Feature: f\n  Scenario: s\n    Given the \"forms\" API\n    When I send the \"PostForm\" request:\n      \"\"\"\n      POST https://x/f a=b&c=d\n      \"\"\"\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, path), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, err := contract.Load(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Preflight([]string{filepath.Join(dir, "x.feature")}, set); err != nil {
		t.Errorf("a form body is refused as JSON: %v", err)
	}
}
