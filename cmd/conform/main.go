// Command conform checks that a live API still behaves as its vendor's
// reference pages document: it runs Gherkin scenarios built from the
// documented examples against a target and checks every answer against the
// OpenAPI and JSON Schema contracts. This package is only wiring; the work is
// in internal/.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/gcpolicy"
)

// exitError carries an exit code out of a command without printing twice.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func main() {
	// The collector's policy for a run (internal/gcpolicy): fewer
	// collections while the live heap is small, never more memory than Go's
	// default beyond 40 MiB. GOGC or GOMEMLIMIT in the environment win.
	gcpolicy.Apply(os.Getenv)
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

// execute runs the CLI and returns the exit code: 0 success, 1 a scenario
// failed, 2 a usage or configuration error.
func execute(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		// Run and serve report their own failures as exit codes; what
		// reaches here is a usage error: ours, or cobra's (unknown flag).
		fmt.Fprintf(stderr, "conform: %v\n", err)
		return 2
	}
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "conform",
		Short:         "Check a live API against its vendor's documentation",
		Long:          "conform runs the documented examples of each API (features/) against a target and checks every answer against the contracts (openapi/, schemas/).",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newRunCmd(stdout, stderr), newServeCmd(stdout), newGenCmd(stdout), newReportCmd(stdout))
	root.AddCommand(newLintCmd(stdout), newImportCmd(stdout), newStepsCmd(stdout))
	return root
}

// version is the module version conform was built as (go install
// …@v1.2.0), else "devel" with the commit when the build recorded one.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if len(rev) >= 12 {
		return "devel (" + rev[:12] + dirty + ")"
	}
	return "devel"
}
