package importer

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"
)

// Facts are what a contract says about each place of a body, in words that
// compare: "/vif_peer/name" → "type=string maxLength=64". Two contracts that
// give the same facts say the same thing, however they are written ($ref or
// inline, one shared schema or two copies, minLength 0 or none).
type Facts map[string]string

// Diff lists the places where two sets of facts differ, sorted.
func Diff(a, b Facts, aName, bName string) []string {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	var out []string
	for k := range keys {
		if a[k] != b[k] && !strings.HasPrefix(a[k], curated) && !strings.HasPrefix(b[k], curated) {
			out = append(out, fmt.Sprintf("%s: %s says %q, %s says %q", k, aName, a[k], bName, b[k]))
		}
	}
	sort.Strings(out)
	return out
}

// Missing lists the places where have does not say what want says: what
// want says differently or not at all. What have says besides (a hand edit:
// a member, a rule from another page) is not missing.
//
// Whether a member may be null is not compared: the importer reads it from
// a page's example (a member the example shows as null), and one page's
// example showing a value where another's shows null is no contradiction.
func Missing(want, have Facts, wantName, haveName string) []string {
	var out []string
	for k, v := range want {
		if !says(have[k], v) {
			out = append(out, fmt.Sprintf("%s: %s says %q, %s says %q", k, haveName, have[k], wantName, v))
		}
	}
	sort.Strings(out)
	return out
}

// SchemaFacts gathers the facts of a schema inside doc (a decoded OpenAPI or
// JSON Schema document), following local $refs and allOf.
func SchemaFacts(doc, schema any, base string) Facts {
	out := Facts{}
	schemaFacts(doc, schema, base, out, 0)
	return out
}

var factKeys = []string{"type", "format", "minLength", "maxLength", "minimum", "maximum", "pattern", "nullable", "contentEncoding", "contentMediaType", "x-conform-secret"}

func schemaFacts(doc, schema any, ptr string, out Facts, depth int) {
	if depth > 32 {
		return
	}
	all := flatten(doc, schema, 0)
	var parts []string
	seen := map[string]bool{}
	props := map[string]any{}
	var propNames []string
	var items any
	for _, s := range all {
		for _, k := range factKeys {
			v, ok := s[k]
			if !ok || seen[k] || (k == "minLength" && fmt.Sprint(v) == "0") {
				continue
			}
			seen[k] = true
			parts = append(parts, k+"="+compact(v))
		}
		for _, k := range []string{"enum", "required"} {
			if list, ok := s[k].([]any); ok && !seen[k] {
				seen[k] = true
				var vs []string
				for _, x := range list {
					vs = append(vs, fmt.Sprint(x))
				}
				sort.Strings(vs)
				parts = append(parts, k+"="+strings.Join(vs, ","))
			}
		}
		if p, ok := s["properties"].(map[string]any); ok {
			for k, v := range p {
				if _, dup := props[k]; !dup {
					props[k] = v
					propNames = append(propNames, k)
				}
			}
		}
		if it, ok := s["items"]; ok && items == nil {
			items = it
		}
	}
	sort.Strings(parts)
	out[ptrOrRoot(ptr)] = strings.Join(parts, " ")
	sort.Strings(propNames)
	for _, k := range propNames {
		schemaFacts(doc, props[k], jsonvalue.JoinPointer(ptr, k), out, depth+1)
	}
	if items != nil {
		schemaFacts(doc, items, ptr+"/*", out, depth+1)
	}
}

func ptrOrRoot(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// flatten resolves a schema's $ref and allOf into the list of schema objects
// that apply.
func flatten(doc, schema any, depth int) []map[string]any {
	s, ok := schema.(map[string]any)
	if !ok || depth > 16 {
		return nil
	}
	out := []map[string]any{s}
	if ref, ok := s["$ref"].(string); ok && strings.HasPrefix(ref, "#") {
		if t, ok := jsonvalue.Lookup(doc, strings.TrimPrefix(ref, "#")); ok {
			out = append(out, flatten(doc, t, depth+1)...)
		}
	}
	if list, ok := s["allOf"].([]any); ok {
		for _, x := range list {
			out = append(out, flatten(doc, x, depth+1)...)
		}
	}
	return out
}

func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// OperationFacts gathers the facts of an OpenAPI operation: its parameters,
// request body and each response's body.
func OperationFacts(doc any, path, method string) (Facts, bool) {
	op, ok := jsonvalue.Lookup(doc, "/paths/"+jsonvalue.EscapePointerToken(path)+"/"+strings.ToLower(method))
	if !ok {
		return nil, false
	}
	out := Facts{}
	o, _ := op.(map[string]any)
	params, _ := o["parameters"].([]any)
	for _, p := range params {
		for _, pm := range flatten(doc, p, 0) {
			name, _ := pm["name"].(string)
			if name == "" {
				continue
			}
			in, _ := pm["in"].(string)
			key := "parameter " + in + " " + name
			out[key] = fmt.Sprintf("required=%v", pm["required"] == true)
			if ids := conflictIDs(pm); ids != "" {
				// The contract records why it departs from the page here:
				// a curated reading, which an import must not take back.
				out[key] = curated + ids
			}
			for k, v := range SchemaFacts(doc, pm["schema"], "") {
				out[key+" "+k] = v
			}
			if pm["x-conform-secret"] == true {
				out[key] += " secret"
			}
		}
	}
	if rb, ok := jsonvalue.Lookup(o, "/requestBody/content/application~1json/schema"); ok {
		for k, v := range SchemaFacts(doc, rb, "") {
			out["request "+k] = v
		}
	}
	resps, _ := o["responses"].(map[string]any)
	for code, r := range resps {
		if !strings.HasPrefix(code, "2") {
			continue // the error responses come from the API's error page, not the method's
		}
		if s, ok := jsonvalue.Lookup(r, "/content/application~1json/schema"); ok {
			for k, v := range SchemaFacts(doc, s, "") {
				out["response "+code+" "+k] = v
			}
		} else {
			out["response "+code] = "no body"
		}
	}
	return out, true
}

// says tells whether have says every part of want (a place have has: an
// empty want, a member with no rule, is said by any place have has).
func says(have, want string) bool {
	if want == "" || strings.HasPrefix(have, curated) {
		return true
	}
	parts := map[string]bool{}
	for _, f := range strings.Fields(have) {
		parts[f] = true
	}
	for _, f := range strings.Fields(want) {
		if f != "nullable=true" && !parts[f] {
			return false
		}
	}
	return have != "" || strings.TrimSpace(strings.ReplaceAll(want, "nullable=true", "")) == ""
}

// curated starts the fact of a place whose contract records, in
// x-conform-conflicts, why it departs from the page: both agree with it.
const curated = "curated by x-conform-conflicts "

// conflictIDs lists the ids of the conflicts a node records, or "".
func conflictIDs(node map[string]any) string {
	list, _ := node["x-conform-conflicts"].([]any)
	var ids []string
	for _, c := range list {
		if m, ok := c.(map[string]any); ok {
			if id, ok := m["id"].(string); ok {
				ids = append(ids, id)
			}
		}
	}
	return strings.Join(ids, ",")
}
