package scenario

import (
	"context"
	"errors"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/target"
)

// state is one scenario's state. It lives in the scenario's context, never in
// a package variable, so scenarios can run concurrently.
type state struct {
	api      *contract.API
	target   *target.Target
	last     *call
	warnings checks.Findings
	cleanups []cleanup
	vars     map[string]any // values kept for {{name}}
	serial   bool           // the scenario runs alone (@serial)
	slot     bool           // the scenario holds one of Suite.slots
}

// call is one request the scenario sent and what came back.
type call struct {
	op       *contract.Operation
	method   *contract.Method // JSON-RPC only
	req      *exchange.Request
	reqValue any // the request body, decoded
	params   map[string]string
	resp     *exchange.Response
	body     any                    // the response body, decoded; nil when bodyErr is set
	bodyErr  error                  // why the body is not JSON
	problems []exchange.BodyProblem // what is wrong with a body that is JSON
	mutation *mutation              // how the scenario changed the documented request, if it did
}

type cleanup struct {
	what string
	key  string // the request that undoes it: a scenario that sends it itself settles the cleanup
	run  func(context.Context) error
}

type stateKey struct{}

func withState(ctx context.Context) context.Context {
	return context.WithValue(ctx, stateKey{}, &state{})
}

func stateOf(ctx context.Context) *state {
	st, _ := ctx.Value(stateKey{}).(*state)
	if st == nil {
		// Only a step registered outside InitializeScenario gets here.
		panic("conform: scenario state missing from the context")
	}
	return st
}

var errNoAPI = errors.New(`no API chosen: start the scenario with Given the "<api>" API`)
var errNoCall = errors.New("no request has been sent yet: a When step must send one first")

func (st *state) lastCall() (*call, error) {
	if st.last == nil {
		return nil, errNoCall
	}
	return st.last, nil
}
