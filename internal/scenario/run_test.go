package scenario

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// TestSecretsNeverPrinted plants known credentials and breaks the answers so
// that failure messages quote the bodies, then checks no secret appears in
// anything the run printed: the token, the password, the Basic header, or
// the pairing key the target generated (which carries a password).
func TestSecretsNeverPrinted(t *testing.T) {
	const token, user, password = "tok-PLANTED-5f3a9c", "admin", "pw-PLANTED-81d2e7"
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + password))
	for _, fault := range []string{"", "element-status-500", "element-key-pair-id-mismatch", "element-no-wrapper", "dcaas-content-type", "dcaas-name-too-long", "element-key-reused", "element-completed-pair-not-listed"} {
		t.Run("fault="+fault, func(t *testing.T) {
			// The pairing scenarios send the generated key to the
			// destination: it must stay masked there too.
			fabric := &reference.Fabric{}
			srv := startRef(t, reference.Options{Token: token, Username: user, Password: password, Fault: fault, Fabric: fabric})
			dest := startRef(t, reference.Options{Username: user, Password: password, Fault: fault, Fabric: fabric})
			env := map[string]string{"CONFORM_DCAAS_TOKEN": token, "CONFORM_ELEMENT_USERNAME": user, "CONFORM_ELEMENT_PASSWORD": password}
			var out, errs bytes.Buffer
			Run(context.Background(), target.Config{Provider: refProvider(t),
				Dir: repoRoot(t), Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv.URL(), "element": srv.URL() + "/json-rpc/12.3", "element:destination": dest.URL() + "/json-rpc/12.3"},
				Format: "pretty", Output: &out, Errors: &errs, NoColors: true, Getenv: func(k string) string { return env[k] },
			}, nil)
			all := out.String() + errs.String()
			for _, secret := range []string{token, password, basic} {
				if strings.Contains(all, secret) {
					t.Errorf("output contains the secret %q:\n%s", secret, all)
				}
			}
			// Every generated key is hex of {"clusterPairID":…, so any key
			// that leaked from a response body starts like this.
			if strings.Contains(all, `"clusterPairingKey":"7b22`) || strings.Contains(all, `got "7b22`) {
				t.Errorf("output contains a generated pairing key:\n%s", all)
			}
		})
	}
}

// TestCleanupRunsWhenTheScenarioFails breaks the answer after the target has
// created a pending pair: the scenario fails, and the pair is removed anyway.
func TestCleanupRunsWhenTheScenarioFails(t *testing.T) {
	srv := startRef(t, reference.Options{Fault: "element-key-not-hex"})
	env := refEnv
	var out bytes.Buffer
	code := Run(context.Background(), target.Config{Provider: refProvider(t),
		Dir: repoRoot(t), Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv.URL(), "element": srv.URL() + "/json-rpc/12.3"},
		Format: "progress", Output: &out, Errors: &out, Tags: "@element", Getenv: func(k string) string { return env[k] },
	}, nil)
	if code != 1 {
		t.Fatalf("exit code %d, want 1; output:\n%s", code, out.String())
	}
	if pairs := listPairs(t, srv.URL()); len(pairs) != 0 {
		t.Errorf("cluster pairs %v left after the failed scenario, want none (RemoveClusterPair cleanup)", pairs)
	}
}

// TestStrictFailsOnDisputedRules: the correct reference target passes by
// default, and --strict turns the documentation's contradictions into failures.
func TestStrictFailsOnDisputedRules(t *testing.T) {
	if code, out := runAgainst(t, "", true); code != 1 || !strings.Contains(out, "warning: request URL: documented URI") {
		t.Errorf("strict run: exit %d, want 1 with the documented-URL conflict as a failure; output:\n%s", code, out)
	}
}

// listPairs asks a reference cluster for its pairs' IDs.
func listPairs(t *testing.T, url string) []int {
	t.Helper()
	return rpcIDs(t, url, `{"method":"ListClusterPairs","params":{},"id":1}`, "clusterPairs")
}

func rpcIDs(t *testing.T, url, body, member string) []int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+"/json-rpc/12.3", strings.NewReader(body))
	req.SetBasicAuth(reference.DefaultUsername, reference.DefaultPassword)
	req.Header.Set("Content-Type", "application/json-rpc")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Result map[string]json.RawMessage `json:"result"`
	}
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: %v: %s", body, err, b)
	}
	var pairs []struct {
		ID int `json:"clusterPairID"`
	}
	if raw, ok := got.Result[member]; ok {
		_ = json.Unmarshal(raw, &pairs)
	}
	var ids []int
	for _, p := range pairs {
		ids = append(ids, p.ID)
	}
	return ids
}

// The pairing scenarios hold against clusters that already have pairs: they
// count what is there, pass, and leave exactly what was there before.
func TestPairingScenariosOnClustersWithPairs(t *testing.T) {
	fabric := &reference.Fabric{}
	origin := startRef(t, reference.Options{Fabric: fabric})
	dest := startRef(t, reference.Options{Fabric: fabric, ClusterName: "destination"})
	for i := 0; i < 2; i++ {
		rpcIDs(t, origin.URL(), `{"method":"StartClusterPairing","params":{},"id":1}`, "")
	}
	before := listPairs(t, origin.URL())
	env := refEnv
	var out bytes.Buffer
	code := Run(context.Background(), target.Config{Provider: refProvider(t),
		Dir: repoRoot(t), Features: []string{repoRoot(t) + "/features/element/cluster_pairing.feature"},
		Allow: contract.Destructive, Targets: map[string]string{"element": origin.URL() + "/json-rpc/12.3"},
		Format: "progress", Output: &out, Errors: &out,
		Getenv: func(k string) string {
			if k == "CONFORM_ELEMENT_DESTINATION_URL" {
				return dest.URL() + "/json-rpc/12.3"
			}
			return env[k]
		},
	}, nil)
	if code != 0 {
		t.Fatalf("exit code %d, want 0; output:\n%s", code, out.String())
	}
	if after := listPairs(t, origin.URL()); len(after) != 2 || after[0] != before[0] || after[1] != before[1] {
		t.Errorf("origin pairs after the run = %v, want the two it had before, %v", after, before)
	}
	if after := listPairs(t, dest.URL()); len(after) != 0 {
		t.Errorf("destination pairs after the run = %v, want none", after)
	}
}

// Without a destination of its own, a real Element target pairs with an
// embedded reference cluster: its side of the pairing is still tested, and
// the run says how to test a real destination too.
func TestPairingWithoutADestination(t *testing.T) {
	srv := startRef(t, reference.Options{})
	env := refEnv
	var out bytes.Buffer
	code := Run(context.Background(), target.Config{Provider: refProvider(t),
		Dir: repoRoot(t), Features: []string{repoRoot(t) + "/features/element/cluster_pairing.feature"},
		Allow: contract.Destructive, Targets: map[string]string{"element": srv.URL() + "/json-rpc/12.3"},
		Format: "progress", Output: &out, Errors: &out, Getenv: func(k string) string { return env[k] },
	}, nil)
	want := "note: element:destination ran against an embedded reference cluster"
	if code != 0 || !strings.Contains(out.String(), want) || !strings.Contains(out.String(), "set CONFORM_ELEMENT_DESTINATION_URL or --target element:destination=URL") {
		t.Errorf("exit %d, want 0 with %q; output:\n%s", code, want, out.String())
	}
	if n := len(listPairs(t, srv.URL())); n != 0 {
		t.Errorf("%d pairs left on the target, want 0", n)
	}
}

// refEnv holds the reference target's default credentials.
var refEnv = map[string]string{"CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword, "CONFORM_DCAAS_TOKEN": reference.DefaultToken}

func startRef(t *testing.T, opts reference.Options) *reference.Server {
	t.Helper()
	srv, err := reference.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return srv
}
