package page

import (
	"regexp"
	"strings"
)

// table is a parameter table as read: its header and rows of cells.
type table struct {
	Line    int
	Header  []string // lower case: "parameter", "mandatory", "type", "description"
	Rows    [][]cell
	Caption string // the line just before the table, when it names an object
}

type cell struct {
	Text string
	Line int
}

// col returns the row's cell under the first header phrase that matches.
func (t *table) col(row []cell, names ...string) cell {
	for _, n := range names {
		for i, h := range t.Header {
			if h == n && i < len(row) {
				return row[i]
			}
		}
	}
	return cell{}
}

// headerPhrases are the column names of both formats' tables, longest first
// so that "default value" wins over "default".
var headerPhrases = []string{"parameter name", "default value", "status code", "error code", "error message", "parameter", "mandatory", "required", "description", "default", "name", "type", "value"}

// headerCells reads s as header phrases only: "Parameter Mandatory Type
// Description" (joined by extraction) gives four; anything else gives nil.
func headerCells(s string) []string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	var out []string
	for s != "" {
		found := false
		for _, h := range headerPhrases {
			if s == h || strings.HasPrefix(s, h+" ") {
				out = append(out, h)
				s = strings.TrimSpace(s[len(h):])
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return out
}

// column classes: the name column goes by three names.
func columnClass(h string) string {
	switch h {
	case "parameter", "name", "parameter name":
		return "name"
	}
	return h
}

// addsColumn tells whether a phrase is a column the header does not have
// yet: a second name column is a row's "name" member, not a header.
func addsColumn(header []string, h string) bool {
	for _, x := range header {
		if columnClass(x) == columnClass(h) {
			return false
		}
	}
	return true
}

var separatorCell = regexp.MustCompile(`^:?-{3,}:?$`)

// readTable reads a table whose header starts at ls[0], if one does. It
// returns the table and how many lines it used (0 when ls[0] starts none).
// Three layouts are read: cells ended by |, cells split by tabs, and cells
// one per line with no separator at all.
func readTable(ls []Line) (*table, int) {
	if len(ls) == 0 {
		return nil, 0
	}
	first := ls[0].Text
	switch {
	case strings.Contains(first, "|"):
		return readPipeTable(ls)
	case strings.Contains(first, "\t"):
		return readTabTable(ls)
	default:
		return readLineTable(ls)
	}
}

// readPipeTable reads cells ended by "|": one per line, a row per line, or
// anything between; a Markdown table's leading "|" is dropped. A line with no
// "|" continues the open cell, or ends the table at a row boundary.
func readPipeTable(ls []Line) (*table, int) {
	leading := strings.HasPrefix(strings.TrimSpace(ls[0].Text), "|")
	t := &table{Line: ls[0].N}
	var cells []cell
	var cur strings.Builder
	curLine, ncols := 0, 0
	headerDone := func() bool { return ncols > 0 }
	valid := true
	emit := func() {
		txt := strings.TrimSpace(cur.String())
		cur.Reset()
		line := curLine
		curLine = 0
		if separatorCell.MatchString(txt) {
			if !headerDone() && len(t.Header) >= 2 {
				ncols = len(t.Header)
			}
			return
		}
		if !headerDone() {
			if h := headerCells(txt); len(h) == 1 && addsColumn(t.Header, h[0]) {
				t.Header = append(t.Header, h[0])
				return
			}
			if len(t.Header) < 2 {
				valid = false
				return
			}
			ncols = len(t.Header) // a header with no separator row
		}
		cells = append(cells, cell{Text: txt, Line: line})
	}
	add := func(s string, n int) {
		if cur.Len() == 0 {
			if strings.TrimSpace(s) == "" {
				return
			}
			curLine = n
		}
		cur.WriteString(s)
	}
	i := 0
	for ; i < len(ls) && valid; i++ {
		l := ls[i]
		text := l.Text
		if leading {
			text = strings.TrimPrefix(strings.TrimSpace(text), "|")
		}
		atBoundary := cur.Len() == 0 && headerDone() && len(cells)%ncols == 0
		if atBoundary && i > 0 && startsHeader(ls[i:]) {
			break // the next table's header
		}
		if !strings.Contains(text, "|") {
			if atBoundary && strings.TrimSpace(text) == "" {
				continue
			}
			if atBoundary || (cur.Len() == 0 && !headerDone() && len(t.Header) >= 2) {
				break
			}
			add(text+"\n", l.N)
			continue
		}
		parts := strings.Split(text, "|")
		for j, part := range parts {
			if j < len(parts)-1 {
				add(part, l.N)
				if curLine == 0 {
					curLine = l.N
				}
				emit()
				continue
			}
			if strings.TrimSpace(part) == "" || (cur.Len() == 0 && separatorCell.MatchString(strings.TrimSpace(part))) {
				continue
			}
			add(part, l.N)
			// A row written on one line without its closing "|": the
			// line's end closes its last cell (always, in the header).
			if len(parts) > 1 && (!headerDone() || (len(cells)+1)%ncols == 0 && !continues(ls[i+1:])) {
				emit()
			} else {
				cur.WriteString("\n")
			}
		}
	}
	if cur.Len() > 0 && valid {
		emit()
	}
	if !valid || len(t.Header) < 2 {
		return nil, 0
	}
	ncols = len(t.Header)
	for k := 0; k < len(cells); k += ncols {
		t.Rows = append(t.Rows, cells[k:min(k+ncols, len(cells))])
	}
	return t, i
}

// continues tells whether the lines after a row written on one line, whose
// last cell has no closing "|", go on with that cell: lines without "|"
// (a list of enumeration values) and then one that ends with the cell's "|".
func continues(ls []Line) bool {
	for k, l := range ls {
		t := strings.TrimSpace(l.Text)
		switch {
		case t == "" || isSectionHeading(t) || startsHeader(ls[k:]):
			return false
		case strings.Contains(t, "|"):
			return k > 0 && strings.Count(t, "|") == 1 && strings.HasSuffix(t, "|")
		case k >= 16:
			return false
		}
	}
	return false
}

// startsHeader tells whether a table header starts at ls[0]: its first two
// cells, in whatever layout, are column names.
func startsHeader(ls []Line) bool {
	var cells []string
	for _, l := range ls {
		if len(cells) >= 2 || len(cells) == 0 && strings.TrimSpace(l.Text) == "" && l != ls[0] {
			break
		}
		t := strings.TrimSpace(l.Text)
		if t == "" {
			continue
		}
		switch {
		case strings.Contains(t, "|"):
			for _, c := range strings.Split(strings.TrimPrefix(t, "|"), "|") {
				if strings.TrimSpace(c) != "" {
					cells = append(cells, strings.TrimSpace(c))
				}
			}
		case strings.Contains(t, "\t"):
			cells = append(cells, splitTabs(t)...)
		default:
			if h := headerCells(t); len(h) >= 2 {
				return true
			}
			cells = append(cells, t)
		}
	}
	if len(cells) < 2 {
		return false
	}
	return len(headerCells(cells[0])) == 1 && len(headerCells(cells[1])) == 1
}

// readTabTable reads a header and rows split by tabs, one row per line; a
// line without a tab continues the previous row's last cell.
func readTabTable(ls []Line) (*table, int) {
	h := splitTabs(ls[0].Text)
	t := &table{Line: ls[0].N}
	for _, c := range h {
		hc := headerCells(c)
		if len(hc) != 1 {
			return nil, 0
		}
		t.Header = append(t.Header, hc[0])
	}
	if len(t.Header) < 2 {
		return nil, 0
	}
	i := 1
	for ; i < len(ls); i++ {
		l := ls[i]
		if strings.TrimSpace(l.Text) == "" || mdHeading(l.Text) != "" {
			break
		}
		fields := splitTabs(l.Text)
		if len(fields) == 1 && len(t.Rows) > 0 && !strings.Contains(l.Text, "\t") {
			last := t.Rows[len(t.Rows)-1]
			last[len(last)-1].Text += " " + strings.TrimSpace(fields[0])
			continue
		}
		if len(fields) < 2 {
			break
		}
		row := make([]cell, 0, len(fields))
		for _, f := range fields {
			row = append(row, cell{Text: strings.TrimSpace(f), Line: l.N})
		}
		t.Rows = append(t.Rows, row)
	}
	return t, i
}

func splitTabs(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "\t") {
		if strings.TrimSpace(f) != "" {
			out = append(out, f)
		}
	}
	return out
}

var identifier = regexp.MustCompile(`^(?:[A-Za-z_][A-Za-z0-9_.\-\[\]]*|[0-9]{3})$`)

// readLineTable reads a table with no separators: the header's phrases on
// one line or one per line, then cells one per line. A description may run
// over several lines; a row starts at a name followed by a cell that fits the
// second column (Yes/No, or a type).
func readLineTable(ls []Line) (*table, int) {
	t := &table{Line: ls[0].N}
	i := 0
	for ; i < len(ls); i++ {
		hc := headerCells(ls[i].Text)
		if len(hc) == 0 || !addsColumn(t.Header, hc[0]) {
			break
		}
		t.Header = append(t.Header, hc...)
	}
	if len(t.Header) < 2 {
		return nil, 0
	}
	second := t.Header[1]
	rowStart := func(k int) bool {
		if k+1 >= len(ls) || !identifier.MatchString(strings.TrimSpace(ls[k].Text)) {
			return false
		}
		return fitsColumn(second, strings.TrimSpace(ls[k+1].Text))
	}
	for i < len(ls) {
		if strings.TrimSpace(ls[i].Text) == "" {
			i++
			continue
		}
		if !rowStart(i) {
			break
		}
		row := []cell{}
		for c := 0; c < len(t.Header) && i < len(ls); c++ {
			row = append(row, cell{Text: strings.TrimSpace(ls[i].Text), Line: ls[i].N})
			i++
		}
		// The last column runs on until the next row or the end of the table.
		for i < len(ls) && strings.TrimSpace(ls[i].Text) != "" && !rowStart(i) && !isSectionHeading(ls[i].Text) && headerCells(ls[i].Text) == nil {
			row[len(row)-1].Text += " " + strings.TrimSpace(ls[i].Text)
			i++
		}
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		return nil, 0
	}
	return t, i
}

func fitsColumn(col, v string) bool {
	switch col {
	case "mandatory", "required":
		switch strings.ToLower(v) {
		case "yes", "no", "true", "false", "optional", "required", "mandatory":
			return true
		}
		return false
	case "type":
		k, _, _ := typeOf(v)
		return k != ""
	}
	return true
}
