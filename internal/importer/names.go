package importer

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/page"
)

// namer gives each page the API and operation it is imported as. A REST
// reference documents several versions of one service (Direct Connect v2.0
// and v3) whose operations share names (DeleteVirtualGateway is in both): the
// newest major version keeps the service's name (dcaas, the seed contract's
// v3), an older one is its own API (dcaas-v2), so that every operationId is
// unique in its document and a target serves one version. Pages whose URI
// names no service (GET /, the version list) belong to <service>-versions.
type namer struct {
	newest  map[string]int // service → newest major version among the pages
	service string         // the service most REST pages name
}

var majorRe = regexp.MustCompile(`^/v([0-9]+)(?:\.[0-9]+)*/`)

func newNamer(pages []*page.Page) namer {
	n := namer{newest: map[string]int{}}
	count := map[string]int{}
	for _, p := range pages {
		if p.Format != page.Huawei || p.API == "api" {
			continue
		}
		count[p.API]++
		if v := major(p.Path); v > n.newest[p.API] {
			n.newest[p.API] = v
		}
	}
	best := 0
	for _, s := range sortedKeys(count) {
		if count[s] > best {
			n.service, best = s, count[s]
		}
	}
	return n
}

func major(path string) int {
	x := majorRe.FindStringSubmatch(path)
	if x == nil {
		return 0
	}
	v := 0
	for _, c := range x[1] {
		v = v*10 + int(c-'0')
	}
	return v
}

func (n namer) of(p *page.Page) (api, op string) {
	api, op = p.API, p.Operation
	if p.Format != page.Huawei {
		return api, op
	}
	if api == "api" && n.service != "" {
		api = n.service + "-versions"
	} else if v := major(p.Path); v > 0 && v < n.newest[api] {
		api = api + "-v" + strings.TrimLeft(majorRe.FindStringSubmatch(p.Path)[1], "0")
	}
	if !strings.ContainsFunc(op[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) {
		// A bare verb ("List", "Show"): the title's words say what of.
		op += titleNoun(p.Title)
	}
	return api, op
}

// titleNoun is a title without its first word and articles, in CamelCase:
// "Querying All API Versions" → AllApiVersions.
func titleNoun(title string) string {
	var b strings.Builder
	for i, w := range strings.Fields(title) {
		lw := strings.ToLower(w)
		if i == 0 || lw == "a" || lw == "an" || lw == "the" {
			continue
		}
		w = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, w)
		if w == "" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
	}
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// objectFiles writes each Element object page as a shared schema,
// schemas/element/objects/<name>.json, which the method schemas refer to.
// Import owns these files: they are written anew each time.
func objectFiles(objects map[string]*page.Page, used map[string]bool, sf *sharedFacts, ids map[string]bool) ([]File, error) {
	shared := sharedIndex(objects)
	var out []File
	names := make([]string, 0, len(objects))
	for n := range objects {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		p := objects[name]
		o := p.Objects[p.Title]
		if o == nil {
			continue
		}
		// What the method pages' examples showed of its members: where
		// they are null, and where they contradict the table.
		m := &model{p: p, jsonrpc: true, refPrefix: "#/definitions/", shared: shared, used: used, conflicts: sf.conflicts[name], ids: ids}
		// A member whose object is another object page refers to its
		// file, beside this one.
		s := m.objectSchema(o, sf.example(name), true)
		fixObjectRefs(s)
		doc := omap{{"$schema", "http://json-schema.org/draft-07/schema#"}, {"title", p.Title}}
		if p.Description != "" {
			doc.set("description", p.Description)
		}
		doc.set(importedKey, m.source())
		doc.merge(s)
		m.uniqueIDs(doc)
		b, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			return nil, err
		}
		b = append(b, '\n')
		rel := filepath.ToSlash(filepath.Join("schemas", p.API, "objects", objectFile(p.Title)))
		out = append(out, File{Path: rel, Content: b, Status: "new"})
	}
	return out, nil
}

// fixObjectRefs rewrites "objects/x.json" as "x.json": an object file is in
// the objects folder itself.
func fixObjectRefs(v any) {
	switch t := v.(type) {
	case omap:
		for i, e := range t {
			if s, ok := e.v.(string); ok && e.k == "$ref" && strings.HasPrefix(s, "objects/") {
				t[i].v = strings.TrimPrefix(s, "objects/")
			}
			fixObjectRefs(e.v)
		}
	case []any:
		for _, e := range t {
			fixObjectRefs(e)
		}
	}
}
