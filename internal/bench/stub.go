package bench

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/plan"
)

// ExampleStub is a loopback target for one API of the imported scenarios:
// it answers each request with the response a feature documents for the
// same operation. The embedded reference implements a few operations of
// the whole references; the stub answers all of them, so that a run of
// every imported scenario measures conform, not a target's "not
// implemented". It checks nothing (no credentials, no body): what it
// serves is what the vendor's page says the answer is.
type ExampleStub struct {
	api *contract.API
	// answers by operationId (REST) or JSON-RPC method name, in the order
	// the features give them.
	answers map[string][]stubAnswer
	// Documented counts the requests answered with a documented response,
	// StandIn those whose operation documents no response body (answered
	// with an empty object, or a JSON-RPC result {}, and the documented
	// status), Unknown those no operation of the API matches (404).
	Documented, StandIn, Unknown atomic.Int64
}

type stubAnswer struct {
	request string // what the documented request is matched on: see requestKey
	status  int
	body    []byte // nil: the operation documents no response body
}

// NewExampleStub answers the API's requests from the documented sends of
// its scenarios (plan.Sends of the features).
func NewExampleStub(api *contract.API, sends []plan.Sent) *ExampleStub {
	s := &ExampleStub{api: api, answers: map[string][]stubAnswer{}}
	for _, sent := range sends {
		if sent.API != api.Name || !sent.Documented {
			continue
		}
		a := stubAnswer{request: s.documentedKey(sent.Request), status: sent.Status}
		if a.status == 0 {
			a.status = http.StatusOK
		}
		if sent.HasResponse {
			a.body = []byte(sent.Response)
		}
		s.answers[sent.Operation] = append(s.answers[sent.Operation], a)
	}
	return s
}

// documentedKey is requestKey of a documented request as a feature writes
// it: "GET https://{host}/path?query" or "GET /path" for REST, the JSON-RPC
// object for JSON-RPC.
func (s *ExampleStub) documentedKey(text string) string {
	if s.api.JSONRPC != nil {
		return paramsKey([]byte(text))
	}
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	method, target, _ := strings.Cut(strings.TrimSpace(line), " ")
	target, _, _ = strings.Cut(strings.TrimSpace(target), " ") // a body may follow on the line
	if _, rest, ok := strings.Cut(target, "://"); ok {
		target = "/"
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			target = rest[i:]
		}
	}
	return method + " " + target
}

// paramsKey is a JSON-RPC request's params, in one canonical form (object
// members sorted), or "" when the text is not JSON.
func paramsKey(body []byte) string {
	var v struct {
		Params any `json:"params"`
	}
	if json.Unmarshal(body, &v) != nil {
		return ""
	}
	b, _ := json.Marshal(v.Params)
	return string(b)
}

// ServeHTTP finds the operation (by method and path, or by the JSON-RPC
// method), then the answer whose documented request is this one, else the
// operation's first.
func (s *ExampleStub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	var op, key string
	var id json.RawMessage
	if s.api.JSONRPC != nil {
		var call struct {
			Method string          `json:"method"`
			ID     json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(body, &call)
		op, id, key = call.Method, call.ID, paramsKey(body)
	} else {
		op, key = s.route(r), r.Method+" "+r.URL.RequestURI()
	}
	if op == "" {
		s.Unknown.Add(1)
		http.Error(w, `{"error":"the stub knows no operation for `+r.Method+` `+r.URL.Path+`"}`, http.StatusNotFound)
		return
	}
	a := stubAnswer{status: http.StatusOK}
	if answers := s.answers[op]; len(answers) > 0 {
		a = answers[0]
		for _, c := range answers {
			if c.request == key {
				a = c
				break
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case a.body != nil:
		s.Documented.Add(1)
		w.WriteHeader(a.status)
		_, _ = w.Write(a.body)
	case a.status == http.StatusNoContent || a.status == http.StatusNotModified:
		s.StandIn.Add(1)
		w.WriteHeader(a.status)
	default:
		s.StandIn.Add(1)
		w.WriteHeader(a.status)
		if s.api.JSONRPC != nil {
			if len(id) == 0 {
				id = json.RawMessage("null")
			}
			_, _ = w.Write(append(append([]byte(`{"id":`), id...), `,"result":{}}`...))
			return
		}
		_, _ = w.Write([]byte("{}"))
	}
}

// route finds the REST operation a request is for: the method, and the
// path template that matches with the fewest parameters (the most literal).
func (s *ExampleStub) route(r *http.Request) string {
	best, params := "", -1
	for _, o := range s.api.Operations() {
		if o.Method != r.Method {
			continue
		}
		if _, _, ok := o.MatchPath(r.URL.Path, false); ok && (params < 0 || len(o.PathParams()) < params) {
			best, params = o.ID, len(o.PathParams())
		}
	}
	return best
}
