package scenario

import (
	"bytes"
	"log"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/exchange"
)

// What net/http can only log (the bytes of an answer no request asked for)
// goes, during a run, to the run's error output, masked and marked as the
// HTTP client's; afterwards the standard logger is as it was.
func TestStdLogIsRoutedAndMasked(t *testing.T) {
	red := exchange.NewRedactor()
	red.Add("tok-PLANTED-77aa")
	var run, before bytes.Buffer
	orig := log.Writer()
	log.SetOutput(&before)
	defer log.SetOutput(orig)
	restore := routeStdLog(&run, red)
	log.Printf("Unsolicited response received on idle HTTP channel starting with %q", `{"token":"tok-PLANTED-77aa"}`)
	restore()
	log.Print("after the run")
	if got := run.String(); !strings.HasPrefix(got, "conform: the HTTP client says: Unsolicited response") || strings.Contains(got, "tok-PLANTED-77aa") || !strings.Contains(got, "***") {
		t.Errorf("the run's output got %q: want the line with its prefix and the token masked", got)
	}
	if !strings.Contains(before.String(), "after the run") || strings.Contains(run.String(), "after the run") {
		t.Errorf("after the run the standard logger wrote %q to the run and %q to its own output", run.String(), before.String())
	}
}
