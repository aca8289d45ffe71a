package reports

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/conform-dev/conform/internal/contract"
)

// Coverage says which parts of the contracts a run exercised: each
// documented operation (a REST operation or a JSON-RPC method), each
// documented response status, and each schema rule that is a limit or an
// enumeration. A response rule is exercised when an answer carried a value
// it applies to; a request rule when a scenario changed that member of the
// documented request (a boundary or negative scenario), because sending the
// documented value alone does not test whether the target enforces it.
type Coverage struct {
	mu    sync.Mutex
	Items []*CoverageItem `json:"items"`
	index map[string]*CoverageItem
	byOp  map[string][]*CoverageItem // by opKey; nil until Exercise needs it
	// Until Complete, the items in the contracts' order, with the rule lists
	// no hit has worked out yet (NewCoverage).
	plan    []planned
	pending map[string][]*ruleList // by opKey
}

// CoverageItem is one thing the contracts document.
type CoverageItem struct {
	Kind      string `json:"kind"` // "operation", "status" or "rule"
	API       string `json:"api"`
	Operation string `json:"operation"`
	Status    string `json:"status,omitempty"` // a status, or the status a response rule belongs to
	Side      string `json:"side,omitempty"`   // "request" or "response", for a rule
	Pointer   string `json:"pointer,omitempty"`
	Rule      string `json:"rule,omitempty"`
	Where     string `json:"where,omitempty"`
	Hits      int    `json:"hits"`
}

func (c *CoverageItem) key() string {
	return strings.Join([]string{c.Kind, c.API, c.Operation, c.Status, c.Side, c.Pointer, c.Rule}, "\x00")
}

// Label names the item for people.
func (c *CoverageItem) Label() string {
	switch c.Kind {
	case "operation":
		return c.API + " " + c.Operation
	case "status":
		return fmt.Sprintf("%s %s → %s", c.API, c.Operation, c.Status)
	}
	where := c.Side
	if c.Status != "" {
		where += " " + c.Status
	}
	return fmt.Sprintf("%s %s %s %s: %s", c.API, c.Operation, where, c.Pointer, c.Rule)
}

// NewCoverage lists everything the contracts document, none of it exercised.
// The schema rules of an operation are worked out when a run first touches
// it, and those of the rest by Complete, which the run calls before it
// reports: with a whole vendor reference that is hundreds of operations,
// whose rules a run would otherwise hold from its start to its end.
func NewCoverage(set *contract.Set) *Coverage {
	c := &Coverage{index: map[string]*CoverageItem{}, byOp: map[string][]*CoverageItem{}, pending: map[string][]*ruleList{}}
	item := func(it *CoverageItem) {
		if it = c.register(it); it != nil {
			c.plan = append(c.plan, planned{item: it})
		}
	}
	rules := func(api, op, side, status string, n contract.Node, ptr string) {
		rl := &ruleList{api: api, op: op, side: side, status: status, n: n, ptr: ptr}
		c.plan = append(c.plan, planned{rules: rl})
		c.pending[opKey(api, op)] = append(c.pending[opKey(api, op)], rl)
	}
	for _, name := range set.Names() {
		api, _ := set.API(name)
		if j := api.JSONRPC; j != nil {
			for _, st := range j.Operation.Statuses() {
				item(&CoverageItem{Kind: "status", API: name, Operation: j.Operation.ID, Status: st})
			}
			for _, m := range j.Methods() {
				item(&CoverageItem{Kind: "operation", API: name, Operation: m.Name})
				rules(name, m.Name, "request", "", m.ParamsNode, "/params")
				rules(name, m.Name, "response", "", m.ResultNode, "/result")
			}
			continue
		}
		for _, op := range api.Operations() {
			item(&CoverageItem{Kind: "operation", API: name, Operation: op.ID})
			if n, ok := op.RequestNode(op.RequestMediaType()); ok {
				rules(name, op.ID, "request", "", n, "")
			}
			for _, st := range op.Statuses() {
				item(&CoverageItem{Kind: "status", API: name, Operation: op.ID, Status: st})
				code, _ := strconv.Atoi(st)
				if n, ok := op.ResponseNode(code, "application/json"); ok && code > 0 {
					rules(name, op.ID, "response", st, n, "")
				}
			}
		}
	}
	return c
}

// planned is one place in the document order of a coverage list: an item,
// or an operation's rules of one side.
type planned struct {
	item  *CoverageItem
	rules *ruleList
}

// ruleList is the rules of one schema, worked out once (workOut).
type ruleList struct {
	api, op, side, status, ptr string
	n                          contract.Node
	done                       bool
	items                      []*CoverageItem
}

// register indexes a new item, or returns nil for one listed already.
func (c *Coverage) register(it *CoverageItem) *CoverageItem {
	k := it.key()
	if _, ok := c.index[k]; ok {
		return nil
	}
	c.index[k] = it
	c.byOp[opKey(it.API, it.Operation)] = append(c.byOp[opKey(it.API, it.Operation)], it)
	return it
}

// workOut lists the rules of an operation's schemas. The caller holds c.mu.
func (c *Coverage) workOut(key string) {
	for _, rl := range c.pending[key] {
		if rl.done {
			continue
		}
		rl.done = true
		c.rules(rl.api, rl.op, rl.side, rl.status, rl.n, rl.ptr, func(it *CoverageItem) {
			if old, ok := c.index[it.key()]; ok {
				it = old
			} else {
				c.register(it)
			}
			rl.items = append(rl.items, it)
		})
	}
	delete(c.pending, key)
}

// Complete works out the rules no hit touched and lists every item in the
// contracts' order, as a run reports them. Call it before reading Items.
func (c *Coverage) Complete() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.plan == nil {
		return
	}
	for key := range c.pending {
		c.workOut(key)
	}
	seen := map[*CoverageItem]bool{}
	c.Items = c.Items[:0]
	for _, p := range c.plan {
		list := []*CoverageItem{p.item}
		if p.rules != nil {
			list = p.rules.items
		}
		for _, it := range list {
			if !seen[it] {
				seen[it] = true
				c.Items = append(c.Items, it)
			}
		}
	}
	c.plan, c.pending = nil, nil
}

func (c *Coverage) add(it *CoverageItem) *CoverageItem {
	if c.index == nil {
		c.index = map[string]*CoverageItem{}
	}
	k := it.key()
	if old, ok := c.index[k]; ok {
		return old
	}
	c.index[k] = it
	c.Items = append(c.Items, it)
	c.byOp = nil // rebuilt on the next Exercise
	return it
}

// opKey is how Exercise finds an operation's items: by API and operation
// (or method), the HTTP operation for a status.
func opKey(api, op string) string { return api + "\x00" + op }

// indexOps groups the items by API and operation, so that a hit touches
// only its operation's: with a whole vendor reference a run documents
// hundreds of operations, and every request is a hit.
func (c *Coverage) indexOps() {
	if c.byOp != nil {
		return
	}
	c.byOp = map[string][]*CoverageItem{}
	for _, it := range c.Items {
		c.byOp[opKey(it.API, it.Operation)] = append(c.byOp[opKey(it.API, it.Operation)], it)
	}
}

// rules lists the limits and enumerations of a schema and of everything it
// contains, with a pointer template ("/vif_peer/remote_ep_group/*").
func (c *Coverage) rules(api, op, side, status string, n contract.Node, ptr string, emit func(*CoverageItem)) {
	seen := map[string]bool{}
	var walk func(n contract.Node, ptr string, depth int)
	walk = func(n contract.Node, ptr string, depth int) {
		if n == nil || depth > 32 {
			return
		}
		id := n.Where("") + "\x00" + ptr
		if seen[id] {
			return
		}
		seen[id] = true
		for _, r := range schemaRules(n) {
			emit(&CoverageItem{Kind: "rule", API: api, Operation: op, Status: status, Side: side, Pointer: orRoot(ptr), Rule: r.rule, Where: n.Where(r.keyword)})
		}
		for _, m := range memberNames(n) {
			if child, ok := n.Member(m); ok {
				walk(child, jsonvalue.JoinPointer(ptr, m), depth+1)
			}
		}
		if it, ok := n.Items(); ok {
			walk(it, ptr+"/*", depth+1)
		}
	}
	walk(n, ptr, 0)
}

func orRoot(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

type schemaRule struct{ keyword, rule string }

var ruleKeywords = []string{"minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "pattern", "enum"}

func schemaRules(n contract.Node) []schemaRule {
	var out []schemaRule
	if s, ok := contract.OpenAPISchema(n); ok {
		for _, s := range allOf(s) {
			out = append(out, openAPIRules(s)...)
		}
		return out
	}
	for _, k := range ruleKeywords {
		if v, ok := n.Keyword(k); ok {
			out = append(out, schemaRule{k, k + " " + renderRule(v)})
		}
	}
	return out
}

func allOf(s *openapi3.Schema) []*openapi3.Schema {
	out := []*openapi3.Schema{s}
	for i := 0; i < len(out) && i < 64; i++ {
		for _, r := range out[i].AllOf {
			if r != nil && r.Value != nil {
				out = append(out, r.Value)
			}
		}
	}
	return out
}

func openAPIRules(s *openapi3.Schema) []schemaRule {
	var out []schemaRule
	num := func(k string, f float64) {
		out = append(out, schemaRule{k, k + " " + strconv.FormatFloat(f, 'f', -1, 64)})
	}
	if s.MinLength > 0 {
		num("minLength", float64(s.MinLength))
	}
	if s.MaxLength != nil {
		num("maxLength", float64(*s.MaxLength))
	}
	if s.Min != nil {
		k := "minimum"
		if s.ExclusiveMin.Bool != nil && *s.ExclusiveMin.Bool {
			k = "exclusiveMinimum"
		}
		num(k, *s.Min)
	}
	if s.Max != nil {
		k := "maximum"
		if s.ExclusiveMax.Bool != nil && *s.ExclusiveMax.Bool {
			k = "exclusiveMaximum"
		}
		num(k, *s.Max)
	}
	if s.MinItems > 0 {
		num("minItems", float64(s.MinItems))
	}
	if s.MaxItems != nil {
		num("maxItems", float64(*s.MaxItems))
	}
	if s.Pattern != "" {
		out = append(out, schemaRule{"pattern", "pattern " + s.Pattern})
	}
	if len(s.Enum) > 0 {
		out = append(out, schemaRule{"enum", "enum " + renderRule(s.Enum)})
	}
	return out
}

func renderRule(v any) string {
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, x := range list {
			parts[i] = fmt.Sprint(x)
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	return fmt.Sprint(v)
}

func memberNames(n contract.Node) []string {
	seen := map[string]bool{}
	if s, ok := contract.OpenAPISchema(n); ok {
		for _, s := range allOf(s) {
			for k := range s.Properties {
				seen[k] = true
			}
		}
	} else if props, ok := n.Keyword("properties"); ok {
		if m, ok := props.(map[string]any); ok {
			for k := range m {
				seen[k] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Hit is one request and its answer, as coverage sees them.
type Hit struct {
	API       string
	HTTPOp    string // the HTTP operation's id (for JSON-RPC, the endpoint's)
	Operation string // the operationId or JSON-RPC method
	Status    int    // 0 when no answer came
	Response  any    // the decoded body, or nil
	Changed   string // the pointer a changed request set or removed
}

// Exercise counts what one exchange exercised.
func (c *Coverage) Exercise(h Hit) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.indexOps()
	if c.pending != nil {
		c.workOut(opKey(h.API, h.Operation))
	}
	status := strconv.Itoa(h.Status)
	statuses := c.byOp[opKey(h.API, h.HTTPOp)]
	documented := false
	for _, it := range statuses {
		if it.Kind == "status" && it.Status == status {
			documented = true
		}
	}
	for _, it := range statuses {
		if it.Kind == "status" && h.Status != 0 && (it.Status == status || (!documented && it.Status == "default")) {
			it.Hits++
		}
	}
	for _, it := range c.byOp[opKey(h.API, h.Operation)] {
		switch it.Kind {
		case "operation":
			it.Hits++
		case "rule":
			if it.Side == "request" && h.Changed != "" && templateMatches(it.Pointer, h.Changed) {
				it.Hits++
			}
			if it.Side == "response" && h.Response != nil && (it.Status == "" || it.Status == status) && present(h.Response, it.Pointer) {
				it.Hits++
			}
		}
	}
}

// templateMatches tells whether a concrete pointer (/a/0/b) is an instance
// of a template (/a/*/b).
func templateMatches(template, ptr string) bool {
	t, p := jsonvalue.SplitPointer(template), jsonvalue.SplitPointer(ptr)
	if template == "/" {
		t = nil
	}
	if len(t) != len(p) {
		return false
	}
	for i := range t {
		if t[i] == "*" {
			if _, err := strconv.Atoi(p[i]); err == nil {
				continue
			}
		}
		if t[i] != p[i] {
			return false
		}
	}
	return true
}

// present tells whether the value holds something at the template, in any
// item of any array on the way.
func present(v any, template string) bool {
	if template == "/" {
		return v != nil
	}
	var walk func(v any, toks []string) bool
	walk = func(v any, toks []string) bool {
		if len(toks) == 0 {
			return true
		}
		switch t := v.(type) {
		case map[string]any:
			child, ok := t[toks[0]]
			return ok && walk(child, toks[1:])
		case []any:
			if toks[0] != "*" {
				return false
			}
			for _, item := range t {
				if walk(item, toks[1:]) {
					return true
				}
			}
		}
		return false
	}
	return walk(v, jsonvalue.SplitPointer(template))
}

// Summary counts exercised items of each kind.
type CoverageSummary struct {
	Kind          string
	Exercised, Of int
}

// Summary is the coverage in three numbers: operations, statuses, rules.
func (c *Coverage) Summary() []CoverageSummary {
	out := []CoverageSummary{{Kind: "operations"}, {Kind: "response codes"}, {Kind: "schema rules"}}
	idx := map[string]int{"operation": 0, "status": 1, "rule": 2}
	for _, it := range c.Items {
		i := idx[it.Kind]
		out[i].Of++
		if it.Hits > 0 {
			out[i].Exercised++
		}
	}
	return out
}

// Merge adds another run's hits; items only one side documents are kept.
func (c *Coverage) Merge(o *Coverage) {
	if o == nil {
		return
	}
	for _, it := range o.Items {
		cp := *it
		cp.Hits = 0
		c.add(&cp).Hits += it.Hits
	}
}
