// Package scenario runs the Gherkin features with godog: generic steps that
// send documented requests to a target and check the answers against the
// contracts, scenario state in context.Context, and a runner shared by the
// conform CLI, go test and godog's own CLI.
package scenario

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/reference"
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
	ref     *reference.Server

	mu    sync.Mutex
	notes []note
}

type note struct {
	scenario string
	finding  checks.Finding
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
	s := &Suite{cfg: cfg, set: set, red: exchange.NewRedactor()}
	s.targets, err = resolveTargets(set, cfg, s.startReference)
	if err != nil {
		s.Close()
		return nil, err
	}
	for _, t := range s.targets {
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
	if s.client, err = newClient(cfg, s.targets); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Suite) startReference() (string, error) {
	if s.ref == nil {
		srv, err := reference.Start(reference.Options{})
		if err != nil {
			return "", fmt.Errorf("cannot start the embedded reference target: %w", err)
		}
		s.ref = srv
	}
	return s.ref.URL(), nil
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
	var out []string
	for _, name := range s.set.Names() {
		t := s.targets[name]
		where := t.Base.Redacted()
		if t.Reference {
			where += " (embedded reference target)"
		}
		out = append(out, name+" → "+where)
	}
	return out
}

// Close stops the reference target and drops idle connections.
func (s *Suite) Close() {
	if s.client != nil {
		s.client.Close()
	}
	if s.ref != nil {
		_ = s.ref.Close()
		s.ref = nil
	}
}

// InitializeScenario registers the steps and the hooks that create each
// scenario's state and clean up after it, pass or fail.
func (s *Suite) InitializeScenario(sc *godog.ScenarioContext) {
	sc.Before(func(ctx context.Context, _ *godog.Scenario) (context.Context, error) {
		return withState(ctx), notStarted(ctx)
	})
	sc.After(func(ctx context.Context, sn *godog.Scenario, _ error) (context.Context, error) {
		st := stateOf(ctx)
		for i := len(st.cleanups) - 1; i >= 0; i-- {
			c := st.cleanups[i]
			// The scenario's own context may be cancelled; cleanup must run.
			if err := c.run(context.WithoutCancel(ctx)); err != nil {
				st.warnings = append(st.warnings, checks.Finding{Check: "cleanup", Rule: "cleanup " + c.what, Expected: "what the scenario created is deleted",
					Actual: s.red.String(err.Error()), Level: checks.Warning, Note: "delete it by hand"})
			}
		}
		s.mu.Lock()
		for _, f := range st.warnings {
			s.notes = append(s.notes, note{scenario: scenarioName(sn), finding: f})
		}
		s.mu.Unlock()
		return ctx, nil
	})
	s.registerSteps(sc)
}

func scenarioName(sn *godog.Scenario) string {
	return fmt.Sprintf("%s: %s", sn.Uri, sn.Name)
}

// WriteWarnings prints the run's warnings, redacted: each distinct finding
// once, with the scenarios it came from.
func (s *Suite) WriteWarnings(w io.Writer) {
	s.mu.Lock()
	notes := append([]note(nil), s.notes...)
	s.mu.Unlock()
	if len(notes) == 0 {
		return
	}
	var order []string
	where := map[string][]string{}
	for _, n := range notes {
		text := s.red.String(strings.TrimPrefix(n.finding.String(), "warning: "))
		if _, seen := where[text]; !seen {
			order = append(order, text)
		}
		where[text] = append(where[text], n.scenario)
	}
	sort.Strings(order)
	fmt.Fprintf(w, "\n%d warning(s): the documentation disagrees with itself, or the target answered more than it documents (--strict makes these failures)\n", len(order))
	for _, text := range order {
		scen := where[text]
		sort.Strings(scen)
		fmt.Fprintf(w, "  - %s\n", text)
		if len(scen) == 1 {
			fmt.Fprintf(w, "      in %s\n", scen[0])
		} else {
			fmt.Fprintf(w, "      in %d scenarios, first %s\n", len(scen), scen[0])
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
	if err := preflight(paths); err != nil {
		fmt.Fprintf(errOut(cfg), "conform: %v\n", err)
		return 2
	}
	format := cfg.Format
	if format == "" {
		format = "pretty"
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
	opts := godog.Options{
		Format:         format,
		Paths:          paths,
		Strict:         true,
		Tags:           cfg.Tags,
		Concurrency:    max(cfg.Concurrency, 1),
		Output:         redactingWriter{w: out, red: s.red},
		NoColors:       cfg.NoColors,
		DefaultContext: ctx,
		TestingT:       t,
	}
	status := godog.TestSuite{Name: "conform", ScenarioInitializer: s.InitializeScenario, Options: &opts}.Run()
	s.WriteWarnings(out)
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
