package reports

import (
	"fmt"
	"io"
	"strings"
)

// HeldBackPrefix starts the skip reason of a scenario that was not sent
// because it would change a target that is not the embedded reference, and
// the user did not allow that (--allow mutating or destructive).
const HeldBackPrefix = "held back: "

// writeHeldBack says how many scenarios were held back to keep a real
// system unchanged, which operations, and how to allow them.
func writeHeldBack(w io.Writer, r *Run, t Counts) {
	if t.HeldBack == 0 {
		return
	}
	count := map[string]int{}
	var order []string
	for _, s := range r.Scenarios() {
		if s.Status != Skipped || !strings.HasPrefix(s.SkipReason, HeldBackPrefix) {
			continue
		}
		why := strings.TrimPrefix(s.SkipReason, HeldBackPrefix)
		if count[why] == 0 {
			order = append(order, why)
		}
		count[why]++
	}
	fmt.Fprintf(w, "held back: %d of the skipped scenarios would change a real target, which conform does not do unasked\n", t.HeldBack)
	for _, why := range order {
		fmt.Fprintf(w, "  - %d: %s\n", count[why], why)
	}
}
