package scenario

import (
	"context"
	"fmt"
	"io"
	"log"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/target"
)

// DefaultDeadline bounds a whole run when Config.Deadline is 0: long enough
// for every scenario against a slow real target, short enough that a CI job
// ends with a verdict rather than its runner's kill.
const DefaultDeadline = 30 * time.Minute

// runDeadline is the cause a run's context carries when its deadline passes:
// what every request and scenario cut short by it says.
type runDeadline struct{ d time.Duration }

func (e runDeadline) Error() string {
	return fmt.Sprintf("the whole run's deadline of %s passed (raise it with --deadline or CONFORM_DEADLINE)", e.d)
}

// withDeadline bounds the run's context by cfg.Deadline (DefaultDeadline
// when 0).
func withDeadline(ctx context.Context, cfg target.Config) (context.Context, context.CancelFunc) {
	d := cfg.Deadline
	if d <= 0 {
		d = DefaultDeadline
	}
	return context.WithTimeoutCause(ctx, d, runDeadline{d: d})
}

// notStarted fails a scenario that would start after the run's deadline, at
// once and saying why, instead of letting each of its requests time out.
func notStarted(ctx context.Context) error {
	if ctx.Err() == nil {
		return nil
	}
	return fmt.Errorf("not run: %w", context.Cause(ctx))
}

// routeStdLog sends what net/http can only log (the bytes of an answer no
// request asked for, after a 204 with a body) through the redactor to w for
// the run, so that no secret in them reaches the output; it returns the
// function that restores the standard logger.
func routeStdLog(w io.Writer, red *exchange.Redactor) func() {
	out, flags, prefix := log.Writer(), log.Flags(), log.Prefix()
	log.SetOutput(redactingWriter{w: w, red: red})
	log.SetFlags(0)
	log.SetPrefix("conform: the HTTP client says: ")
	return func() {
		log.SetOutput(out)
		log.SetFlags(flags)
		log.SetPrefix(prefix)
	}
}
