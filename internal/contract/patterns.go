package contract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// badPatterns finds a schema "pattern" that Go's regexp (RE2) cannot compile.
// Both kin-openapi and gojsonschema would reject it too, but with the
// schema's name at most; this says the file, the line, the pointer and what
// to change. raw is the file as written, for the line.
func badPatterns(tree any, raw []byte, file string) error {
	return scanMaps(tree, "", func(m map[string]any, ptr string) error {
		p, ok := m["pattern"].(string)
		if !ok {
			return nil
		}
		if _, err := regexp.Compile(p); err != nil {
			where := file + "#" + ptr + "/pattern"
			if line := patternLine(raw, p); line > 0 {
				where = fmt.Sprintf("%s:%d (#%s/pattern)", file, line, ptr)
			}
			return fmt.Errorf("%s: the pattern %q does not compile in Go's regexp (RE2 syntax): %v; rewrite it without lookaround ((?=, (?!, (?<=, (?<!) and backreferences (\\1), which RE2 does not have", where, p, err)
		}
		return nil
	})
}

// patternLine is the 1-based line of the pattern in raw, however the file
// quotes it (YAML plain, single- or double-quoted, or JSON), or 0.
func patternLine(raw []byte, p string) int {
	quoted := strconv.Quote(p)
	forms := []string{p, strings.ReplaceAll(p, "'", "''"), quoted[1 : len(quoted)-1]}
	for i, line := range bytes.Split(raw, []byte("\n")) {
		if !bytes.Contains(line, []byte("pattern")) {
			continue
		}
		for _, f := range forms {
			if bytes.Contains(line, []byte(f)) {
				return i + 1
			}
		}
	}
	return 0
}
