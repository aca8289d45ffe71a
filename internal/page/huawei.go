package page

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// huaweiSections are the headings of a Huawei Cloud / OTC API page, lower case.
var huaweiSections = map[string]bool{
	"function": true, "uri": true, "request parameters": true, "request": true, "response parameters": true,
	"response": true, "example requests": true, "example request": true, "example responses": true,
	"example response": true, "status codes": true, "error codes": true, "constraints": true,
	"debugging": true, "feedback": true, "request example": true, "response example": true,
}

func isSectionHeading(s string) bool {
	h := strings.ToLower(heading(s))
	if huaweiSections[h] {
		return true
	}
	return mdHeading(s) != ""
}

type section struct {
	name  string
	lines []Line
}

func huaweiSectionsOf(ls []Line) (title Line, out []section) {
	cur := &section{name: ""}
	for _, l := range ls {
		h := strings.ToLower(heading(l.Text))
		if huaweiSections[h] && !strings.Contains(strings.TrimSpace(l.Text), " |") {
			out = append(out, *cur)
			cur = &section{name: h}
			continue
		}
		if title.N == 0 && strings.TrimSpace(l.Text) != "" {
			title = Line{N: l.N, Text: strings.TrimSpace(l.Text)}
			continue
		}
		cur.lines = append(cur.lines, l)
	}
	out = append(out, *cur)
	return title, out
}

var statusLine = regexp.MustCompile(`(?i)^\s*status\s+code\s*:?\s*([0-9]{3})\b`)

func parseHuawei(p *Page, ls []Line) error {
	title, secs := huaweiSectionsOf(ls)
	p.Title, p.TitleLine = title.Text, title.N
	var reqTables, pathTables []*table
	type statusTables struct {
		status, line int
		tables       []*table
	}
	var respTables []*statusTables
	for _, s := range secs {
		switch s.name {
		case "function":
			var b []string
			for _, l := range s.lines {
				if t := strings.TrimSpace(l.Text); t != "" {
					if p.FunctionLine == 0 {
						p.FunctionLine = l.N
					}
					b = append(b, t)
				}
			}
			p.Function = strings.Join(b, " ")
		case "uri":
			for _, l := range s.lines {
				if m := uriLine.FindStringSubmatch(l.Text); m != nil && p.Path == "" {
					p.HTTPMethod, p.Path, p.PathLine = m[1], m[2], l.N
				}
			}
			pathTables = append(pathTables, tablesIn(s.lines, nil)...)
		case "request parameters", "request":
			reqTables = append(reqTables, tablesIn(s.lines, nil)...)
		case "response parameters", "response":
			var cur *statusTables
			tablesIn(s.lines, func(l Line) {
				if m := statusLine.FindStringSubmatch(l.Text); m != nil {
					code, _ := strconv.Atoi(m[1])
					cur = &statusTables{status: code, line: l.N}
					respTables = append(respTables, cur)
				}
			}, func(t *table) {
				if cur == nil {
					cur = &statusTables{status: 200, line: t.Line}
					respTables = append(respTables, cur)
				}
				cur.tables = append(cur.tables, t)
			})
		case "example requests", "example request", "request example":
			p.RequestExamples = append(p.RequestExamples, examplesIn(p, s.lines, false)...)
		case "example responses", "example response", "response example":
			p.ResponseExamples = append(p.ResponseExamples, examplesIn(p, s.lines, true)...)
		case "status codes":
			for _, t := range tablesIn(s.lines, nil) {
				for _, r := range t.Rows {
					c := t.col(r, "status code")
					code, err := strconv.Atoi(strings.TrimSpace(c.Text))
					if err == nil {
						p.StatusCodes = append(p.StatusCodes, StatusCode{Code: code, Description: t.col(r, "description").Text, Line: c.Line})
					}
				}
			}
		}
	}
	if p.Path == "" {
		return fmt.Errorf("the URI section has no \"METHOD /path\" line")
	}
	p.API = serviceOf(p.Path)
	for _, t := range pathTables {
		for _, m := range members(t) {
			m.In = "query"
			if strings.Contains(p.Path, "{"+m.Name+"}") {
				m.In = "path"
			}
			p.Params = append(p.Params, m)
		}
	}
	var bodyTables []*table
	for _, t := range reqTables {
		ms := members(t)
		if len(ms) > 0 && allHeaders(ms) {
			for _, m := range ms {
				m.In = "header"
				p.Params = append(p.Params, m)
			}
			continue
		}
		bodyTables = append(bodyTables, t)
	}
	var first []*Member
	if len(bodyTables) > 0 {
		first = members(bodyTables[0])
	}
	p.Operation = operationID(p, first)
	p.Request = linkObjects(p, bodyTables, p.Operation+"RequestBody", "body")
	for _, st := range respTables {
		r := &Response{Status: st.status, Line: st.line}
		r.Body = linkObjects(p, st.tables, fmt.Sprintf("%sResponseBody", p.Operation), "response")
		if st.status >= 300 && r.Body != nil {
			r.Body.Name = fmt.Sprintf("%sResponse%d", p.Operation, st.status)
		}
		p.Responses = append(p.Responses, r)
	}
	return nil
}

// tablesIn finds every table in a section's lines; other lines go to prose,
// tables to each (both may be nil).
func tablesIn(ls []Line, prose func(Line), each ...func(*table)) []*table {
	var out []*table
	for i := 0; i < len(ls); {
		if startsHeader(ls[i:]) {
			if t, n := readTable(ls[i:]); t != nil && n > 0 {
				if i > 0 {
					t.Caption = strings.TrimSpace(ls[i-1].Text)
				}
				out = append(out, t)
				for _, f := range each {
					f(t)
				}
				i += n
				continue
			}
		}
		if prose != nil {
			prose(ls[i])
		}
		i++
	}
	return out
}

func members(t *table) []*Member {
	var out []*Member
	for _, r := range t.Rows {
		name := t.col(r, "parameter", "name", "parameter name")
		if strings.TrimSpace(name.Text) == "" {
			continue
		}
		m := &Member{
			Name:        strings.TrimSpace(name.Text),
			Line:        name.Line,
			Mandatory:   strings.TrimSpace(t.col(r, "mandatory", "required").Text),
			Type:        strings.TrimSpace(t.col(r, "type").Text),
			Description: strings.Join(strings.Fields(t.col(r, "description").Text), " "),
			Default:     strings.TrimSpace(t.col(r, "default", "default value").Text),
		}
		if m.Default == "None" || m.Default == "-" {
			m.Default = ""
		}
		describe(m)
		out = append(out, m)
	}
	return out
}

var headerName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$`)

func allHeaders(ms []*Member) bool {
	for _, m := range ms {
		if !headerName.MatchString(m.Name) {
			return false
		}
	}
	return true
}

// linkObjects turns a body's tables into objects: the first is the body,
// and each later one the object type a member refers to, by caption or in
// the order the references appear.
func linkObjects(p *Page, ts []*table, topName, in string) *Object {
	if len(ts) == 0 {
		return nil
	}
	var pending []string
	var top *Object
	for i, t := range ts {
		o := &Object{Line: t.Line, Members: members(t)}
		for _, m := range o.Members {
			m.In = in
		}
		switch {
		case i == 0:
			o.Name = topName
			top = o
		default:
			o.Name = captionName(t.Caption, pending)
			if o.Name == "" && len(pending) > 0 {
				o.Name = pending[0]
			}
			if o.Name == "" {
				o.Name = fmt.Sprintf("%sObject%d", topName, i)
			}
		}
		pending = remove(pending, o.Name)
		if _, dup := p.Objects[o.Name]; !dup || i == 0 {
			p.Objects[o.Name] = o
		}
		for _, m := range o.Members {
			if m.Ref != "" && !contains(pending, m.Ref) {
				if _, done := p.Objects[m.Ref]; !done {
					pending = append(pending, m.Ref)
				}
			}
		}
	}
	return top
}

// captionName reads a table caption such as "Table 4 CreateVifPeer" or
// "CreateVifPeer object", if it names an object a member refers to.
func captionName(caption string, pending []string) string {
	for _, w := range strings.Fields(caption) {
		if contains(pending, w) {
			return w
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func remove(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// serviceOf names the API after the URI's service segment:
// /v3/{project_id}/dcaas/vif-peers → dcaas.
func serviceOf(path string) string {
	for _, seg := range strings.Split(strings.Trim(path, "/"), "/") {
		if seg == "" || strings.HasPrefix(seg, "{") || regexp.MustCompile(`^v[0-9.]+$`).MatchString(seg) {
			continue
		}
		return strings.ToLower(seg)
	}
	return "api"
}

var verbs = map[string]string{
	"creating": "Create", "create": "Create", "adding": "Create", "deleting": "Delete", "delete": "Delete",
	"removing": "Delete", "updating": "Update", "update": "Update", "modifying": "Update", "changing": "Update",
	"querying": "Show", "query": "Show", "viewing": "Show", "listing": "List", "obtaining": "Show",
}

// operationID names the operation: the request body's object type when it
// is the verb's own ("CreateVifPeer object"), or the title's verb and the
// URI's resource in singular (Deleting … /vif-peers/{id} → DeleteVifPeer).
func operationID(p *Page, body []*Member) string {
	verb := ""
	if f := strings.Fields(p.Title); len(f) > 0 {
		verb = verbs[strings.ToLower(f[0])]
	}
	for _, m := range body {
		if m.Ref != "" && verb != "" && strings.HasPrefix(m.Ref, verb) {
			return m.Ref
		}
	}
	segs := strings.Split(strings.Trim(p.Path, "/"), "/")
	resource := ""
	endsInParam := false
	for i := len(segs) - 1; i >= 0; i-- {
		if strings.HasPrefix(segs[i], "{") {
			endsInParam = endsInParam || i == len(segs)-1
			continue
		}
		resource = segs[i]
		break
	}
	if verb == "" {
		verb = map[string]string{"POST": "Create", "PUT": "Update", "DELETE": "Delete", "PATCH": "Update"}[p.HTTPMethod]
		if verb == "" {
			verb = "Show"
		}
	}
	if verb == "Show" && !endsInParam {
		return "List" + Camel(resource)
	}
	return verb + Camel(singular(resource))
}

func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return strings.TrimSuffix(s, "ies") + "y"
	case strings.HasSuffix(s, "ses"):
		return strings.TrimSuffix(s, "es")
	case strings.HasSuffix(s, "s"):
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// Camel writes a name in CamelCase: vif-peers → VifPeers, route_mode → RouteMode.
func Camel(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}
