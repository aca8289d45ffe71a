package reference

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/exchange/aksk"
)

// These tests sign with conform's client signer (the vendor SDK's signer
// behind it) and let the reference check the signature with its own code:
// the two share nothing but the wire.

var defaultKeys = aksk.Credentials{AccessKey: DefaultAccessKey, SecretKey: DefaultSecretKey, ProjectID: testProject}

// signedDo signs a request to the target as of at, lets tamper change what
// is sent afterwards, and sends it.
func (tg *target) signedDo(c aksk.Credentials, at time.Time, method, path string, header http.Header, body string, tamper func(*http.Request)) reply {
	tg.t.Helper()
	return tg.send(method, path, header, body, func(req *http.Request) {
		if err := c.Sign(req, at); err != nil {
			tg.t.Fatalf("Sign: %v", err)
		}
		if tamper != nil {
			tamper(req)
		}
	})
}

func setBody(s string) func(*http.Request) {
	return func(r *http.Request) {
		r.Body, r.ContentLength = io.NopCloser(strings.NewReader(s)), int64(len(s))
		r.GetBody = nil
	}
}

func TestDCaaSSignature(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	collection := "/v3/" + testProject + "/dcaas/vif-peers"
	jsonHeader := http.Header{"Content-Type": {"application/json"}}
	const body = `{"vif_peer":{"name":"signed"}}`
	now := time.Now()
	tests := []struct {
		name   string
		creds  aksk.Credentials
		at     time.Time
		path   string // "" is the collection
		header http.Header
		tamper func(*http.Request)
		status int
		reason string // the end of error_msg, for a 401
	}{
		{name: "the right signature", creds: defaultKeys, at: now, status: http.StatusCreated},
		{name: "the right signature with a query", creds: defaultKeys, at: now, path: collection + "?b=2&a=x%20y&b=1", status: http.StatusCreated},
		{name: "the right signature without a project id header", creds: aksk.Credentials{AccessKey: DefaultAccessKey, SecretKey: DefaultSecretKey}, at: now, status: http.StatusCreated},
		{name: "signed 14 minutes ago", creds: defaultKeys, at: now.Add(-14 * time.Minute), status: http.StatusCreated},
		{name: "signed by a clock 14 minutes ahead", creds: defaultKeys, at: now.Add(14 * time.Minute), status: http.StatusCreated},
		{name: "a header added after signing, not signed", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.Header.Set("X-Extra", "1") }, status: http.StatusCreated},

		{name: "a wrong secret key", creds: aksk.Credentials{AccessKey: DefaultAccessKey, SecretKey: "not-the-secret-key", ProjectID: testProject}, at: now,
			status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "an unknown access key", creds: aksk.Credentials{AccessKey: "SOMEONEELSESKEY00000", SecretKey: DefaultSecretKey}, at: now,
			status: http.StatusUnauthorized, reason: "the access key in Authorization is not known"},
		{name: "the body changed after signing", creds: defaultKeys, at: now,
			tamper: setBody(`{"vif_peer":{"name":"forged"}}`), status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "the path changed after signing", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) {
				r.URL.Path = "/v3/" + strings.Repeat("0", 32) + "/dcaas/vif-peers"
			}, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "the query changed after signing", creds: defaultKeys, at: now, path: collection + "?limit=1",
			tamper: func(r *http.Request) { r.URL.RawQuery = "limit=2" }, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "a query added after signing", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.URL.RawQuery = "marker=x" }, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "a signed header changed after signing", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.Header.Set("X-Project-Id", strings.Repeat("0", 32)) }, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "X-Sdk-Date moved after signing", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) {
				r.Header.Set("X-Sdk-Date", now.Add(time.Minute).UTC().Format(aksk.DateFormat))
			}, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "signed 16 minutes ago", creds: defaultKeys, at: now.Add(-16 * time.Minute),
			status: http.StatusUnauthorized, reason: "from the server's time " + "…"},
		{name: "signed by a clock 16 minutes ahead", creds: defaultKeys, at: now.Add(16 * time.Minute),
			status: http.StatusUnauthorized, reason: "from the server's time " + "…"},
		{name: "no X-Sdk-Date", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.Header.Del("X-Sdk-Date") }, status: http.StatusUnauthorized, reason: "X-Sdk-Date header must be given once, in the form 20060102T150405Z"},
		{name: "X-Sdk-Date not a date", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.Header.Set("X-Sdk-Date", "yesterday") }, status: http.StatusUnauthorized, reason: `X-Sdk-Date "yesterday" is not in the form 20060102T150405Z`},
		{name: "the signature removed", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.Header.Del("Authorization") }, status: http.StatusUnauthorized, reason: "X-Auth-Token header is missing or empty"},
		{name: "the signature cut short", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) { r.Header.Set("Authorization", r.Header.Get("Authorization")[:80]) }, status: http.StatusUnauthorized,
			reason: "Authorization must read SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…"},
		{name: "the signature flipped in one digit", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) {
				a := r.Header.Get("Authorization")
				last := a[len(a)-1]
				flip := byte('0')
				if last == '0' {
					flip = '1'
				}
				r.Header.Set("Authorization", a[:len(a)-1]+string(flip))
			}, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
		{name: "x-sdk-date left out of SignedHeaders", creds: defaultKeys, at: now,
			tamper: func(r *http.Request) {
				r.Header.Set("Authorization", strings.Replace(r.Header.Get("Authorization"), ";x-sdk-date", "", 1))
			}, status: http.StatusUnauthorized, reason: "SignedHeaders must include x-sdk-date"},
		{name: "a wrong signature beside a valid token", creds: aksk.Credentials{AccessKey: DefaultAccessKey, SecretKey: "wrong"}, at: now,
			tamper: func(r *http.Request) { r.Header.Set("X-Auth-Token", DefaultToken) }, status: http.StatusCreated},
		{name: "a wrong signature beside a wrong token", creds: aksk.Credentials{AccessKey: DefaultAccessKey, SecretKey: "wrong"}, at: now,
			tamper: func(r *http.Request) { r.Header.Set("X-Auth-Token", "wrong-token") }, status: http.StatusUnauthorized, reason: "verify aksk signature fail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := tt.path
			if path == "" {
				path = collection
			}
			r := tg.signedDo(tt.creds, tt.at, http.MethodPost, path, jsonHeader, body, tt.tamper)
			obj := wantJSON(t, r, tt.status)
			if tt.status != http.StatusUnauthorized {
				return
			}
			wantGatewayAuthError(t, obj, tt.reason)
			for _, secret := range []string{DefaultSecretKey, tt.creds.SecretKey, DefaultAccessKey} {
				if strings.Contains(string(r.body), secret) {
					t.Errorf("the answer repeats a key: %s", r.body)
				}
			}
		})
	}
}

// wantGatewayAuthError checks the body the gateway answers a bad
// credential with, the same for a token and a signature.
func wantGatewayAuthError(t *testing.T, obj map[string]any, reason string) {
	t.Helper()
	if obj["error_code"] != "APIG.0301" {
		t.Errorf("error_code = %v, want APIG.0301", obj["error_code"])
	}
	msg, _ := obj["error_msg"].(string)
	why, ok := strings.CutPrefix(msg, "Incorrect IAM authentication information: ")
	if !ok {
		t.Errorf("error_msg = %q, want the gateway's IAM message", msg)
	}
	if prefix, cut := strings.CutSuffix(reason, "…"); cut {
		if !strings.Contains(why, prefix) {
			t.Errorf("error_msg = %q, want it to say %q", msg, prefix)
		}
	} else if why != reason {
		t.Errorf("error_msg = %q, want it to end %q", msg, reason)
	}
	if id, _ := obj["request_id"].(string); !requestIDPattern.MatchString(id) {
		t.Errorf("request_id = %#v, want 32 lowercase hex characters", obj["request_id"])
	}
}

func TestDCaaSSignatureDelete(t *testing.T) {
	t.Parallel()
	tg := startTarget(t, Options{})
	created := wantJSON(t, tg.createPeer(`{}`), http.StatusCreated)
	id, _ := created["vif_peer"].(map[string]any)["id"].(string)
	path := "/v3/" + testProject + "/dcaas/vif-peers/" + id
	r := tg.signedDo(defaultKeys, time.Now(), http.MethodDelete, path, nil, "", func(r *http.Request) { r.URL.Path += "0" })
	wantGatewayAuthError(t, wantJSON(t, r, http.StatusUnauthorized), "verify aksk signature fail")
	r = tg.signedDo(defaultKeys, time.Now(), http.MethodDelete, path, nil, "", nil)
	if r.status != http.StatusNoContent {
		t.Fatalf("signed DELETE: %s, want 204", r)
	}
}

func TestDCaaSSignatureConfiguredKeys(t *testing.T) {
	t.Parallel()
	custom := aksk.Credentials{AccessKey: "CUSTOMACCESSKEY00001", SecretKey: "custom secret key, with spaces"}
	tg := startTarget(t, Options{AccessKey: custom.AccessKey, SecretKey: custom.SecretKey})
	path := "/v3/" + testProject + "/dcaas/vif-peers"
	h := http.Header{"Content-Type": {"application/json"}}
	tests := []struct {
		name   string
		creds  aksk.Credentials
		status int
	}{
		{"the configured keys", custom, http.StatusCreated},
		{"the default keys when others are configured", defaultKeys, http.StatusUnauthorized},
		{"the configured access key with the default secret", aksk.Credentials{AccessKey: custom.AccessKey, SecretKey: DefaultSecretKey}, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tg.signedDo(tt.creds, time.Now(), http.MethodPost, path, h, `{}`, nil)
			wantJSON(t, r, tt.status)
		})
	}
	t.Run("the token still works", func(t *testing.T) {
		wantJSON(t, tg.createPeer(`{}`), http.StatusCreated)
	})
}

func TestOptionsAccessKeyMustFitTheHeader(t *testing.T) {
	t.Parallel()
	for _, ak := range []string{"has space", "has,comma", "tab\there"} {
		if _, err := New(Options{AccessKey: ak}); err == nil {
			t.Errorf("New(Options{AccessKey: %q}) accepted it", ak)
		}
	}
}
