package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/conform-dev/conform/internal/checks"
)

// APITarget is what the summary knows of the target an API ran against, to
// say how to fix what failed there: where it is, which variables hold its
// credentials, and the API version it runs.
type APITarget struct {
	API         string   `json:"api"`
	URL         string   `json:"url,omitempty"` // redacted
	Reference   bool     `json:"reference,omitempty"`
	Credentials []string `json:"credentials,omitempty"` // the CONFORM_* variables its security schemes name
	Version     string   `json:"version,omitempty"`     // "12.3 (from the target URL)"
}

// Answer is what a target said in the exchange that failed a scenario: the
// status, the error it named, and a short excerpt of the body. "got no such
// member" says what conform missed; the answer says why.
type Answer struct {
	API     string
	Status  int    // 0: no answer came
	Code    string // REST error_code, or the JSON-RPC error's name
	Message string // REST error_msg, or the JSON-RPC error's message
	Excerpt string // the body on one line, shortened; already masked
}

// maxExcerpt bounds the body excerpt the console shows.
const maxExcerpt = 200

// AnswerOf reads the answer of an exchange, already redacted.
func AnswerOf(x *Exchange) Answer {
	a := Answer{API: x.API, Status: x.Status}
	if x.Status == 0 {
		return a
	}
	body := strings.TrimSpace(x.ResponseBody)
	var buf bytes.Buffer
	if json.Compact(&buf, []byte(body)) == nil {
		body = buf.String()
		a.Code, a.Message = errorOf([]byte(body))
	} else {
		body = strings.Join(strings.Fields(body), " ")
	}
	a.Excerpt = checks.Shorten(body, maxExcerpt)
	return a
}

// errorOf finds the error a body names: Huawei Cloud's REST error
// (error_code, error_msg) or a JSON-RPC error object (name, message; code
// when it has no name).
func errorOf(body []byte) (code, msg string) {
	var b struct {
		ErrorCode any             `json:"error_code"`
		ErrorMsg  string          `json:"error_msg"`
		Error     json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &b) != nil {
		return "", ""
	}
	if b.ErrorCode != nil || b.ErrorMsg != "" {
		return text(b.ErrorCode), b.ErrorMsg
	}
	var rpc struct {
		Name    string `json:"name"`
		Code    any    `json:"code"`
		Message string `json:"message"`
	}
	if len(b.Error) == 0 || json.Unmarshal(b.Error, &rpc) != nil {
		return "", ""
	}
	if rpc.Name == "" {
		rpc.Name = text(rpc.Code)
	}
	return rpc.Name, rpc.Message
}

func text(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// String renders the answer on one line: "401 Unauthorized: APIG.0301 Incorrect IAM …".
func (a Answer) String() string {
	if a.Status == 0 {
		return "no answer"
	}
	s := fmt.Sprintf("%d %s", a.Status, http.StatusText(a.Status))
	switch {
	case a.Code != "" && a.Message != "":
		s += fmt.Sprintf(": %s %q", a.Code, a.Message)
	case a.Code != "" || a.Message != "":
		s += ": " + a.Code + a.Message
	}
	return strings.TrimSpace(s)
}

// short names the answer in a few words: "401 APIG.0301".
func (a Answer) short() string {
	if a.Status == 0 {
		return "no answer"
	}
	return strings.TrimSpace(fmt.Sprintf("%d %s", a.Status, a.Code))
}

// cause is what failures with the same cause share, or "" when the answer
// says nothing went wrong on the target's side (a 2xx without an error: the
// scenario's own check failed).
func (a Answer) cause() string {
	if a.Status >= 200 && a.Status < 300 && a.Code == "" {
		return ""
	}
	return fmt.Sprintf("%s\x00%d\x00%s", a.API, a.Status, a.Code)
}

// fix says what to check when an API's scenarios fail with this answer, or
// "" when conform cannot tell.
func (a Answer) fix(t APITarget) string {
	where := "the " + a.API + " target"
	if t.URL != "" {
		where += " (" + t.URL + ")"
	}
	creds := strings.Join(t.Credentials, " and ")
	switch {
	case a.Status == 0:
		return fmt.Sprintf("check that %s is up and answers: nothing came back", where)
	case a.Status == http.StatusUnauthorized && creds != "":
		return fmt.Sprintf("%s refused the credentials: check %s", where, creds)
	case a.Status == http.StatusUnauthorized:
		return fmt.Sprintf("%s wants credentials its contract declares no security scheme for", where)
	case a.Status == http.StatusForbidden && creds != "":
		return fmt.Sprintf("%s refused the credentials for these operations: check %s and what they are allowed", where, creds)
	case a.Status == http.StatusNotFound:
		fix := fmt.Sprintf("%s has nothing at the URLs conform sent to: check the target URL", where)
		if t.Version != "" {
			return fix + " and the API version in it: " + t.Version
		}
		return fix + " and the API version in it"
	case a.Status == http.StatusTooManyRequests:
		return "the target limits the request rate: lower it with --rate"
	case a.Status >= 500:
		return fmt.Sprintf("%s failed on its side: its own logs say why", where)
	}
	return ""
}

// cause is one answer that failed several scenarios.
type cause struct {
	answer    Answer
	scenarios []*Scenario
}

// minCause is how many failures must share an answer before the summary
// says it once, with the fix, instead of with every failure.
const minCause = 2

// causes groups the failed scenarios by the answer that failed them, in the
// order of their first failure; only groups of minCause or more.
func causes(failed []*Scenario) (groups []*cause, of map[*Scenario]*cause) {
	byKey := map[string]*cause{}
	for _, s := range failed {
		x := failedExchange(s)
		if x == nil {
			continue
		}
		a := AnswerOf(x)
		k := a.cause()
		if k == "" {
			continue
		}
		c := byKey[k]
		if c == nil {
			c = &cause{answer: a}
			byKey[k] = c
			groups = append(groups, c)
		}
		c.scenarios = append(c.scenarios, s)
	}
	of = map[*Scenario]*cause{}
	kept := groups[:0]
	for _, c := range groups {
		if len(c.scenarios) < minCause {
			continue
		}
		kept = append(kept, c)
		for _, s := range c.scenarios {
			of[s] = c
		}
	}
	return kept, of
}
