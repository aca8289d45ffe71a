package plan

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/example"
)

// Names a feature gives that the contracts must know, checked before
// anything is sent: an API no contract defines, an operation or JSON-RPC
// method its API does not have, a doc string that is not JSON where the
// step sends or compares JSON. Each would otherwise fail its scenario at run
// time, after the requests before it were sent, and lint would not see it.

// checkNames returns every such mistake of a feature, one error each
// ("file:line: …", with the closest known name), joined; nil when none.
func checkNames(pf *Parsed, path string, set *contract.Set) error {
	if set == nil {
		return nil
	}
	var errs []error
	seen := map[string]bool{}
	fail := func(line int, format string, a ...any) {
		msg := fmt.Sprintf("%s:%d: ", path, line) + fmt.Sprintf(format, a...)
		if !seen[msg] { // an outline's rows repeat its steps
			seen[msg] = true
			errs = append(errs, errors.New(msg))
		}
	}
	ix := pf.index()
	parsed := map[string]error{} // doc string → what reading it as JSON said
	for _, p := range pf.pickles {
		var api *contract.API
		for _, s := range p.Steps {
			node := ix.steps[s.AstNodeIds[0]]
			line := 0
			if node != nil {
				line = int(node.Location.Line)
			}
			if name := APIOf(s.Text); name != "" {
				var err error
				if api, err = set.API(name); err != nil {
					fail(line, "unknown API %q; %sknown: %s", name, checks.DidYouMean(name, set.Names()), strings.Join(set.Names(), ", "))
				}
				continue
			}
			if api == nil {
				continue // no API chosen yet, or an unknown one: said once
			}
			if op := OperationOf(s.Text); op != "" {
				if known := operationNames(api); !contains(known, op) {
					fail(line, "unknown %s %q of the %s API; %sknown: %s", opWord(api), op, api.Name, checks.DidYouMean(op, known), strings.Join(known, ", "))
					continue
				}
				if !jsonRequest(api, op) {
					continue // a body of another media type is not read as JSON
				}
			}
			if doc := docString(s); doc != "" && jsonDocString(s.Text) {
				// An outline's rows, and a long run's repeated scenarios,
				// send the same doc string: each distinct text is read once.
				err, done := parsed[doc]
				if !done {
					_, err = example.Parse(placeholder.ReplaceAllString(doc, "0"))
					parsed[doc] = err
				}
				if err != nil {
					docLine := line
					if node != nil && node.DocString != nil {
						docLine = int(node.DocString.Location.Line) + 1
					}
					fail(docLine, "the doc string is not JSON: %v", err)
				}
			}
		}
	}
	return errors.Join(errs...)
}

// placeholder is a value kept from an earlier answer ({{name}}): valid
// before it is filled in, so it stands for a JSON number (inside quotes, a
// string) while the doc string is read.
var placeholder = regexp.MustCompile(`\{\{[^{}]*\}\}`)

func docString(s *messages.PickleStep) string {
	if s.Argument == nil || s.Argument.DocString == nil {
		return ""
	}
	return s.Argument.DocString.Content
}

// jsonDocString tells whether a step's doc string is JSON: a request
// (METHOD URL and a JSON body, or the body alone) or a documented response.
func jsonDocString(text string) bool {
	st, _ := Match(text)
	return st != nil && (isSend(st.ID) || st.ID == StepLooksLikeExample)
}

// jsonRequest tells whether an operation's request body, if it has one,
// is JSON (a JSON-RPC call always is).
func jsonRequest(api *contract.API, name string) bool {
	if api.JSONRPC != nil {
		return true
	}
	op, err := api.Operation(name)
	if err != nil {
		return false
	}
	mt := op.RequestMediaType()
	return mt == "" || strings.Contains(mt, "json")
}

func operationNames(api *contract.API) []string {
	var out []string
	if api.JSONRPC != nil {
		for _, m := range api.JSONRPC.Methods() {
			out = append(out, m.Name)
		}
		return out
	}
	for _, op := range api.Operations() {
		out = append(out, op.ID)
	}
	return out
}

func opWord(api *contract.API) string {
	if api.JSONRPC != nil {
		return "method"
	}
	return "operation"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// contractsOf is the set a selection checks names against: the one the
// caller loaded, else the contracts under dir, when there are any (a caller
// that has none checks no names).
func contractsOf(o Options) *contract.Set {
	if o.Contracts != nil || o.Dir == "" {
		return o.Contracts
	}
	set, err := contract.Load(context.Background(), o.Dir, nil)
	if err != nil {
		return nil // whoever runs the selection reports the contracts' errors
	}
	return set
}
