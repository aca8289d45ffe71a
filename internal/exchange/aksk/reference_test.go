package aksk_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/exchange/aksk"
	"github.com/conform-dev/conform/internal/reference"
)

// TestSignAgainstTheReference sends requests signed in the ways a run may
// sign them to a reference target, which checks each signature with its
// own code.
func TestSignAgainstTheReference(t *testing.T) {
	t.Parallel()
	srv, err := reference.Start(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	client := exchange.NewClient(exchange.Options{Timeout: 10 * time.Second})
	t.Cleanup(client.Close)
	const project = "cfa563efb77d4b6d9960781d82530fd8"
	keys := aksk.Credentials{AccessKey: reference.DefaultAccessKey, SecretKey: reference.DefaultSecretKey}
	withProject := keys
	withProject.ProjectID = project
	tests := []struct {
		name        string
		creds       aksk.Credentials
		header      http.Header
		signTwice   bool
		wantProject string // X-Project-Id sent
	}{
		{name: "with a project id", creds: withProject, wantProject: project},
		{name: "without one", creds: keys},
		{name: "the caller's X-Project-Id kept and signed", creds: keys, header: http.Header{"X-Project-Id": {"caller-set"}}, wantProject: "caller-set"},
		{name: "the credentials' project id over the caller's", creds: withProject, header: http.Header{"X-Project-Id": {"caller-set"}}, wantProject: project},
		{name: "signed twice, as a retry would", creds: withProject, signTwice: true, wantProject: project},
		{name: "a header given twice", creds: withProject, header: http.Header{"X-Trace": {"a", "b"}}, wantProject: project},
		{name: "header names not in canonical form", creds: keys, header: http.Header{"x-trace": {"a"}, "x-project-id": {"caller-set"}, "x-sdk-date": {"20060102T150405Z"}}, wantProject: "caller-set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := http.Header{"Content-Type": {"application/json"}}
			for k, vs := range tt.header {
				h[k] = vs
			}
			req := &exchange.Request{Method: http.MethodPost, URL: srv.URL() + "/v3/" + project + "/dcaas/vif-peers?x=1", Header: h, Body: []byte(`{"vif_peer":{}}`)}
			at := time.Now()
			if tt.signTwice {
				if err := tt.creds.SignRequest(req, at.Add(-time.Minute)); err != nil {
					t.Fatal(err)
				}
			}
			if err := tt.creds.SignRequest(req, at); err != nil {
				t.Fatal(err)
			}
			if got := anySpelling(req.Header, "X-Project-Id"); len(got) > 1 || strings.Join(got, "") != tt.wantProject {
				t.Errorf("X-Project-Id = %q, want %q", got, tt.wantProject)
			}
			if got := anySpelling(req.Header, "X-Sdk-Date"); len(got) != 1 {
				t.Errorf("X-Sdk-Date = %q, want one value", got)
			}
			resp, err := client.Do(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if resp.Status != http.StatusCreated {
				t.Errorf("the target refused the signed request: %d %s", resp.Status, resp.Body)
			}
		})
	}
}

// anySpelling gathers the values of a header under every spelling of its
// name, as they go on the wire.
func anySpelling(h http.Header, name string) []string {
	var vs []string
	for k, v := range h {
		if strings.EqualFold(k, name) {
			vs = append(vs, v...)
		}
	}
	return vs
}
