package scenario

import (
	"cmp"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/plan"
	"github.com/conform-dev/conform/internal/reports"
)

// quietFormat is godog's formatter when conform writes the console itself
// (progress) : godog's storage still runs, and prints nothing.
const quietFormat = "conform-quiet"

func init() {
	godog.Format(quietFormat, "prints nothing: conform writes the console and the reports", func(suite string, w io.Writer) godog.Formatter {
		b, _ := running.Load(suite)
		bt, _ := b.(*batch)
		return quietFmt{BaseFmt: godog.NewBaseFmt(suite, w), b: bt}
	})
}

type quietFmt struct {
	*godog.BaseFmt
	b *batch // nil when the suite is not one of conform's batches
}

func (quietFmt) Summary() {}

// Feature hands the batch godog's parse of the feature, before godog runs
// any of its scenarios: they are planned from it as they start.
func (f quietFmt) Feature(doc *messages.GherkinDocument, uri string, content []byte) {
	f.BaseFmt.Feature(doc, uri, content)
	if f.b != nil {
		f.b.addDoc(uri, doc)
	}
}

// scenarioRecord is what a scenario did, for the reports: a copy of its
// planned description that only its own goroutine writes until it is done.
type scenarioRecord struct {
	sc        *reports.Scenario
	stepIndex map[string]int // pickle step id → index in sc.Steps
	stepStart time.Time
	last      *call
	done      bool
	notRun    string // why a step skipped the rest of the scenario, when it said
	// exchanges renders each step's request and response for the reports,
	// when the scenario is done: for every scenario when a report shows
	// them all (Suite.full), else only for a failed one.
	exchanges []func()
}

type recordKey struct{}

func recordOf(ctx context.Context) *scenarioRecord {
	r, _ := ctx.Value(recordKey{}).(*scenarioRecord)
	return r
}

// recordHooks registers the hooks that feed the reports. They run after the
// state hooks: Before needs the state, After the cleanup warnings.
func (s *Suite) recordHooks(sc *godog.ScenarioContext, b *batch) {
	sc.Before(func(ctx context.Context, p *godog.Scenario) (context.Context, error) {
		if s.sel == nil || b == nil {
			// godog's own CLI: no plan and no reports, but the version gate
			// still holds.
			if reason := s.gate(p); reason != "" {
				return ctx, godog.ErrSkip
			}
			return ctx, nil
		}
		pf := b.doc(p.Uri)
		if pf == nil {
			return ctx, fmt.Errorf("conform: godog ran %s before it read that feature", p.Uri)
		}
		b.start()
		sc := plan.PlanScenario(pf, p, s.full)
		sc.Started, sc.SkipReason = time.Now(), ""
		s.rec.Plan(pf.URI(), sc)
		r := &scenarioRecord{sc: sc, stepIndex: map[string]int{}}
		for i, st := range p.Steps {
			r.stepIndex[st.Id] = i
		}
		return context.WithValue(ctx, recordKey{}, r), nil
	})
	sc.StepContext().Before(func(ctx context.Context, _ *godog.Step) (context.Context, error) {
		if r := recordOf(ctx); r != nil {
			r.stepStart = time.Now()
		}
		return ctx, nil
	})
	sc.StepContext().After(func(ctx context.Context, step *godog.Step, status godog.StepResultStatus, err error) (context.Context, error) {
		r := recordOf(ctx)
		if r == nil || r.done {
			return ctx, nil
		}
		i, ok := r.stepIndex[step.Id]
		if !ok {
			return ctx, nil
		}
		s.recordStep(ctx, r, r.sc.Steps[i], status, err)
		return ctx, nil
	})
	sc.After(func(ctx context.Context, _ *godog.Scenario, _ error) (context.Context, error) {
		r := recordOf(ctx)
		if r == nil || r.done {
			return ctx, nil
		}
		r.done = true
		sc := r.sc
		sc.Duration = time.Since(sc.Started)
		sc.Status = reports.Passed
		for _, st := range sc.Steps {
			if st.Status == reports.Failed {
				sc.Status = reports.Failed
				break
			}
			if st.Status == reports.Skipped {
				sc.Status = reports.Skipped
			}
		}
		if sc.Status == reports.Skipped {
			sc.SkipReason = cmp.Or(r.notRun, "a step skipped it")
		}
		for _, f := range stateOf(ctx).warnings {
			sc.Warnings = append(sc.Warnings, s.redactFinding(f))
		}
		if sc.Status == reports.Failed || s.full {
			for _, render := range r.exchanges {
				render()
			}
		}
		r.exchanges = nil
		s.rec.Done(sc)
		return ctx, nil
	})
}

func (s *Suite) recordStep(ctx context.Context, r *scenarioRecord, st *reports.Step, status godog.StepResultStatus, err error) {
	if !r.stepStart.IsZero() {
		st.Duration = time.Since(r.stepStart)
	}
	switch status {
	case godog.StepPassed:
		st.Status = reports.Passed
	case godog.StepSkipped:
		st.Status = reports.Skipped
	default:
		st.Status = reports.Failed
	}
	var nr notRun
	if errors.As(err, &nr) && r.notRun == "" {
		r.notRun = nr.reason
	}
	if err != nil && !errors.Is(err, godog.ErrSkip) {
		st.Edit().Error = s.red.String(err.Error())
		var f *checks.Failure
		if errors.As(err, &f) {
			for _, x := range f.Findings {
				st.Edit().Violations = append(st.Edit().Violations, s.redactFinding(x))
			}
			// The reports' rendering, not the checks': every report reads
			// the findings the same way.
			st.Edit().Error = s.red.String(reports.ViolationsText(st.Edit().Violations))
		}
	}
	cur := stateOf(ctx)
	if cur.last == nil || cur.last == r.last {
		return
	}
	c := cur.last
	r.last = c
	api, op := cur.api.Name, c.op.ID
	if c.method != nil {
		op = c.method.Name
	}
	creds := s.curlCredentials(cur)
	r.exchanges = append(r.exchanges, func() {
		st.Edit().Exchange = reports.NewExchange(api, op, c.req, c.resp, s.red, creds, s.cfg.Insecure)
	})
	hit := reports.Hit{API: api, HTTPOp: c.op.ID, Operation: op, Response: c.body}
	if c.resp != nil {
		hit.Status = c.resp.Status
	}
	if c.mutation != nil {
		hit.Changed = c.mutation.ptr
	}
	s.cov.Exercise(hit)
}

// curlCredentials says, for the curl reproducer, which CONFORM_* variables
// hold the credentials the request carried.
func (s *Suite) curlCredentials(st *state) []reports.Credential {
	var out []reports.Credential
	for _, c := range st.api.Credentials {
		cr := reports.Credential{Kind: c.Kind, Header: c.Header, Env: c.Env}
		switch c.Kind {
		case "apiKey":
			cr.Value = st.target.Cred(c.Env[0])
		case "bearer":
			cr.Value = "Bearer " + st.target.Cred(c.Env[0])
		case "basic":
			cr.Header = "Authorization"
			cr.Value = "Basic " + base64.StdEncoding.EncodeToString([]byte(st.target.Cred(c.Env[0])+":"+st.target.Cred(c.Env[1])))
		}
		out = append(out, cr)
	}
	return out
}

// redactFinding masks secrets in every text of a finding, as the checks
// made it: a secret learned after the finding was made (another scenario's
// pairing key) too.
func (s *Suite) redactFinding(f checks.Finding) checks.Finding { return f.Redact(s.red) }

// collectNamedSecrets masks the values of members named in the run's secret
// names (--secret-name, CONFORM_SECRET_NAMES), wherever they occur in a
// request or response body.
func (s *Suite) collectNamedSecrets(values ...any) {
	if len(s.secretNames) == 0 {
		return
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 64 {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			for k, x := range t {
				if s.secretNames[strings.ToLower(k)] {
					if str, ok := x.(string); ok {
						s.red.Add(str)
					}
				}
				walk(x, depth+1)
			}
		case []any:
			for _, x := range t {
				walk(x, depth+1)
			}
		}
	}
	for _, v := range values {
		walk(v, 0)
	}
}
