package bench

import (
	"context"
	"io"

	"github.com/cucumber/godog"
)

// GodogFloor runs the features with godog alone: every step bound to one
// function that does nothing, the progress formatter, strict mode. What it
// costs per scenario is godog's share of a conform scenario (parsing,
// matching, reflection, the results it keeps for its formatters, output),
// which no change to conform's own code can remove.
func GodogFloor(ctx context.Context, paths []string, out io.Writer) int {
	return godog.TestSuite{
		Name: "godog-floor",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			// godog passes a step's doc string or table as one more
			// argument, and ignores arguments a function does not take.
			sc.Step(`^.*$`, func(context.Context) error { return nil })
		},
		Options: &godog.Options{Format: "progress", Paths: paths, Strict: true, NoColors: true, Output: out, DefaultContext: ctx},
	}.Run()
}
