package scenario

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/dc/v3/model"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// sdkServer is a Direct Connect server built on the vendor's own Go SDK
// models (issue 14): it reads each CreateVifPeer request into the SDK's
// CreateVifPeerRequestBody, as such a server does, lets the reference target
// decide the rest, and answers with json.Marshal of the SDK's
// CreateVifPeerResponse, whose members are all omitempty: a member that is
// null is left out. DeleteVifPeer's answer is a 204 without a body, which
// the SDK's DeleteVifPeerResponse (no JSON member) matches.
func sdkServer(t *testing.T) *httptest.Server {
	t.Helper()
	ref := startRef(t, reference.Options{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Method == http.MethodPost {
			var in model.CreateVifPeerRequestBody
			if err := json.Unmarshal(body, &in); err != nil {
				// bgp_asn above 2147483647 lands here: the SDK reads it
				// into an int32.
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusBadRequest)
				_ = json.NewEncoder(w).Encode(map[string]string{"error_code": "DC.0000", "error_msg": "request body abnormal: " + err.Error()})
				return
			}
		}
		req, _ := http.NewRequestWithContext(r.Context(), r.Method, ref.URL()+r.URL.RequestURI(), bytes.NewReader(body))
		req.Header = r.Header.Clone()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		answer, _ := io.ReadAll(resp.Body)
		if r.Method == http.MethodPost && resp.StatusCode == http.StatusCreated {
			var out model.CreateVifPeerResponse
			if err := json.Unmarshal(answer, &out); err != nil {
				t.Errorf("the reference's answer does not read into the SDK's model: %v", err)
			}
			answer, _ = json.Marshal(out)
		}
		for k, v := range resp.Header {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = w.Write(answer)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestAServerOnTheVendorSDKPasses runs the dcaas features against a server
// that answers with the vendor SDK's models. Null members left out are not
// a failure, not even under --strict (the three known documentation
// conflicts acknowledged). The one scenario that fails is the SDK's own
// fault, and conform is right to fail it: bgp_asn = 4294967295 is on the
// page's boundary, and the SDK cannot read it (docs/interop.md).
func TestAServerOnTheVendorSDKPasses(t *testing.T) {
	srv := sdkServer(t)
	root := repoRoot(t)
	for _, strict := range []bool{false, true} {
		t.Run(map[bool]string{false: "default", true: "strict"}[strict], func(t *testing.T) {
			var out bytes.Buffer
			code := Run(context.Background(), target.Config{Provider: refProvider(t), Dir: root,
				Features: []string{filepath.Join(root, "features", "dcaas")}, Strict: strict,
				Ack:   []string{"dcaas-example-url", "dcaas-tenant-id-length"},
				Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv.URL}, Format: "progress", Output: &out, Errors: &out,
				Getenv: func(k string) string { return refEnv[k] },
			}, nil)
			text := out.String()
			if code != 1 {
				t.Fatalf("exit %d, want 1 (the int32 boundary row fails); output:\n%s", code, text)
			}
			if strings.Contains(text, "got absent") || strings.Contains(text, "example member") {
				t.Errorf("a member the SDK leaves out is reported missing:\n%s", text)
			}
			failed := regexp.MustCompile(`(?m)^  ✗ (.*)$`).FindAllStringSubmatch(text, -1)
			if len(failed) != 1 || !strings.Contains(failed[0][1], "/vif_peer/bgp_asn = 4294967295 is on the boundary") {
				t.Errorf("failed scenarios %q, want only the bgp_asn = 4294967295 boundary row; output:\n%s", failed, text)
			}
			if !strings.Contains(text, "got 400") || !strings.Contains(text, "FAILED: 1 of ") {
				t.Errorf("the boundary row should fail with the SDK's 400; output:\n%s", text)
			}
		})
	}
}
