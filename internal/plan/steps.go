package plan

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
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
	StepJSONRPCResult
	StepChangedRejected
	StepChangedAccepted
	StepChangedRejectedJSONRPC
	stepCount
)

// Step is one step conform defines: the pattern a feature's step text must
// match, and how `conform steps` and the README show it: the keyword a
// feature usually gives it, a placeholder for each argument, what it does.
type Step struct {
	ID      StepID
	Keyword string
	Pattern string
	Args    []string // a placeholder per group of the pattern
	Doc     string
	re      *regexp.Regexp
}

// Regexp is the step's compiled pattern, shared: godog would otherwise
// recompile a pattern string for every scenario.
func (s *Step) Regexp() *regexp.Regexp { return s.re }

// Readable is the step as a feature writes it, with placeholders.
func (s *Step) Readable() string { return s.Text(s.Args...) }

// Every sending step starts with send. Its optional "documented" marks a
// doc string that is the vendor's example verbatim.
const (
	sendPrefix     = "I send the "
	documentedWord = "documented "
	send           = "^" + sendPrefix + "(?:" + documentedWord + `)?"([^"]*)" request`
)

// Steps is the one table of conform's steps.
var Steps = func() []*Step {
	op := []string{"<op>"}
	steps := []*Step{
		{StepAPI, "Given", `^the "([^"]*)" API$`, []string{"<api>"},
			"picks the contract `openapi/<api>.yaml` and its target", nil},
		{StepAPIAt, "Given", `^the "([^"]*)" API at its "([^"]*)" target$`, []string{"<api>", "<role>"},
			"the API's second endpoint, e.g. the pairing destination (`--target element:destination=URL`)", nil},
		{StepSend, "When", send + `:$`, op,
			"+ doc string: sends the documented example as published, and reports any repair as a warning (a string broken across lines, a URL that does not match the URI). Without \"documented\", the request is the scenario's own, usually with `{{name}}` values kept before; every sending step has both forms", nil},
		{StepSendWithMember, "When", send + ` with "([^"]*)" set to (.+):$`, []string{"<op>", "<pointer>", "<value>"},
			"the same, with one member changed in place. `<value>` is JSON, or `a string of N characters`", nil},
		{StepSendWithoutMember, "When", send + ` without "([^"]*)":$`, []string{"<op>", "<pointer>"},
			"with one member removed", nil},
		{StepSendWithoutCredentials, "When", send + ` without credentials:$`, op,
			"with none of the contract's credentials (no token, no Basic header)", nil},
		{StepSendWithLongToken, "When", send + ` with a (\d+)-character token:$`, []string{"<op>", "N"},
			"with an over-long token", nil},
		{StepSendUntilLists, "When", send + ` until "([^"]*)" lists (\d+) items in "([^"]*)":$`, []string{"<op>", "<list op>", "N", "<pointer>"},
			"counts what the target already has, then creates only what is missing (bounded at 100); everything created is cleaned up", nil},
		{StepKeep, "And", `^I keep the response member "([^"]*)" as "([^"]*)"$`, []string{"<pointer>", "<name>"},
			"keeps a value for later steps, which write it `{{name}}` (a string goes in without quotes: write `\"{{key}}\"` in JSON, bare in a URL)", nil},
		{StepStatus, "Then", `^the response status is (\d{3})$`, []string{"N"},
			"the status the documentation gives", nil},
		{StepContentType, "And", `^the response content type is "([^"]*)"$`, []string{"<type>"},
			"the media type, with parameters such as charset allowed", nil},
		{StepSatisfiesContract, "And", `^the response satisfies the contract$`, nil,
			"every contract check, listed at the top", nil},
		{StepLooksLikeExample, "And", `^the response looks like the documented example:$`, nil,
			"+ doc string: the same members with the same JSON types, nested. It compares no values, treats `null` as any type or as absent (a server may leave null members out; whether one is required is the contract's to say), and leaves extra members to the contract", nil},
		{StepEchoes, "And", `^the response echoes these request members:$`, nil,
			"+ table of pointers: the values the request sent come back", nil},
		{StepMemberIs, "And", `^the response member "([^"]*)" (is not|is) (.+)$`, []string{"<pointer>", "is", "<value>"},
			"equality (or, with `is not`, inequality) with JSON or a kept `{{name}}`", nil},
		{StepMemberHasItem, "And", `^the response member "([^"]*)" (has an|has no) item with "([^"]*)" equal to (.+)$`, []string{"<pointer>", "has an", "<item pointer>", "<value>"},
			"membership (or, with `has no`, its absence) in a listed array", nil},
		{StepJSONRPCErrorNamed, "And", `^the response is a JSON-RPC error named "([^"]*)"$`, []string{"<name>"},
			"an error object with that name and no result", nil},
		{StepJSONRPCError, "And", `^the response is a JSON-RPC error$`, nil,
			"an error object (code, name, message) and no result, for errors the pages do not name", nil},
		{StepJSONRPCResult, "And", `^the response is a JSON-RPC result$`, nil,
			"a result and no error object: a JSON-RPC error also satisfies the contract, and comes with status 200", nil},
		{StepChangedRejected, "Then", `^the changed request is rejected with status (\d{3})$`, []string{"N"},
			"first checks that the contract calls the changed request invalid (the false-alarm guard), then checks the status and the error body", nil},
		{StepChangedAccepted, "Then", `^the changed request is accepted with status (\d{3})$`, []string{"N"},
			"first checks that the contract calls the changed request valid, then checks the status and the contract", nil},
		{StepChangedRejectedJSONRPC, "Then", `^the changed request is rejected with a JSON-RPC error$`, nil,
			"the JSON-RPC rejection: the false-alarm guard, then HTTP 200 with an error object", nil},
	}
	if len(steps) != int(stepCount) {
		panic(fmt.Sprintf("plan: %d steps in the table, %d StepIDs", len(steps), stepCount))
	}
	for i, s := range steps {
		if s.ID != StepID(i) {
			panic(fmt.Sprintf("plan: step %d of the table has ID %d", i, s.ID))
		}
		s.re = regexp.MustCompile(s.Pattern)
		if s.re.NumSubexp() != len(s.Args) {
			panic(fmt.Sprintf("plan: step %q has %d groups and %d placeholders", s.Pattern, s.re.NumSubexp(), len(s.Args)))
		}
	}
	return steps
}()

// Match returns the step a text matches and its arguments, or nil.
//
// The arguments may be shared between calls: do not change them.
func Match(text string) (*Step, []string) {
	r := memo(&matched, text, func() matchResult {
		for _, s := range Steps {
			if m := s.re.FindStringSubmatch(text); m != nil {
				return matchResult{s, m[1:]}
			}
		}
		return matchResult{}
	})
	return r.step, r.args
}

type matchResult struct {
	step *Step
	args []string
}

// A run matches the same step texts in scenario after scenario (planning,
// preflight, recording): each text is matched once, up to memoMax texts per
// question; past that, every call matches again.
const memoMax = 8192

type memoTable struct {
	m sync.Map // text → answer
	n atomic.Int32
}

var matched, apiOf, operationOf memoTable

func memo[T any](t *memoTable, text string, answer func() T) T {
	if v, ok := t.m.Load(text); ok {
		return v.(T)
	}
	v := answer()
	if t.n.Add(1) <= memoMax {
		t.m.Store(text, v)
	}
	return v
}

// Defined tells whether a step text is one of conform's steps.
func Defined(text string) bool {
	s, _ := Match(text)
	return s != nil
}

// APIOf is the API a step chooses, or "".
func APIOf(text string) string {
	return memo(&apiOf, text, func() string {
		if m := Steps[StepAPI].re.FindStringSubmatch(text); m != nil {
			return m[1]
		}
		if m := Steps[StepAPIAt].re.FindStringSubmatch(text); m != nil {
			return m[1]
		}
		return ""
	})
}

// sendSteps start with the operation's name.
var sendSteps = []StepID{StepSend, StepSendWithMember, StepSendWithoutMember, StepSendWithoutCredentials, StepSendWithLongToken, StepSendUntilLists}

// OperationOf is the operation or JSON-RPC method a step sends, or "".
func OperationOf(text string) string {
	if !strings.HasPrefix(text, sendPrefix) {
		return ""
	}
	return memo(&operationOf, text, func() string {
		for _, id := range sendSteps {
			if m := Steps[id].re.FindStringSubmatch(text); m != nil {
				return m[1]
			}
		}
		return ""
	})
}

// WriteSteps prints the table for people (`conform steps`): each step as a
// feature writes it, with what it does.
func WriteSteps(w io.Writer) {
	for _, s := range Steps {
		fmt.Fprintf(w, "%s %s\n    %s\n", s.Keyword, s.Readable(), s.Doc)
	}
}

// WriteMarkdown prints the table as the README's section Steps holds it
// (`conform steps --markdown`); a test keeps the two equal.
func WriteMarkdown(w io.Writer) {
	fmt.Fprintln(w, "| step | what it does |")
	fmt.Fprintln(w, "|---|---|")
	for _, s := range Steps {
		fmt.Fprintf(w, "| `%s %s` | %s |\n", s.Keyword, s.Readable(), s.Doc)
	}
}

// Text writes the step as a feature does, each argument in place of its
// group, the optional "documented" included: gen and import write their
// features with it, so that what they write is what the runner matches.
func (s *Step) Text(args ...string) string { return s.write(true, args) }

// Plain writes the step without its optional words: a sending step whose
// request is the scenario's own, not the vendor's example.
func (s *Step) Plain(args ...string) string { return s.write(false, args) }

func (s *Step) write(optional bool, args []string) string {
	p := strings.TrimSuffix(strings.TrimPrefix(s.Pattern, "^"), "$")
	var b strings.Builder
	next := 0
	for i := 0; i < len(p); {
		if p[i] != '(' {
			b.WriteByte(p[i])
			i++
			continue
		}
		end := strings.IndexByte(p[i:], ')') + i
		group := p[i : end+1]
		i = end + 1
		if i < len(p) && p[i] == '?' {
			i++
		}
		if inner, ok := strings.CutPrefix(group, "(?:"); ok {
			if optional {
				b.WriteString(strings.TrimSuffix(inner, ")"))
			}
			continue
		}
		if next < len(args) {
			b.WriteString(args[next])
		}
		next++
	}
	return b.String()
}
