package page

import (
	"fmt"
	"regexp"
	"strings"
)

var methodName = regexp.MustCompile(`^[A-Z][A-Za-z0-9]+$`)

// parseElement reads an Element method page: "# Method", a description,
// "## Parameter(s)", "## Return value(s)", "## Request example", "## Response
// example", "## New since version", and optionally "## <name> object" tables
// for the objects the method returns.
func parseElement(p *Page, ls []Line) error {
	p.API = "element"
	type sec struct {
		name  string
		line  int
		lines []Line
	}
	var secs []*sec
	cur := &sec{}
	for _, l := range ls {
		if h := mdHeading(l.Text); h != "" {
			cur = &sec{name: h, line: l.N}
			secs = append(secs, cur)
			continue
		}
		cur.lines = append(cur.lines, l)
	}
	for _, s := range secs {
		lower := strings.ToLower(s.name)
		switch {
		case lower == "parameter" || lower == "parameters":
			p.Request = elementObject(s.lines, "params", "params", s.line)
		case strings.HasPrefix(lower, "return value"):
			p.Responses = append(p.Responses, &Response{Status: 200, Line: s.line, Body: elementObject(s.lines, "result", "response", s.line)})
		case strings.HasPrefix(lower, "request example"):
			p.RequestExamples = append(p.RequestExamples, examplesIn(p, s.lines, false)...)
		case strings.HasPrefix(lower, "response example"):
			p.ResponseExamples = append(p.ResponseExamples, examplesIn(p, s.lines, true)...)
		case strings.HasPrefix(lower, "new since version"):
			p.Since = strings.TrimSpace(paragraph(s.lines))
		case strings.HasSuffix(lower, " object") || strings.HasSuffix(lower, " object members"):
			name := strings.Fields(s.name)[0]
			if o := elementObject(s.lines, name, "response", s.line); o != nil {
				p.Objects[name] = o
			}
		case methodName.MatchString(s.name):
			if p.Operation == "" || p.Operation == s.name {
				p.Operation, p.Title, p.TitleLine = s.name, s.name, s.line
				if d := paragraph(s.lines); d != "" && !strings.HasPrefix(strings.ToLower(d), "- ") {
					p.Description = d
				}
			}
		}
	}
	if p.Operation == "" {
		return fmt.Errorf("no method name: an Element method page starts with \"# MethodName\"")
	}
	if p.Request != nil {
		p.Objects["params"] = p.Request
	}
	for _, r := range p.Responses {
		if r.Body != nil {
			p.Objects["result"] = r.Body
		}
	}
	return nil
}

// elementObject reads the table of a section, or its "no parameter" sentence.
func elementObject(ls []Line, name, in string, line int) *Object {
	ts := tablesIn(ls, nil)
	o := &Object{Name: name, Line: line}
	if len(ts) == 0 {
		text := strings.ToLower(paragraph(ls))
		if strings.Contains(text, "no input parameter") || strings.Contains(text, "no parameter") || strings.Contains(text, "no return value") {
			o.NoMembers = true
			return o
		}
		return nil
	}
	o.Line = ts[0].Line
	for _, t := range ts {
		for _, m := range members(t) {
			m.In = in
			o.Members = append(o.Members, m)
		}
	}
	return o
}

// paragraph is the first paragraph of prose in a section.
func paragraph(ls []Line) string {
	var b []string
	for _, l := range ls {
		t := strings.TrimSpace(l.Text)
		if t == "" {
			if len(b) > 0 {
				break
			}
			continue
		}
		b = append(b, t)
	}
	return strings.ReplaceAll(strings.Join(b, " "), "`", "")
}
