package scenario

import (
	"context"
	"fmt"
	"strings"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
)

// Steps are generic: a new documented operation needs a contract and a
// .feature file, not Go code. "documented" marks a doc string that is the
// vendor's example verbatim; without it the request is the scenario's own,
// usually with {{name}} values kept from earlier answers. Each step parses its Gherkin argument, calls
// one function and returns its error.
func (s *Suite) registerSteps(sc *godog.ScenarioContext) {
	handlers := []any{
		s.theAPI,
		s.iSendTheDocumentedRequest,
		s.theResponseStatusIs,
		s.theResponseContentTypeIs,
		s.theResponseSatisfiesTheContract,
		s.theResponseLooksLikeTheExample,
		s.theResponseEchoes,
		s.iSendWithMemberSetTo,
		s.iSendWithoutMember,
		s.iSendWithoutCredentials,
		s.iSendWithLongToken,
		s.theChangedRequestIsRejected,
		s.theChangedRequestIsAccepted,
		s.theResponseIsAJSONRPCError,
		s.theAPIAt,
		s.iKeepTheResponseMember,
		s.theResponseMemberIs,
		s.theResponseMemberHasItem,
		s.iSendUntilLists,
		s.theResponseIsAnyJSONRPCError,
		s.theChangedRequestIsRejectedWithAJSONRPCError,
	}
	for i, h := range handlers {
		sc.Step(stepRegexps[i], h) // compiled once: godog would recompile a pattern string per scenario
	}
}

func (s *Suite) theAPI(ctx context.Context, name string) error {
	st := stateOf(ctx)
	api, err := s.set.API(name)
	if err != nil {
		return err
	}
	st.api, st.target = api, s.targets[name]
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
	return s.report(st, checks.Status(c.resp, want, s.red))
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
		fs = append(fs, repairFinding("the documented response", r))
	}
	if c.bodyErr != nil || c.body == nil {
		fs = append(fs, bodyNotJSON(c))
	} else {
		fs = append(fs, checks.LooksLike(ex.Value, c.body, "", s.red)...)
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
		return s.report(st, checks.Findings{bodyNotJSON(c)})
	}
	return s.report(st, checks.Echo(c.reqValue, c.body, ptrs, s.red))
}

func bodyNotJSON(c *call) checks.Finding {
	actual := "an empty body"
	if c.bodyErr != nil {
		actual = fmt.Sprintf("%d bytes that are not JSON (%v)", len(c.resp.Body), c.bodyErr)
	}
	return checks.Finding{Check: "example", Rule: "JSON body", Expected: "a JSON body", Actual: actual}
}

// contractFindings applies every contract check to the last call: the HTTP
// level (kin-openapi), then the body's schema and what only the contract's
// extensions say.
func (s *Suite) contractFindings(ctx context.Context, st *state, c *call) checks.Findings {
	fs := checks.OpenAPIResponse(ctx, c.op, c.req, c.params, c.resp, s.red)
	fs = append(fs, bodyProblemFindings(c.problems)...)
	if c.body == nil {
		return withBodyError(fs, c)
	}
	if c.method != nil {
		fs = append(fs, checks.JSONRPCResponse(s.set, st.api.JSONRPC, c.method, c.reqValue, c.body, s.red)...)
	} else if n, ok := c.op.ResponseNode(c.resp.Status, c.resp.ContentType()); ok {
		fs = append(fs, checks.Walk(s.set, n, c.body, "", c.body, s.red)...)
	}
	return fs.Dedup()
}

// report keeps a step's warnings for the run's summary and fails the step
// on its errors (and, under --strict, on its warnings too).
func (s *Suite) report(st *state, fs checks.Findings) error {
	st.warnings = append(st.warnings, fs.Warnings(s.cfg.Strict)...)
	return fs.Sorted().Err(s.cfg.Strict)
}
