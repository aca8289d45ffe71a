package aksk_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/exchange/aksk"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/reports"
)

// TestSignedExchangeShowsNoSecret signs a request with a known secret key,
// sends it with conform's client to a reference target that checks the
// signature, and renders it the way reports do (the redacted trace and the
// curl reproducer): neither the secret key nor the signature may show.
func TestSignedExchangeShowsNoSecret(t *testing.T) {
	t.Parallel()
	const (
		ak = "MASKTESTACCESSKEY001"
		sk = "s3cr3t-Key-known-to-this-test-0123456789"
	)
	srv, err := reference.Start(reference.Options{AccessKey: ak, SecretKey: sk})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	client := exchange.NewClient(exchange.Options{Timeout: 10 * time.Second})
	t.Cleanup(client.Close)
	creds := aksk.Credentials{AccessKey: ak, SecretKey: sk, ProjectID: "cfa563efb77d4b6d9960781d82530fd8"}

	tests := []struct {
		name        string
		description string // vif_peer.description, which the target echoes
		addSecret   bool   // the run registers the SK with the redactor, as the wiring must
	}{
		{name: "the secret never sent", description: "peer"},
		{name: "the secret registered and never sent", description: "peer", addSecret: true},
		// A scenario that puts the SK in a body (by mistake or on
		// purpose) has it sent and echoed: only the redactor's
		// knowing it keeps it out of the report.
		{name: "the secret echoed in the bodies, registered", description: "key " + sk, addSecret: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			body, err := json.Marshal(map[string]any{"vif_peer": map[string]string{"description": tt.description}})
			if err != nil {
				t.Fatal(err)
			}
			req := &exchange.Request{Method: http.MethodPost, URL: srv.URL() + "/v3/" + creds.ProjectID + "/dcaas/vif-peers",
				Header: http.Header{"Content-Type": {"application/json"}}, Body: body}
			if err := creds.SignRequest(req, time.Now()); err != nil {
				t.Fatal(err)
			}
			authorization := req.Header.Get("Authorization")
			_, signature, _ := strings.Cut(authorization, "Signature=")
			if len(signature) != 64 {
				t.Fatalf("Authorization %q has no 64-digit signature", authorization)
			}
			resp, err := client.Do(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if resp.Status != http.StatusCreated {
				t.Fatalf("the target refused the signed request: %d %s", resp.Status, resp.Body)
			}

			red := exchange.NewRedactor()
			if tt.addSecret {
				red.Add(sk)
			}
			x := reports.NewExchange("dcaas", "CreateVifPeer", req, resp, red, nil, false)
			rendered := reports.ExchangeText(x)
			for what, secret := range map[string]string{"the secret key": sk, "the Authorization value": authorization, "the signature": signature} {
				if strings.Contains(rendered, secret) {
					t.Errorf("the report shows %s:\n%s", what, rendered)
				}
			}
			for _, want := range []string{"Authorization: ***\n", "-H 'Authorization: ***'", "X-Sdk-Date: "} {
				if !strings.Contains(rendered, want) {
					t.Errorf("the report lacks %q:\n%s", want, rendered)
				}
			}
		})
	}
}
