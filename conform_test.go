package conform

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/scenario"
	"github.com/conform-dev/conform/internal/target"
)

// TestFeatures runs every scenario under go test, one subtest each, against
// the embedded reference target (where it implements the API) or the targets CONFORM_<API>_URL names
// (with the same CONFORM_* credentials the conform CLI reads).
func TestFeatures(t *testing.T) {
	cfg, err := target.FromEnv(".")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Provider, err = reference.NewProvider(reference.Options{}); err != nil {
		t.Fatal(err)
	}
	if cfg.Format == "" {
		cfg.Format = "progress"
	}
	cfg.NoColors = true
	if code := scenario.Run(context.Background(), cfg, func(o *godog.Options) { o.TestingT = t }); code != 0 {
		t.Fatalf("conform run: exit code %d", code)
	}
}

// The godog CLI (`godog run --strict`) builds this package's tests and calls
// the two exported initializers below; it cannot take conform's flags, so
// the suite is configured from CONFORM_* variables. It is built once per
// process and shared read-only by the scenarios.
var godogSuite = sync.OnceValues(func() (*scenario.Suite, error) {
	cfg, err := target.FromEnv(".")
	if err != nil {
		return nil, err
	}
	if cfg.Provider, err = reference.NewProvider(reference.Options{}); err != nil {
		return nil, err
	}
	return scenario.NewSuite(context.Background(), cfg)
})

// InitializeTestSuite is godog's suite hook: it stops the run with exit code
// 2 when the configuration is wrong, and prints the warnings at the end.
func InitializeTestSuite(ts *godog.TestSuiteContext) {
	ts.BeforeSuite(func() {
		if _, err := godogSuite(); err != nil {
			fmt.Fprintf(os.Stderr, "conform: %v\n", err)
			os.Exit(2)
		}
	})
	ts.AfterSuite(func() {
		if s, err := godogSuite(); err == nil {
			s.WriteWarnings(os.Stdout)
			s.Close()
		}
	})
}

// InitializeScenario registers conform's steps and hooks for one scenario.
func InitializeScenario(sc *godog.ScenarioContext) {
	s, err := godogSuite()
	if err != nil {
		fmt.Fprintf(os.Stderr, "conform: %v\n", err)
		os.Exit(2)
	}
	s.InitializeScenario(sc)
}
