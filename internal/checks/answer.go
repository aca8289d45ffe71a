package checks

import (
	"fmt"
	"strings"

	"github.com/conform-dev/conform/internal/exchange"
)

// Checks of an answer as bytes, before any schema: does it parse, did it
// take retries; and of what happens after the scenario (cleanup).

// BodyNotJSON reports a body a step needs as JSON that is empty or is not
// JSON (err says why, in conform's words).
func BodyNotJSON(body []byte, err error) Finding {
	actual := "an empty body"
	if err != nil {
		actual = fmt.Sprintf("%d bytes that are not JSON (%v)", len(body), err)
	}
	return Finding{Check: IDExample, Rule: "JSON body", Expected: "a JSON body", Actual: actual}
}

// BodyProblems turns what exchange.DecodeJSON found wrong with a body that
// is still JSON (a member name given twice, an integer beyond int64) into
// findings: each fails the scenario.
func BodyProblems(ps []exchange.BodyProblem) Findings {
	var fs Findings
	for _, p := range ps {
		fs = append(fs, Finding{Check: IDJSON, Pointer: p.Pointer, Rule: p.Rule, Actual: p.Actual, Note: p.Note})
	}
	return fs
}

// WithBodyError says why a body is not JSON in conform's own words (bodyErr,
// which names the line, the column and the cause: a byte-order mark, invalid
// UTF-8, the nesting limit), in place of the OpenAPI library's bare decoder
// error in fs; and adds the finding when that library accepted a body that
// claims to be JSON (it replaces invalid UTF-8 silently).
func WithBodyError(fs Findings, resp *exchange.Response, bodyErr error) Findings {
	if bodyErr == nil && len(resp.Body) > 0 {
		return fs
	}
	ours := BodyNotJSON(resp.Body, bodyErr)
	for i := range fs {
		if fs[i].Rule == ours.Rule {
			fs[i].Actual = ours.Actual
			return fs
		}
	}
	if bodyErr == nil || !strings.Contains(resp.ContentType(), "json") {
		return fs // an empty body, or one that does not claim to be JSON
	}
	return append(fs, ours)
}

// Retried reports an answer that took more than one attempt: the run
// passes, but a target that needs retries is worth knowing about.
func Retried(resp *exchange.Response) Findings {
	if resp == nil || resp.Attempts <= 1 {
		return nil
	}
	return Findings{{Check: IDRetry, Part: "exchange", Rule: "an answer at the first attempt",
		Expected: "one attempt", Actual: fmt.Sprintf("%d attempts (earlier: %s)", resp.Attempts, strings.Join(resp.Retried, ", ")),
		Level: Warning, Note: "conform retried because of --retries"}}
}

// Cleanup reports what the scenario created (what) and could not delete:
// err says why.
func Cleanup(what string, err error) Finding {
	return Finding{Check: IDCleanup, Rule: "cleanup " + what, Expected: "what the scenario created is deleted",
		Actual: err.Error(), Level: Warning, Note: "delete it by hand"}
}
