package scenario

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/example"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/exchange/aksk"
	"github.com/conform-dev/conform/internal/target"
)

// sendDocumented sends a documented request example to the scenario's target.
// The example goes in as published; what had to be repaired or redirected to
// send it is reported as a warning about the documentation.
func (s *Suite) sendDocumented(ctx context.Context, st *state, name, text string, mut *mutation) error {
	if st.api == nil {
		return errNoAPI
	}
	expanded, err := st.expand(text)
	if err != nil {
		return err
	}
	var ex *example.Example
	if expanded == text {
		ex, err = s.parseExample(text)
	} else {
		// Values kept from answers differ per scenario: not worth caching.
		ex, err = example.Parse(expanded)
	}
	if err != nil {
		return fmt.Errorf("the documented %s request: %w", name, err)
	}
	if mut != nil {
		if err := mut.applyBody(ex); err != nil {
			return err
		}
	}
	var docFindings checks.Findings
	for _, r := range ex.Repairs {
		docFindings = append(docFindings, checks.RepairedExample("the documented request", r))
	}
	var c *call
	var warns checks.Findings
	if j := st.api.JSONRPC; j != nil {
		c, warns, err = s.buildJSONRPC(st, j, name, ex)
	} else {
		c, warns, err = s.buildREST(ctx, st, name, ex)
	}
	if err != nil {
		return err
	}
	if mut != nil {
		c.mutation = mut
		mut.applyHeaders(st.api, c.req.Header)
		if mut.noAuth || mut.tokenLength > 0 {
			// The credentials are what the scenario changed: a signature
			// would put them back.
			c.req.Sign = nil
		}
		// What is wrong with a deliberately changed request is the point of
		// the scenario, not the documentation's fault.
		docFindings, warns = nil, nil
	}
	if err := s.do(ctx, st.target, c); err != nil {
		return err
	}
	st.last = c
	st.settle(c)
	s.registerCleanup(st, c)
	warns = append(warns, checks.Retried(c.resp)...)
	// The request went out as documented; what is wrong with the
	// documentation is reported now (a failure only under --strict).
	return s.report(st, append(docFindings, warns...))
}

type parsedExample struct {
	ex  *example.Example
	err error
}

// parseExample parses a documented example once per distinct text: the
// copies of a scenario, and the scenarios that change one member of the same
// documented request, share it. Each caller gets its own copy of the struct;
// the decoded value is shared and read-only (a mutation clones it first).
func (s *Suite) parseExample(text string) (*example.Example, error) {
	pe := s.examples.get(text, func() parsedExample {
		ex, err := example.Parse(text)
		return parsedExample{ex: ex, err: err}
	})
	if pe.err != nil {
		return nil, pe.err
	}
	cp := *pe.ex
	return &cp, nil
}

// requestFindings is checks.OpenAPIRequest once per distinct request: the
// copies of a scenario send the same bytes, and the verdict depends on
// nothing else. Callers get their own copy of the findings.
func (s *Suite) requestFindings(ctx context.Context, op *contract.Operation, req *exchange.Request, params map[string]string) checks.Findings {
	var b strings.Builder
	for _, part := range []string{op.API.Name, op.ID, req.Method, req.URL, string(req.Body)} {
		b.WriteString(part)
		b.WriteByte(0)
	}
	for _, k := range slices.Sorted(maps.Keys(req.Header)) {
		for _, v := range req.Header[k] {
			b.WriteString(k + ":" + v)
			b.WriteByte(0)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(params)) {
		b.WriteString(k + "=" + params[k])
		b.WriteByte(0)
	}
	fs := s.requests.get(b.String(), func() checks.Findings { return checks.OpenAPIRequest(ctx, op, req, params) })
	return slices.Clone(fs)
}

func (s *Suite) buildREST(ctx context.Context, st *state, name string, ex *example.Example) (*call, checks.Findings, error) {
	op, err := st.api.Operation(name)
	if err != nil {
		return nil, nil, err
	}
	var warns checks.Findings
	docParams := map[string]string{}
	if ex.URL != "" {
		docParams, warns = checks.DocumentedRequest(op, ex.URL, ex.Method)
	}
	params, err := s.pathParams(st, op, docParams)
	if err != nil {
		return nil, warns, err
	}
	c := &call{op: op, params: params}
	c.req, err = s.request(st, op, params, ex.Body)
	if err != nil {
		return nil, warns, err
	}
	c.reqValue = ex.Value
	warns = append(warns, s.requestFindings(ctx, op, c.req, params)...)
	if n, ok := op.RequestNode(op.RequestMediaType()); ok && ex.Value != nil {
		checks.CollectSecrets(n, ex.Value, s.red)
		for _, f := range checks.Walk(st.api.Set(), n, ex.Value, "", ex.Value) {
			f.Level, f.Part = checks.Warning, "request body"
			warns = append(warns, f)
		}
	}
	return c, warns, nil
}

func (s *Suite) buildJSONRPC(st *state, j *contract.JSONRPC, name string, ex *example.Example) (*call, checks.Findings, error) {
	var warns checks.Findings
	warns = append(warns, checks.JSONRPCMethod(name, ex.Value)...)
	m, err := j.Method(name)
	if err != nil {
		return nil, warns, err
	}
	params, err := s.pathParams(st, j.Operation, nil)
	if err != nil {
		return nil, warns, err
	}
	c := &call{op: j.Operation, method: m, params: params, reqValue: ex.Value}
	c.req, err = s.request(st, j.Operation, params, ex.Body)
	if err != nil {
		return nil, warns, err
	}
	if obj, ok := ex.Value.(map[string]any); ok && obj["params"] != nil {
		checks.CollectSecrets(m.ParamsNode, obj["params"], s.red)
	}
	warns = append(warns, checks.JSONRPCRequest(st.api.Set(), j, m, ex.Value)...)
	return c, warns, nil
}

// pathParams decides each path parameter: CONFORM_<API>_<PARAM> first, then
// the target URL, then the documented example's URL, then the contract's
// example value.
func (s *Suite) pathParams(st *state, op *contract.Operation, documented map[string]string) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range op.PathParams() {
		env := st.api.EnvPrefix() + contract.EnvToken(name)
		v := s.getenv(env)
		if v == "" {
			v = st.target.Params[name]
		}
		if v == "" && !isTemplate(documented[name]) {
			v = documented[name]
		}
		if v == "" {
			// kin-openapi resolves $ref parameters, so this finds a
			// components.parameters example too.
			if p := op.Op.Parameters.GetByInAndName("path", name); p != nil && p.Example != nil {
				v = fmt.Sprint(p.Example)
			}
		}
		if v == "" {
			return nil, target.Usagef("%s %s: no value for the path parameter %q: set %s", op.Method, op.Path, name, env)
		}
		out[name] = v
	}
	return out, nil
}

// request builds the HTTP request: the target's base URL, the operation's
// path, the credentials its security scheme needs, the documented body.
func (s *Suite) request(st *state, op *contract.Operation, params map[string]string, body []byte) (*exchange.Request, error) {
	path, err := op.ExpandPath(params)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	h.Set("Accept", "application/json")
	if body != nil {
		h.Set("Content-Type", op.RequestMediaType())
	}
	var sign func(*exchange.Request) error
	if c := st.target.Auth; c != nil {
		switch c.Kind {
		case "apiKey":
			h.Set(c.Header, st.target.Cred(c.Env[0]))
		case "bearer":
			h.Set("Authorization", "Bearer "+st.target.Cred(c.Env[0]))
		case "basic":
			r, _ := http.NewRequest(http.MethodGet, "http://x", nil)
			r.SetBasicAuth(st.target.Cred(c.Env[0]), st.target.Cred(c.Env[1]))
			h.Set("Authorization", r.Header.Get("Authorization"))
		case "aksk":
			// Signed by the client right before each attempt, after
			// every change the scenario makes; X-Project-Id is the
			// project the path names, as the SDK's credentials carry it.
			keys := aksk.Credentials{AccessKey: st.target.Cred(c.Env[0]), SecretKey: st.target.Cred(c.Env[1]), ProjectID: params["project_id"]}
			sign = func(r *exchange.Request) error { return keys.SignRequest(r, time.Now()) }
		}
	}
	u := *st.target.Base
	u.Path += path
	u.RawPath = ""
	return &exchange.Request{Method: op.Method, URL: u.String(), Header: h, Body: body, Sign: sign}, nil
}

// do sends the call to t and decodes its body; a transport failure fails
// the step. A target the run has given up on (--give-up-after) is not sent
// to: the step, and so the scenario, is not run, with that reason.
func (s *Suite) do(ctx context.Context, t *target.Target, c *call) error {
	if why := s.health.gaveUp(t); why != "" {
		return notRun{why}
	}
	if err := s.limits.Wait(ctx, c.req.URL); err != nil {
		return err
	}
	resp, err := s.client.Do(ctx, c.req)
	s.health.record(t, err, s.cfg.GiveUpAfter, s.notice)
	if err != nil {
		return fmt.Errorf("no answer to check: %s", s.red.String(err.Error()))
	}
	c.resp = resp
	if len(resp.Body) > 0 {
		c.body, c.problems, c.bodyErr = exchange.DecodeJSON(resp.Body)
	}
	// Secrets in the answer (a pairing key) are masked from now on, before
	// any step renders anything.
	s.collectNamedSecrets(c.reqValue, c.body)
	if c.body != nil {
		if c.method != nil {
			if j := c.op.API.JSONRPC; j != nil {
				checks.CollectSecrets(j.ResponseNode, c.body, s.red)
			}
			if obj, ok := c.body.(map[string]any); ok {
				checks.CollectSecrets(c.method.ResultNode, obj["result"], s.red)
			}
		} else if n, ok := c.op.ResponseNode(resp.Status, resp.ContentType()); ok {
			checks.CollectSecrets(n, c.body, s.red)
		}
	}
	return nil
}

// isTemplate tells a URL's {name} placeholder from a value.
func isTemplate(v string) bool { return strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") }

// registerCleanup arranges for what a successful call created to be deleted
// when the scenario ends, whether it passes or fails.
func (s *Suite) registerCleanup(st *state, c *call) {
	if c.resp.Status < 200 || c.resp.Status > 299 || c.body == nil {
		return
	}
	if c.method != nil && c.method.Cleanup != nil {
		cl := c.method.Cleanup
		obj, _ := c.body.(map[string]any)
		if _, ok := obj["result"]; !ok {
			return
		}
		params := map[string]any{}
		for k, p := range cl.From {
			v, ok := checks.Lookup(c.body, p)
			if !ok {
				return
			}
			params[k] = v
		}
		body, _ := json.Marshal(map[string]any{"method": cl.Method, "params": params, "id": "conform-cleanup"})
		m, err := st.api.JSONRPC.Method(cl.Method)
		if err != nil {
			return
		}
		cc := &call{op: c.op, method: m, params: c.params}
		req, err := s.request(st, c.op, c.params, body)
		if err != nil {
			return
		}
		cc.req = req
		st.cleanups = append(st.cleanups, cleanup{what: cl.Method, key: rpcKey(req, cl.Method, params), run: func(ctx context.Context) error {
			if err := s.do(ctx, st.target, cc); err != nil {
				return err
			}
			if obj, _ := cc.body.(map[string]any); cc.resp.Status != 200 || obj == nil || obj["error"] != nil {
				return fmt.Errorf("%s answered %d: %s", cl.Method, cc.resp.Status, checks.Shorten(s.red.String(string(cc.resp.Body)), 200))
			}
			return nil
		}})
		return
	}
	if c.op.Cleanup == nil {
		return
	}
	cl := c.op.Cleanup
	del, err := st.api.Operation(cl.Operation)
	if err != nil {
		return
	}
	params := map[string]string{}
	for k, v := range c.params {
		params[k] = v
	}
	for k, p := range cl.From {
		v, ok := checks.Lookup(c.body, p)
		if !ok {
			return
		}
		params[k] = fmt.Sprint(v)
	}
	req, err := s.request(st, del, params, nil)
	if err != nil {
		return
	}
	cc := &call{op: del, params: params, req: req}
	st.cleanups = append(st.cleanups, cleanup{what: cl.Operation, key: req.Method + " " + req.URL, run: func(ctx context.Context) error {
		if err := s.do(ctx, st.target, cc); err != nil {
			return err
		}
		if cc.resp.Status < 200 || cc.resp.Status > 299 {
			return fmt.Errorf("%s answered %d: %s", cl.Operation, cc.resp.Status, checks.Shorten(s.red.String(string(cc.resp.Body)), 200))
		}
		return nil
	}})
}

// settle drops the cleanups a successful call has done itself: a scenario
// that deletes what it created leaves nothing to delete afterwards.
func (st *state) settle(c *call) {
	if c.resp.Status < 200 || c.resp.Status > 299 {
		return
	}
	key := c.req.Method + " " + c.req.URL
	if c.method != nil {
		obj, _ := c.body.(map[string]any)
		if _, failed := obj["error"]; failed || obj == nil {
			return
		}
		sent, _ := c.reqValue.(map[string]any)
		params, _ := sent["params"].(map[string]any)
		key = rpcKey(c.req, c.method.Name, params)
	}
	kept := st.cleanups[:0]
	for _, cl := range st.cleanups {
		if cl.key != key {
			kept = append(kept, cl)
		}
	}
	st.cleanups = kept
}

// rpcKey identifies a JSON-RPC call by endpoint, method and parameters.
func rpcKey(req *exchange.Request, method string, params map[string]any) string {
	b, _ := json.Marshal(params) // decoded JSON always encodes
	return req.Method + " " + req.URL + " " + method + " " + string(b)
}

// notRun is a step's error when its scenario cannot go on for a reason that
// is not the scenario's (a target the run gave up on): godog skips the rest
// of the scenario, and the reports give the reason.
type notRun struct{ reason string }

func (e notRun) Error() string { return e.reason }
func (e notRun) Unwrap() error { return godog.ErrSkip }

// health is what the run knows of each target's answering: how many
// requests in a row got no answer, and whether the run gave up on it. A
// target that refuses, resets or never answers would otherwise cost every
// remaining scenario its own connection error or its full --timeout.
type health struct {
	mu      sync.Mutex
	targets map[string]*targetHealth // by Target.Name
}

type targetHealth struct {
	failures int
	gaveUp   string // the reason; "" while the run still sends to it
}

// gaveUp says why the run no longer sends to t, or "".
func (h *health) gaveUp(t *target.Target) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	if th := h.targets[t.Name()]; th != nil {
		return th.gaveUp
	}
	return ""
}

// record counts a request's outcome: any answer resets t's count, a
// failure to answer (exchange.Unreachable) adds to it, and the limit-th in
// a row gives up on t, telling notice once. A request that timed out gives
// up on t at once: it has already cost the whole --timeout, and every
// further one would cost as much. limit 0 never gives up.
func (h *health) record(t *target.Target, err error, limit int, notice func(string)) {
	why, unreachable := exchange.Unreachable(err)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.targets == nil {
		h.targets = map[string]*targetHealth{}
	}
	th := h.targets[t.Name()]
	if th == nil {
		th = &targetHealth{}
		h.targets[t.Name()] = th
	}
	if !unreachable {
		if err == nil {
			th.failures = 0
		}
		return
	}
	th.failures++
	timedOut := exchange.TimedOut(err)
	if limit <= 0 || (th.failures < limit && !timedOut) || th.gaveUp != "" {
		return
	}
	what := fmt.Sprintf("did not answer %d requests in a row (the last: %s)", th.failures, why)
	if timedOut {
		what = fmt.Sprintf("did not answer (%s)", why)
	}
	th.gaveUp = fmt.Sprintf("not run: the %s target %s %s, so the run gave up on it (--give-up-after %d; 0 never gives up)",
		t.Name(), t.Base.Redacted(), what, limit)
	notice(fmt.Sprintf("conform: the %s target %s %s: its remaining scenarios are not run (--give-up-after %d; 0 never gives up)",
		t.Name(), t.Base.Redacted(), what, limit))
}
