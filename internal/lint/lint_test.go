package lint

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/page"
	"github.com/conform-dev/conform/internal/testrepo"
)

const root = "../.."

func edit(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not hold %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrokenDocumentsFailLint breaks one thing at a time in a copy of the
// repository: each is an error (exit 1) that names the place.
func TestBrokenDocumentsFailLint(t *testing.T) {
	cases := []struct {
		name, file, old, new string
		wantRule, wantWhere  string
	}{
		{"dangling $ref", "openapi/dcaas.yaml", "$ref: '#/components/schemas/VifPeer'", "$ref: '#/components/schemas/VifPeers'", "contract", "openapi/dcaas.yaml"},
		{"schema that does not compile", "schemas/element/StartClusterPairing.json", `"minLength": 2`, `"minLength": "two"`, "contract", "schemas/element/StartClusterPairing.json"},
		{"undefined step", "features/dcaas/create_vif_peer.feature", "Then the response status is 201", "Then the response status was 201", "contract", "features/dcaas/create_vif_peer.feature:16"},
		{"response example over a table limit", "features/dcaas/create_vif_peer.feature", `"status" : "ACTIVE"`, `"status" : 7`, "schema", "features/dcaas/create_vif_peer.feature:21"},
		{"request example JSON that cannot be read", "features/element/start_cluster_pairing.feature", `"id" : 1`, `"id" : 1,,`, "element-invalid-json", "features/element/start_cluster_pairing.feature:16"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := testrepo.Copy(t, root, "openapi", "schemas", "features")
			edit(t, filepath.Join(dir, c.file), c.old, c.new)
			res := Repository(context.Background(), dir, nil)
			if !res.Failed(false) {
				t.Fatalf("lint passed a broken repository: %v", res.Findings)
			}
			for _, f := range res.Findings.Errors(false) {
				if f.Rule == c.wantRule && strings.HasPrefix(f.Where, c.wantWhere) {
					return
				}
			}
			var b strings.Builder
			res.Write(&b)
			t.Fatalf("no error %s at %s:\n%s", c.wantRule, c.wantWhere, b.String())
		})
	}
}

// TestPageRules shows each rule on a small page that breaks only it.
func TestPageRules(t *testing.T) {
	base := "Creating a Thing\nFunction\nThis API is used to create a blue thing.\nURI\nPOST /v1/{project_id}/things/things\n" +
		"Request Parameters\nParameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n" +
		"X-Auth-Token |\nYes |\nString |\nThe token. Minimum: 1 Maximum: 100 |\n" +
		"Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n" +
		"thing |\nYes |\nCreateThing object |\nThe thing. |\n" +
		"Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\n" +
		"name |\nYes |\nString |\nThe name. Minimum: 1 Maximum: 8 |\n" +
		"colour |\nNo |\nString |\nThe colour, which can be red or blue. |\n" +
		"Response Parameters\nStatus code: 201\nParameter |\nType |\nDescription |\n---|---|---|\n" +
		"thing |\nThing object |\nThe thing. |\n" +
		"Parameter |\nType |\nDescription |\n---|---|---|\n" +
		"name |\nString |\nThe name. Minimum: 1 Maximum: 8 |\n" +
		"colour |\nString |\nThe colour, which can be red or blue. |\n" +
		"Example Requests\nPOST https://{endpoint}/v1/p1/things/things REQUEST\nExample Responses\nStatus code: 201\nCreated\nRESPONSE\nStatus Codes\n"
	cases := []struct {
		name, req, resp, want string
	}{
		{"clean", `{"thing": {"name": "a", "colour": "red"}}`, `{"thing": {"name": "a", "colour": "red"}}`, ""},
		{"length", `{"thing": {"name": "a"}}`, `{"thing": {"name": "abcdefghij", "colour": "red"}}`, "things-name-length"},
		{"echo", `{"thing": {"name": "a"}}`, `{"thing": {"name": "b", "colour": "red"}}`, "things-example-echo"},
		{"case", `{"thing": {"name": "a"}}`, `{"thing": {"name": "a", "colour": "RED"}}`, "things-colour-case"},
		{"enumeration value", `{"thing": {"name": "a"}}`, `{"thing": {"name": "a", "colour": "green"}}`, "things-colour-enumeration-value"},
		{"undocumented member", `{"thing": {"name": "a"}}`, `{"thing": {"name": "a", "colour": "red", "size": 1}}`, "things-size-undocumented-member"},
		{"lacks members", `{"thing": {"name": "a"}}`, `{"thing": {"name": "a"}}`, "things-example-lacks-members"},
		{"lacks required", `{"thing": {}}`, `{"thing": {"name": "a", "colour": "red"}}`, "things-name-lacks-required"},
		{"type", `{"thing": {"name": "a"}}`, `{"thing": {"name": 1, "colour": "red"}}`, "things-name-type"},
		{"function", `{"thing": {"name": "a"}}`, `{"thing": {"name": "a", "colour": "red"}}`, "things-function-blue"},
		{"missing brace", `{"thing": {"name": "a"}}`, `{"thing": {"name": "a", "colour": "red"}`, "things-invalid-json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(strings.Replace(base, "REQUEST", c.req, 1), "RESPONSE", c.resp, 1)
			if c.name == "function" || c.name == "clean" {
				text = strings.Replace(text, "blue thing", "thing", 1)
				if c.name == "function" {
					text = strings.Replace(text, "create a thing", "create a blue thing", 1)
				}
			}
			p, err := page.Parse("p.txt", text)
			if err != nil {
				t.Fatal(err)
			}
			res := Page(p, nil)
			var ids []string
			for _, f := range res.Findings {
				ids = append(ids, f.Rule)
			}
			if c.want == "" {
				if len(ids) != 0 {
					t.Fatalf("a consistent page has findings: %v", ids)
				}
				return
			}
			for _, id := range ids {
				if id == c.want {
					return
				}
			}
			t.Fatalf("want %s, got %v", c.want, ids)
		})
	}
}

var _ = checks.Warning
