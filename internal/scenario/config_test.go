package scenario

import (
	"context"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

func TestResolveTargets(t *testing.T) {
	set, err := contract.Load(context.Background(), repoRoot(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	creds := map[string]string{"CONFORM_DCAAS_TOKEN": "t0ken", "CONFORM_ELEMENT_USERNAME": "admin", "CONFORM_ELEMENT_PASSWORD": "pw"}
	ref := func(string) (string, error) { return "http://127.0.0.1:9", nil }
	tests := []struct {
		name      string
		flags     map[string]string
		env       map[string]string
		api       string
		wantBase  string
		wantRef   bool
		wantParam map[string]string
		wantErr   string
	}{
		{name: "no target: the reference", api: "dcaas", wantBase: "http://127.0.0.1:9", wantRef: true},
		{name: "flag", flags: map[string]string{"dcaas": "https://dcaas.example.com/"}, api: "dcaas", wantBase: "https://dcaas.example.com"},
		{name: "env is the same as the flag", env: map[string]string{"CONFORM_DCAAS_URL": "https://env.example.com"}, api: "dcaas", wantBase: "https://env.example.com"},
		{name: "flag wins over env", flags: map[string]string{"dcaas": "https://flag.example.com"}, env: map[string]string{"CONFORM_DCAAS_URL": "https://env.example.com"}, api: "dcaas", wantBase: "https://flag.example.com"},
		{name: "element version from the URL", flags: map[string]string{"element": "https://10.0.0.5/json-rpc/12.3"}, api: "element", wantBase: "https://10.0.0.5", wantParam: map[string]string{"version": "12.3"}},
		{name: "element behind a prefix", flags: map[string]string{"element": "https://gw.example.com/sf/json-rpc/9.6"}, api: "element", wantBase: "https://gw.example.com/sf", wantParam: map[string]string{"version": "9.6"}},
		{name: "unknown API", flags: map[string]string{"dcas": "https://x.example.com"}, wantErr: `unknown API "dcas"; known: dcaas, element`},
		{name: "not absolute", flags: map[string]string{"dcaas": "/v3"}, wantErr: "not an absolute http(s) URL"},
		{name: "ftp", flags: map[string]string{"dcaas": "ftp://x.example.com"}, wantErr: "not an absolute http(s) URL"},
		{name: "missing token", flags: map[string]string{"dcaas": "https://x.example.com"}, env: map[string]string{"CONFORM_DCAAS_TOKEN": ""}, wantErr: "set CONFORM_DCAAS_TOKEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range creds {
				env[k] = v
			}
			for k, v := range tt.env {
				env[k] = v
			}
			got, err := resolveTargets(set, Config{Targets: tt.flags, Getenv: func(k string) string { return env[k] }}, ref)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !IsUsage(err) {
					t.Fatalf("error = %v, want a usage error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tg := got[tt.api]
			if tg.Base.String() != tt.wantBase || tg.Reference != tt.wantRef {
				t.Errorf("target = %s (reference %v), want %s (reference %v)", tg.Base, tg.Reference, tt.wantBase, tt.wantRef)
			}
			for k, v := range tt.wantParam {
				if tg.Params[k] != v {
					t.Errorf("param %s = %q, want %q", k, tg.Params[k], v)
				}
			}
		})
	}
}

func TestParseTargets(t *testing.T) {
	for _, bad := range [][]string{{"dcaas"}, {"=https://x"}, {"dcaas="}, {"dcaas=https://a", "dcaas=https://b"}} {
		if _, err := ParseTargets(bad); err == nil || !IsUsage(err) {
			t.Errorf("ParseTargets(%q) = %v, want a usage error", bad, err)
		}
	}
	got, err := ParseTargets([]string{"dcaas=https://a.example.com?x=1", "element=https://10.0.0.5/json-rpc/12.3"})
	if err != nil || got["dcaas"] != "https://a.example.com?x=1" || got["element"] != "https://10.0.0.5/json-rpc/12.3" {
		t.Errorf("ParseTargets = %v, %v", got, err)
	}
}
