package checks

import (
	"fmt"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/exchange"
)

// Checks of what conform is about to send, before it is sent. A documented
// example that does not match its operation is the documentation's fault: a
// warning. A request conform changed on purpose is judged by the contract
// (the false-alarm guard), then its answer by the scenario.

const ruleRepaired = "valid JSON as published"

// RepairedExample reports a documented example that parsed only once
// repaired (repair says how), in what ("the documented request").
func RepairedExample(what, repair string) Finding {
	return Finding{Check: IDExample, Part: what, Rule: ruleRepaired, Expected: "JSON that parses as printed", Actual: repair, Level: Warning, Where: "the feature's doc string"}
}

// DocumentedRequest checks a documented example's URL and method against
// its operation, and returns the path parameters the URL gives (none when it
// does not match the URI: conform sends to the URI, with parameters from the
// configuration).
func DocumentedRequest(op *contract.Operation, url, method string) (map[string]string, Findings) {
	var fs Findings
	params := map[string]string{}
	if p, rest, ok := op.MatchPath(contract.URLPath(url), true); ok {
		params = p
		if rest != "" {
			fs = append(fs, Finding{Check: IDRequest, Part: "request URL", Rule: "documented URI " + op.Method + " " + op.Path,
				Expected: "a URL that matches the URI", Actual: url, Level: Warning, Where: op.Where(),
				Note: fmt.Sprintf("the documented URL goes on with %q, which the URI does not have; conform sent the request to the URI", rest)})
		}
	} else {
		fs = append(fs, Finding{Check: IDRequest, Part: "request URL", Rule: "documented URI " + op.Method + " " + op.Path,
			Expected: "a URL that matches the URI", Actual: url, Level: Warning, Where: op.Where(),
			Note: "conform sent the request to the URI, with parameters from the configuration"})
	}
	if method != "" && method != op.Method {
		fs = append(fs, Finding{Check: IDRequest, Part: "request method", Rule: "documented method " + op.Method,
			Expected: op.Method, Actual: method, Level: Warning, Where: op.Where()})
	}
	return params, fs
}

// JSONRPCMethod checks a documented JSON-RPC request names the method the
// step sends.
func JSONRPCMethod(name string, request any) Findings {
	obj, _ := request.(map[string]any)
	sent, _ := obj["method"].(string)
	if sent == name {
		return nil
	}
	return Findings{{Check: IDRequest, Part: "request body", Pointer: "/method", Rule: "method " + name,
		Expected: name, Actual: fmt.Sprintf("%q", sent), Level: Warning, Where: "the feature"}}
}

// NoCredentials is what the contract says of a request sent without
// credentials on purpose: it breaks the security requirement.
func NoCredentials() Findings {
	return Findings{{Check: IDRequest, Rule: "security requirement", Actual: "no credentials"}}
}

// ChangedJSONRPCRequest is what the contract says of a JSON-RPC request
// conform changed on purpose (m is the method the step sends): a method the
// contract does not document, or what JSONRPCRequest finds, as errors.
func ChangedJSONRPCRequest(set *contract.Set, j *contract.JSONRPC, m *contract.Method, request any) Findings {
	obj, _ := request.(map[string]any)
	if name, _ := obj["method"].(string); name != m.Name {
		if _, err := j.Method(name); err != nil {
			return Findings{{Check: IDRequest, Pointer: "/method", Rule: "documented method", Actual: fmt.Sprintf("%q", name)}}
		}
	}
	return JSONRPCRequest(set, j, m, request).Errors(true)
}

// FalseAlarm is the guard of a scenario that changes a request on purpose
// (describe says how): an acceptance scenario must send what the contract
// calls valid, a rejection scenario what it calls invalid (invalid holds the
// contract's errors), or a target that answers either way is right, and the
// scenario, not the target, is wrong. It returns nil when the two agree.
// The error quotes the first finding, masked by red; nothing is masked when
// the guard lets the scenario go on, which is almost always.
func FalseAlarm(describe string, wantValid bool, invalid Findings, red *exchange.Redactor) error {
	switch {
	case wantValid && len(invalid) > 0:
		return fmt.Errorf("false alarm guard: the request %s breaks the contract (%s), so a target may reject it; change the scenario to stay within the documented limits", describe, invalid[0].Redact(red).String())
	case !wantValid && len(invalid) == 0:
		return fmt.Errorf("false alarm guard: the request %s is valid by the contract, so a target may accept it; change the scenario to break a documented rule", describe)
	}
	return nil
}

// JSONRPCRejection stands for "HTTP 200 with an error object" where Changed
// takes a status.
const JSONRPCRejection = -1

// Changed checks the answer to a request conform changed on purpose
// (describe says how): that the target accepts it (accepted) or rejects it,
// with status, or with a JSON-RPC error when status is JSONRPCRejection. The
// findings' rule says what the scenario expected of the change.
func Changed(resp *exchange.Response, body any, describe string, status int, accepted bool) Findings {
	verb := "rejects"
	if accepted {
		verb = "accepts"
	}
	var fs Findings
	if status == JSONRPCRejection {
		fs = Status(resp, 200)
		if len(fs) == 0 {
			fs = JSONRPCError(body, "")
		}
		for i := range fs {
			fs[i].Rule = fmt.Sprintf("%s %s with a JSON-RPC error", verb, describe)
		}
		return fs
	}
	fs = Status(resp, status)
	for i := range fs {
		fs[i].Rule = fmt.Sprintf("%s %s with status %d", verb, describe, status)
	}
	return fs
}
