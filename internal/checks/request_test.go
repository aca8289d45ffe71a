package checks_test

import (
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
)

// TestDocumentedRequest: a documented example's URL and method that do not
// match the operation are the documentation's fault, a warning each, and
// the URL's parameters are used only when it matches.
func TestDocumentedRequest(t *testing.T) {
	_, op := createVifPeer(t)
	tests := []struct {
		name, url, method string
		wantParams        string   // project_id the URL gives
		want              []string // one finding each, by substring
	}{
		{"as documented", "https://dcaas.example/v3/p1/dcaas/vif-peers", "POST", "p1", nil},
		{"no method given", "/v3/p1/dcaas/vif-peers", "", "p1", nil},
		{"URL goes on", "/v3/p1/dcaas/vif-peers/extra", "POST", "p1", []string{`request URL: documented URI POST /v3/{project_id}/dcaas/vif-peers (expected a URL that matches the URI), got /v3/p1/dcaas/vif-peers/extra; the documented URL goes on with "/extra"`}},
		{"another URL", "/v2/vif-peers", "POST", "", []string{"got /v2/vif-peers; conform sent the request to the URI, with parameters from the configuration"}},
		{"another method", "/v3/p1/dcaas/vif-peers", "PUT", "p1", []string{"request method: documented method POST, got PUT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			params, fs := checks.DocumentedRequest(op, tt.url, tt.method)
			if params["project_id"] != tt.wantParams {
				t.Errorf("params = %v, want project_id %q", params, tt.wantParams)
			}
			if len(fs) != len(tt.want) {
				t.Fatalf("got %v, want %d findings", fs, len(tt.want))
			}
			for i, f := range fs {
				if !strings.Contains(f.String(), tt.want[i]) || f.Check != checks.IDRequest || f.Level != checks.Warning {
					t.Errorf("got %s (a %s from %q), want a request warning containing %q", f, f.Level, f.Check, tt.want[i])
				}
			}
		})
	}
}
