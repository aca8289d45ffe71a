// Package lint finds where the documentation contradicts itself, and where
// a contract or a documented example is broken, before anything is sent.
//
// It reads what the repository holds (the contracts, every feature's
// documented examples) and vendor reference pages (internal/page), and checks
// every documented example against the schema it illustrates and against the
// page's own text. A contradiction is detected in the documents, never read
// back from x-conform-conflicts; when the contracts record it there, the
// finding takes the recorded id. Each finding is a checks.Finding: the rule id
// in Rule, the two sides quoted in Expected and Actual, file:line in Where.
package lint

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
)

// Rule is one kind of contradiction lint detects. Keywords find the recorded
// conflict a finding is: an x-conform-conflicts id that holds one of them,
// recorded at the same place.
type Rule struct {
	Kind     string
	Keywords []string
	Doc      string
}

// Rules lists every rule, in the order the README gives them.
var Rules = []Rule{
	{"example-url", []string{"url"}, "the request example's URL does not match the documented URI"},
	{"example-method", []string{"method"}, "the request example's method (HTTP, or a JSON-RPC request's method member) is not the documented one"},
	{"example-echo", []string{"echo"}, "the response example does not echo what the request example sent (a JSON-RPC response: the request's id)"},
	{"envelope", []string{"envelope"}, "a JSON-RPC response example is not the response object the reference documents: it has neither a result nor an error"},
	{"function", []string{"function"}, "the Function text names a value the response example contradicts"},
	{"length", []string{"length", "limit"}, "a string in an example (or an example URL's parameter) is outside its table's Minimum/Maximum"},
	{"range", []string{"range", "limit", "minimum", "maximum"}, "a number in an example (or an example URL's parameter) is outside its table's Minimum/Maximum"},
	{"null", []string{"null"}, "an example gives null where the table gives limits a null cannot meet"},
	{"type", []string{"type"}, "an example value is not of the table's type"},
	{"case", []string{"case"}, "an example value matches a documented value only when case is ignored"},
	{"enumeration-value", []string{"enum", "value"}, "an example value is none of the documented values"},
	{"empty-enumeration", []string{"enumeration"}, `"Enumeration values:" lists nothing`},
	{"cidr", []string{"cidr", "format"}, "the text says CIDR blocks, the example value is not one"},
	{"minimum-zero", []string{"minimum-zero", "empty"}, "a mandatory value whose table allows it to be empty"},
	{"undocumented-member", []string{"undocumented", "name"}, "an example has a member (or its URL a query parameter) the table does not list"},
	{"example-lacks-members", []string{"lacks", "name"}, "the response table lists members the example lacks"},
	{"lacks-required", []string{"lacks", "required"}, "the request example lacks a member the table marks mandatory"},
	{"invalid-json", []string{"split", "json", "brace"}, "the example is not valid JSON as published"},
	{"does-not-decode", []string{"decode"}, "an encoded value in an example does not decode"},
	{"default-value", []string{"default"}, "a table's default is a value the member cannot take: a Yes/No for a member that is not a boolean, none of its documented values, outside its limits, or a default on a mandatory member"},
	{"status-code", []string{"status"}, "an example or a response table gives a status the Status Codes table does not list"},
	{"markup", []string{"markup"}, "the doc source's markup does not render as it means: a header row not marked as one, cells the renderer drops"},
	{"rule", nil, "a documented example breaks a reading the contract records as disputed (x-conform-conflicts)"},
	{"schema", nil, "a documented example breaks the contract's schema"},
	{"contract", nil, "a contract or feature does not load"},
}

func ruleOf(kind string) Rule {
	for _, r := range Rules {
		if r.Kind == kind || strings.HasPrefix(kind, r.Kind+"-") {
			return r
		}
	}
	return Rule{Kind: kind}
}

// Side is one side of a contradiction: what a part of the documentation says.
type Side struct {
	Source string // "URI", "Response Parameters, VifPeer.tenant_id"
	Where  string // file:line
	Says   string // quoted
}

func (s Side) String() string {
	if s.Where == "" {
		return fmt.Sprintf("%s: %s", s.Source, s.Says)
	}
	return fmt.Sprintf("%s (%s): %s", s.Source, s.Where, s.Says)
}

// detection is a finding before it has its id.
type detection struct {
	kind    string
	api     string
	place   string // the member, object or parameter it is about; "" for the operation
	object  string
	pointer string
	where   string
	summary string
	a, b    Side
	level   checks.Level
	value   any // the example's value, when the finding is about one
	// recorded are the conflicts recorded where the finding is (repo mode).
	recorded []*contract.Conflict
	// scope, when not nil, are the only conflicts the finding may be: those
	// of the contract it checks a feature's example against (repo mode). A
	// finding about one operation's example is never another's conflict,
	// however alike their ids.
	scope []*contract.Conflict
}

// Result is what lint found.
type Result struct {
	Findings checks.Findings
	// Kinds[i] is the kind of rule (a Rules entry's Kind) Findings[i]
	// breaks: a finding's Rule is its id, which names the API and the place
	// too, or the id a contract records.
	Kinds []string
	// Recorded lists the ids of x-conform-conflicts in the contracts.
	Recorded []string
}

// Failed says whether the findings fail lint: an error always, a warning
// under strict.
func (r *Result) Failed(strict bool) bool { return len(r.Findings.Errors(strict)) > 0 }

// Detected lists the recorded ids that some finding carries.
func (r *Result) Detected() map[string]bool {
	out := map[string]bool{}
	for _, f := range r.Findings {
		out[f.Rule] = true
	}
	return out
}

// Write renders the findings, then one line on the recorded conflicts.
func (r *Result) Write(w io.Writer) {
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s: %s: %s: %s\n", f.Where, f.Level, f.Rule, f.Note)
		if f.Expected != "" {
			fmt.Fprintf(w, "    %s\n", f.Expected)
		}
		if f.Actual != "" {
			fmt.Fprintf(w, "    %s\n", f.Actual)
		}
	}
	errs, warns := 0, 0
	for _, f := range r.Findings {
		if f.Level == checks.Error {
			errs++
		} else {
			warns++
		}
	}
	fmt.Fprintf(w, "%d errors, %d warnings", errs, warns)
	if len(r.Recorded) > 0 {
		det := r.Detected()
		var missing []string
		for _, id := range r.Recorded {
			if !det[id] {
				missing = append(missing, id)
			}
		}
		fmt.Fprintf(w, "; %d of the %d conflicts the contracts record were found in these documents", len(r.Recorded)-len(missing), len(r.Recorded))
		if len(missing) > 0 {
			fmt.Fprintf(w, " (not visible here: %s)", strings.Join(missing, ", "))
		}
	}
	fmt.Fprintln(w)
}

// conflictIndex finds the recorded conflict a page finding is, by API,
// place and keyword.
type conflictIndex struct {
	entries []indexed
}

type indexed struct {
	c     *contract.Conflict
	api   string
	place string // normalised; "" for an operation-level conflict
}

func newIndex(set *contract.Set) *conflictIndex {
	ix := &conflictIndex{}
	if set == nil {
		return ix
	}
	for _, c := range set.Conflicts() {
		ix.entries = append(ix.entries, indexed{c: c, api: apiOf(set, c.Where), place: placeOf(c.Where)})
	}
	return ix
}

func apiOf(set *contract.Set, where string) string {
	file := where
	if i := strings.IndexAny(file, "#:"); i >= 0 {
		file = file[:i]
	}
	for _, n := range set.Names() {
		a, _ := set.API(n)
		if a.File == file || (a.JSONRPC != nil && strings.HasPrefix(file, a.JSONRPC.Dir+"/")) {
			return n
		}
	}
	return ""
}

var methodToken = map[string]bool{"get": true, "put": true, "post": true, "delete": true, "patch": true, "head": true, "options": true}

// placeOf names where a conflict is recorded: the last schema, member or
// parameter name in its pointer; "" when it sits on an operation.
func placeOf(where string) string {
	i := strings.Index(where, "#")
	if i < 0 {
		return ""
	}
	toks := strings.Split(where[i+1:], "/")
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		switch {
		case t == "" || t == "x-conform-conflicts" || t == "properties" || t == "items" || t == "allOf" || isDigits(t):
			continue
		case methodToken[t]:
			return ""
		}
		return norm(t)
	}
	return ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// norm makes names comparable across spellings: X-Auth-Token, XAuthToken,
// x_auth_token.
func norm(s string) string { return nonWord.ReplaceAllString(strings.ToLower(s), "") }

func hasKeyword(id string, r Rule) bool {
	for _, k := range r.Keywords {
		if strings.Contains(id, k) {
			return true
		}
	}
	return false
}

// match returns the recorded conflict a detection is.
func (ix *conflictIndex) match(d detection) *contract.Conflict {
	if d.kind == "rule" && len(d.recorded) == 1 {
		return d.recorded[0] // a disputed reading the example breaks
	}
	r := ruleOf(d.kind)
	// Repo mode: the conflicts recorded on the schema the value is checked against.
	for _, c := range d.recorded {
		if hasKeyword(c.ID, r) {
			return c
		}
	}
	var loose *contract.Conflict
	for _, e := range ix.entries {
		if e.api != d.api || !hasKeyword(e.c.ID, r) || (d.scope != nil && !slices.Contains(d.scope, e.c)) {
			continue
		}
		switch {
		case e.place != "" && (e.place == norm(d.place) || e.place == norm(d.object)):
			return e.c
		case e.place == "" && loose == nil:
			loose = e.c
		}
	}
	return loose
}

// idOf gives a detection its id: the recorded conflict's, or one made of
// the API, the place and the rule.
func idOf(ix *conflictIndex, d detection) (id string, recorded bool) {
	if c := ix.match(d); c != nil {
		return c.ID, true
	}
	id = d.api + "-" + d.kind
	if d.place != "" && d.kind != "example-lacks-members" {
		id = d.api + "-" + kebab(d.place) + "-" + d.kind
	}
	if d.kind == "schema" || d.kind == "contract" {
		id = d.kind
	}
	return id, false
}

// finish gives every detection its id, and sorts and dedups the findings;
// kinds are the findings' rule kinds, in the same order.
func finish(ix *conflictIndex, ds []detection) (findings checks.Findings, kinds []string) {
	type kinded struct {
		f    checks.Finding
		kind string
	}
	var out []kinded
	seen := map[string]bool{}
	for _, d := range ds {
		id, recorded := idOf(ix, d)
		note := d.summary
		if recorded {
			if d.level == checks.Error {
				// The contract records this disagreement: the example breaks
				// a rule the documentation itself disputes.
				d.level = checks.Warning
			}
		} else if d.level == checks.Warning && d.kind != "contract" && len(ix.entries) > 0 {
			note += " (not recorded in x-conform-conflicts)"
		}
		key := id + "\x00" + d.pointer + "\x00" + d.where
		if d.kind == "invalid-json" {
			// A repaired example that still cannot be read: both, at one line.
			key += "\x00" + d.summary
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, kinded{checks.Finding{Check: checks.IDLint, Rule: id, Pointer: d.pointer, Where: d.where, Level: d.level,
			Note: note, Expected: d.a.String(), Actual: d.b.String()}, ruleOf(d.kind).Kind})
	}
	sort.SliceStable(out, func(i, j int) bool {
		fi, li := splitWhere(out[i].f.Where)
		fj, lj := splitWhere(out[j].f.Where)
		if fi != fj {
			return fi < fj
		}
		if li != lj {
			return li < lj
		}
		return out[i].f.Rule < out[j].f.Rule
	})
	for _, k := range out {
		findings = append(findings, k.f)
		kinds = append(kinds, k.kind)
	}
	return findings, kinds
}

func splitWhere(where string) (string, int) {
	i := strings.LastIndex(where, ":")
	if i < 0 {
		return where, 0
	}
	n := 0
	if _, err := fmt.Sscanf(where[i+1:], "%d", &n); err != nil {
		return where, 0
	}
	return where[:i], n
}

var camelBreak = regexp.MustCompile(`([a-z0-9])([A-Z])`)

func kebab(s string) string {
	s = camelBreak.ReplaceAllString(s, "$1-$2")
	return strings.Trim(nonWord.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// Conflict is a contradiction as a contract records it (x-conform-conflicts):
// conform import writes one for each a page shows.
type Conflict struct {
	ID      string
	Kind    string // the rule's kind: "length", "example-url", …
	Place   string // the member or parameter; "" for the operation
	Object  string // the object (table) the member belongs to
	Pointer string // in the example
	Summary string
	Sides   []Side
	Value   any // the example's value, for the rules a reading needs
}

// PageConflicts lists what a page contradicts, once each, with the ids the
// contracts in set record (set may be nil).
func PageConflicts(p *page.Page, set *contract.Set) []Conflict {
	ix := newIndex(set)
	var out []Conflict
	seen := map[string]bool{}
	for _, d := range pageDetections(p, false) {
		id, _ := idOf(ix, d)
		if seen[id+"\x00"+d.place+"\x00"+d.object] {
			continue
		}
		seen[id+"\x00"+d.place+"\x00"+d.object] = true
		out = append(out, Conflict{ID: id, Kind: d.kind, Place: d.place, Object: d.object, Pointer: d.pointer, Summary: d.summary,
			Sides: []Side{d.a, d.b}, Value: d.value})
	}
	return out
}

// ValueConflicts lists what one value of a method page's example says
// against the row of another page's table that documents it: an Element
// object page, whose table the method pages refer to and which has no
// example of its own. ptr is the value's place in the example document
// ("/result/snapshot/snapshotID"); the conflicts are about o's member mem,
// to be recorded where table's schema is written. Their ids are lint's
// (API, member, rule), for the importer to make unique.
func ValueConflicts(method *page.Page, ex *page.Example, ptr string, table *page.Page, o *page.Object, mem *page.Member, v any) []Conflict {
	generic := "Example request"
	for _, r := range method.ResponseExamples {
		if r == ex {
			generic = fmt.Sprintf("Example response, status %d", ex.Status)
		}
	}
	e := exampleAtPointer(method, ex, method.Operation+", "+exampleName(ex, generic), "")
	if i := strings.LastIndex(ptr, "/"); i >= 0 {
		e = e.under(ptr[:i])
	}
	s := pageSpec(table, o, mem, fmt.Sprintf("%s object page, %s", table.Title, mem.Name))
	var ds []detection
	ds = append(ds, limits(s, v, ptr, e)...)
	ds = append(ds, namedValues(s, v, ptr, e)...)
	ds = append(ds, cidr(s, v, ptr, e)...)
	ds = append(ds, decodes(s, v, ptr, e)...)
	ix := newIndex(nil)
	var out []Conflict
	for _, d := range ds {
		id, _ := idOf(ix, d)
		out = append(out, Conflict{ID: id, Kind: d.kind, Place: d.place, Object: d.object, Pointer: d.pointer, Summary: d.summary,
			Sides: []Side{d.a, d.b}, Value: d.value})
	}
	return out
}
