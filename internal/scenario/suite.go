// Package scenario runs the Gherkin features with godog: generic steps that
// send documented requests to a target and check the answers against the
// contracts, scenario state in context.Context, and a runner shared by the
// conform CLI, go test and godog's own CLI.
package scenario

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/plan"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/target"
)

// Suite is what every scenario of a run shares, read-only once built: the
// contracts, the targets, one HTTP client, the redactor, and the warnings
// collected for the summary.
type Suite struct {
	cfg     target.Config
	set     *contract.Set
	targets map[string]*target.Target // by API; an API without one has no target
	client  *exchange.Client
	red     *exchange.Redactor

	rolesMu sync.Mutex
	roles   map[string]*target.Target // targets a scenario asked for by role, by Target.Name

	health health // each target's failures to answer, for --give-up-after

	handlersOnce sync.Once
	bound        map[plan.StepID]any // each step's handler (registerSteps)

	serial sync.RWMutex // held exclusively by a @serial scenario, shared by the others

	examples memo[parsedExample]   // doc string → parsed: each distinct text parsed once per run
	requests memo[checks.Findings] // request → its findings: each distinct request checked once per run

	mu    sync.Mutex
	notes map[string]*note // each distinct warning, by its text

	// Reports (record.go, batch.go): nil under godog's own CLI.
	sel         *plan.Selection
	slots       chan struct{} // one per scenario running, up to --concurrency, across batches
	rec         *reports.Recorder
	cov         *reports.Coverage
	secretNames map[string]bool // lower-case member names whose values are masked
	limits      *target.Limiter
	// full keeps every step's doc string, table, request and response, for
	// a report that shows them all (HTML, Cucumber JSON, conform's JSON).
	// Without one a run keeps only what JUnit and the console show: each
	// step's text and outcome, and a failed scenario's requests and
	// responses. A long run's memory is then its outcomes, not its traffic.
	full bool
}

// note is one distinct warning of the run: how many scenarios gave it and
// the first of them by name, not the whole list, which grows with the run.
type note struct {
	finding checks.Finding
	n       int
	first   string
}

// NewSuite loads the contracts and resolves every target: a URL the user
// gave, else cfg.Provider (the embedded reference target, on loopback) when
// it serves the API. Errors are UsageErrors when the user's input is at
// fault.
func NewSuite(ctx context.Context, cfg target.Config) (*Suite, error) {
	if cfg.Dir == "" {
		cfg.Dir = "."
	}
	if cfg.Getenv == nil {
		cfg.Getenv = os.Getenv
	}
	set, err := contract.Load(ctx, cfg.Dir, nil)
	if err != nil {
		return nil, &target.UsageError{Err: err}
	}
	s := &Suite{cfg: cfg, set: set, red: exchange.NewRedactor(), roles: map[string]*target.Target{}}
	if err := checkRoles(set, cfg); err != nil {
		return nil, err
	}
	s.targets, err = target.Resolve(set, cfg)
	if err != nil {
		s.Close()
		return nil, err
	}
	for _, t := range s.targets {
		s.addSecrets(t)
	}
	if s.client, err = target.NewClient(cfg, s.targets); err != nil {
		s.Close()
		return nil, err
	}
	s.secretNames = map[string]bool{}
	for _, n := range append(target.DefaultSecretNames, cfg.SecretNames...) {
		s.secretNames[strings.ToLower(n)] = true
		s.red.AddHeader(n)
	}
	s.limits = target.NewLimiter(cfg.Rate)
	return s, nil
}

// checkRoles refuses a --target API:ROLE whose role no feature uses (a
// misspelt element:dest): its URL would never be sent to, and the role's
// scenarios would run against the embedded reference instead.
func checkRoles(set *contract.Set, cfg target.Config) error {
	var given []string
	for name := range cfg.Targets {
		if strings.Contains(name, ":") {
			given = append(given, name)
		}
	}
	if len(given) == 0 {
		return nil
	}
	paths := cfg.Features
	if len(paths) == 0 {
		paths = []string{filepath.Join(cfg.Dir, "features")}
	}
	files, err := plan.FeatureFiles(paths)
	if err != nil {
		return nil // the run's preflight says what is wrong with the paths
	}
	roles := map[string][]string{} // API → the roles its features use
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if st, args := plan.Match(stepText(line)); st != nil && st.ID == plan.StepAPIAt && !slices.Contains(roles[args[0]], args[1]) {
				roles[args[0]] = append(roles[args[0]], args[1])
			}
		}
	}
	sort.Strings(given)
	for _, name := range given {
		api, role, _ := strings.Cut(name, ":")
		if _, err := set.API(api); err != nil || role == "" || slices.Contains(roles[api], role) {
			continue // target.Resolve says what is wrong with an unknown API or an empty role
		}
		known := make([]string, 0, len(roles[api]))
		for _, r := range roles[api] {
			known = append(known, api+":"+r)
		}
		sort.Strings(known)
		if len(known) == 0 {
			return target.Usagef("--target %s: no feature addresses the %s API at a %q target, so this URL would never be used; the %s API's features use no roles (write --target %s=URL)", name, api, role, api, api)
		}
		return target.Usagef("--target %s: no feature addresses the %s API at a %q target, so this URL would never be used; known: %s", name, api, role, strings.Join(known, ", "))
	}
	return nil
}

// stepText is a feature line's step without its keyword.
func stepText(line string) string {
	line = strings.TrimSpace(line)
	for _, kw := range []string{"Given ", "When ", "Then ", "And ", "But ", "* "} {
		if rest, ok := strings.CutPrefix(line, kw); ok {
			return rest
		}
	}
	return ""
}

// addSecrets masks the target's credentials in everything the run prints.
// Every scheme's header is masked whichever one the target uses, so that a
// scenario's changed value (an over-long token) is masked too. The secret
// key of an AK/SK pair is never sent, only a signature derived from it (in
// Authorization, always masked); it is masked in case a scenario or a
// target echoes it. The access key names the pair, as a user name does.
func (s *Suite) addSecrets(t *target.Target) {
	for _, c := range t.API.Credentials {
		switch c.Kind {
		case "basic":
			s.red.AddBasic(t.Cred(c.Env[0]), t.Cred(c.Env[1]))
		case "aksk":
			s.red.Add(t.Cred(c.Env[1]))
			s.red.AddHeader(c.Header)
		default:
			s.red.Add(t.Cred(c.Env[0]))
			if c.Header != "" {
				s.red.AddHeader(c.Header)
			}
		}
	}
}

// target returns an API's target for a role, resolving a role the first
// time a scenario asks for it.
func (s *Suite) target(api *contract.API, role string) (*target.Target, error) {
	name := target.Name(api.Name, role)
	if t, ok := s.targets[name]; ok {
		return t, nil
	}
	s.rolesMu.Lock()
	defer s.rolesMu.Unlock()
	if t, ok := s.roles[name]; ok {
		return t, nil
	}
	t, err := target.ResolveRole(api, role, s.cfg)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, errors.New(s.noTarget(api, role))
	}
	s.addSecrets(t)
	s.roles[name] = t
	return t, nil
}

func (s *Suite) getenv(k string) string { return s.cfg.Getenv(k) }

// notice tells the user something about the run as a whole, once, as it
// happens (a target the run gave up on), masked.
func (s *Suite) notice(text string) {
	// On its own line, even when a progress line is being drawn.
	fmt.Fprintf(errOut(s.cfg), "\n%s\n", s.red.String(text))
}

// Redactor is the run's redactor, for anything else that prints.
func (s *Suite) Redactor() *exchange.Redactor { return s.red }

// Targets describes where each API runs, for the run's header.
func (s *Suite) Targets() []string {
	names := make([]string, 0, len(s.targets))
	for name := range s.targets {
		names = append(names, name)
	}
	sort.Strings(names)
	var out []string
	for _, name := range names {
		t := s.targets[name]
		where := t.Base.Redacted()
		if t.Reference {
			where += " (embedded reference target)"
		}
		out = append(out, name+" → "+where)
	}
	return out
}

// RoleNotes says which roles a run gave an embedded reference target while
// their API's main target was real, and how to make them real.
func (s *Suite) RoleNotes() []string {
	s.rolesMu.Lock()
	defer s.rolesMu.Unlock()
	var out []string
	for name, t := range s.roles {
		if t.Reference && !s.targets[t.API.Name].Reference {
			out = append(out, fmt.Sprintf("note: %s ran against an embedded reference cluster (%s), so only the %s target's side of those scenarios was tested: set %sURL or --target %s=URL to test a real one",
				name, t.Base.Redacted(), t.API.Name, target.EnvPrefix(t.API, t.Role), name))
		}
	}
	sort.Strings(out)
	return out
}

// Close drops idle connections and stops what the provider started.
func (s *Suite) Close() {
	if s.client != nil {
		s.client.Close()
	}
	if s.cfg.Provider != nil {
		s.cfg.Provider.Close()
	}
}

// InitializeScenario registers the steps and the hooks that create each
// scenario's state and clean up after it, pass or fail.
func (s *Suite) InitializeScenario(sc *godog.ScenarioContext) { s.initialize(sc, nil) }

// initialize registers the steps and hooks of a scenario of batch b (nil
// under godog's own CLI, which runs no batches).
func (s *Suite) initialize(sc *godog.ScenarioContext, b *batch) {
	sc.Before(func(ctx context.Context, sn *godog.Scenario) (context.Context, error) {
		ctx = withState(ctx)
		st := stateOf(ctx)
		if s.slots != nil {
			// Two batches overlap: the run's concurrency is held here, not
			// by each godog run.
			select {
			case s.slots <- struct{}{}:
				st.slot = true
			case <-ctx.Done():
			}
		}
		st.serial = hasTag(sn, serialTag)
		if st.serial {
			s.serial.Lock()
		} else {
			s.serial.RLock()
		}
		return ctx, notStarted(ctx)
	})
	sc.After(func(ctx context.Context, sn *godog.Scenario, _ error) (context.Context, error) {
		st := stateOf(ctx)
		defer func() {
			if st.serial {
				s.serial.Unlock()
			} else {
				s.serial.RUnlock()
			}
			if st.slot {
				<-s.slots
			}
		}()
		for i := len(st.cleanups) - 1; i >= 0; i-- {
			c := st.cleanups[i]
			// The scenario's own context may be cancelled; cleanup must run.
			if err := c.run(context.WithoutCancel(ctx)); err != nil {
				st.warnings = append(st.warnings, checks.Cleanup(c.what, err))
			}
		}
		if len(st.warnings) > 0 {
			s.note(scenarioName(sn), st.warnings)
		}
		return ctx, nil
	})
	s.recordHooks(sc, b)
	s.registerSteps(sc)
}

// serialTag marks a scenario that depends on state the target shares
// between scenarios (how many pairs a cluster has): under --concurrency it
// runs alone, no other scenario running while it does.
const serialTag = "@serial"

func hasTag(sn *godog.Scenario, tag string) bool {
	for _, t := range sn.Tags {
		if t.Name == tag {
			return true
		}
	}
	return false
}

func scenarioName(sn *godog.Scenario) string {
	return fmt.Sprintf("%s: %s", sn.Uri, sn.Name)
}

func (s *Suite) note(scenario string, fs []checks.Finding) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.notes == nil {
		s.notes = map[string]*note{}
	}
	for _, f := range fs {
		k := f.String()
		n := s.notes[k]
		if n == nil {
			n = &note{finding: f, first: scenario}
			s.notes[k] = n
		}
		n.n++
		n.first = min(n.first, scenario)
	}
}

// WriteWarnings prints the run's warnings, redacted: each distinct finding
// once, with the scenarios it came from. What a cleanup left behind is
// listed apart from what the documentation and the target disagree on: it
// is work for the user on the target, not a question about the pages.
func (s *Suite) WriteWarnings(w io.Writer) {
	s.mu.Lock()
	// Distinct before masking may be one after: merge them again.
	byText := map[string]*note{}
	for _, n := range s.notes {
		text := s.red.String(n.finding.Redact(s.red).String())
		text = strings.TrimPrefix(text, "warning: ")
		if m := byText[text]; m != nil {
			m.n += n.n
			m.first = min(m.first, n.first)
			continue
		}
		cp := *n
		byText[text] = &cp
	}
	s.mu.Unlock()
	var cleanup, docs []string
	for _, text := range slices.Sorted(maps.Keys(byText)) {
		if byText[text].finding.Check == checks.IDCleanup {
			cleanup = append(cleanup, text)
		} else {
			docs = append(docs, text)
		}
	}
	if len(docs) > 0 {
		fmt.Fprintf(w, "\n%d warning(s): the documentation disagrees with itself, or the target answered more than it documents (--strict makes these failures)\n", len(docs))
		writeNotes(w, docs, byText)
	}
	if len(cleanup) > 0 {
		fmt.Fprintf(w, "\n%d cleanup warning(s): what a scenario created could not be deleted; it is still on the target\n", len(cleanup))
		writeNotes(w, cleanup, byText)
	}
}

func writeNotes(w io.Writer, texts []string, byText map[string]*note) {
	for _, text := range texts {
		n := byText[text]
		fmt.Fprintf(w, "  - %s\n", text)
		if n.n == 1 {
			fmt.Fprintf(w, "      in %s\n", n.first)
		} else {
			fmt.Fprintf(w, "      in %d scenarios, first %s\n", n.n, n.first)
		}
	}
}
