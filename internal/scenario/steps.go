package scenario

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/plan"
)

// registerSteps binds a handler to each step of the one step table
// (plan.Steps), which holds the patterns and their documentation. Steps are
// generic: a new documented operation needs a contract and a .feature file,
// not Go code. Each handler parses its Gherkin argument, calls one function
// and returns its error.
func (s *Suite) registerSteps(sc *godog.ScenarioContext) {
	// godog asks for the steps again for every scenario: the handlers are
	// bound once per suite, and each pattern compiled once (godog would
	// recompile a pattern string per scenario).
	s.handlersOnce.Do(func() { s.bound = s.handlers() })
	for _, st := range plan.Steps {
		sc.Step(st.Regexp(), s.bound[st.ID])
	}
}

// handlers is each step's handler, by the step's ID in plan.Steps.
func (s *Suite) handlers() map[plan.StepID]any {
	return map[plan.StepID]any{
		plan.StepAPI:                    s.theAPI,
		plan.StepAPIAt:                  s.theAPIAt,
		plan.StepSend:                   s.iSendTheDocumentedRequest,
		plan.StepSendWithMember:         s.iSendWithMemberSetTo,
		plan.StepSendWithoutMember:      s.iSendWithoutMember,
		plan.StepSendWithoutCredentials: s.iSendWithoutCredentials,
		plan.StepSendWithLongToken:      s.iSendWithLongToken,
		plan.StepSendUntilLists:         s.iSendUntilLists,
		plan.StepKeep:                   s.iKeepTheResponseMember,
		plan.StepStatus:                 s.theResponseStatusIs,
		plan.StepContentType:            s.theResponseContentTypeIs,
		plan.StepSatisfiesContract:      s.theResponseSatisfiesTheContract,
		plan.StepLooksLikeExample:       s.theResponseLooksLikeTheExample,
		plan.StepEchoes:                 s.theResponseEchoes,
		plan.StepMemberIs:               s.theResponseMemberIs,
		plan.StepMemberHasItem:          s.theResponseMemberHasItem,
		plan.StepJSONRPCErrorNamed:      s.theResponseIsAJSONRPCError,
		plan.StepJSONRPCError:           s.theResponseIsAnyJSONRPCError,
		plan.StepJSONRPCResult:          s.theResponseIsAJSONRPCResult,
		plan.StepChangedRejected:        s.theChangedRequestIsRejected,
		plan.StepChangedAccepted:        s.theChangedRequestIsAccepted,
		plan.StepChangedRejectedJSONRPC: s.theChangedRequestIsRejectedWithAJSONRPCError,
	}
}

func (s *Suite) theAPI(ctx context.Context, name string) error {
	st := stateOf(ctx)
	api, err := s.set.API(name)
	if err != nil {
		return err
	}
	t := s.targets[name]
	if t == nil {
		return errors.New(s.noTarget(api, ""))
	}
	st.api, st.target = api, t
	return nil
}

func (s *Suite) iSendTheDocumentedRequest(ctx context.Context, name string, doc *godog.DocString) error {
	return s.sendDocumented(ctx, stateOf(ctx), name, doc.Content, nil)
}

func (s *Suite) theResponseStatusIs(ctx context.Context, want int) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	return s.report(st, checks.Status(c.resp, want))
}

func (s *Suite) theResponseContentTypeIs(ctx context.Context, want string) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	return s.report(st, checks.ContentType(c.resp, want))
}

func (s *Suite) theResponseSatisfiesTheContract(ctx context.Context) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	return s.report(st, s.contractFindings(ctx, st, c))
}

func (s *Suite) theResponseLooksLikeTheExample(ctx context.Context, doc *godog.DocString) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	ex, err := s.parseExample(doc.Content)
	if err != nil {
		return fmt.Errorf("the documented response: %w", err)
	}
	var fs checks.Findings
	for _, r := range ex.Repairs {
		fs = append(fs, checks.RepairedExample("the documented response", r))
	}
	if c.bodyErr != nil || c.body == nil {
		fs = append(fs, checks.BodyNotJSON(c.resp.Body, c.bodyErr))
	} else {
		fs = append(fs, checks.LooksLike(ex.Value, c.body, "")...)
	}
	return s.report(st, fs)
}

func (s *Suite) theResponseEchoes(ctx context.Context, table *godog.Table) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	var ptrs []string
	for _, row := range table.Rows {
		for _, cell := range row.Cells {
			if p := strings.TrimSpace(cell.Value); p != "" {
				if !strings.HasPrefix(p, "/") {
					return fmt.Errorf("%q is not a JSON pointer: write it as /vif_peer/name", p)
				}
				ptrs = append(ptrs, p)
			}
		}
	}
	if c.body == nil {
		return s.report(st, checks.Findings{checks.BodyNotJSON(c.resp.Body, c.bodyErr)})
	}
	return s.report(st, checks.Echo(c.reqValue, c.body, ptrs))
}

// contractFindings applies every contract check to the last call: the HTTP
// level (kin-openapi), then the body's schema and what only the contract's
// extensions say.
func (s *Suite) contractFindings(ctx context.Context, st *state, c *call) checks.Findings {
	fs := checks.OpenAPIResponse(ctx, c.op, c.req, c.params, c.resp)
	fs = append(fs, checks.BodyProblems(c.problems)...)
	if c.body == nil {
		return checks.WithBodyError(fs, c.resp, c.bodyErr)
	}
	if c.method != nil {
		fs = append(fs, checks.JSONRPCResponse(s.set, st.api.JSONRPC, c.method, c.reqValue, c.body)...)
	} else if n, ok := c.op.ResponseNode(c.resp.Status, c.resp.ContentType()); ok {
		fs = append(fs, checks.Walk(s.set, n, c.body, "", c.body)...)
	}
	return fs.Dedup()
}

// report keeps a step's warnings for the run's summary and fails the step
// on its errors (and, under --strict, on its warnings too, but for those of
// the documentation conflicts the user acknowledged: --ack).
func (s *Suite) report(st *state, fs checks.Findings) error {
	if c := st.last; c != nil && c.method != nil {
		fs = checks.Explain(s.set, c.method.File, fs)
	} else if c != nil && c.op != nil {
		fs = checks.Explain(s.set, c.op.Where(), fs)
	}
	fs = checks.Acknowledge(fs, s.cfg.Ack)
	st.warnings = append(st.warnings, fs.Warnings(s.cfg.Strict)...)
	return fs.Sorted().Err(s.cfg.Strict, s.red)
}
