package importer

import (
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"
	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/page"
)

// sharedFacts are what the method pages' examples say about the members
// of the object pages (JSON-RPC): an object page has no example of its
// own, and its schema file is shared by every method that refers to it.
// They are gathered while the methods are imported, and written with the
// object files.
type sharedFacts struct {
	// nulls are the members an example shows as null, by object page.
	nulls map[string]map[string]bool
	// conflicts are where an example contradicts an object page's table,
	// by object page: the first example that does, for each member and
	// rule.
	conflicts map[string][]lint.Conflict
	seen      map[string]bool
}

func newSharedFacts() *sharedFacts {
	return &sharedFacts{nulls: map[string]map[string]bool{}, conflicts: map[string][]lint.Conflict{}, seen: map[string]bool{}}
}

// gather walks the method page's examples through the object pages its
// tables refer to.
func (sf *sharedFacts) gather(m *model) {
	m.sharedValues(func(ex *page.Example, ptr string, obj *page.Page, o *page.Object, mem *page.Member, v any) {
		if v == nil {
			if sf.nulls[obj.Title] == nil {
				sf.nulls[obj.Title] = map[string]bool{}
			}
			sf.nulls[obj.Title][mem.Name] = true
		}
		for _, c := range lint.ValueConflicts(m.p, ex, ptr, obj, o, mem, v) {
			key := obj.Title + "\x00" + mem.Name + "\x00" + c.Kind
			if !sf.seen[key] {
				sf.seen[key] = true
				sf.conflicts[obj.Title] = append(sf.conflicts[obj.Title], c)
			}
		}
	})
}

// example is what the examples showed of an object page's members, as
// objectSchema reads an example: the members shown as null.
func (sf *sharedFacts) example(title string) map[string]any {
	out := map[string]any{}
	for name := range sf.nulls[title] {
		out[name] = nil
	}
	return out
}

// sharedValues calls f with each value the page's examples give a member
// of another page's object: the request's params and each success
// response's result, walked through the page's own tables and the object
// pages they refer to.
func (m *model) sharedValues(f func(ex *page.Example, ptr string, obj *page.Page, o *page.Object, mem *page.Member, v any)) {
	p := m.p
	var result *page.Object
	for _, r := range p.Responses {
		if r.Body != nil {
			result = r.Body
		}
	}
	for _, ex := range p.RequestExamples {
		if ex.Parsed == nil || p.Request == nil {
			continue
		}
		if v, ok := jsonvalue.Lookup(ex.Parsed.Value, "/params"); ok {
			m.walkShared(ex, "/params", p, p.Request, v, f, 0)
		}
	}
	for _, ex := range p.ResponseExamples {
		if ex.Parsed == nil || ex.Status >= 300 || result == nil {
			continue
		}
		if v, ok := jsonvalue.Lookup(ex.Parsed.Value, "/result"); ok {
			m.walkShared(ex, "/result", p, result, v, f, 0)
		}
	}
}

// walkShared walks v, an example value of o, a table of owner.
func (m *model) walkShared(ex *page.Example, ptr string, owner *page.Page, o *page.Object, v any, f func(*page.Example, string, *page.Page, *page.Object, *page.Member, any), depth int) {
	obj, ok := v.(map[string]any)
	if !ok || o == nil || depth > 16 {
		return
	}
	for _, mem := range o.Members {
		val, ok := obj[mem.Name]
		if !ok {
			continue
		}
		mp := jsonvalue.JoinPointer(ptr, mem.Name)
		if owner != m.p {
			f(ex, mp, owner, o, mem, val)
		}
		if mem.Ref == "" {
			continue
		}
		childOwner, child := owner, owner.Objects[mem.Ref]
		if child == nil {
			if sp := m.sharedObject(mem); sp != nil {
				childOwner, child = sp, sp.Objects[sp.Title]
			}
		}
		switch t := val.(type) {
		case map[string]any:
			m.walkShared(ex, mp, childOwner, child, t, f, depth+1)
		case []any:
			for i, it := range t {
				m.walkShared(ex, jsonvalue.JoinPointer(mp, strconv.Itoa(i)), childOwner, child, it, f, depth+1)
			}
		}
	}
}

// allowNull lets a JSON-RPC member be null, as an example shows it: draft-07
// has no nullable, so null joins the type (and the values), and a reference
// becomes one of the referred schema or null.
func allowNull(s omap) omap {
	if ref, ok := s.get("$ref"); ok {
		return append(omap{{"anyOf", []any{omap{{"$ref", ref}}, omap{{"type", "null"}}}}}, without(s, "$ref")...)
	}
	if t, ok := s.get("type"); ok {
		if name, ok := t.(string); ok && name != "null" {
			s.set("type", []any{name, "null"})
		}
	}
	if e, ok := s.get("enum"); ok {
		if list, ok := e.([]string); ok {
			values := make([]any, 0, len(list)+1)
			for _, x := range list {
				values = append(values, x)
			}
			s.set("enum", append(values, nil))
		}
	}
	return s
}

// isObjectFile says whether a contract location is in an object page's
// schema file, which every import writes anew.
func isObjectFile(where string) bool {
	file, _, _ := strings.Cut(where, "#")
	return strings.HasPrefix(file, "schemas/") && strings.Contains(file, "/objects/")
}
