package target

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/contract"
)

func TestResolveTargets(t *testing.T) {
	set, err := contract.Load(context.Background(), repoRoot(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	creds := map[string]string{"CONFORM_DCAAS_TOKEN": "t0ken", "CONFORM_ELEMENT_USERNAME": "admin", "CONFORM_ELEMENT_PASSWORD": "pw"}
	ref := fixedProvider{url: "http://127.0.0.1:9", apis: []string{"dcaas"}}
	tests := []struct {
		name      string
		flags     map[string]string
		env       map[string]string
		api       string
		wantBase  string
		wantRef   bool
		wantParam map[string]string
		wantErr   string
		noTarget  bool
		provider  Provider
		wantAuth  string // the scheme the target uses
	}{
		{name: "no target: the provider", api: "dcaas", wantBase: "http://127.0.0.1:9", wantRef: true, provider: ref},
		{name: "no target, and the provider does not serve the API", api: "element", provider: ref, noTarget: true},
		{name: "no target and no provider", api: "dcaas", noTarget: true},
		{name: "a URL needs no provider", flags: map[string]string{"element": "https://10.0.0.5/json-rpc/12.3"}, api: "element", wantBase: "https://10.0.0.5"},
		{name: "flag", flags: map[string]string{"dcaas": "https://dcaas.example.com/"}, api: "dcaas", wantBase: "https://dcaas.example.com"},
		{name: "env is the same as the flag", env: map[string]string{"CONFORM_DCAAS_URL": "https://env.example.com"}, api: "dcaas", wantBase: "https://env.example.com"},
		{name: "flag wins over env", flags: map[string]string{"dcaas": "https://flag.example.com"}, env: map[string]string{"CONFORM_DCAAS_URL": "https://env.example.com"}, api: "dcaas", wantBase: "https://flag.example.com"},
		{name: "element version from the URL", flags: map[string]string{"element": "https://10.0.0.5/json-rpc/12.3"}, api: "element", wantBase: "https://10.0.0.5", wantParam: map[string]string{"version": "12.3"}},
		{name: "element behind a prefix", flags: map[string]string{"element": "https://gw.example.com/sf/json-rpc/9.6"}, api: "element", wantBase: "https://gw.example.com/sf", wantParam: map[string]string{"version": "9.6"}},
		{name: "unknown API", flags: map[string]string{"dcas": "https://x.example.com"}, wantErr: `unknown API "dcas"; known: dcaas, dcaas-v2, dcaas-versions, element`},
		{name: "not absolute", flags: map[string]string{"dcaas": "/v3"}, wantErr: "not an absolute http(s) URL"},
		{name: "ftp", flags: map[string]string{"dcaas": "ftp://x.example.com"}, wantErr: "not an absolute http(s) URL"},
		{name: "no credential names both alternatives", flags: map[string]string{"dcaas": "https://x.example.com"}, env: map[string]string{"CONFORM_DCAAS_TOKEN": ""},
			wantErr: "needs credentials: set CONFORM_DCAAS_TOKEN, or CONFORM_DCAAS_AK and CONFORM_DCAAS_SK"},
		{name: "the token", flags: map[string]string{"dcaas": "https://x.example.com"}, api: "dcaas", wantBase: "https://x.example.com", wantAuth: "token"},
		{name: "AK/SK when no token is set", flags: map[string]string{"dcaas": "https://x.example.com"}, env: map[string]string{"CONFORM_DCAAS_TOKEN": "", "CONFORM_DCAAS_AK": "AK", "CONFORM_DCAAS_SK": "SK"},
			api: "dcaas", wantBase: "https://x.example.com", wantAuth: "aksk"},
		{name: "the token over AK/SK", flags: map[string]string{"dcaas": "https://x.example.com"}, env: map[string]string{"CONFORM_DCAAS_AK": "AK", "CONFORM_DCAAS_SK": "SK"},
			api: "dcaas", wantBase: "https://x.example.com", wantAuth: "token"},
		{name: "an AK without its SK", flags: map[string]string{"dcaas": "https://x.example.com"}, env: map[string]string{"CONFORM_DCAAS_TOKEN": "", "CONFORM_DCAAS_AK": "AK"},
			wantErr: "CONFORM_DCAAS_AK is set but CONFORM_DCAAS_SK is not (the aksk scheme needs CONFORM_DCAAS_AK and CONFORM_DCAAS_SK): set both, or neither"},
		{name: "an SK without its AK", flags: map[string]string{"dcaas": "https://x.example.com"}, env: map[string]string{"CONFORM_DCAAS_TOKEN": "", "CONFORM_DCAAS_SK": "SK"},
			wantErr: "CONFORM_DCAAS_SK is set but CONFORM_DCAAS_AK is not"},
		{name: "the provider's first alternative", api: "dcaas", wantBase: "http://127.0.0.1:9", wantRef: true, provider: ref, wantAuth: "token"},
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
			got, err := Resolve(set, Config{Targets: tt.flags, Getenv: func(k string) string { return env[k] }, Provider: tt.provider})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !IsUsage(err) {
					t.Fatalf("error = %v, want a usage error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tg, ok := got[tt.api]
			if ok == tt.noTarget {
				t.Fatalf("target %v, want one: %v", tg, !tt.noTarget)
			}
			if tt.noTarget {
				return
			}
			if tg.Base.String() != tt.wantBase || tg.Reference != tt.wantRef {
				t.Errorf("target = %s (reference %v), want %s (reference %v)", tg.Base, tg.Reference, tt.wantBase, tt.wantRef)
			}
			if tt.wantAuth != "" && (tg.Auth == nil || tg.Auth.Scheme != tt.wantAuth) {
				t.Errorf("the target uses %+v, want the %s scheme", tg.Auth, tt.wantAuth)
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

// fixedProvider serves some APIs at one URL, with credentials named after
// their variables.
type fixedProvider struct {
	url  string
	apis []string
}

func (p fixedProvider) Serves(api, _ string) bool    { return slices.Contains(p.apis, api) }
func (p fixedProvider) Start(string) (string, error) { return p.url, nil }
func (p fixedProvider) Credentials(c contract.Credential) []string {
	return append([]string{}, c.Env...)
}
func (p fixedProvider) Close() {}

// repoRoot is the repository's root, where openapi/ is.
func repoRoot(t *testing.T) string {
	t.Helper()
	return filepath.Join("..", "..")
}

// --rate spaces the requests to each target: N requests to one host take
// at least (N-1)/rate, while another host has its own budget.
func TestRateLimitSpacesRequests(t *testing.T) {
	const perSecond, n = 50, 5
	l := NewLimiter(perSecond)
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < n; i++ {
		if err := l.Wait(ctx, "http://127.0.0.1:1/x"); err != nil {
			t.Fatal(err)
		}
	}
	// A lower bound only: a limiter cannot be faster than its rate, however
	// busy the machine is.
	if took, least := time.Since(start), time.Duration(n-1)*time.Second/perSecond; took < least {
		t.Errorf("%d requests at --rate %d took %s, want at least %s", n, perSecond, took, least)
	}
	// Another host's first request goes at once: rate.Limiter refuses at
	// once a wait that would pass the deadline, so a shared budget fails
	// here without any timing.
	soon, cancelSoon := context.WithTimeout(ctx, time.Second/(2*perSecond))
	defer cancelSoon()
	if err := l.Wait(soon, "http://127.0.0.2:1/x"); err != nil {
		t.Errorf("another host waits on the first host's budget: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	slow := NewLimiter(0.001)
	_ = slow.Wait(ctx, "http://127.0.0.1:1/x") // the first token is free
	if err := slow.Wait(cancelled, "http://127.0.0.1:1/x"); err == nil || !strings.Contains(err.Error(), "--rate") {
		t.Errorf("a wait cut short says %v, want it to name --rate", err)
	}
	if NewLimiter(0) != nil {
		t.Error("--rate 0 must mean no limit")
	}
}

// A URL for one API is no licence to run the others on the embedded
// reference: they have no target unless named with --reference.
func TestPartialTargetsLeaveTheRestUnserved(t *testing.T) {
	set, err := contract.Load(context.Background(), repoRoot(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"CONFORM_DCAAS_TOKEN": "t0ken"}
	both := fixedProvider{url: "http://127.0.0.1:9", apis: []string{"dcaas", "element"}}
	tests := []struct {
		name      string
		targets   map[string]string
		env       map[string]string
		reference []string
		want      map[string]bool // API → on the reference; absent: no target
		wantErr   string
	}{
		{name: "no URL: every API the provider serves", want: map[string]bool{"dcaas": true, "element": true}},
		{name: "a --target for dcaas", targets: map[string]string{"dcaas": "https://dcaas.example.com"}, want: map[string]bool{"dcaas": false}},
		{name: "a URL variable for dcaas", env: map[string]string{"CONFORM_DCAAS_URL": "https://dcaas.example.com"}, want: map[string]bool{"dcaas": false}},
		{name: "--reference element", targets: map[string]string{"dcaas": "https://dcaas.example.com"}, reference: []string{"element"},
			want: map[string]bool{"dcaas": false, "element": true}},
		{name: "--reference of an unknown API", reference: []string{"elemnt"}, wantErr: `--reference elemnt: unknown API "elemnt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string {
				if v, ok := tt.env[k]; ok {
					return v
				}
				return env[k]
			}
			got, err := Resolve(set, Config{Targets: tt.targets, Getenv: getenv, Provider: both, Reference: tt.reference})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !IsUsage(err) {
					t.Fatalf("error %v, want a usage error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			on := map[string]bool{}
			for name, tg := range got {
				on[name] = tg.Reference
			}
			if !maps.Equal(on, tt.want) {
				t.Errorf("targets (API → on the reference) %v, want %v", on, tt.want)
			}
		})
	}
}

// conform run reads the same CONFORM_* variables as go test and godog run;
// a flag given wins, and values that mean nothing are refused saying what
// to write.
func TestOverlay(t *testing.T) {
	// flags is a Config as the CLI builds it from its flags' defaults.
	flags := func() Config {
		return Config{Concurrency: 1, Timeout: 30 * time.Second, GiveUpAfter: DefaultGiveUpAfter, Format: "", Tags: ""}
	}
	tests := []struct {
		name    string
		given   map[string]bool // flags the user gave
		set     func(c *Config) // their values
		env     map[string]string
		check   func(c Config) string // what is wrong, or ""
		wantErr string
	}{
		{name: "nothing given: the flags' defaults", check: func(c Config) string {
			if c.Concurrency != 1 || c.Timeout != 30*time.Second || c.GiveUpAfter != DefaultGiveUpAfter || c.Strict {
				return fmt.Sprintf("%+v", c)
			}
			return ""
		}},
		{name: "a variable without its flag", env: map[string]string{"CONFORM_TAGS": "@dcaas", "CONFORM_STRICT": "1", "CONFORM_TIMEOUT": "2s", "CONFORM_FORMAT": "progress", "CONFORM_SHARD": "1/2", "CONFORM_GIVE_UP_AFTER": "0", "CONFORM_CONCURRENCY": "4", "CONFORM_RATE": "0.5", "CONFORM_RETRIES": "1"},
			check: func(c Config) string {
				if c.Tags != "@dcaas" || !c.Strict || c.Timeout != 2*time.Second || c.Format != "progress" || c.Shard != "1/2" || c.GiveUpAfter != 0 || c.Concurrency != 4 || c.Rate != 0.5 || c.Retries != 1 {
					return fmt.Sprintf("%+v", c)
				}
				return ""
			}},
		{name: "the flag wins", given: map[string]bool{"tags": true, "timeout": true}, set: func(c *Config) { c.Tags, c.Timeout = "@element", 5*time.Second },
			env: map[string]string{"CONFORM_TAGS": "@dcaas", "CONFORM_TIMEOUT": "2s"},
			check: func(c Config) string {
				if c.Tags != "@element" || c.Timeout != 5*time.Second {
					return fmt.Sprintf("tags %q timeout %s", c.Tags, c.Timeout)
				}
				return ""
			}},
		{name: "a flag given hides its variable's mistake", given: map[string]bool{"concurrency": true}, set: func(c *Config) { c.Concurrency = 2 },
			env: map[string]string{"CONFORM_CONCURRENCY": "0"}, check: func(c Config) string {
				if c.Concurrency != 2 {
					return fmt.Sprint(c.Concurrency)
				}
				return ""
			}},
		{name: "a variable's mistake", env: map[string]string{"CONFORM_CONCURRENCY": "0"}, wantErr: `CONFORM_CONCURRENCY="0": want a whole number of at least 1`},
		{name: "--concurrency 0", given: map[string]bool{"concurrency": true}, set: func(c *Config) { c.Concurrency = 0 }, wantErr: "--concurrency 0: want how many scenarios run at once, 1 or more (e.g. --concurrency 4)"},
		{name: "--concurrency -3", given: map[string]bool{"concurrency": true}, set: func(c *Config) { c.Concurrency = -3 }, wantErr: "--concurrency -3: want"},
		{name: "--rate -1", given: map[string]bool{"rate": true}, set: func(c *Config) { c.Rate = -1 }, wantErr: "--rate -1: want requests per second to each target, e.g. --rate 5 or --rate 0.5; --rate 0 for no limit"},
		{name: "--give-up-after -1", given: map[string]bool{"give-up-after": true}, set: func(c *Config) { c.GiveUpAfter = -1 }, wantErr: "--give-up-after -1: want"},
		{name: "CONFORM_GIVE_UP_AFTER=-1", env: map[string]string{"CONFORM_GIVE_UP_AFTER": "-1"}, wantErr: `CONFORM_GIVE_UP_AFTER="-1": want a whole number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flags()
			if tt.set != nil {
				tt.set(&c)
			}
			err := Overlay(&c, func(f string) bool { return tt.given[f] }, func(k string) string { return tt.env[k] })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !IsUsage(err) {
					t.Fatalf("error = %v, want a usage error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if bad := tt.check(c); bad != "" {
				t.Errorf("config after Overlay: %s", bad)
			}
		})
	}
}
