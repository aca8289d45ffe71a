package scenario

import (
	"context"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/checks"
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

// retryFinding reports an answer that took more than one attempt: the run
// passes, but a target that needs retries is worth knowing about.
func retryFinding(resp *exchange.Response) checks.Findings {
	if resp == nil || resp.Attempts <= 1 {
		return nil
	}
	return checks.Findings{{Check: checks.IDRetry, Part: "exchange", Rule: "an answer at the first attempt",
		Expected: "one attempt", Actual: fmt.Sprintf("%d attempts (earlier: %s)", resp.Attempts, strings.Join(resp.Retried, ", ")),
		Level: checks.Warning, Note: "conform retried because of --retries"}}
}

// bodyProblemFindings turns what is wrong with a body that is still JSON
// into findings: each fails the scenario.
func bodyProblemFindings(ps []exchange.BodyProblem) checks.Findings {
	var fs checks.Findings
	for _, p := range ps {
		fs = append(fs, checks.Finding{Check: checks.IDJSON, Pointer: p.Pointer, Rule: p.Rule, Actual: p.Actual, Note: p.Note})
	}
	return fs
}

// withBodyError says why a body is not JSON in conform's own words, which
// name the line, the column and the cause (a byte-order mark, invalid UTF-8,
// the nesting limit), in place of the OpenAPI library's bare decoder error;
// and adds the finding when that library accepted a body that claims to be
// JSON (it replaces invalid UTF-8 silently).
func withBodyError(fs checks.Findings, c *call) checks.Findings {
	if c.bodyErr == nil && len(c.resp.Body) > 0 {
		return fs
	}
	ours := bodyNotJSON(c)
	for i := range fs {
		if fs[i].Rule == ours.Rule {
			fs[i].Actual = ours.Actual
			return fs
		}
	}
	if c.bodyErr == nil || !strings.Contains(c.resp.ContentType(), "json") {
		return fs // an empty body, or one that does not claim to be JSON
	}
	return append(fs, ours)
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
