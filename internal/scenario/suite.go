// Package scenario runs the Gherkin features with godog: generic steps that
// send documented requests to a target and check the answers against the
// contracts, scenario state in context.Context, and a runner shared by the
// conform CLI, go test and godog's own CLI.
package scenario

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/reports"
)

// Suite is what every scenario of a run shares, read-only once built: the
// contracts, the targets, one HTTP client, the redactor, and the warnings
// collected for the summary.
type Suite struct {
	cfg     Config
	set     *contract.Set
	targets map[string]*Target
	client  *exchange.Client
	red     *exchange.Redactor

	refMu  sync.Mutex
	refs   map[string]*reference.Server // embedded reference targets by role ("" the main one)
	fabric reference.Fabric             // links them, as a network links real clusters

	rolesMu sync.Mutex
	roles   map[string]*Target // targets a scenario asked for by role, by Target.Name

	serial sync.RWMutex // held exclusively by a @serial scenario, shared by the others

	examples memo[parsedExample]   // doc string → parsed: each distinct text parsed once per run
	requests memo[checks.Findings] // request → its findings: each distinct request checked once per run

	mu    sync.Mutex
	notes map[string]*note // each distinct warning, by its text

	// Reports (record.go, select.go): nil under godog's own CLI.
	sel         *selection
	slots       chan struct{} // one per scenario running, up to --concurrency, across batches
	rec         *reports.Recorder
	cov         *reports.Coverage
	secretNames map[string]bool // lower-case member names whose values are masked
	limits      *limiter
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

// NewSuite loads the contracts and resolves every target, starting the
// embedded reference target on loopback when an API has none. Errors are
// UsageErrors when the user's input is at fault.
func NewSuite(ctx context.Context, cfg Config) (*Suite, error) {
	if cfg.Dir == "" {
		cfg.Dir = "."
	}
	if cfg.Getenv == nil {
		cfg.Getenv = os.Getenv
	}
	set, err := contract.Load(ctx, cfg.Dir, nil)
	if err != nil {
		return nil, &UsageError{Err: err}
	}
	s := &Suite{cfg: cfg, set: set, red: exchange.NewRedactor(), refs: map[string]*reference.Server{}, roles: map[string]*Target{}}
	s.targets, err = resolveTargets(set, cfg, s.startReference)
	if err != nil {
		s.Close()
		return nil, err
	}
	for _, t := range s.targets {
		s.addSecrets(t)
	}
	if s.client, err = newClient(cfg, s.targets); err != nil {
		s.Close()
		return nil, err
	}
	s.secretNames = map[string]bool{}
	for _, n := range append(defaultSecretNames, cfg.SecretNames...) {
		s.secretNames[strings.ToLower(n)] = true
		s.red.AddHeader(n)
	}
	s.limits = newLimiter(cfg.Rate)
	return s, nil
}

func (s *Suite) addSecrets(t *Target) {
	for _, c := range t.API.Credentials {
		switch c.Kind {
		case "basic":
			s.red.AddBasic(t.Cred(c.Env[0]), t.Cred(c.Env[1]))
		default:
			s.red.Add(t.Cred(c.Env[0]))
			if c.Header != "" {
				s.red.AddHeader(c.Header)
			}
		}
	}
}

// startReference starts the embedded reference target for a role: one
// target serves every API's main role, and each other role (a pairing
// destination) gets a cluster of its own on the same fabric.
func (s *Suite) startReference(role string) (string, error) {
	s.refMu.Lock()
	defer s.refMu.Unlock()
	if srv := s.refs[role]; srv != nil {
		return srv.URL(), nil
	}
	opts := reference.Options{Fabric: &s.fabric}
	if role != "" {
		opts.ClusterName = "reference-" + role
	}
	srv, err := reference.Start(opts)
	if err != nil {
		return "", fmt.Errorf("cannot start the embedded reference target: %w", err)
	}
	s.refs[role] = srv
	return srv.URL(), nil
}

// target returns an API's target for a role, resolving a role the first
// time a scenario asks for it.
func (s *Suite) target(api *contract.API, role string) (*Target, error) {
	name := targetName(api.Name, role)
	if t, ok := s.targets[name]; ok {
		return t, nil
	}
	s.rolesMu.Lock()
	defer s.rolesMu.Unlock()
	if t, ok := s.roles[name]; ok {
		return t, nil
	}
	t, err := resolveTarget(api, role, s.cfg, s.startReference)
	if err != nil {
		return nil, err
	}
	s.addSecrets(t)
	s.roles[name] = t
	return t, nil
}

func referenceCred(env string) string {
	switch {
	case strings.HasSuffix(env, "_TOKEN"):
		return reference.DefaultToken
	case strings.HasSuffix(env, "_USERNAME"):
		return reference.DefaultUsername
	case strings.HasSuffix(env, "_PASSWORD"):
		return reference.DefaultPassword
	}
	return ""
}

func (s *Suite) getenv(k string) string { return s.cfg.Getenv(k) }

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
				name, t.Base.Redacted(), t.API.Name, envPrefix(t.API, t.Role), name))
		}
	}
	sort.Strings(out)
	return out
}

// Close stops the reference targets and drops idle connections.
func (s *Suite) Close() {
	if s.client != nil {
		s.client.Close()
	}
	s.refMu.Lock()
	defer s.refMu.Unlock()
	for role, srv := range s.refs {
		_ = srv.Close()
		delete(s.refs, role)
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
				st.warnings = append(st.warnings, checks.Finding{Check: "cleanup", Rule: "cleanup " + c.what, Expected: "what the scenario created is deleted",
					Actual: s.red.String(err.Error()), Level: checks.Warning, Note: "delete it by hand"})
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
// once, with the scenarios it came from.
func (s *Suite) WriteWarnings(w io.Writer) {
	s.mu.Lock()
	// Distinct before masking may be one after: merge them again.
	byText := map[string]*note{}
	for _, n := range s.notes {
		text := s.red.String(strings.TrimPrefix(n.finding.String(), "warning: "))
		if m := byText[text]; m != nil {
			m.n += n.n
			m.first = min(m.first, n.first)
			continue
		}
		cp := *n
		byText[text] = &cp
	}
	s.mu.Unlock()
	if len(byText) == 0 {
		return
	}
	order := slices.Sorted(maps.Keys(byText))
	fmt.Fprintf(w, "\n%d warning(s): the documentation disagrees with itself, or the target answered more than it documents (--strict makes these failures)\n", len(order))
	for _, text := range order {
		n := byText[text]
		fmt.Fprintf(w, "  - %s\n", text)
		if n.n == 1 {
			fmt.Fprintf(w, "      in %s\n", n.first)
		} else {
			fmt.Fprintf(w, "      in %d scenarios, first %s\n", n.n, n.first)
		}
	}
}

// Run runs the features and returns the exit code: 0 all passed, 1 a
// scenario failed, 2 a usage or configuration error.
func Run(ctx context.Context, cfg Config, t *testing.T) int {
	out := cfg.Output
	if out == nil {
		out = os.Stdout
	}
	s, err := NewSuite(ctx, cfg)
	if err != nil {
		// Every error before a request is sent is the input's: contracts,
		// targets, credentials.
		fmt.Fprintf(errOut(cfg), "conform: %v\n", err)
		return 2
	}
	defer s.Close()
	paths := cfg.Features
	if len(paths) == 0 {
		paths = []string{filepath.Join(s.cfg.Dir, "features")}
	}
	outs, err := reports.ParseFormats(cfg.Format, cfg.Terminal)
	// A batch is a few rounds of the workers at least, so that few of them
	// wait at a batch's end. godog's pretty formatter prints a summary per
	// godog run, so pretty output is one run, however long.
	perBatch := cmp.Or(cfg.BatchSize, max(batchSize, 4*cfg.Concurrency))
	if outs.Console == "pretty" {
		perBatch = 0
	}
	for _, f := range outs.Files {
		s.full = s.full || f.Kind != "junit"
	}
	if err == nil {
		// Selection reads every feature first (preflight): a file that does
		// not parse or an undefined step stops the run before a report file
		// is created or a request sent.
		s.sel, err = s.selectScenarios(paths, perBatch)
	}
	if err == nil {
		err = reports.CheckWritable(outs.Files)
	}
	if err != nil {
		fmt.Fprintf(errOut(cfg), "conform: %v\n", err)
		return 2
	}
	console := redactingWriter{w: out, red: s.red}
	s.rec = reports.NewRecorder("conform", s.sel.planned, s.sel.total)
	s.cov = reports.NewCoverage(s.set)
	format := quietFormat
	if outs.Console == "pretty" {
		format = "pretty," + quietFormat // the quiet one hands each batch godog's parse
	} else {
		s.rec.OnProgress(reports.NewProgress(console, cfg.Terminal).Update)
	}
	for _, line := range s.Targets() {
		fmt.Fprintf(out, "target: %s\n", line)
	}
	ctx, cancel := withDeadline(ctx, cfg)
	defer cancel()
	defer routeStdLog(errOut(cfg), s.red)()
	if cfg.Insecure {
		fmt.Fprintln(out, "warning: --insecure: TLS certificates are not verified in this run")
	}
	status := s.runBatches(ctx, cfg, format, console, t)
	for _, n := range s.RoleNotes() {
		fmt.Fprintf(out, "\n%s\n", n)
	}
	s.WriteWarnings(out)
	run := s.rec.Finish()
	run.Coverage, run.Targets, run.Strict = s.cov, s.Targets(), cfg.Strict
	if sh, _ := ParseShard(cfg.Shard); sh.Count > 0 {
		run.Shards = []string{sh.String()}
	}
	if err := reports.WriteFiles(run, outs.Files, s.red); err != nil {
		fmt.Fprintf(errOut(cfg), "conform: %v\n", err)
		return 2
	}
	reports.WriteSummary(console, run, outs.Files)
	if status == 0 && run.Totals().Failed > 0 {
		status = 1
	}
	return status
}

// runBatches runs the selection's batches, each a godog run, and returns the
// worst of their exit codes. A batch starts once the one before it has
// started all of its scenarios, so that its tail overlaps the next one's
// start: a batch boundary leaves no worker idle, whatever the target's
// latency. At most two batches run at once, and the slots hold the run to
// --concurrency scenarios in all.
func (s *Suite) runBatches(ctx context.Context, cfg Config, format string, console io.Writer, t *testing.T) int {
	conc := max(cfg.Concurrency, 1)
	s.slots = make(chan struct{}, conc)
	var mu sync.Mutex
	status := 0
	var prev chan struct{} // closed when the batch before this one is done
	for i := range s.sel.batches {
		b, err := s.sel.batch(i)
		if err != nil {
			// What ran is still reported; the rest was not planned.
			fmt.Fprintf(errOut(cfg), "conform: %v; the scenarios after it did not run\n", err)
			mu.Lock()
			status = 2
			mu.Unlock()
			break
		}
		done := make(chan struct{})
		running.Store(b.name, b)
		opts := godog.Options{
			Format:          format,
			FeatureContents: b.features,
			Strict:          true,
			Concurrency:     conc,
			Output:          console,
			NoColors:        cfg.NoColors,
			DefaultContext:  ctx,
			TestingT:        t,
		}
		go func() {
			defer close(done)
			defer running.Delete(b.name)
			code := godog.TestSuite{Name: b.name, ScenarioInitializer: func(sc *godog.ScenarioContext) { s.initialize(sc, b) }, Options: &opts}.Run()
			mu.Lock()
			status = max(status, code)
			mu.Unlock()
		}()
		select {
		case <-b.allStarted:
		case <-done:
		}
		if prev != nil {
			<-prev
		}
		prev = done
	}
	if prev != nil {
		<-prev
	}
	mu.Lock()
	defer mu.Unlock()
	return status
}

func errOut(cfg Config) io.Writer {
	if cfg.Errors != nil {
		return cfg.Errors
	}
	return os.Stderr
}

// redactingWriter masks secrets in everything godog's formatters print.
type redactingWriter struct {
	w   io.Writer
	red *exchange.Redactor
}

func (r redactingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(r.w, r.red.String(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
