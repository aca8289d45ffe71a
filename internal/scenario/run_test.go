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

	"github.com/conform-dev/conform/internal/reference"
)

// TestSecretsNeverPrinted plants known credentials and breaks the answers so
// that failure messages quote the bodies, then checks no secret appears in
// anything the run printed: the token, the password, the Basic header, or
// the pairing key the target generated (which carries a password).
func TestSecretsNeverPrinted(t *testing.T) {
	const token, user, password = "tok-PLANTED-5f3a9c", "admin", "pw-PLANTED-81d2e7"
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + password))
	for _, fault := range []string{"", "element-status-500", "element-key-pair-id-mismatch", "element-no-wrapper", "dcaas-content-type", "dcaas-name-too-long"} {
		t.Run("fault="+fault, func(t *testing.T) {
			srv, err := reference.Start(reference.Options{Token: token, Username: user, Password: password, Fault: fault})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			env := map[string]string{"CONFORM_DCAAS_TOKEN": token, "CONFORM_ELEMENT_USERNAME": user, "CONFORM_ELEMENT_PASSWORD": password}
			var out, errs bytes.Buffer
			Run(context.Background(), Config{
				Dir: repoRoot(t), Targets: map[string]string{"dcaas": srv.URL(), "element": srv.URL() + "/json-rpc/12.3"},
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
	srv, err := reference.Start(reference.Options{Fault: "element-key-not-hex"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	env := map[string]string{"CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword, "CONFORM_DCAAS_TOKEN": reference.DefaultToken}
	var out bytes.Buffer
	code := Run(context.Background(), Config{
		Dir: repoRoot(t), Targets: map[string]string{"dcaas": srv.URL(), "element": srv.URL() + "/json-rpc/12.3"},
		Format: "progress", Output: &out, Errors: &out, Tags: "@element", Getenv: func(k string) string { return env[k] },
	}, nil)
	if code != 1 {
		t.Fatalf("exit code %d, want 1; output:\n%s", code, out.String())
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL()+"/json-rpc/12.3", strings.NewReader(`{"method":"ListClusterPairs","params":{},"id":1}`))
	req.SetBasicAuth(reference.DefaultUsername, reference.DefaultPassword)
	req.Header.Set("Content-Type", "application/json-rpc")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var got struct {
		Result struct {
			ClusterPairs []json.RawMessage `json:"clusterPairs"`
		} `json:"result"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("ListClusterPairs: %v: %s", err, b)
	}
	if n := len(got.Result.ClusterPairs); n != 0 {
		t.Errorf("%d cluster pair(s) left after the failed scenario, want 0 (RemoveClusterPair cleanup): %s", n, b)
	}
}

// TestStrictFailsOnDisputedRules: the correct reference target passes by
// default, and --strict turns the documentation's contradictions into failures.
func TestStrictFailsOnDisputedRules(t *testing.T) {
	if code, out := runAgainst(t, "", true); code != 1 || !strings.Contains(out, "warning: request URL: documented URI") {
		t.Errorf("strict run: exit %d, want 1 with the documented-URL conflict as a failure; output:\n%s", code, out)
	}
}
