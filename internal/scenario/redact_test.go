package scenario

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// TestSecretInAReportedValueIsMasked: a target echoes the token into a
// member whose value then breaks its maxLength, so that the findings quote a
// value holding a secret, long enough to be shortened when printed. A
// secret cut by the shortening would no longer match the redactor and would
// show in part: every output must show the value masked, never any part of
// the token.
func TestSecretInAReportedValueIsMasked(t *testing.T) {
	ref := startRef(t, reference.Options{Token: planted.token, Username: planted.user, Password: planted.password})
	pad := strings.Repeat("n", 10)
	// Rendered as JSON the value is 92 characters: shortened to 80 before
	// masking it would end in the first 19 characters of the token; masked
	// first it is 75, and shows whole.
	echoed := strings.Repeat("n", 50) + pad + planted.token + pad
	base, _ := url.Parse(ref.URL())
	proxy := httptest.NewServer(&httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(base) },
		ModifyResponse: func(resp *http.Response) error {
			b, err := io.ReadAll(resp.Body)
			if err != nil {
				return err
			}
			b = bytes.ReplaceAll(b, []byte(`"name":"vif-0819"`), []byte(`"name":"`+echoed+`"`))
			resp.Body = io.NopCloser(bytes.NewReader(b))
			resp.ContentLength = int64(len(b))
			resp.Header.Set("Content-Length", strconv.Itoa(len(b)))
			return nil
		},
	})
	defer proxy.Close()

	dir := t.TempDir()
	r := runWithReports(t, "", 1, dir, target.Config{
		Targets:     map[string]string{"dcaas": proxy.URL},
		SecretNames: []string{"tenant_id"},
		Features:    []string{repoRoot(t) + "/features/dcaas/create_vif_peer.feature"},
	})
	if r.code != 1 {
		t.Fatalf("exit code %d, want 1 (the name breaks maxLength 64); output:\n%s%s", r.code, r.stdout, r.errs)
	}
	cuke := readFile(t, r.cuke)
	outputs := map[string]string{"console": r.stdout + r.errs, "junit": readFile(t, r.junit), "cucumber": cuke,
		"cucumber embeddings": decodedEmbeddings(t, cuke), "html": readFile(t, r.html), "json": readFile(t, r.runJSON)}
	masked := pad + "***" + pad
	for name, text := range outputs {
		if i := strings.Index(text, "tok-PLAN"); i >= 0 {
			t.Errorf("%s shows part of the token: …%s…", name, text[max(0, i-40):min(len(text), i+40)])
		}
		if found := secretsIn(text); len(found) > 0 {
			t.Errorf("%s shows the secrets %q", name, found)
		}
		if name != "cucumber embeddings" && !strings.Contains(text, masked) {
			t.Errorf("%s does not show the reported value masked (%s): the finding is missing", name, masked)
		}
	}
	if !strings.Contains(r.stdout, "/vif_peer/name: maxLength 64") {
		t.Errorf("the console does not report the maxLength finding:\n%s", r.stdout)
	}
}
