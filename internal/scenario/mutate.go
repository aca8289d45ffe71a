package scenario

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/example"
)

// mutation is how a boundary or negative scenario changes the documented
// request: one member set or removed in place (everything else stays as
// documented), or the credentials taken away or stretched.
type mutation struct {
	describe    string
	ptr         string
	value       any
	remove      bool
	noAuth      bool
	tokenLength int
}

func (m *mutation) applyBody(ex *example.Example) error {
	if m.ptr == "" {
		return nil
	}
	if ex.Value == nil {
		return fmt.Errorf("%s: the documented request has no JSON body to change", m.describe)
	}
	doc := jsonvalue.Clone(ex.Value)
	var err error
	if m.remove {
		err = jsonvalue.Delete(doc, m.ptr)
	} else {
		err = jsonvalue.Set(doc, m.ptr, m.value)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", m.describe, err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	ex.Value, ex.Body = doc, b
	return nil
}

func (m *mutation) applyHeaders(api *contract.API, h http.Header) {
	for _, c := range api.Credentials {
		header := c.Header
		if c.Kind == "basic" {
			header = "Authorization"
		}
		switch {
		case m.noAuth:
			h.Del(header)
		case m.tokenLength > 0 && c.Kind == "apiKey":
			h.Set(header, strings.Repeat("t", m.tokenLength))
		}
	}
}

func (s *Suite) iSendWithMemberSetTo(ctx context.Context, name, ptr, value string, doc *godog.DocString) error {
	v, err := example.ParseValue(value)
	if err != nil {
		return err
	}
	return s.sendDocumented(ctx, stateOf(ctx), name, doc.Content, &mutation{describe: ptr + " set to " + value, ptr: ptr, value: v})
}

func (s *Suite) iSendWithoutMember(ctx context.Context, name, ptr string, doc *godog.DocString) error {
	return s.sendDocumented(ctx, stateOf(ctx), name, doc.Content, &mutation{describe: "without " + ptr, ptr: ptr, remove: true})
}

func (s *Suite) iSendWithoutCredentials(ctx context.Context, name string, doc *godog.DocString) error {
	return s.sendDocumented(ctx, stateOf(ctx), name, doc.Content, &mutation{describe: "without credentials", noAuth: true})
}

func (s *Suite) iSendWithLongToken(ctx context.Context, name string, n int, doc *godog.DocString) error {
	if n < 1 || n > 1<<20 {
		return fmt.Errorf("a %d-character token: want 1 to 1048576", n)
	}
	return s.sendDocumented(ctx, stateOf(ctx), name, doc.Content, &mutation{describe: fmt.Sprintf("with a %d-character token", n), tokenLength: n})
}

// changedRequestFindings is what the contract says of the changed request:
// the guard against false alarms. A rejection scenario must send a request
// the contract calls invalid, an acceptance scenario one it calls valid.
func (s *Suite) changedRequestFindings(ctx context.Context, st *state, c *call) (checks.Findings, error) {
	if c.mutation == nil {
		return nil, fmt.Errorf("this step checks a changed request: send one with a \"with … set to …\", \"without …\" or \"with a N-character token\" step first")
	}
	if c.mutation.noAuth {
		return checks.NoCredentials(), nil
	}
	if c.method != nil {
		return checks.ChangedJSONRPCRequest(s.set, st.api.JSONRPC, c.method, c.reqValue), nil
	}
	return s.requestFindings(ctx, c.op, c.req, c.params).Errors(true), nil
}

func (s *Suite) theChangedRequestIsRejected(ctx context.Context, status int) error {
	return s.judgeChanged(ctx, status, false)
}

func (s *Suite) theChangedRequestIsAccepted(ctx context.Context, status int) error {
	return s.judgeChanged(ctx, status, true)
}

// theChangedRequestIsRejectedWithAJSONRPCError is the rejection of a
// JSON-RPC API: HTTP 200 carrying an error object, named or not (the pages
// do not name the error for most invalid parameters).
func (s *Suite) theChangedRequestIsRejectedWithAJSONRPCError(ctx context.Context) error {
	return s.judgeChanged(ctx, checks.JSONRPCRejection, false)
}

// judgeChanged checks the answer to a changed request: first that the
// contract agrees with the scenario about the request (valid for an
// acceptance, invalid for a rejection), then the status, then the contract.
func (s *Suite) judgeChanged(ctx context.Context, status int, wantValid bool) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	invalid, err := s.changedRequestFindings(ctx, st, c)
	if err != nil {
		return err
	}
	if err := checks.FalseAlarm(c.mutation.describe, wantValid, invalid, s.red); err != nil {
		return err
	}
	if status == checks.JSONRPCRejection && c.method == nil {
		return fmt.Errorf("the %s API is not JSON-RPC: say which status rejects the request", st.api.Name)
	}
	fs := checks.Changed(c.resp, c.body, c.mutation.describe, status, wantValid)
	if len(fs) == 0 {
		fs = s.contractFindings(ctx, st, c)
	}
	return s.report(st, fs)
}

// theResponseIsAJSONRPCError checks a JSON-RPC answer is an error with the
// given name, and that the whole answer satisfies the contract.
func (s *Suite) theResponseIsAJSONRPCError(ctx context.Context, name string) error {
	return s.jsonRPCError(ctx, name)
}

// theResponseIsAnyJSONRPCError is for errors the documentation gives no
// name for: any error object, as long as the contract holds.
func (s *Suite) theResponseIsAnyJSONRPCError(ctx context.Context) error {
	return s.jsonRPCError(ctx, "")
}

// theResponseIsAJSONRPCResult checks a JSON-RPC answer is a result, not an
// error, and that the whole answer satisfies the contract.
func (s *Suite) theResponseIsAJSONRPCResult(ctx context.Context) error {
	return s.jsonRPCAnswer(ctx, checks.JSONRPCResult)
}

func (s *Suite) jsonRPCError(ctx context.Context, name string) error {
	return s.jsonRPCAnswer(ctx, func(body any) checks.Findings { return checks.JSONRPCError(body, name) })
}

// jsonRPCAnswer checks the last JSON-RPC answer against the contract and
// one more rule of the scenario's.
func (s *Suite) jsonRPCAnswer(ctx context.Context, rule func(body any) checks.Findings) error {
	st := stateOf(ctx)
	c, err := st.lastCall()
	if err != nil {
		return err
	}
	if c.method == nil {
		return fmt.Errorf("the %s API is not JSON-RPC", st.api.Name)
	}
	fs := s.contractFindings(ctx, st, c)
	fs = append(fs, rule(c.body)...)
	return s.report(st, fs)
}
