// Package example reads a documented example exactly as a vendor page
// publishes it (a request line and a JSON body, or JSON alone), repairs what
// text extraction breaks, and says what it repaired: a repair is a finding
// about the documentation, never a silent fix.
package example

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"
)

// Example is a documented request or response.
type Example struct {
	Method  string // "POST" when the example has a request line
	URL     string // as documented, placeholders and all
	Body    []byte // the JSON body, repaired; nil when there is none
	Value   any    // Body decoded, numbers as json.Number
	Repairs []string
}

var requestLine = regexp.MustCompile(`^\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)\s*`)

// Parse reads an example. It fails only when the JSON cannot be read even
// after repair; the error says where.
func Parse(text string) (*Example, error) {
	ex := &Example{}
	rest := text
	if m := requestLine.FindStringSubmatch(text); m != nil {
		ex.Method, ex.URL = m[1], m[2]
		rest = text[len(m[0]):]
	}
	if strings.TrimSpace(rest) == "" {
		return ex, nil
	}
	body, repairs := repairStrings([]byte(rest))
	ex.Repairs = append(ex.Repairs, repairs...)
	v, err := decode(body)
	if err != nil {
		return nil, fmt.Errorf("the documented JSON cannot be read%s: %w", repairedNote(repairs), jsonvalue.DescribeError(body, err))
	}
	ex.Body = bytes.TrimSpace(body)
	ex.Value = v
	return ex, nil
}

func repairedNote(r []string) string {
	if len(r) == 0 {
		return ""
	}
	return " even after repair (" + strings.Join(r, "; ") + ")"
}

func decode(b []byte) (any, error) { return jsonvalue.Decode(b) }

// repairStrings joins JSON strings that text extraction broke across lines:
// a raw line break (and the indentation around it) inside a string literal is
// not JSON, and on vendor pages it is always a wrapped long value.
func repairStrings(b []byte) ([]byte, []string) {
	var out bytes.Buffer
	out.Grow(len(b))
	var repairs []string
	inString, escaped := false, false
	lastKey, current := "", ""
	var strStart, breaks int
	var lit bytes.Buffer
	line := 1
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\n' {
			line++
		}
		if !inString {
			if c == '"' {
				inString, breaks, strStart = true, 0, line
				lit.Reset()
				current = ""
				// A string right after "key": is that key's value.
				prev := bytes.TrimRight(out.Bytes(), " \t\r\n")
				if len(prev) > 0 && prev[len(prev)-1] == ':' {
					current = lastKey
				}
			}
			out.WriteByte(c)
			continue
		}
		switch {
		case escaped:
			escaped = false
		case c == '\\':
			escaped = true
		case c == '"':
			inString = false
			if breaks > 0 {
				what := "a string"
				if current != "" {
					what = fmt.Sprintf("the value of %q", current)
				}
				repairs = append(repairs, fmt.Sprintf("joined %s, broken across %d lines (lines %d-%d of the example)", what, breaks+1, strStart, line))
			} else if current == "" {
				lastKey = lit.String()
			}
			out.WriteByte(c)
			continue
		case c == '\r' || c == '\n':
			// Drop the break and the indentation on both sides of it.
			trimmed := bytes.TrimRight(out.Bytes(), " \t")
			out.Truncate(len(trimmed))
			for i+1 < len(b) && (b[i+1] == ' ' || b[i+1] == '\t' || b[i+1] == '\r' || b[i+1] == '\n') {
				if b[i+1] == '\n' {
					line++
				}
				i++
			}
			if c == '\n' || (i < len(b) && b[i] == '\n') {
				breaks++
			}
			continue
		}
		lit.WriteByte(c)
		out.WriteByte(c)
	}
	return out.Bytes(), repairs
}
