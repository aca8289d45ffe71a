package page

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/example"
)

var repairLines = regexp.MustCompile(`lines ([0-9]+)-[0-9]+ of the example`)

var requestStart = regexp.MustCompile(`^\s*(GET|PUT|POST|DELETE|PATCH|HEAD)\s+\S+`)

// examplesIn finds the examples of a section: each request starts at its
// request line (REST) or first brace (JSON-RPC); each response follows its
// "Status code: N" line, or is the section's JSON.
func examplesIn(p *Page, ls []Line, response bool) []*Example {
	var out []*Example
	status := 0
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		t := strings.TrimSpace(l.Text)
		if strings.HasPrefix(t, "```") {
			continue
		}
		if m := statusLine.FindStringSubmatch(t); m != nil {
			status, _ = strconv.Atoi(m[1])
			continue
		}
		isRequestLine := !response && requestStart.MatchString(t)
		if !isRequestLine && !strings.HasPrefix(t, "{") && !strings.HasPrefix(t, "[") {
			continue
		}
		end := i + 1
		for end < len(ls) && !statusLine.MatchString(ls[end].Text) && !(!response && requestStart.MatchString(ls[end].Text)) {
			end++
		}
		ex, used := readExample(p, ls[i:end])
		if response {
			ex.Status = status
			if ex.Status == 0 {
				ex.Status = 200
			}
		}
		out = append(out, ex)
		i += used - 1
	}
	return out
}

// readExample reads one example from its first line: the request line, if
// any, and the JSON that follows, balanced. A missing closing brace is added
// and an extra one dropped, each recorded as a repair. It returns how many
// lines the example used.
func readExample(p *Page, ls []Line) (*Example, int) {
	var lines []string
	for _, l := range ls {
		if strings.HasPrefix(strings.TrimSpace(l.Text), "```") {
			break
		}
		lines = append(lines, l.Text)
	}
	text := strings.Join(lines, "\n")
	start := strings.IndexAny(text, "{[")
	if m := requestStart.FindStringIndex(text); m != nil {
		// A request line: its body, if any, starts after the URL.
		rest := text[m[1]:]
		if j := strings.IndexAny(rest, "{["); j >= 0 && strings.TrimSpace(rest[:j]) == "" {
			start = m[1] + j
		} else if strings.TrimSpace(firstLine(rest)) == "" || start < 0 {
			ex := &Example{Text: strings.TrimSpace(firstLine(text)), Line: ls[0].N}
			ex.Parsed, ex.Err = example.Parse(ex.Text)
			return ex, 1
		}
	}
	var stack []byte
	inString, escaped := false, false
	end := -1
	for i := start; i < len(text) && end < 0; i++ {
		c := text[i]
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '{':
			stack = append(stack, '}')
		case c == '[':
			stack = append(stack, ']')
		case c == '}' || c == ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if len(stack) == 0 {
				end = i + 1
			}
		}
	}
	lineAt := func(off int) int { return ls[0].N + strings.Count(text[:off], "\n") }
	body := text
	if end > 0 {
		body = text[:end]
		// Closing braces after the end are extra: drop them, say so.
		rest := text[end:]
		for j := 0; j < len(rest); j++ {
			switch rest[j] {
			case '}', ']':
				p.Repairs = append(p.Repairs, Repair{Line: lineAt(end + j), What: fmt.Sprintf("dropped an extra %q after the end of the example's JSON", rest[j])})
			case ' ', '\t', '\n':
			default:
				j = len(rest)
			}
		}
	} else if start >= 0 {
		body = strings.TrimRight(text, " \t\n")
		if !inString && len(stack) > 0 {
			var add strings.Builder
			for k := len(stack) - 1; k >= 0; k-- {
				add.WriteByte(stack[k])
			}
			p.Repairs = append(p.Repairs, Repair{Line: lineAt(len(body)), What: fmt.Sprintf("added the missing %q at the end of the example's JSON", add.String())})
			body += "\n" + add.String()
		}
	}
	body = trimTrailingProse(body)
	ex := &Example{Text: body, Line: ls[0].N}
	ex.Parsed, ex.Err = example.Parse(body)
	if ex.Parsed != nil {
		for _, r := range ex.Parsed.Repairs {
			line := ex.Line
			if m := repairLines.FindStringSubmatch(r); m != nil {
				n, _ := strconv.Atoi(m[1])
				line += n - 1
			}
			p.Repairs = append(p.Repairs, Repair{Line: line, What: r})
		}
	}
	used := strings.Count(text[:min(len(text), max(end, len(strings.TrimRight(text, " \t\n"))))], "\n") + 1
	if end > 0 {
		used = strings.Count(text[:end], "\n") + 1
	}
	return ex, used
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// trimTrailingProse drops blank lines at the end.
func trimTrailingProse(s string) string { return strings.TrimRight(s, " \t\n") }
