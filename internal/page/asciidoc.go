package page

import (
	"fmt"
	"regexp"
	"strings"
)

// The AsciiDoc reader reads the Element reference's doc source: front
// matter, "= Title", "== Section" headings, |=== tables with a| cells and
// ---- listing blocks. It reads only what those pages use; anything else in
// a table is an error rather than a guess.

var (
	adocTitle   = regexp.MustCompile(`^=\s+(\S.*)$`)
	adocSection = regexp.MustCompile(`^(={2,6})\s+(\S.*)$`)
	// A cell starts at "|" after an optional specifier: "a|", "2+|", ".^a|".
	adocAttribute = regexp.MustCompile(`^:[A-Za-z][A-Za-z0-9_-]*:`)
	adocXref      = regexp.MustCompile(`(?:xref|link):([^\[\s]+)\[([^\]]*)\]`)
	adocInclude   = regexp.MustCompile(`^include::(\S+)\[`)
	// A cell specifier at the end of the text before a "|", after a blank
	// or at the line's start, as Asciidoctor reads it: "a", "2+", ".^a".
	adocSpecAtEnd = regexp.MustCompile(`(?:^|[ \t])((?:[0-9]+[*+])?(?:[<^>]?\.?[<^>])?[adehlmsv]?)$`)
)

// isAsciiDoc tells an AsciiDoc page by its content: a "= Title" line at the
// start (after front matter, comments and attributes), followed by a section
// heading or a |=== table.
func isAsciiDoc(ls []Line) bool {
	body := adocBody(ls)
	for i, l := range body {
		t := strings.TrimSpace(l.Text)
		if t == "" || strings.HasPrefix(t, "//") || strings.HasPrefix(t, ":") {
			continue
		}
		if !adocTitle.MatchString(t) {
			return false
		}
		for _, n := range body[i+1:] {
			if adocSection.MatchString(n.Text) || strings.HasPrefix(n.Text, "|===") || strings.HasPrefix(n.Text, "include::") ||
				strings.HasPrefix(n.Text, "----") || strings.HasPrefix(n.Text, "[.") || adocAttribute.MatchString(n.Text) {
				return true
			}
		}
		return false
	}
	return false
}

// adocBody skips the front matter ("---" … "---" on the first lines).
func adocBody(ls []Line) []Line {
	if len(ls) == 0 || strings.TrimSpace(ls[0].Text) != "---" {
		return ls
	}
	for i := 1; i < len(ls); i++ {
		if strings.TrimSpace(ls[i].Text) == "---" {
			return ls[i+1:]
		}
	}
	return ls
}

type adocSec struct {
	name  string
	line  int
	lines []Line
}

// adocSections splits the body at its headings; the lines before the first
// "==" heading are the title's section. Headings inside ---- blocks and
// |=== tables are content.
func adocSections(ls []Line) (title adocSec, secs []*adocSec) {
	cur := &title
	inBlock, inTable := false, false
	for _, l := range adocBody(ls) {
		t := strings.TrimRight(l.Text, " \t")
		switch {
		case t == "----" && !inTable:
			inBlock = !inBlock
		case strings.HasPrefix(t, "|===") && !inBlock:
			inTable = !inTable
		case inBlock || inTable:
		case title.name == "" && adocTitle.MatchString(t):
			title.name, title.line = strings.TrimSpace(adocTitle.FindStringSubmatch(t)[1]), l.N
			continue
		case adocSection.MatchString(t):
			cur = &adocSec{name: strings.TrimSpace(adocSection.FindStringSubmatch(t)[2]), line: l.N}
			secs = append(secs, cur)
			continue
		case strings.HasPrefix(t, "//") && !strings.HasPrefix(t, "////"):
			continue // a comment
		}
		cur.lines = append(cur.lines, l)
	}
	return title, secs
}

func parseAsciiDoc(p *Page, ls []Line) error {
	p.API = "element"
	title, secs := adocSections(ls)
	p.Title, p.TitleLine = title.name, title.line
	p.Description = adocProse(title.lines)
	has := func(pred func(string) bool) bool {
		for _, s := range secs {
			if pred(strings.ToLower(s.name)) {
				return true
			}
		}
		return false
	}
	isParams := func(s string) bool { return s == "parameter" || s == "parameters" }
	isReturn := func(s string) bool { return strings.HasPrefix(s, "return value") }
	isMembers := func(s string) bool { return s == "object members" || s == "object member" }
	isExample := func(s string) bool {
		return strings.HasPrefix(s, "request example") || strings.HasPrefix(s, "response example")
	}
	switch {
	case has(isMembers):
		p.Kind = KindObject
	case adocMethod(p.Title) == "":
		p.Kind, p.KindReason = KindConcept, fmt.Sprintf("%q is not a method name and the page has no Object members table", p.Title)
		return nil
	case has(isParams) || has(isReturn):
		p.Kind, p.Operation = KindMethod, adocMethod(p.Title)
	case has(isExample) || len(adocBlocks(title.lines)) > 0:
		p.Kind, p.KindReason = KindExample, fmt.Sprintf("only an example of %s, whose parameters and return values are on its own page", p.Title)
		return nil
	default:
		p.Kind, p.KindReason = KindConcept, fmt.Sprintf("%s has no Parameters, Return values or examples section", p.Title)
		for _, l := range title.lines {
			if m := adocInclude.FindStringSubmatch(strings.TrimSpace(l.Text)); m != nil {
				return fmt.Errorf("line %d: the method %s is documented in %s, which is not part of the page: expected its Parameters and Return values here", l.N, p.Title, m[1])
			}
		}
		return nil
	}
	for _, s := range secs {
		lower := strings.ToLower(s.name)
		switch {
		case isParams(lower):
			o, err := adocObject(p, s, "params", "params")
			if err != nil {
				return err
			}
			p.Request = o
			p.Objects["params"] = o
		case isReturn(lower):
			o, err := adocObject(p, s, "result", "response")
			if err != nil {
				return err
			}
			p.Responses = append(p.Responses, &Response{Status: 200, Line: s.line, Body: o})
			if o != nil {
				p.Objects["result"] = o
			}
		case isMembers(lower):
			o, err := adocObject(p, s, p.Title, "member")
			if err != nil {
				return err
			}
			p.Objects[p.Title] = o
		case strings.HasPrefix(lower, "request example"):
			p.RequestExamples = append(p.RequestExamples, adocExamples(p, s, false)...)
		case strings.HasPrefix(lower, "response example"):
			p.ResponseExamples = append(p.ResponseExamples, adocExamples(p, s, true)...)
		case strings.HasPrefix(lower, "new since version"):
			p.Since = adocProse(s.lines)
		case strings.HasSuffix(lower, " object members") && p.Kind == KindMethod:
			// "Cluster version info object members": the object of the
			// member clusterVersionInfo.
			name := lowerCamel(strings.TrimSuffix(s.name, " object members"))
			o, err := adocObject(p, s, name, "member")
			if err != nil {
				return err
			}
			p.Objects[name] = o
		}
	}
	for _, o := range p.Objects {
		for _, m := range o.Members {
			// Not the table itself: a return table's one row "result" is the
			// result (DisableClusterSsh), not a member holding another result.
			if _, ok := p.Objects[m.Name]; ok && m.Name != o.Name && m.Ref == "" && (m.Kind == "object" || m.Kind == "array" && m.ItemsKind == "object") {
				m.Ref = m.Name
			}
		}
	}
	if p.Kind == KindObject && len(p.Objects[p.Title].Members) == 0 {
		return fmt.Errorf("line %d: the object page %s has an Object members section but no member was read: expected a |=== table with a Name column", p.TitleLine, p.Title)
	}
	return nil
}

// adocProse is the section's prose as one line: the first paragraph, without
// block attributes ("[.lead]") and inline markup.
func adocProse(ls []Line) string {
	var b []string
	for _, l := range ls {
		t := strings.TrimSpace(l.Text)
		switch {
		case t == "" && len(b) > 0:
			return adocInline(strings.Join(b, " "))
		case t == "" || strings.HasPrefix(t, ":") || strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
		default:
			b = append(b, t)
		}
	}
	return adocInline(strings.Join(b, " "))
}

// adocInline drops inline markup: `code`, *strong*, xref:page[text] → text.
func adocInline(s string) string {
	s = adocXref.ReplaceAllString(s, "$2")
	return strings.NewReplacer("`", "", "*", "").Replace(s)
}

// adocBlocks returns the ---- listing blocks among the lines.
func adocBlocks(ls []Line) [][]Line {
	var out [][]Line
	var cur []Line
	in := false
	for _, l := range ls {
		if strings.TrimRight(l.Text, " \t") == "----" {
			if in {
				out = append(out, cur)
			}
			in, cur = !in, nil
			continue
		}
		if in {
			cur = append(cur, l)
		}
	}
	return out
}

// adocExamples reads every listing block of an example section.
func adocExamples(p *Page, s *adocSec, response bool) []*Example {
	var out []*Example
	for _, b := range adocBlocks(s.lines) {
		if len(b) == 0 {
			continue
		}
		ex, _ := readExample(p, b)
		ex.Title = s.name
		if response {
			ex.Status = 200
		}
		out = append(out, ex)
	}
	return out
}

// adocObject reads a section's table into an object, or its "no parameter"
// sentence. A section with neither, or a table whose rows give no member, is
// an error.
func adocObject(p *Page, s *adocSec, name, in string) (*Object, error) {
	ts, err := adocTables(p, s.lines)
	if err != nil {
		return nil, err
	}
	o := &Object{Name: name, Line: s.line}
	if len(ts) == 0 {
		var all []string
		for _, l := range s.lines {
			all = append(all, l.Text)
		}
		text := strings.ToLower(strings.Join(all, " "))
		for _, none := range []string{"no input parameter", "no parameter", "no return value", "not have return value", "not have any return value", "not have input parameter", "not have any input parameter"} {
			if strings.Contains(text, none) {
				o.NoMembers = true
				return o, nil
			}
		}
		if in == "response" {
			return nil, nil // the return value described in words only
		}
		if in == "member" {
			return nil, fmt.Errorf("line %d: the object's members section has no table: expected a |=== table with Name, Description and Type columns", s.line)
		}
		return nil, fmt.Errorf("line %d: the section %q has no table and does not say there are none: expected a |=== table with Name, Description and Type columns", s.line, s.name)
	}
	o.Line = ts[0].Line
	for _, t := range ts {
		ms := cellMembers(t, adocInline)
		if len(ms) == 0 && len(t.Rows) > 0 {
			return nil, fmt.Errorf("line %d: the table of %q has %d rows but no member was read: expected a Name column, got %q", t.Line, s.name, len(t.Rows), t.Header)
		}
		for _, m := range ms {
			m.In = in
			if in == "member" {
				m.In = "response"
			}
			o.Members = append(o.Members, m)
		}
	}
	return o, nil
}

// cellMembers reads a doc source table's rows as members, inline markup
// dropped by inline: the type cell's xref names the object the member
// refers to, and a "Possible values:" or "Enumeration values:" list its enum.
func cellMembers(t *table, inline func(string) string) []*Member {
	var out []*Member
	for _, r := range t.Rows {
		name := t.col(r, "name", "parameter", "parameter name")
		n := strings.Trim(strings.TrimSpace(name.Text), "`*")
		if n == "" {
			continue
		}
		typ := t.col(r, "type").Text
		refFile := ""
		if x := adocXref.FindStringSubmatch(typ); x != nil {
			refFile = x[1]
		}
		desc := t.col(r, "description").Text
		m := &Member{
			Name:      n,
			Line:      name.Line,
			Mandatory: strings.TrimSpace(t.col(r, "required", "mandatory").Text),
			// An "Optional" column (True/False) is written as the words
			// Required() reads.

			Type:        oneLine(inline(typ)),
			Description: oneLine(inline(desc)),
			Default:     strings.Trim(strings.TrimSpace(t.col(r, "default value", "default").Text), "`"),
		}
		if m.Default == "None" || m.Default == "-" {
			m.Default = ""
		}
		if opt := strings.ToLower(strings.TrimSpace(t.col(r, "optional").Text)); m.Mandatory == "" && opt != "" {
			switch opt {
			case "true", "yes":
				m.Mandatory = "optional"
			case "false", "no":
				m.Mandatory = "required"
			}
		}
		describe(m)
		if refFile != "" {
			m.RefFile = refFile
			if m.Ref == "" && m.Kind == "" {
				// A bare xref is the object itself: "xref:…[volume]".
				m.Kind, m.Ref = "object", m.Type
			}
		}
		if vals := listAfter(desc, valuesMarker); vals != nil {
			applyValues(m, vals)
		} else if x := inlineValues.FindStringSubmatch(m.Description); x != nil {
			// "Possible values are disabled or enabled."
			if vals := splitValues(x[1]); vals != nil {
				applyValues(m, vals)
			}
		}
		out = append(out, m)
	}
	return out
}

var valuesMarker = regexp.MustCompile(`(?i)(?:possible|enumeration) values\s*(?:are)?\s*:?\s*$`)

var inlineValues = regexp.MustCompile(`(?i)\b(?:possible|valid|enumeration) values (?:are|include)\s*:?\s*([^.;:]+)`)

// splitValues reads "a, b, or c" as values, or nil unless every part is one
// value and there are two or more.
func splitValues(s string) []string {
	var vals []string
	for _, part := range valueSeparator.Split(strings.TrimSpace(s), -1) {
		part = strings.Trim(strings.TrimSpace(part), "`'\"*")
		if !valueToken.MatchString(part) {
			return nil
		}
		vals = append(vals, part)
	}
	if len(vals) < 2 {
		return nil
	}
	return vals
}

// listAfter returns the values of the bullet list that follows the line
// the marker ends ("Possible values:", "Enumeration values:"): each item's
// first word, without markup, and up to a ":" that starts its explanation.
// It returns nil when there is no list or an item is not a single value.
func listAfter(cell string, marker *regexp.Regexp) []string {
	lines := strings.Split(cell, "\n")
	for i, l := range lines {
		if !marker.MatchString(strings.TrimSpace(l)) {
			continue
		}
		var vals []string
		rest := lines[i+1:]
		for k := 0; k < len(rest); k++ {
			t := strings.TrimSpace(rest[k])
			if len(vals) > 0 && !isBullet(t) {
				// An item goes on in a "+" continuation, or in text right
				// under it; a blank line ends the list unless an item follows.
				if t == "+" || t != "" || nextNonBlankIsBullet(rest[k+1:]) {
					continue
				}
				break
			}
			if t == "" && len(vals) == 0 {
				continue
			}
			if !isBullet(t) {
				break
			}
			v := strings.TrimSpace(t[2:])
			if j := strings.Index(v, ":"); j > 0 {
				v = v[:j]
			}
			v = strings.TrimSpace(strings.Trim(strings.TrimSpace(v), "`*'\""))
			if !valueToken.MatchString(v) {
				return nil
			}
			vals = append(vals, v)
		}
		if len(vals) > 0 {
			return vals
		}
	}
	return nil
}

func isBullet(t string) bool { return strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") }

func nextNonBlankIsBullet(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return isBullet(t)
		}
	}
	return false
}

// applyValues sets a listed set of values as the member's enum when the
// member is a scalar (or an array of scalars); a list under an object member
// names its members, not its values, and is kept only as TextValues.
func applyValues(m *Member, vals []string) {
	m.EnumListed = true
	switch {
	case m.Kind == "object" || m.Kind == "array" && m.ItemsKind == "object":
		m.TextValues = vals
	default:
		m.Enum = vals
	}
}

// adocTables reads every |=== table in the lines.
func adocTables(p *Page, ls []Line) ([]*table, error) {
	var out []*table
	for i := 0; i < len(ls); i++ {
		if !strings.HasPrefix(strings.TrimSpace(ls[i].Text), "|===") {
			continue
		}
		attrs := ""
		for k := i - 1; k >= 0; k-- {
			t := strings.TrimSpace(ls[k].Text)
			if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
				attrs += t
				continue
			}
			if strings.HasPrefix(t, ".") && !strings.HasPrefix(t, "..") {
				continue // a block title
			}
			break
		}
		end := i + 1
		for end < len(ls) && !strings.HasPrefix(strings.TrimSpace(ls[end].Text), "|===") {
			end++
		}
		if end == len(ls) {
			return nil, fmt.Errorf("line %d: the table is not closed: expected a |=== line", ls[i].N)
		}
		t, err := adocTable(p, ls[i+1:end], attrs, ls[i].N)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
		i = end
	}
	return out, nil
}

var adocColsRe = regexp.MustCompile(`cols=(?:"([^"]*)"|([^,\]]*))`)

// adocTable reads the lines between |=== and |===. The column count comes
// from cols= or else from the cells on the first line; the first row is the
// header when options="header" says so or a blank line follows it.
func adocTable(p *Page, ls []Line, attrs string, line int) (*table, error) {
	type rawCell struct {
		text strings.Builder
		line int
	}
	var cells []*rawCell
	var cur *rawCell
	firstLineCells, firstLine, blankAfterFirst := 0, -1, false
	appendText := func(s string, n int) {
		if strings.TrimSpace(s) != "" && cur.line == 0 {
			cur.line = n
		}
		cur.text.WriteString(s)
	}
	for i, l := range ls {
		t := strings.TrimRight(l.Text, " \t")
		if strings.TrimSpace(t) == "" {
			if firstLine >= 0 && i == firstLine+1 {
				blankAfterFirst = true
			}
			if cur != nil {
				cur.text.WriteString("\n")
			}
			continue
		}
		// Every unescaped "|" opens a cell; the text before it, less the
		// next cell's specifier ("a", "2+"), belongs to the open cell.
		parts := strings.Split(strings.ReplaceAll(t, `\|`, "\x00"), "|")
		for j, part := range parts {
			part = strings.ReplaceAll(part, "\x00", "|")
			spec := ""
			if j < len(parts)-1 {
				if m := adocSpecAtEnd.FindStringSubmatchIndex(part); m != nil {
					spec = part[m[2]:m[3]]
					part = part[:m[2]]
				}
			}
			if j > 0 {
				cur = &rawCell{}
				cells = append(cells, cur)
			}
			if cur == nil {
				if strings.TrimSpace(part) != "" {
					return nil, fmt.Errorf("line %d: text before the table's first cell: expected a line starting with | or a|", l.N)
				}
			} else {
				appendText(part, l.N)
			}
			if strings.ContainsAny(spec, "+*") {
				return nil, fmt.Errorf("line %d: a cell spans columns or repeats (%q|): the reader reads one cell per column only", l.N, spec)
			}
		}
		if cur != nil {
			cur.text.WriteString("\n")
		}
		if firstLine < 0 {
			firstLine, firstLineCells = i, len(cells)
		}
	}
	ncols := firstLineCells
	// The last cols= wins, as in Asciidoctor: "4*" or "1a,3a,1a".
	if all := adocColsRe.FindAllStringSubmatch(attrs, -1); all != nil {
		m := all[len(all)-1]
		spec := m[1] + m[2]
		if n, rest, ok := strings.Cut(spec, "*"); ok && n != "" && !strings.Contains(rest, ",") {
			fmt.Sscanf(n, "%d", &ncols)
		} else if !strings.Contains(spec, "*") {
			ncols = len(strings.Split(spec, ","))
		}
	}
	if ncols < 2 {
		return nil, fmt.Errorf("line %d: the table's first line has %d cell(s): expected its header on one line (|Name |Description |Type)", line, ncols)
	}
	if len(cells) < ncols {
		return nil, fmt.Errorf("line %d: the table has %d cell(s), fewer than its %d columns: expected a header row", line, len(cells), ncols)
	}
	if extra := len(cells) % ncols; extra != 0 {
		// The renderer drops an incomplete last row; dropped text is an error.
		for _, c := range cells[len(cells)-extra:] {
			if strings.TrimSpace(c.text.String()) != "" {
				return nil, fmt.Errorf("line %d: the table has %d cells, not a multiple of its %d columns: the row at line %d is incomplete", line, len(cells), ncols, cells[len(cells)-extra].line)
			}
		}
		p.Notes = append(p.Notes, Repair{Line: max(line, cells[len(cells)-extra].line), What: fmt.Sprintf("dropped %d empty cell(s) after the table's last row (a trailing \"|\")", extra)})
		cells = cells[:len(cells)-extra]
	}
	header := strings.Contains(attrs, `options="header"`) || strings.Contains(attrs, "%header") || blankAfterFirst
	if !header {
		// Not a header to the renderer, but one to the reader if every
		// cell names a column: said in Notes.
		for _, c := range cells[:ncols] {
			if len(headerCells(c.text.String())) != 1 && !knownColumn(c.text.String()) {
				return nil, fmt.Errorf("line %d: the table has no header row: expected [options=\"header\"], a blank line after the first row, or a first row of column names", line)
			}
		}
		p.Notes = append(p.Notes, Repair{Line: cells[0].line, What: "the table's first row names its columns but is not marked as its header ([options=\"header\"] or a blank line after it): it renders as a row"})
	}
	t := &table{Line: line}
	for _, c := range cells[:ncols] {
		t.Header = append(t.Header, strings.ToLower(strings.Join(strings.Fields(c.text.String()), " ")))
	}
	for k := ncols; k < len(cells); k += ncols {
		var row []cell
		for _, c := range cells[k : k+ncols] {
			n := c.line
			if n == 0 {
				n = line
			}
			row = append(row, cell{Text: strings.TrimSpace(c.text.String()), Line: n})
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// knownColumn tells a column name of the Element tables that headerCells
// does not know.
func knownColumn(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "optional", "calculation", "member", "values":
		return true
	}
	return false
}

// adocMethod is the method a title names: "CreateVolume", or
// "ModifySnapMirrorEndpoint (unmanaged)"; "" when it names none.
func adocMethod(title string) string {
	name, rest, _ := strings.Cut(title, " ")
	if !methodName.MatchString(name) || rest != "" && !strings.HasPrefix(rest, "(") {
		return ""
	}
	return name
}

// lowerCamel writes words as a member name: "Cluster version info" →
// clusterVersionInfo.
func lowerCamel(s string) string {
	var b strings.Builder
	for i, w := range strings.Fields(s) {
		if i == 0 {
			b.WriteString(strings.ToLower(w[:1]) + w[1:])
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}
