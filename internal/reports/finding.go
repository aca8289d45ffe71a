package reports

import (
	"fmt"
	"strings"

	"github.com/conform-dev/conform/internal/checks"
)

// ViolationsText is the message of a step that findings failed, one
// finding a line.
func ViolationsText(fs []checks.Finding) string {
	var b strings.Builder
	if len(fs) == 1 {
		b.WriteString("1 violation:")
	} else {
		fmt.Fprintf(&b, "%d violations:", len(fs))
	}
	for _, f := range fs {
		b.WriteString("\n  - " + f.String())
	}
	return b.String()
}
