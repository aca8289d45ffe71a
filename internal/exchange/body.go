package exchange

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conform-dev/conform/internal/jsonvalue"
)

// MaxDepth is how deeply a JSON body may nest: encoding/json's own limit,
// far beyond any API's answer, and a bound on the work a body can cause.
const MaxDepth = 10000

// BodyProblem is something wrong with a body that is still JSON: what a
// lenient parser would silently paper over.
type BodyProblem struct {
	Pointer string // RFC 6901 pointer of the value
	Rule    string // "unique member names", "integer within int64"
	Actual  string // what the body has
	Note    string // why it matters
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// DecodeJSON decodes a response body strictly: numbers as json.Number, and
// an error that says where and why for what is not JSON (a byte-order mark,
// invalid UTF-8, a syntax error, nesting deeper than MaxDepth, text after
// the value). For a body that is JSON it also returns the problems a lenient
// parser hides: a member name given twice (parsers disagree on which value
// wins) and an integer that does not fit in 64 bits.
func DecodeJSON(b []byte) (any, []BodyProblem, error) {
	if bytes.HasPrefix(b, bom) {
		return nil, nil, errors.New("the body starts with a byte-order mark (EF BB BF), which JSON does not allow (RFC 8259 §8.1)")
	}
	if !utf8.Valid(b) {
		off := firstInvalidUTF8(b)
		line, col := jsonvalue.LineCol(b, off)
		return nil, nil, fmt.Errorf("line %d, column %d: invalid UTF-8 (byte %#02x at offset %d); JSON text must be UTF-8 (RFC 8259 §8.1)", line, col, b[off], off)
	}
	v, err := jsonvalue.Decode(b)
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) && strings.Contains(se.Error(), "exceeded max depth") {
			line, col := jsonvalue.LineCol(b, int(se.Offset))
			return nil, nil, fmt.Errorf("line %d, column %d: nested more than %d levels deep", line, col, MaxDepth)
		}
		return nil, nil, jsonvalue.DescribeError(b, err)
	}
	if !mayHaveProblems(b, v) {
		return v, nil, nil
	}
	problems, err := scanProblems(b)
	if err != nil {
		// Decode accepted what the token scanner rejects: report it rather
		// than trust either.
		return nil, nil, jsonvalue.DescribeError(b, err)
	}
	return v, problems, nil
}

// mayHaveProblems is a fast test, without allocating, for what scanProblems
// looks for in a body that decoded. Every ':' outside a string of valid JSON
// separates a member's name from its value, so the decoded objects have as
// many members as the text has colons unless a name repeats; and an integer
// beyond int64 is in the decoded value. Only a body that fails it is scanned
// token by token, which costs several times the decoding.
func mayHaveProblems(b []byte, v any) bool {
	colons, inString := 0, false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case !inString && c == ':':
			colons++
		}
	}
	members, big := countMembers(v, 0)
	return big || members != colons
}

func countMembers(v any, depth int) (members int, big bool) {
	if depth > MaxDepth {
		return 0, true
	}
	switch t := v.(type) {
	case map[string]any:
		members = len(t)
		for _, x := range t {
			n, b := countMembers(x, depth+1)
			members, big = members+n, big || b
		}
	case []any:
		for _, x := range t {
			n, b := countMembers(x, depth+1)
			members, big = members+n, big || b
		}
	case json.Number:
		if s := string(t); !strings.ContainsAny(s, ".eE") {
			if _, err := strconv.ParseInt(s, 10, 64); err != nil {
				big = true
			}
		}
	}
	return members, big
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// frame is one open object or array while scanning tokens.
type frame struct {
	pointer string
	object  bool
	index   int             // arrays: the next element's index
	key     string          // objects: the member whose value comes next
	wantKey bool            // objects: the next token is a member name
	seen    map[string]bool // objects: the member names so far
}

// scanProblems walks b (already known to be valid JSON within MaxDepth)
// token by token, without building a value, for duplicate member names and
// integers beyond int64.
func scanProblems(b []byte) ([]BodyProblem, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var stack []*frame
	var out []BodyProblem
	// here is the pointer of the value the next token starts.
	here := func() string {
		if len(stack) == 0 {
			return ""
		}
		f := stack[len(stack)-1]
		if f.object {
			return jsonvalue.JoinPointer(f.pointer, f.key)
		}
		return jsonvalue.JoinPointer(f.pointer, strconv.Itoa(f.index))
	}
	// done advances the parent past a value just finished.
	done := func() {
		if len(stack) == 0 {
			return
		}
		f := stack[len(stack)-1]
		if f.object {
			f.wantKey = true
		} else {
			f.index++
		}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].wantKey {
			f := stack[n-1]
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:n-1]
				done()
				continue
			}
			key, _ := tok.(string)
			if f.seen[key] {
				out = append(out, BodyProblem{Pointer: jsonvalue.JoinPointer(f.pointer, key), Rule: "unique member names",
					Actual: fmt.Sprintf("the member %q more than once", key),
					Note:   "RFC 8259 §4: names SHOULD be unique; parsers disagree on which value wins"})
			}
			f.seen[key], f.key, f.wantKey = true, key, false
			continue
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, &frame{pointer: here(), object: true, wantKey: true, seen: map[string]bool{}})
			case '[':
				stack = append(stack, &frame{pointer: here()})
			default: // ']': '}' is handled where a key is wanted
				stack = stack[:len(stack)-1]
				done()
			}
		case json.Number:
			if s := string(t); !strings.ContainsAny(s, ".eE") {
				if _, err := strconv.ParseInt(s, 10, 64); err != nil {
					out = append(out, BodyProblem{Pointer: here(), Rule: "integer within int64",
						Actual: s, Note: "an integer beyond 64 bits is lost or rounded by most clients (RFC 8259 §6)"})
				}
			}
			done()
		default:
			done()
		}
	}
}
