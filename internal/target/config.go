// Package target is where a run's requests go and how: the run's
// configuration (flags and CONFORM_* variables), each API's target and its
// credentials, the HTTP client and the limits a real system needs (rate,
// timeouts, certificates). A target is a URL the user gives, or a Provider
// (the embedded reference target) that says which APIs and operations it
// implements; an API with neither has no target, and its scenarios do not
// run.
package target

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
)

// Config is everything a run needs. The CLI fills it from flags, FromEnv from
// CONFORM_* variables (for go test and godog run, which cannot take our
// flags); both resolve targets the same way.
type Config struct {
	Dir         string            // repository root: openapi/, schemas/, features/
	Features    []string          // feature files or folders; default Dir/features
	Targets     map[string]string // API → URL; an API without one runs against the Provider, if it serves it
	Strict      bool              // warnings (disputed rules, undocumented members) fail
	Ack         []string          // documentation conflicts acknowledged by id (checks.ReadAcks): reported, never failing
	Format      string            // console and report formats, e.g. "progress,junit:out/junit.xml,html:out/report.html"
	Tags        string            // a Cucumber tag expression: @element and not @slow
	Concurrency int
	Timeout     time.Duration // per request
	MaxBody     int64
	Insecure    bool
	Output      io.Writer // the report; default os.Stdout
	Errors      io.Writer // usage and configuration errors; default os.Stderr
	NoColors    bool
	Getenv      func(string) string // os.Getenv unless a test says otherwise

	// Reports and selection (internal/reports, select.go).
	Terminal    bool     // the console is a terminal: pretty by default, progress on one line
	Shard       string   // "I/N": run the I-th of N deterministic parts
	Rate        float64  // requests per second to each target; 0 is unlimited
	SecretNames []string // more header and member names whose values are masked

	// What a hostile target can do to a run (limits.go).
	Deadline   time.Duration // the whole run; DefaultDeadline when 0
	CACert     string        // PEM file of CAs to trust besides the system's
	ClientCert string        // PEM files for mutual TLS, both or neither
	ClientKey  string
	Redirects  int // redirects to follow; 0 checks a redirect as the answer
	Retries    int // resends after a connection error or 502/503/504; 0 none
	// GiveUpAfter is how many requests in a row to one target may go
	// unanswered (refused, reset, timed out) before the run stops sending
	// to it and reports its remaining scenarios as not run; 0 never gives
	// up. The CLI and FromEnv default to DefaultGiveUpAfter.
	GiveUpAfter int

	// Provider serves the APIs no URL is given for (the embedded reference
	// target); nil means none: such APIs have no target. Once the user gives
	// a URL for one API, the others run against the Provider only when
	// named in Reference: a partial --target must not pass the rest on the
	// reference unasked.
	Provider  Provider
	Reference []string

	// Allow is the most harmful effect a scenario may have on a target that
	// is not the Provider's (--allow): "" or readonly sends only reads.
	Allow contract.Effect

	// BatchSize is the most scenarios one godog run holds (batchSize when
	// 0); a longer run is several godog runs, reported as one.
	BatchSize int
}

// UsageError is a mistake in how conform was called or configured: the run
// stops before sending anything, with exit code 2.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef is a UsageError with a formatted message.
func Usagef(format string, a ...any) error { return &UsageError{Err: fmt.Errorf(format, a...)} }

// IsUsage tells whether err is a usage or configuration error.
func IsUsage(err error) bool {
	var u *UsageError
	return errors.As(err, &u)
}

// DefaultGiveUpAfter is how many requests in a row one target may leave
// unanswered before a run stops sending to it (--give-up-after): one could
// be a blip (a keep-alive connection the target closed as it was reused),
// two in a row is a target that is down or silent.
const DefaultGiveUpAfter = 2

// FromEnv builds a Config from CONFORM_* variables: CONFORM_<API>_URL for
// each target, CONFORM_STRICT=1, CONFORM_FORMAT, CONFORM_TAGS,
// CONFORM_CONCURRENCY, CONFORM_TIMEOUT (a Go duration), CONFORM_INSECURE=1,
// CONFORM_SHARD (I/N), CONFORM_RATE (requests per second per target),
// CONFORM_SECRET_NAMES (comma-separated), CONFORM_ACK (comma-separated
// conflict ids, with the lines of conform.ack), CONFORM_ALLOW,
// CONFORM_REFERENCE (comma-separated), CONFORM_GIVE_UP_AFTER (a count; 0
// never gives up) and the limits LimitsFromEnv reads.
func FromEnv(dir string) (Config, error) { return fromEnv(dir, os.Getenv) }

func fromEnv(dir string, getenv func(string) string) (Config, error) {
	c := Config{Dir: dir, Getenv: getenv, Targets: map[string]string{}, GiveUpAfter: DefaultGiveUpAfter}
	c.Strict = truthy(getenv("CONFORM_STRICT"))
	c.Insecure = truthy(getenv("CONFORM_INSECURE"))
	c.Format = getenv("CONFORM_FORMAT")
	c.Tags = getenv("CONFORM_TAGS")
	if v := getenv("CONFORM_CONCURRENCY"); v != "" {
		if _, err := fmt.Sscanf(v, "%d", &c.Concurrency); err != nil || c.Concurrency < 1 {
			return c, Usagef("CONFORM_CONCURRENCY=%q: want a whole number of at least 1", v)
		}
	}
	c.Shard = getenv("CONFORM_SHARD")
	if v := getenv("CONFORM_RATE"); v != "" {
		if _, err := fmt.Sscanf(v, "%g", &c.Rate); err != nil || c.Rate < 0 {
			return c, Usagef("CONFORM_RATE=%q: want requests per second, e.g. 5 or 0.5", v)
		}
	}
	if v := getenv("CONFORM_GIVE_UP_AFTER"); v != "" {
		if _, err := fmt.Sscanf(v, "%d", &c.GiveUpAfter); err != nil || c.GiveUpAfter < 0 {
			return c, Usagef("CONFORM_GIVE_UP_AFTER=%q: want a whole number: requests in a row a target may leave unanswered, 0 never to give up", v)
		}
	}
	c.SecretNames = SplitList(getenv("CONFORM_SECRET_NAMES"))
	c.Reference = SplitList(getenv("CONFORM_REFERENCE"))
	if v := getenv("CONFORM_ALLOW"); v != "" {
		e, err := contract.ParseEffect(v)
		if err != nil || e == contract.Readonly {
			return c, Usagef("CONFORM_ALLOW=%q: want mutating (create, change, and clean up after) or destructive (delete too)", v)
		}
		c.Allow = e
	}
	if v := getenv("CONFORM_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, Usagef("CONFORM_TIMEOUT=%q: want a duration such as 30s", v)
		}
		c.Timeout = d
	}
	if err := LimitsFromEnv(&c, getenv); err != nil {
		return c, err
	}
	ack, err := checks.ReadAcks(dir, getenv("CONFORM_ACK"))
	if err != nil {
		return c, &UsageError{Err: err}
	}
	c.Ack = ack
	return c, nil
}

// Overlay gives the conform CLI the same settings as go test and godog run:
// each setting of c (built from flags) whose flag the user did not give
// takes its CONFORM_* variable when that is set; a flag given wins. It also
// refuses flag values that mean nothing (--concurrency 0, --rate -1),
// saying what to write instead.
func Overlay(c *Config, given func(flag string) bool, getenv func(string) string) error {
	settings := []struct {
		flag, env string
		take      func(e *Config)
	}{
		{"strict", "CONFORM_STRICT", func(e *Config) { c.Strict = e.Strict }},
		{"insecure", "CONFORM_INSECURE", func(e *Config) { c.Insecure = e.Insecure }},
		{"format", "CONFORM_FORMAT", func(e *Config) { c.Format = e.Format }},
		{"tags", "CONFORM_TAGS", func(e *Config) { c.Tags = e.Tags }},
		{"concurrency", "CONFORM_CONCURRENCY", func(e *Config) { c.Concurrency = e.Concurrency }},
		{"shard", "CONFORM_SHARD", func(e *Config) { c.Shard = e.Shard }},
		{"rate", "CONFORM_RATE", func(e *Config) { c.Rate = e.Rate }},
		{"give-up-after", "CONFORM_GIVE_UP_AFTER", func(e *Config) { c.GiveUpAfter = e.GiveUpAfter }},
		{"allow", "CONFORM_ALLOW", func(e *Config) { c.Allow = e.Allow }},
		{"reference", "CONFORM_REFERENCE", func(e *Config) { c.Reference = e.Reference }},
		{"secret-name", "CONFORM_SECRET_NAMES", func(e *Config) { c.SecretNames = e.SecretNames }},
		{"timeout", "CONFORM_TIMEOUT", func(e *Config) { c.Timeout = e.Timeout }},
		{"deadline", "CONFORM_DEADLINE", func(e *Config) { c.Deadline = e.Deadline }},
		{"max-body", "CONFORM_MAX_BODY", func(e *Config) { c.MaxBody = e.MaxBody }},
		{"ca-cert", "CONFORM_CA_CERT", func(e *Config) { c.CACert = e.CACert }},
		{"client-cert", "CONFORM_CLIENT_CERT", func(e *Config) { c.ClientCert = e.ClientCert }},
		{"client-key", "CONFORM_CLIENT_KEY", func(e *Config) { c.ClientKey = e.ClientKey }},
		{"redirects", "CONFORM_REDIRECTS", func(e *Config) { c.Redirects = e.Redirects }},
		{"retries", "CONFORM_RETRIES", func(e *Config) { c.Retries = e.Retries }},
	}
	// A variable whose flag was given is not read at all: not even a
	// mistake in it stops the run.
	hidden := map[string]bool{}
	for _, s := range settings {
		hidden[s.env] = given(s.flag)
	}
	e, err := fromEnv(c.Dir, func(k string) string {
		if hidden[k] {
			return ""
		}
		return getenv(k)
	})
	if err != nil {
		return err
	}
	for _, s := range settings {
		if !hidden[s.env] && getenv(s.env) != "" {
			s.take(&e)
		}
	}
	switch {
	case c.Concurrency < 1:
		return Usagef("--concurrency %d: want how many scenarios run at once, 1 or more (e.g. --concurrency 4)", c.Concurrency)
	case c.Rate < 0:
		return Usagef("--rate %g: want requests per second to each target, e.g. --rate 5 or --rate 0.5; --rate 0 for no limit", c.Rate)
	case c.GiveUpAfter < 0:
		return Usagef("--give-up-after %d: want how many requests in a row a target may leave unanswered before the run stops sending to it, e.g. --give-up-after 2; 0 never gives up", c.GiveUpAfter)
	}
	return nil
}

// SplitList splits a comma-separated list, dropping empty items.
func SplitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func truthy(s string) bool {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// ParseTargets reads --target values ("api=URL").
func ParseTargets(values []string) (map[string]string, error) {
	out := map[string]string{}
	for _, v := range values {
		name, u, ok := strings.Cut(v, "=")
		if !ok || name == "" || u == "" {
			return nil, Usagef("--target %q: want API=URL, e.g. --target dcaas=https://dcaas.example.com", v)
		}
		if _, dup := out[name]; dup {
			return nil, Usagef("--target %s is given twice", name)
		}
		out[name] = u
	}
	return out, nil
}

// Target is where one API's requests go, and with what credentials.
type Target struct {
	API       *contract.API
	Role      string            // "" for the API's main target; else e.g. "destination"
	Base      *url.URL          // scheme://host[/prefix], without the operation path
	Params    map[string]string // path parameters the target URL carries (an Element version)
	Reference bool              // served by the Provider, not a URL the user gave
	// Auth is the security scheme the target's requests use: the first of
	// the API's alternatives whose variables are set; nil when the API
	// needs none.
	Auth  *contract.Credential
	creds map[string]string // Auth's env name → value
}

// Cred returns a credential by its environment-variable name.
func (t *Target) Cred(env string) string { return t.creds[env] }

// Name is how --target names the target: "element", or "element:destination"
// for a second endpoint of the same API that a scenario addresses with
// Given the "element" API at its "destination" target.
func (t *Target) Name() string { return Name(t.API.Name, t.Role) }

// Name is the --target name of an API's role: "element", "element:destination".
func Name(api, role string) string {
	if role == "" {
		return api
	}
	return api + ":" + role
}

// EnvPrefix is CONFORM_ELEMENT_ for the main target and
// CONFORM_ELEMENT_DESTINATION_ for its "destination".
func EnvPrefix(api *contract.API, role string) string {
	if role == "" {
		return api.EnvPrefix()
	}
	return api.EnvPrefix() + contract.EnvToken(role) + "_"
}

// Resolve decides, for every API, where it runs: an explicit --target, else
// CONFORM_<API>_URL, else the Provider when it serves the API. An API with
// none of these is absent from the map: it has no target. Roles given with
// --target API:ROLE are resolved too; others when a scenario first asks for
// them (ResolveRole).
func Resolve(set *contract.Set, cfg Config) (map[string]*Target, error) {
	names := set.Names()
	for name := range cfg.Targets {
		api, role, _ := strings.Cut(name, ":")
		if _, err := set.API(api); err != nil {
			return nil, Usagef("--target %s: unknown API %q; known: %s", name, api, strings.Join(names, ", "))
		}
		if strings.Contains(name, ":") && contract.EnvToken(role) == "" {
			return nil, Usagef("--target %s: want API:ROLE=URL with a role name, e.g. --target element:destination=https://10.0.0.6/json-rpc/12.3", name)
		}
	}
	for _, name := range cfg.Reference {
		if _, err := set.API(name); err != nil {
			return nil, Usagef("--reference %s: unknown API %q; known: %s", name, name, strings.Join(names, ", "))
		}
	}
	if err := checks.CheckAcks(set, cfg.Ack); err != nil {
		return nil, &UsageError{Err: err}
	}
	out := map[string]*Target{}
	partial := AnyURL(set, cfg)
	for _, name := range names {
		api, _ := set.API(name)
		c := cfg
		if partial && !slices.Contains(cfg.Reference, name) {
			c.Provider = nil // a URL for one API is no licence to run the others on the reference
		}
		t, err := ResolveRole(api, "", c)
		if err != nil {
			return nil, err
		}
		if t != nil {
			out[name] = t
		}
	}
	for name := range cfg.Targets {
		if api, role, ok := strings.Cut(name, ":"); ok {
			a, _ := set.API(api)
			t, err := ResolveRole(a, role, cfg)
			if err != nil {
				return nil, err
			}
			out[name] = t
		}
	}
	return out, nil
}

// AnyURL tells whether the user gave a URL for any API's main target.
func AnyURL(set *contract.Set, cfg Config) bool {
	getenv := cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, name := range set.Names() {
		api, _ := set.API(name)
		if cfg.Targets[name] != "" || getenv(EnvPrefix(api, "")+"URL") != "" {
			return true
		}
	}
	return false
}

// ResolveRole resolves one target, or returns nil when the API has neither
// a URL nor a Provider that serves it. A role without a URL of its own runs
// against the Provider (a second embedded cluster for pairing, say), even
// when the API's main target is real: the scenarios then still test what
// the main target does (Start, List, Remove), and the run says how to make
// the role real too.
func ResolveRole(api *contract.API, role string, cfg Config) (*Target, error) {
	getenv := cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	name, prefix := Name(api.Name, role), EnvPrefix(api, role)
	raw, from := cfg.Targets[name], "--target "+name
	if raw == "" {
		raw, from = getenv(prefix+"URL"), prefix+"URL"
	}
	t := &Target{API: api, Role: role, Params: map[string]string{}, creds: map[string]string{}}
	if raw == "" {
		if cfg.Provider == nil || !cfg.Provider.Serves(api.Name, "") {
			return nil, nil
		}
		u, err := cfg.Provider.Start(role)
		if err != nil {
			return nil, err
		}
		raw, t.Reference = u, true
	}
	base, err := url.Parse(raw)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, Usagef("%s=%q is not an absolute http(s) URL; e.g. %s=https://%s.example.com", from, raw, from, api.Name)
	}
	base.RawQuery, base.Fragment = "", ""
	for _, op := range api.Operations() {
		if prefix, params, ok := op.SplitTargetPath(base.Path); ok {
			base.Path, t.Params = prefix, params
			break
		}
	}
	base.Path = strings.TrimSuffix(base.Path, "/")
	t.Base = base
	if err := t.loadCreds(getenv, prefix, cfg.Provider); err != nil {
		return nil, err
	}
	return t, nil
}

// loadCreds chooses the credential the target uses, among the API's
// alternatives (its security requirements, in the contract's order): the
// first whose variables are all set. A role's own variable
// (CONFORM_ELEMENT_DESTINATION_PASSWORD) comes first, then the API's
// (CONFORM_ELEMENT_PASSWORD). Half of a pair (an AK without its SK) is a
// mistake, not a missing alternative; so is none at all.
func (t *Target) loadCreds(getenv func(string) string, prefix string, p Provider) error {
	if len(t.API.Credentials) == 0 {
		return nil
	}
	var partial, needs []string
	for i := range t.API.Credentials {
		c := &t.API.Credentials[i]
		var provided []string
		if t.Reference {
			provided = p.Credentials(*c)
		}
		values := map[string]string{}
		var set, unset []string
		for j, env := range c.Env {
			var v string
			switch {
			case t.Reference:
				if j < len(provided) {
					v = provided[j]
				}
			case t.Role != "":
				own := prefix + strings.TrimPrefix(env, t.API.EnvPrefix())
				if v = getenv(own); v == "" {
					v = getenv(env)
				}
			default:
				v = getenv(env)
			}
			values[env] = v
			if v == "" {
				unset = append(unset, env)
			} else {
				set = append(set, env)
			}
		}
		sort.Strings(unset)
		switch {
		case len(unset) == 0 && t.Auth == nil:
			t.Auth, t.creds = c, values
		case len(unset) > 0 && len(set) > 0:
			partial = append(partial, fmt.Sprintf("%s is set but %s is not (the %s scheme needs %s)", strings.Join(set, " and "), strings.Join(unset, " and "), c.Scheme, strings.Join(c.Env, " and ")))
		}
		needs = append(needs, strings.Join(unset, " and "))
	}
	switch {
	case t.Auth == nil && len(partial) > 0:
		return Usagef("the %s target %s: %s: set both, or neither (securitySchemes in %s)", t.Name(), t.Base.Redacted(), strings.Join(partial, "; "), t.API.File)
	case t.Auth == nil:
		return Usagef("the %s target %s needs credentials: set %s (securitySchemes in %s)", t.Name(), t.Base.Redacted(), strings.Join(needs, ", or "), t.API.File)
	}
	return nil
}
