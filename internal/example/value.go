package example

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/jsonvalue"
)

var stringOfN = regexp.MustCompile(`^a string of (\d+) characters?$`)

// maxValueLength bounds "a string of N characters", so a typo cannot make a
// scenario allocate gigabytes.
const maxValueLength = 1 << 20

// ParseValue reads a value as scenarios write it: JSON, or "a string of N
// characters" for a long string nobody wants to read in a table.
func ParseValue(text string) (any, error) {
	if m := stringOfN.FindStringSubmatch(text); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil || n > maxValueLength {
			return nil, fmt.Errorf("%q: want at most %d characters", text, maxValueLength)
		}
		return strings.Repeat("a", n), nil
	}
	v, err := jsonvalue.Decode([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("%q is neither JSON nor \"a string of N characters\": %v", text, err)
	}
	return v, nil
}
