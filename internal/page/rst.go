package page

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The reStructuredText reader reads the Direct Connect reference's doc
// source: a title and sections underlined with punctuation, ".. table::"
// directives holding grid or simple tables (or ".. list-table::"), bare
// tables, ".. code-block::" examples and "**Status code: N**" lines. What it
// cannot read in a table is an error, never a table with no rows.

var (
	rstDirective = regexp.MustCompile(`^\s*\.\. (?:[a-z-]+::|_[^:]+:)`)
	rstTableDir  = regexp.MustCompile(`^(\s*)\.\. (table|list-table)::\s*(.*)$`)
	rstCodeDir   = regexp.MustCompile(`^(\s*)\.\. (?:code-block|code|sourcecode)::`)
	rstGridEdge  = regexp.MustCompile(`^\+[-=+]+\+$`)
	rstSimpleEdg = regexp.MustCompile(`^=+(?: +=+)+$`)
	rstStatus    = regexp.MustCompile(`^\*\*Status code:\s*([0-9]{3})\*\*`)
	rstRef       = regexp.MustCompile("(?::[a-z]+:)?`([^`<]*?)\\s*(?:<[^>]*>)?`_?")
	rstTableNum  = regexp.MustCompile(`^\*\*Table\s+[0-9]+\*\*\s*`)
	rstFieldOf   = regexp.MustCompile(`(?i)^description of (?:the )?field\s+(\S+)`)
)

// isRST tells a reStructuredText page by its content: a title underlined
// with a run of punctuation, and a directive or hyperlink target (".. table::",
// ".. _name:").
func isRST(ls []Line) bool {
	underline, directive := false, false
	for i, l := range ls {
		if i > 0 && rstUnderline.MatchString(l.Text) && isTitleText(ls[i-1].Text) && len(l.Text) >= len(strings.TrimSpace(ls[i-1].Text)) {
			underline = true
		}
		if rstDirective.MatchString(l.Text) {
			directive = true
		}
	}
	return underline && directive
}

// rstUnderline is a title's underline: one punctuation character, three
// times or more, alone on its line.
var rstUnderline = underlineMatcher{}

type underlineMatcher struct{}

func (underlineMatcher) MatchString(s string) bool {
	if len(s) < 3 || !strings.ContainsRune("=-~^*#\"+'`", rune(s[0])) {
		return false
	}
	return strings.Count(s, s[:1]) == len(s)
}

func isTitleText(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && t == s && !rstUnderline.MatchString(t) && !strings.HasPrefix(t, "..")
}

type rstSec struct {
	name  string
	line  int
	lines []Line
}

// rstSections splits the page at its underlined titles; the first is the
// page's title.
func rstSections(ls []Line) (title rstSec, secs []*rstSec) {
	cur := &title
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if i+1 < len(ls) && isTitleText(l.Text) && rstUnderline.MatchString(ls[i+1].Text) && len(ls[i+1].Text) >= len(l.Text) {
			if title.name == "" {
				title.name, title.line = l.Text, l.N
			} else {
				cur = &rstSec{name: strings.TrimSpace(l.Text), line: l.N}
				secs = append(secs, cur)
			}
			i++
			continue
		}
		if rstUnderline.MatchString(l.Text) && i+2 < len(ls) && rstUnderline.MatchString(ls[i+2].Text) {
			continue // an overline
		}
		cur.lines = append(cur.lines, l)
	}
	return title, secs
}

// rstTable is a table and its caption, without the "**Table N**".
type rstTable struct {
	*table
	caption string
}

func parseRST(p *Page, ls []Line) error {
	title, secs := rstSections(ls)
	p.Title, p.TitleLine = title.name, title.line
	var uri, request []*rstTable
	type statusTables struct {
		status, line int
		tables       []*rstTable
	}
	var responses []*statusTables
	hasURI := false
	for _, s := range secs {
		name := strings.ToLower(s.name)
		switch name {
		case "function":
			p.Function, p.FunctionLine = rstProse(s.lines)
		case "uri":
			hasURI = true
			for _, l := range s.lines {
				if m := uriLine.FindStringSubmatch(l.Text); m != nil && p.Path == "" {
					p.HTTPMethod, p.Path, p.PathLine = m[1], m[2], l.N
				}
			}
			ts, err := rstTables(s.lines, nil)
			if err != nil {
				return err
			}
			uri = append(uri, ts...)
		case "request parameters", "request":
			ts, err := rstTables(s.lines, nil)
			if err != nil {
				return err
			}
			request = append(request, ts...)
		case "response parameters", "response":
			var cur *statusTables
			_, err := rstTables(s.lines, func(l Line) {
				if m := rstStatus.FindStringSubmatch(strings.TrimSpace(l.Text)); m != nil {
					code, _ := strconv.Atoi(m[1])
					cur = &statusTables{status: code, line: l.N}
					responses = append(responses, cur)
				}
			}, func(t *rstTable) {
				// Tables before any status line document the success response.
				if cur == nil {
					p.StatusAssumed = true
					cur = &statusTables{status: 200, line: t.Line}
					responses = append(responses, cur)
				}
				cur.tables = append(cur.tables, t)
			})
			if err != nil {
				return err
			}
		case "example requests", "example request", "request example", "example responses", "example response", "response example", "examples", "example":
			if err := rstExamples(p, s, name); err != nil {
				return err
			}
		case "status codes":
			ts, err := rstTables(s.lines, nil)
			if err != nil {
				return err
			}
			for _, t := range ts {
				for _, r := range t.Rows {
					c := t.col(r, "status code", "status")
					code, err := strconv.Atoi(strings.TrimSpace(c.Text))
					if err != nil {
						return fmt.Errorf("line %d: the status code %q is not a number", c.Line, c.Text)
					}
					p.StatusCodes = append(p.StatusCodes, StatusCode{Code: code, Description: oneLine(t.col(r, "description").Text), Line: c.Line})
				}
			}
		}
	}
	if p.Path == "" {
		if hasURI {
			return fmt.Errorf("line %d: %q has a URI section but no \"METHOD /path\" line in it", p.TitleLine, p.Title)
		}
		p.Kind, p.KindReason = KindConcept, fmt.Sprintf("%q has no URI section with \"METHOD /path\": not an operation", p.Title)
		if p.Title == "" {
			p.KindReason = "the page has no title and no URI section: not an operation"
		}
		return nil
	}
	p.Kind = KindMethod
	p.API = serviceOf(p.Path)
	rows := func(ts []*rstTable) error {
		for _, t := range ts {
			if len(t.Rows) > 0 && len(cellMembers(t.table, rstInline)) == 0 {
				return fmt.Errorf("line %d: the table %q has %d rows but no parameter was read: expected a Parameter column, got %q", t.Line, t.caption, len(t.Rows), t.Header)
			}
		}
		return nil
	}
	if err := rows(uri); err != nil {
		return err
	}
	if err := rows(request); err != nil {
		return err
	}
	for _, st := range responses {
		if err := rows(st.tables); err != nil {
			return err
		}
	}
	for _, t := range uri {
		for _, m := range cellMembers(t.table, rstInline) {
			m.In = "query"
			if strings.Contains(p.Path, "{"+m.Name+"}") {
				m.In = "path"
			}
			p.Params = append(p.Params, m)
		}
	}
	noBody := p.HTTPMethod == "GET" || p.HTTPMethod == "DELETE" || p.HTTPMethod == "HEAD"
	var body []*rstTable
	for _, t := range request {
		ms := cellMembers(t.table, rstInline)
		lc := strings.ToLower(t.caption)
		switch {
		case strings.Contains(lc, "header") || allHeaders(ms):
			for _, m := range ms {
				m.In = "header"
				p.Params = append(p.Params, m)
			}
		case noBody || strings.Contains(lc, "query"):
			// A request without a body: its parameters are the query's.
			for _, m := range ms {
				m.In = "query"
				if strings.Contains(p.Path, "{"+m.Name+"}") {
					m.In = "path"
				}
				p.Params = append(p.Params, m)
			}
		default:
			body = append(body, t)
		}
	}
	var first []*Member
	if len(body) > 0 {
		first = cellMembers(body[0].table, rstInline)
	}
	p.Params = dedupe(p, p.Params)
	p.Operation = operationID(p, first)
	p.Request = rstObjects(p, body, p.Operation+"RequestBody", "body")
	for _, st := range responses {
		r := &Response{Status: st.status, Line: st.line}
		name := p.Operation + "ResponseBody"
		if st.status >= 300 {
			name = fmt.Sprintf("%sResponse%d", p.Operation, st.status)
		}
		r.Body = rstObjects(p, st.tables, name, "response")
		p.Responses = append(p.Responses, r)
	}
	return nil
}

// rstObjects turns a body's tables into objects: the first is the body, each
// later one the object its caption names ("**Table 4** CreateVifPeer",
// "Description of field **virtual_interface**"), or else the next object a
// member refers to that has no table yet.
func rstObjects(p *Page, ts []*rstTable, topName, in string) *Object {
	if len(ts) == 0 {
		return nil
	}
	var top *Object
	var pending []string
	var all []*Object
	fieldOf := map[string]string{} // member name → the object its field table describes
	// An object the request documented and the response documents again
	// under the same name ("Description of field dc_endpoint_group", once
	// per body) is the response's own table: it gets a name of its own, and
	// the response's members refer to it, not to the request's.
	here := map[string]bool{}
	renamed := map[string]string{}
	for i, t := range ts {
		o := &Object{Line: t.Line, Members: cellMembers(t.table, rstInline)}
		for _, m := range o.Members {
			m.In = in
		}
		if i == 0 {
			o.Name, top = topName, o
		} else {
			field := ""
			if m := rstFieldOf.FindStringSubmatch(t.caption); m != nil {
				o.Name, field = m[1], m[1]
			} else if identifier.MatchString(t.caption) {
				o.Name = t.caption
			} else if len(pending) > 0 {
				o.Name = pending[0]
			} else {
				o.Name = fmt.Sprintf("%sObject%d", topName, i)
			}
			pending = remove(pending, o.Name)
			if _, dup := p.Objects[o.Name]; dup && !here[o.Name] && in == "response" {
				alt := o.Name + "Response"
				for n := 2; p.Objects[alt] != nil; n++ {
					alt = fmt.Sprintf("%sResponse%d", o.Name, n)
				}
				renamed[o.Name], o.Name = alt, alt
			}
			if field != "" {
				fieldOf[field] = o.Name
			}
		}
		here[o.Name] = true
		pending = remove(pending, o.Name)
		for _, m := range o.Members {
			if m.Ref != "" && !contains(pending, m.Ref) {
				if _, done := p.Objects[m.Ref]; !done {
					pending = append(pending, m.Ref)
				}
			}
		}
		all = append(all, o)
		if _, dup := p.Objects[o.Name]; !dup || i == 0 {
			p.Objects[o.Name] = o
		}
	}
	// "Description of field **x**" describes the member x, whose type says
	// only "Dictionary" or "List".
	for _, o := range all {
		for _, m := range o.Members {
			if r, ok := renamed[m.Ref]; ok {
				m.Ref = r
			}
			if ref, ok := fieldOf[m.Name]; ok && m.Ref == "" && (m.Kind == "object" || m.Kind == "array" || m.Kind == "") {
				m.Ref = ref
				if m.Kind == "array" {
					m.ItemsKind = "object"
				}
			}
		}
	}
	return top
}

// rstProse is a section's prose as one line, and its first line.
func rstProse(ls []Line) (string, int) {
	var b []string
	first := 0
	for _, l := range ls {
		t := strings.TrimSpace(l.Text)
		if t == "" || rstDirective.MatchString(l.Text) {
			continue
		}
		if first == 0 {
			first = l.N
		}
		b = append(b, t)
	}
	return rstInline(strings.Join(b, " ")), first
}

// rstInline drops inline markup: **strong**, *emphasis*, “literal“,
// :ref:`Name <target>` → Name.
func rstInline(s string) string {
	s = rstRef.ReplaceAllString(s, "$1")
	return strings.NewReplacer("**", "", "``", "", "\\", "").Replace(s)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func indentOf(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

// rstTables finds every table among the lines: under a ".. table::" or
// ".. list-table::" directive, or bare. Other lines go to prose.
func rstTables(ls []Line, prose func(Line), each ...func(*rstTable)) ([]*rstTable, error) {
	var out []*rstTable
	caption := ""
	for i := 0; i < len(ls); i++ {
		t := strings.TrimSpace(ls[i].Text)
		if m := rstTableDir.FindStringSubmatch(ls[i].Text); m != nil {
			caption = strings.TrimSpace(rstInline(rstTableNum.ReplaceAllString(strings.TrimSpace(m[3]), "")))
			if m[2] == "list-table" {
				tb, n, err := rstListTable(ls[i:])
				if err != nil {
					return nil, err
				}
				out = append(out, &rstTable{tb, caption})
				for _, f := range each {
					f(out[len(out)-1])
				}
				caption = ""
				i += n - 1
			}
			continue
		}
		var tb *table
		var n int
		var err error
		switch {
		case rstGridEdge.MatchString(t):
			tb, n, err = rstGrid(ls[i:])
		case rstSimpleEdg.MatchString(t):
			tb, n, err = rstSimple(ls[i:])
		default:
			if prose != nil {
				prose(ls[i])
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, &rstTable{tb, caption})
		for _, f := range each {
			f(out[len(out)-1])
		}
		caption = ""
		i += n - 1
	}
	return out, nil
}

// rstHeader names a table's columns in lower case, one space apart.
func rstHeader(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.ToLower(oneLine(rstInline(c)))
	}
	return out
}

// rstGrid reads a grid table starting at its top border. Column edges are
// the top border's "+"; the "+===+" border ends the header. A cell that
// spans columns or rows is an error.
func rstGrid(ls []Line) (*table, int, error) {
	indent := indentOf(ls[0].Text)
	border := strings.TrimRight(ls[0].Text, " ")
	var edges []int
	for i, c := range border {
		if c == '+' {
			edges = append(edges, i)
		}
	}
	t := &table{Line: ls[0].N}
	var rows [][]cell
	var cur []*strings.Builder
	var curLines []int
	headerDone := false
	flush := func() {
		if cur == nil {
			return
		}
		row := make([]cell, len(cur))
		for k, b := range cur {
			row[k] = cell{Text: strings.TrimSpace(b.String()), Line: curLines[k]}
		}
		rows = append(rows, row)
		cur, curLines = nil, nil
	}
	i := 1
	for ; i < len(ls); i++ {
		raw := strings.TrimRight(ls[i].Text, " ")
		s := strings.TrimSpace(raw)
		if indentOf(raw) != indent || s == "" || (s[0] != '|' && s[0] != '+') {
			break
		}
		if rstGridEdge.MatchString(s) {
			if len(s) != len(strings.TrimSpace(border)) {
				return nil, 0, fmt.Errorf("line %d: the grid table's border is %d wide, not %d like its top", ls[i].N, len(s), len(strings.TrimSpace(border)))
			}
			flush()
			if strings.Contains(s, "=") {
				if headerDone {
					return nil, 0, fmt.Errorf("line %d: a second header border in the grid table", ls[i].N)
				}
				headerDone = true
				for _, r := range rows {
					for k, c := range r {
						if k < len(t.Header) {
							t.Header[k] = strings.TrimSpace(t.Header[k] + " " + c.Text)
						} else {
							t.Header = append(t.Header, c.Text)
						}
					}
				}
				rows = nil
			}
			continue
		}
		if len(raw) < edges[len(edges)-1]+1 {
			return nil, 0, fmt.Errorf("line %d: the grid table's row is narrower than its border", ls[i].N)
		}
		for _, e := range edges {
			if raw[e] != '|' {
				return nil, 0, fmt.Errorf("line %d: a cell spans columns or rows (%q at column %d): the reader reads one cell per column only", ls[i].N, raw[e], e+1)
			}
		}
		if cur == nil {
			cur = make([]*strings.Builder, len(edges)-1)
			curLines = make([]int, len(edges)-1)
			for k := range cur {
				cur[k] = &strings.Builder{}
			}
		}
		for k := 0; k+1 < len(edges); k++ {
			part := strings.TrimRight(raw[edges[k]+1:edges[k+1]], " ")
			if strings.TrimSpace(part) != "" && curLines[k] == 0 {
				curLines[k] = ls[i].N
			}
			// Keep the cell's own indentation: bullets nest by it.
			if len(part) > 0 && part[0] == ' ' {
				part = part[1:]
			}
			cur[k].WriteString(part + "\n")
		}
	}
	if cur != nil {
		return nil, 0, fmt.Errorf("line %d: the grid table's last row has no bottom border", ls[i-1].N)
	}
	if !headerDone {
		return nil, 0, fmt.Errorf("line %d: the grid table has no header: expected a +===+ border under it", ls[0].N)
	}
	t.Header = rstHeader(t.Header)
	t.Rows = rows
	return t, i, nil
}

// rstSimple reads a simple table starting at its top border ("=== ==="):
// the header up to the second border, rows up to the third. A line whose
// first column is blank continues the row above.
func rstSimple(ls []Line) (*table, int, error) {
	edge := strings.TrimRight(ls[0].Text, " ")
	var starts, ends []int
	for i := 0; i < len(edge); i++ {
		if edge[i] == '=' && (i == 0 || edge[i-1] == ' ') {
			starts = append(starts, i)
		}
		if edge[i] == '=' && (i+1 == len(edge) || edge[i+1] == ' ') {
			ends = append(ends, i+1)
		}
	}
	split := func(s string, n int) []cell {
		out := make([]cell, len(starts))
		for k := range starts {
			from := starts[k]
			to := len(s)
			if k+1 < len(starts) {
				to = min(len(s), starts[k+1])
			}
			if from < len(s) {
				out[k] = cell{Text: strings.TrimSpace(s[from:to]), Line: n}
			}
		}
		return out
	}
	t := &table{Line: ls[0].N}
	borders := 1
	var rows [][]cell
	i := 1
	for ; i < len(ls) && borders < 3; i++ {
		raw := strings.TrimRight(ls[i].Text, " ")
		if rstSimpleEdg.MatchString(strings.TrimSpace(raw)) {
			borders++
			continue
		}
		if strings.TrimSpace(raw) == "" {
			if borders == 2 && len(rows) > 0 {
				last := rows[len(rows)-1]
				last[len(last)-1].Text += "\n"
			}
			continue
		}
		// Text between column edges is a cell spanning them: not read.
		for k := 0; k+1 < len(starts); k++ {
			if ends[k] < len(raw) && strings.TrimSpace(raw[ends[k]:min(len(raw), starts[k+1])]) != "" {
				return nil, 0, fmt.Errorf("line %d: text between the simple table's columns: expected each cell within its \"===\" column", ls[i].N)
			}
		}
		cells := split(raw, ls[i].N)
		if borders == 1 {
			if t.Header == nil {
				t.Header = make([]string, len(cells))
			}
			for k, c := range cells {
				t.Header[k] = strings.TrimSpace(t.Header[k] + " " + c.Text)
			}
			continue
		}
		if cells[0].Text == "" && len(rows) > 0 {
			last := rows[len(rows)-1]
			for k, c := range cells {
				if c.Text != "" {
					last[k].Text += "\n" + c.Text
				}
			}
			continue
		}
		rows = append(rows, cells)
	}
	if borders < 3 {
		return nil, 0, fmt.Errorf("line %d: the simple table is not closed: expected three \"===\" borders, found %d", ls[0].N, borders)
	}
	t.Header = rstHeader(t.Header)
	t.Rows = rows
	return t, i, nil
}

var rstHeaderRows = regexp.MustCompile(`^:header-rows:\s*([0-9]+)`)

// rstListTable reads a list-table from its directive line: options, then
// rows "* - cell" whose further cells are "- cell" at the same indentation.
func rstListTable(ls []Line) (*table, int, error) {
	dirIndent := indentOf(ls[0].Text)
	headerRows := 0
	var rows [][]cell
	var cur *cell
	cellIndent := -1
	i := 1
	for ; i < len(ls); i++ {
		raw := strings.TrimRight(ls[i].Text, " ")
		s := strings.TrimSpace(raw)
		if s == "" {
			if cur != nil {
				cur.Text += "\n"
			}
			continue
		}
		ind := indentOf(raw)
		if ind <= dirIndent {
			break
		}
		if m := rstHeaderRows.FindStringSubmatch(s); m != nil && len(rows) == 0 {
			headerRows, _ = strconv.Atoi(m[1])
			continue
		}
		if strings.HasPrefix(s, ":") && len(rows) == 0 {
			continue // another option
		}
		switch {
		case strings.HasPrefix(s, "* - ") || s == "* -":
			rows = append(rows, nil)
			cellIndent = ind + 2
			rows[len(rows)-1] = append(rows[len(rows)-1], cell{Text: strings.TrimSpace(strings.TrimPrefix(s, "* -")), Line: ls[i].N})
		case (strings.HasPrefix(s, "- ") || s == "-") && ind == cellIndent && len(rows) > 0:
			rows[len(rows)-1] = append(rows[len(rows)-1], cell{Text: strings.TrimSpace(strings.TrimPrefix(s, "-")), Line: ls[i].N})
		case len(rows) > 0:
			r := rows[len(rows)-1]
			r[len(r)-1].Text += "\n" + raw[min(len(raw), cellIndent+2):]
		default:
			return nil, 0, fmt.Errorf("line %d: expected a list-table row \"* - cell\"", ls[i].N)
		}
		if len(rows) > 0 {
			r := rows[len(rows)-1]
			cur = &r[len(r)-1]
		}
	}
	if headerRows != 1 || len(rows) < 1 {
		return nil, 0, fmt.Errorf("line %d: the list-table has %d header rows: expected :header-rows: 1", ls[0].N, headerRows)
	}
	t := &table{Line: ls[0].N}
	for _, c := range rows[0] {
		t.Header = append(t.Header, c.Text)
	}
	t.Header = rstHeader(t.Header)
	for _, r := range rows[1:] {
		if len(r) != len(t.Header) {
			return nil, 0, fmt.Errorf("line %d: the list-table row has %d cells, its header %d", r[0].Line, len(r), len(t.Header))
		}
		for k := range r {
			r[k].Text = strings.TrimSpace(r[k].Text)
		}
		t.Rows = append(t.Rows, r)
	}
	return t, i, nil
}

// rstExamples reads every code block of an examples section. A block is a
// request or a response by its section, or, in a section holding both, by
// the label before it ("Example request") or by its first line.
func rstExamples(p *Page, s *rstSec, section string) error {
	mode := ""
	switch {
	case strings.Contains(section, "request"):
		mode = "request"
	case strings.Contains(section, "response"):
		mode = "response"
	}
	status := 0
	label, title := "", ""
	for i := 0; i < len(s.lines); i++ {
		l := s.lines[i]
		t := strings.TrimSpace(l.Text)
		if m := rstStatus.FindStringSubmatch(t); m != nil {
			status, _ = strconv.Atoi(m[1])
			continue
		}
		m := rstCodeDir.FindStringSubmatch(l.Text)
		if m == nil {
			if t != "" && !rstDirective.MatchString(l.Text) {
				title = strings.TrimSpace(strings.TrimLeft(rstInline(t), "-*#.0123456789 "))
				lt := strings.ToLower(t)
				switch {
				case strings.Contains(lt, "response"):
					label = "response"
				case strings.Contains(lt, "request"):
					label = "request"
				}
			}
			continue
		}
		block, n := rstBlock(s.lines[i:], len(m[1]))
		i += n - 1
		if len(block) == 0 {
			return fmt.Errorf("line %d: an empty code block", l.N)
		}
		kind := mode
		if kind == "" {
			kind = label
		}
		if kind == "" {
			kind = "response"
			if requestStart.MatchString(block[0].Text) {
				kind = "request"
			}
		}
		ex := codeExample(p, block)
		ex.Title = title
		if kind == "request" {
			p.RequestExamples = append(p.RequestExamples, ex)
			continue
		}
		ex.Status = status
		if ex.Status == 0 {
			p.StatusAssumed = true
			ex.Status = 200
		}
		p.ResponseExamples = append(p.ResponseExamples, ex)
	}
	return nil
}

// rstBlock returns a directive's content, dedented: the lines after it that
// are indented more than the directive, without its options.
func rstBlock(ls []Line, indent int) ([]Line, int) {
	var out []Line
	i := 1
	for ; i < len(ls); i++ {
		raw := strings.TrimRight(ls[i].Text, " ")
		if raw == "" {
			out = append(out, Line{N: ls[i].N})
			continue
		}
		if indentOf(raw) <= indent {
			break
		}
		if len(out) == 0 && strings.HasPrefix(strings.TrimSpace(raw), ":") {
			continue
		}
		out = append(out, Line{N: ls[i].N, Text: raw})
	}
	for len(out) > 0 && out[0].Text == "" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1].Text == "" {
		out = out[:len(out)-1]
	}
	d := -1
	for _, l := range out {
		if l.Text != "" && (d < 0 || indentOf(l.Text) < d) {
			d = indentOf(l.Text)
		}
	}
	for k := range out {
		if len(out[k].Text) >= d && d > 0 {
			out[k].Text = out[k].Text[d:]
		}
	}
	return out, i
}

// codeExample reads a code block as an example. A JSON body whose first
// line is a member ("vif_peer": {) has lost its opening brace: it is put
// back, and said.
func codeExample(p *Page, block []Line) *Example {
	first := strings.TrimSpace(block[0].Text)
	if strings.HasPrefix(first, `"`) && strings.Contains(first, `":`) {
		b := append([]Line{}, block...)
		b[0].Text = "{" + b[0].Text
		p.Repairs = append(p.Repairs, Repair{Line: b[0].N, What: "added the missing \"{\" at the start of the example's JSON"})
		block = b
	}
	ex, _ := readExample(p, block)
	return ex
}

// dedupe keeps the first of parameters documented twice (in the URI and
// again in the request tables) and says so in Notes.
func dedupe(p *Page, ms []*Member) []*Member {
	seen := map[string]*Member{}
	var out []*Member
	for _, m := range ms {
		key := m.In + " " + m.Name
		if first, ok := seen[key]; ok {
			p.Notes = append(p.Notes, Repair{Line: m.Line, What: fmt.Sprintf("the %s parameter %s is documented again (first at line %d); the first is kept", m.In, m.Name, first.Line)})
			continue
		}
		seen[key] = m
		out = append(out, m)
	}
	return out
}
