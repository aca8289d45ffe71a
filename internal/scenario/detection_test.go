package scenario

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/importer"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// repoRoot is the repository's curated seed: its openapi/, schemas/ and
// features/ without the vendor references make refs imported beside them,
// whose operations the reference target does not implement (cmd/conform's
// tests run the whole repository). TestMain copies it once.
func repoRoot(testing.TB) string { return seedDir }

var seedDir string

// checkout is the repository itself, for what is not a contract or a
// feature (tools/).
func checkout() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "conform-scenario-seed-")
	if err == nil {
		err = importer.CopyCurated(checkout(), dir)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot copy the curated seed: %v\n", err)
		os.Exit(2)
	}
	seedDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runAgainst runs every feature against one reference server (correct or
// faulty) given as an explicit target, as a user's real endpoint would be.
func runAgainst(t *testing.T, fault string, strict bool) (int, string) {
	t.Helper()
	// Both clusters of a pairing are targets under test: a fault in
	// CompleteClusterPairing shows on the destination.
	fabric := &reference.Fabric{}
	srv, err := reference.Start(reference.Options{Fault: fault, Fabric: fabric})
	if err != nil {
		t.Fatalf("start reference target with fault %q: %v", fault, err)
	}
	defer srv.Close()
	dest, err := reference.Start(reference.Options{Fault: fault, Fabric: fabric, ClusterName: "destination"})
	if err != nil {
		t.Fatal(err)
	}
	defer dest.Close()
	env := map[string]string{
		"CONFORM_DCAAS_TOKEN":      reference.DefaultToken,
		"CONFORM_ELEMENT_USERNAME": reference.DefaultUsername,
		"CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword,
	}
	var out bytes.Buffer
	code := Run(context.Background(), target.Config{Provider: refProvider(t),
		Dir:      repoRoot(t),
		Allow:    contract.Destructive, // the reference servers stand for real targets
		Targets:  map[string]string{"dcaas": srv.URL(), "element": srv.URL() + "/json-rpc/12.3", "element:destination": dest.URL() + "/json-rpc/12.3"},
		Strict:   strict,
		Format:   "progress",
		Output:   &out,
		NoColors: true,
		Getenv:   func(k string) string { return env[k] },
	}, nil)
	return code, out.String()
}

func TestCorrectTargetPasses(t *testing.T) {
	code, out := runAgainst(t, "", false)
	if code != 0 {
		t.Fatalf("exit code %d against the correct reference target, want 0; output:\n%s", code, out)
	}
	if !strings.Contains(out, "PASSED: ") || strings.Contains(out, "failed") {
		t.Errorf("want every scenario to pass; output:\n%s", out)
	}
}

// detectionCases pairs each response-side fault of the reference target with
// what the run's output must say: the field (JSON pointer) and the rule.
var detectionCases = []struct {
	fault string
	want  []string // each must appear in the output
}{
	{"dcaas-status-200", []string{"status: expected 201, got 200"}},
	// The message of the step that catches it first in the documented
	// example: TestAJSONRPCErrorIsNotAResult.
	{"element-error-instead-of-result", []string{`element answered 200 OK: xUnknownAPIError "injected by fault element-error-instead-of-result"`}},
	{"dcaas-undocumented-status", []string{"status: expected 201, got 202"}},
	{"dcaas-content-type", []string{"header Content-Type: content type application/json", `got "text/plain`}},
	{"dcaas-no-wrapper", []string{"/vif_peer: required", "got absent"}},
	{"dcaas-name-too-long", []string{"/vif_peer/name: maxLength 64", "openapi/dcaas.yaml:"}},
	{"dcaas-description-too-long", []string{"/vif_peer/description: maxLength 128"}},
	{"dcaas-id-too-short", []string{"/vif_peer/id: minLength 36"}},
	{"dcaas-id-too-long", []string{"/vif_peer/id: maxLength 36"}},
	{"dcaas-vif-id-too-short", []string{"/vif_peer/vif_id: minLength 36"}},
	{"dcaas-bgp-asn-below-minimum", []string{"/vif_peer/bgp_asn: minimum 1", "got 0"}},
	{"dcaas-bgp-asn-above-maximum", []string{"/vif_peer/bgp_asn: maximum 4294967295", "got 4294967296"}},
	{"dcaas-bgp-status-too-long", []string{"/vif_peer/bgp_status: maxLength 10"}},
	{"dcaas-route-mode-enum", []string{"/vif_peer/route_mode: enum [static bgp]", `got "dynamic"`}},
	{"dcaas-bgp-route-limit-type", []string{"/vif_peer/bgp_route_limit: type integer", `got "100"`}},
	{"dcaas-remote-ep-group-type", []string{"/vif_peer/remote_ep_group: type array"}},
	{"dcaas-remote-ep-group-item-type", []string{"/vif_peer/remote_ep_group/0: type string"}},
	{"dcaas-enable-nqa-type", []string{"/vif_peer/enable_nqa: type boolean"}},
	{"dcaas-missing-id", []string{"/vif_peer/id: required", "got absent"}},
	{"dcaas-missing-status", []string{"/vif_peer/status: required"}},
	{"element-status-500", []string{"status: documented status (expected one of 200, 401, 404), got 500", "answered 500 Internal Server Error"}},
	{"element-content-type", []string{"header Content-Type: content type application/json", `got "text/html`}},
	{"element-id-not-echoed", []string{"/id: id echo", "expected the request's id 1", "got 2"}},
	{"element-result-and-error", []string{"body: oneOf (expected exactly one of result and error), got both result and error"}},
	{"element-neither", []string{"body: oneOf (expected exactly one of result and error), got neither result nor error"}},
	{"element-no-wrapper", []string{"body: oneOf", "got neither result nor error", "/clusterPairingKey: undocumented member"}},
	{"element-pair-id-type", []string{"/result/clusterPairID: type integer", `got "1"`}},
	{"element-missing-key", []string{"/result/clusterPairingKey: required", "schemas/element/StartClusterPairing.json#/definitions/result/required"}},
	{"element-key-not-hex", []string{"/result/clusterPairingKey: contentEncoding base16"}},
	{"element-key-odd-length", []string{"/result/clusterPairingKey: contentEncoding base16"}},
	{"element-key-not-json", []string{"/result/clusterPairingKey: contentMediaType application/json"}},
	{"element-key-pair-id-mismatch", []string{"/result/clusterPairingKey#/clusterPairID: equals /result/clusterPairID"}},
	{"element-key-missing-username", []string{"/result/clusterPairingKey#/username: required"}},
	// Request side: the target accepts what it must reject.
	{"dcaas-accept-long-name", []string{"rejects /vif_peer/name set to a string of 65 characters with status 400", "got 201"}},
	{"dcaas-accept-bgp-asn-zero", []string{"rejects /vif_peer/bgp_asn set to 0 with status 400", "got 201"}},
	{"dcaas-accept-bad-route-mode", []string{`rejects /vif_peer/route_mode set to "not-a-documented-value" with status 400`, "got 201"}},
	{"dcaas-accept-no-token", []string{"create_vif_peer_limits.feature", "rejects without credentials with status 401", "got 201"}},
	{"dcaas-accept-long-token", []string{"rejects with a 10241-character token with status 401", "got 201"}},
	{"element-accept-no-auth", []string{"element/errors.feature", "rejects without credentials with status 401", "got 200"}},
	// Error answers: the rejection scenarios check the error body too.
	{"dcaas-error-missing-code", []string{"/error_code: required", "got absent"}},
	{"dcaas-error-code-type", []string{"/error_code: type string"}},
	{"element-error-missing-name", []string{"/error/name: required"}},
	{"element-error-code-type", []string{"/error/code: type integer", `got "500"`}},
	{"element-accept-bad-remove-params", []string{"remove_cluster_pair_limits.feature", `rejects /params/clusterPairID set to "1" with a JSON-RPC error`, "a result"}},
	// State: what one call does, a later call must see.
	{"element-pairing-limit", []string{"cluster_pairing.feature", "/error/name: an error object", "a result"}},
	{"element-key-reused", []string{"/result/clusterPairingKey: expected a new value, not the earlier one, got the same value again (a secret: masked)"}},
	{"element-completed-pair-not-listed", []string{"/result/clusterPairs: an item with /clusterPairID"}},
	{"element-remove-keeps-pair", []string{"/result/clusterPairs/0/clusterPairID: no item with /clusterPairID"}},
	{"dcaas-delete-status-200", []string{"status: expected 204, got 200"}},
}

// TestEveryBrokenRuleFailsTheRun is the harness's own proof: for every kind of
// rule a scenario checks, a target that breaks just that rule makes the run
// fail, with a message that names the field and the rule.
func TestEveryBrokenRuleFailsTheRun(t *testing.T) {
	for _, tt := range detectionCases {
		t.Run(tt.fault, func(t *testing.T) {
			code, out := runAgainst(t, tt.fault, false)
			if code != 1 {
				t.Fatalf("exit code %d, want 1 (a scenario failed); output:\n%s", code, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q; output:\n%s", w, out)
				}
			}
			scen, finding := caughtBy(out)
			t.Logf("MUTATION %-32s | %-3d failed | %s | %s", tt.fault, failedCount(out), scen, finding)
		})
	}
}

var (
	failedScenario = regexp.MustCompile(`(?m)^\s*✗ (\S+) (.+)$`)
	firstViolation = regexp.MustCompile(`(?m)^ {6}line \d+: .*\n {8}(.+)$`)
	failedTotal    = regexp.MustCompile(`FAILED: (\d+) of`)
)

// caughtBy reads a failed run's report: the first failed scenario and the
// first violation it printed, for the mutation table (make mutation).
func caughtBy(out string) (scenario, finding string) {
	i := strings.Index(out, "FAILED: ")
	if i < 0 {
		return "?", "?"
	}
	rest := out[i:]
	if m := failedScenario.FindStringSubmatch(rest); m != nil {
		file, _, _ := strings.Cut(filepath.Base(m[1]), ":")
		scenario = file + " " + m[2]
	}
	if m := firstViolation.FindStringSubmatch(rest); m != nil {
		finding = m[1]
		if j := strings.LastIndex(finding, " ["); j > 0 {
			finding = finding[:j]
		}
	}
	return scenario, finding
}

func failedCount(out string) int {
	m := failedTotal.FindStringSubmatch(out)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestEveryFaultIsCovered keeps the table above honest: a new fault in the
// reference target needs a row.
func TestEveryFaultIsCovered(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range detectionCases {
		covered[c.fault] = true
	}
	for _, f := range reference.Faults() {
		if !covered[f.Name] {
			t.Errorf("fault %s (%s) has no row in TestEveryBrokenRuleFailsTheRun", f.Name, f.Description)
		}
	}
}

// refProvider is the embedded reference target as cmd/conform plugs it in,
// for the roles and APIs a test gives no URL.
func refProvider(t testing.TB) target.Provider {
	t.Helper()
	p, err := reference.NewProvider(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAJSONRPCErrorIsNotAResult: a JSON-RPC error satisfies the envelope and
// comes with status 200, so a documented call answered with one would pass
// on the contract alone; "the response is a JSON-RPC result" fails it,
// naming the member and the rule.
func TestAJSONRPCErrorIsNotAResult(t *testing.T) {
	srv, err := reference.Start(reference.Options{Fault: "element-error-instead-of-result"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	env := map[string]string{"CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword}
	var out bytes.Buffer
	code := Run(context.Background(), target.Config{Provider: refProvider(t), Dir: repoRoot(t), Allow: contract.Destructive,
		Targets:  map[string]string{"element": srv.URL() + "/json-rpc/12.3"},
		Features: []string{filepath.Join(repoRoot(t), "features", "element", "start_cluster_pairing.feature")},
		Format:   "progress", Output: &out, NoColors: true, Getenv: func(k string) string { return env[k] }}, nil)
	want := `/result: a result (expected a result and no error object), got an error: {"code":500,"message":"injected by fault element-error-instead-of-result"`
	if code != 1 || !strings.Contains(out.String(), want) {
		t.Fatalf("exit %d, want 1 and %q; output:\n%s", code, want, out.String())
	}
}
