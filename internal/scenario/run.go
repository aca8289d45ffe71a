package scenario

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/plan"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/target"
	"github.com/cucumber/godog"
)

// GodogOption changes the godog options of every batch of a run: go test
// hands its *testing.T over this way (godog.Options.TestingT), so that the
// runner itself never imports testing.
type GodogOption func(*godog.Options)

// Run runs the features and returns the exit code: 0 all passed, 1 a
// scenario failed, 2 a usage or configuration error.
func Run(ctx context.Context, cfg target.Config, opts ...GodogOption) int {
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
	perBatch := cmp.Or(cfg.BatchSize, max(plan.BatchSize, 4*cfg.Concurrency))
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
		s.sel, err = plan.Select(plan.Options{Contracts: s.set, Paths: paths, Dir: s.cfg.Dir, Tags: cfg.Tags, Shard: cfg.Shard, PerBatch: perBatch, Full: s.full, Gate: s.gate})
		if err != nil {
			err = &target.UsageError{Err: err}
		}
	}
	if err == nil {
		err = reports.CheckWritable(outs.Files)
	}
	if err != nil {
		fmt.Fprintf(errOut(cfg), "conform: %v\n", err)
		return 2
	}
	console := redactingWriter{w: out, red: s.red, plain: cfg.NoColors}
	s.rec = reports.NewRecorder("conform", s.sel.Planned, s.sel.Total)
	s.cov = reports.NewCoverage(s.set) // the schema rules are worked out as the run touches them
	format := quietFormat
	if outs.Console == "pretty" {
		format = "pretty," + quietFormat // the quiet one hands each batch godog's parse
	} else {
		s.rec.OnProgress(reports.NewProgress(console, cfg.Terminal).Update)
	}
	for _, line := range s.Targets() {
		fmt.Fprintf(out, "target: %s\n", line)
	}
	apis := s.apiTargets()
	for _, a := range apis {
		if a.Version != "" {
			fmt.Fprintf(out, "version: %s %s\n", a.API, a.Version)
		}
	}
	ctx, cancel := withDeadline(ctx, cfg)
	defer cancel()
	defer routeStdLog(errOut(cfg), s.red)()
	if cfg.Insecure {
		fmt.Fprintln(out, "warning: --insecure: TLS certificates are not verified in this run")
	}
	status := s.runBatches(ctx, cfg, format, console, opts)
	for _, n := range s.RoleNotes() {
		fmt.Fprintf(out, "\n%s\n", n)
	}
	s.WriteWarnings(out)
	run := s.rec.Finish()
	s.cov.Complete()
	run.Coverage, run.Targets, run.Strict = s.cov, s.Targets(), cfg.Strict
	run.APIs, run.AllowEmpty = apis, allowEmpty(s.getenv)
	if sh, _ := plan.ParseShard(cfg.Shard); sh.Count > 0 {
		run.Shards = []string{sh.String()}
	}
	if err := reports.WriteFiles(run, outs.Files, s.red); err != nil {
		fmt.Fprintf(errOut(cfg), "conform: %v\n", err)
		return 2
	}
	reports.WriteSummary(console, run, outs.Files)
	if status == 0 && (run.Totals().Failed > 0 || run.Empty() && !run.AllowEmpty) {
		status = 1
	}
	return status
}

// AllowEmptyEnv lets a run in which no scenario ran pass: a CI gate that
// tested nothing is otherwise red. conform run's --allow-empty sets it.
const AllowEmptyEnv = "CONFORM_ALLOW_EMPTY"

func allowEmpty(getenv func(string) string) bool {
	switch strings.ToLower(getenv(AllowEmptyEnv)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// exampleVersion is the version a request goes to when neither the target
// URL nor CONFORM_<API>_<PARAM> says one: the contract's example of the
// version path parameter. "" when the API has none.
func exampleVersion(api *contract.API) string {
	for _, op := range api.Operations() {
		for _, name := range op.PathParams() {
			if !strings.Contains(strings.ToLower(name), "version") {
				continue
			}
			if p := op.Op.Parameters.GetByInAndName("path", name); p != nil && p.Example != nil {
				return fmt.Sprintf("%v (the contract's example; %s%s or the target URL sets it)", p.Example, api.EnvPrefix(), contract.EnvToken(name))
			}
		}
	}
	return ""
}

// apiTargets describes each API's target for the summary: where it is,
// the variables its credentials come from, and the version it runs.
func (s *Suite) apiTargets() []reports.APITarget {
	var out []reports.APITarget
	for _, name := range slices.Sorted(maps.Keys(s.targets)) {
		t := s.targets[name]
		a := reports.APITarget{API: name, URL: t.Base.Redacted(), Reference: t.Reference}
		for _, c := range t.API.Credentials {
			a.Credentials = append(a.Credentials, c.Env...)
		}
		if v, from := s.targetVersion(t); v != "" {
			a.Version = fmt.Sprintf("%s (%s)", v, from)
		} else {
			a.Version = exampleVersion(t.API)
		}
		out = append(out, a)
	}
	return out
}

// runBatches runs the selection's batches, each a godog run, and returns the
// worst of their exit codes. A batch starts once the one before it has
// started all of its scenarios, so that its tail overlaps the next one's
// start: a batch boundary leaves no worker idle, whatever the target's
// latency. At most two batches run at once, and the slots hold the run to
// --concurrency scenarios in all.
func (s *Suite) runBatches(ctx context.Context, cfg target.Config, format string, console io.Writer, opts []GodogOption) int {
	conc := max(cfg.Concurrency, 1)
	s.slots = make(chan struct{}, conc)
	var mu sync.Mutex
	status := 0
	var prev chan struct{} // closed when the batch before this one is done
	for i := range s.sel.Batches() {
		b, err := newBatch(s.sel, i)
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
		gopts := godog.Options{
			Format:          format,
			FeatureContents: b.Features,
			Strict:          true,
			Concurrency:     conc,
			Output:          console,
			NoColors:        false, // the console writer takes them out (redactingWriter)
			DefaultContext:  ctx,
		}
		for _, o := range opts {
			if o != nil {
				o(&gopts)
			}
		}
		go func() {
			defer close(done)
			defer running.Delete(b.name)
			code := godog.TestSuite{Name: b.name, ScenarioInitializer: func(sc *godog.ScenarioContext) { s.initialize(sc, b) }, Options: &gopts}.Run()
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

func errOut(cfg target.Config) io.Writer {
	if cfg.Errors != nil {
		return cfg.Errors
	}
	return os.Stderr
}

// redactingWriter masks secrets in everything godog's formatters print,
// and drops the step definition godog's pretty formatter names after each
// step ("# steps.go:43 -> *Suite"): conform's steps are generic, so it is
// the same few lines of conform's own code every time, and godog has no
// option to leave it out.
//
// It also takes the colours out under --no-colors, instead of godog: godog's
// colourless writer hands on one character per Write, which no line-wise
// filter, nor the redactor, can read.
type redactingWriter struct {
	w     io.Writer
	red   *exchange.Redactor
	plain bool
}

// colour is an ANSI colour (SGR) sequence.
var colour = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// stepDefinition is the comment pretty prints after a step: padding, then
// "# file.go:N -> function", possibly coloured. godog writes each line with
// one Write.
var stepDefinition = regexp.MustCompile(`[ \t]*(?:\x1b\[[0-9;]*m)?# [^\s#]+\.go:\d+ -> [^\n\x1b]*(?:\x1b\[0m)?`)

func (r redactingWriter) Write(p []byte) (int, error) {
	text := string(p)
	// progress writes a character per step: most writes hold neither.
	if strings.IndexByte(text, '#') >= 0 {
		text = stepDefinition.ReplaceAllString(text, "")
	}
	if r.plain && strings.IndexByte(text, '\x1b') >= 0 {
		text = colour.ReplaceAllString(text, "")
	}
	if _, err := io.WriteString(r.w, r.red.String(text)); err != nil {
		return 0, err
	}
	return len(p), nil
}
