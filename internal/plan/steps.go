package plan

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

// StepID names one of conform's steps. The runner (internal/scenario) binds a
// handler to each; everything else that reads features (preflight, lint,
// gen, import) uses the patterns from here, so that no copy can drift.
type StepID int

// The steps, in the order `conform steps` lists them.
const (
	StepAPI StepID = iota
	StepAPIAt
	StepSend
	StepSendWithMember
	StepSendWithoutMember
	StepSendWithoutCredentials
	StepSendWithLongToken
	StepSendUntilLists
	StepKeep
	StepStatus
	StepContentType
	StepSatisfiesContract
	StepLooksLikeExample
	StepEchoes
	StepMemberIs
	StepMemberHasItem
	StepJSONRPCErrorNamed
	StepJSONRPCError
	StepChangedRejected
	StepChangedAccepted
	StepChangedRejectedJSONRPC
	stepCount
)

// Step is one step conform defines: the pattern a feature's step text must
// match and a line of documentation for `conform steps` and the README.
type Step struct {
	ID      StepID
	Pattern string
	Doc     string
	re      *regexp.Regexp
}

// Regexp is the step's compiled pattern, shared: godog would otherwise
// recompile a pattern string for every scenario.
func (s *Step) Regexp() *regexp.Regexp { return s.re }

// Readable is the step as a feature writes it: an optional word shown, the
// first of alternative words, a placeholder for each argument.
func (s *Step) Readable() string { return readableStep(s.Pattern) }

// send is the optional "documented" of every sending step: it marks a doc
// string that is the vendor's example verbatim.
const send = `^I send the (?:documented )?"([^"]*)" request`

// Steps is the one table of conform's steps.
var Steps = func() []*Step {
	steps := []*Step{
		{StepAPI, `^the "([^"]*)" API$`,
			`Chooses the API (a contract's name, e.g. "dcaas") that the scenario's requests go to, at its main target.`, nil},
		{StepAPIAt, `^the "([^"]*)" API at its "([^"]*)" target$`,
			`Chooses the API at another target of the same API (a role, e.g. "destination"), set with --target API:ROLE=URL.`, nil},
		{StepSend, send + `:$`,
			`Sends the request in the doc string (the vendor's example, or one the scenario writes with {{name}} values kept before) to the operation or JSON-RPC method.`, nil},
		{StepSendWithMember, send + ` with "([^"]*)" set to (.+):$`,
			`Sends the request with the member at a JSON pointer set to a JSON value; the changed-request steps then judge the answer.`, nil},
		{StepSendWithoutMember, send + ` without "([^"]*)":$`,
			`Sends the request with the member at a JSON pointer removed.`, nil},
		{StepSendWithoutCredentials, send + ` without credentials:$`,
			`Sends the request with none of the contract's credentials.`, nil},
		{StepSendWithLongToken, send + ` with a (\d+)-character token:$`,
			`Sends the request with an API token of that many characters in place of the real one.`, nil},
		{StepSendUntilLists, send + ` until "([^"]*)" lists (\d+) items in "([^"]*)":$`,
			`Sends the request until the listing request (second name) answers with that many items at the pointer, at most 100 times.`, nil},
		{StepKeep, `^I keep the response member "([^"]*)" as "([^"]*)"$`,
			`Keeps the value at a JSON pointer of the last answer as {{name}}, for later requests and checks.`, nil},
		{StepStatus, `^the response status is (\d{3})$`,
			`Checks the last answer's HTTP status.`, nil},
		{StepContentType, `^the response content type is "([^"]*)"$`,
			`Checks the last answer's media type (parameters such as charset are allowed).`, nil},
		{StepSatisfiesContract, `^the response satisfies the contract$`,
			`Checks the last answer against every rule of the contract: status, content type, headers, and the body's schema (types, required members, lengths, ranges, enums, formats, patterns).`, nil},
		{StepLooksLikeExample, `^the response looks like the documented example:$`,
			`Checks that the last answer has the documented example's shape: the same members, with values of the same JSON types.`, nil},
		{StepEchoes, `^the response echoes these request members:$`,
			`Checks that the answer holds, at each JSON pointer of the table, the value the request sent there.`, nil},
		{StepMemberIs, `^the response member "([^"]*)" (is not|is) (.+)$`,
			`Compares the value at a JSON pointer with a JSON value or a kept {{name}}.`, nil},
		{StepMemberHasItem, `^the response member "([^"]*)" (has an|has no) item with "([^"]*)" equal to (.+)$`,
			`Checks whether the array at a JSON pointer holds an item whose member (second pointer) equals the value.`, nil},
		{StepJSONRPCErrorNamed, `^the response is a JSON-RPC error named "([^"]*)"$`,
			`Checks that the answer is a JSON-RPC error object with that error name.`, nil},
		{StepJSONRPCError, `^the response is a JSON-RPC error$`,
			`Checks that the answer is a JSON-RPC error object, whatever its name.`, nil},
		{StepChangedRejected, `^the changed request is rejected with status (\d{3})$`,
			`Checks that the changed request was refused with that status, and that the contract says it should be.`, nil},
		{StepChangedAccepted, `^the changed request is accepted with status (\d{3})$`,
			`Checks that the changed request was accepted with that status, and that the contract allows it.`, nil},
		{StepChangedRejectedJSONRPC, `^the changed request is rejected with a JSON-RPC error$`,
			`Checks that the changed JSON-RPC request was answered with an error object, and that the contract says it should be.`, nil},
	}
	if len(steps) != int(stepCount) {
		panic(fmt.Sprintf("plan: %d steps in the table, %d StepIDs", len(steps), stepCount))
	}
	for i, s := range steps {
		if s.ID != StepID(i) {
			panic(fmt.Sprintf("plan: step %d of the table has ID %d", i, s.ID))
		}
		s.re = regexp.MustCompile(s.Pattern)
	}
	return steps
}()

// Match returns the step a text matches and its arguments, or nil.
func Match(text string) (*Step, []string) {
	for _, s := range Steps {
		if m := s.re.FindStringSubmatch(text); m != nil {
			return s, m[1:]
		}
	}
	return nil, nil
}

// Defined tells whether a step text is one of conform's steps.
func Defined(text string) bool {
	s, _ := Match(text)
	return s != nil
}

// APIOf is the API a step chooses, or "".
func APIOf(text string) string {
	if m := Steps[StepAPI].re.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := Steps[StepAPIAt].re.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// sendSteps start with the operation's name.
var sendSteps = []StepID{StepSend, StepSendWithMember, StepSendWithoutMember, StepSendWithoutCredentials, StepSendWithLongToken, StepSendUntilLists}

// OperationOf is the operation or JSON-RPC method a step sends, or "".
func OperationOf(text string) string {
	if !strings.HasPrefix(text, "I send the ") {
		return ""
	}
	for _, id := range sendSteps {
		if m := Steps[id].re.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	return ""
}

// SendStep writes the text of a sending step for an operation, as gen and
// import write features.
func SendStep(operation string) string {
	return fmt.Sprintf("I send the documented %q request:", operation)
}

// WriteSteps prints the table for people: each step as a feature writes it,
// with its documentation (`conform steps`).
func WriteSteps(w io.Writer) {
	for _, s := range Steps {
		fmt.Fprintf(w, "%s\n    %s\n", s.Readable(), s.Doc)
	}
}
