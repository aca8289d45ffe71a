package conform

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
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
// the suite is configured from CONFORM_* variables (godogConfig). It is built once per
// process and shared read-only by the scenarios.
var godogSuite = sync.OnceValues(func() (*scenario.Suite, error) {
	cfg, err := godogConfig(os.Args[1:])
	if err != nil {
		return nil, err
	}
	if cfg.Provider, err = reference.NewProvider(reference.Options{}); err != nil {
		return nil, err
	}
	return scenario.NewSuite(context.Background(), cfg)
})

// godogConfig is the configuration under godog's own CLI: the CONFORM_*
// variables, as go test reads them. godog has chosen the scenarios and its
// formatters before conform's code runs, so the variables that would
// change those are refused, saying what to use, rather than silently
// ignored; godog's own --strict is conform's --strict too (warnings fail),
// as a user of either CLI means by it.
func godogConfig(args []string) (target.Config, error) {
	cfg, err := target.FromEnv(".")
	if err != nil {
		return cfg, err
	}
	switch {
	case cfg.Tags != "":
		return cfg, target.Usagef("CONFORM_TAGS=%q: godog run chooses the scenarios itself and cannot apply it: unset it and give godog's own --tags (in godog's syntax, e.g. --tags '@element && ~@slow'), or use conform run or go test, which read CONFORM_TAGS", cfg.Tags)
	case cfg.Shard != "":
		return cfg, target.Usagef("CONFORM_SHARD=%q: godog run cannot run a shard: use conform run --shard %s, or go test with CONFORM_SHARD=%s", cfg.Shard, cfg.Shard, cfg.Shard)
	case cfg.Format != "":
		return cfg, target.Usagef("CONFORM_FORMAT=%q: godog run writes godog's own formats only: unset it and give godog's --format (pretty, progress, junit:FILE, cucumber:FILE), or use conform run or go test, which read CONFORM_FORMAT (html:FILE and json:FILE too)", cfg.Format)
	}
	cfg.Strict = cfg.Strict || godogStrict(args)
	return cfg, nil
}

// godogStrict tells whether godog's arguments turn on --strict, in any of
// the forms its flag parser accepts.
func godogStrict(args []string) bool {
	strict := false
	for _, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(a, "=")
		if name != "--strict" {
			continue
		}
		if !hasValue {
			strict = true
			continue
		}
		if b, err := strconv.ParseBool(value); err == nil {
			strict = b
		}
	}
	return strict
}

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

// Under godog's own CLI the CONFORM_* variables it cannot apply are refused,
// saying what to use, and its --strict is conform's.
func TestGodogCLIConfig(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		wantStrict bool
		wantErr    string
	}{
		{name: "nothing set", args: []string{"features/"}},
		{name: "--strict", args: []string{"--strict", "features/"}, wantStrict: true},
		{name: "--strict=true", args: []string{"--strict=true"}, wantStrict: true},
		{name: "--strict=false", args: []string{"--strict=false"}},
		{name: "CONFORM_STRICT", env: map[string]string{"CONFORM_STRICT": "1"}, wantStrict: true},
		{name: "--strict after --", args: []string{"--", "--strict"}},
		{name: "CONFORM_TAGS", env: map[string]string{"CONFORM_TAGS": "@element"}, wantErr: `CONFORM_TAGS="@element": godog run chooses the scenarios itself and cannot apply it: unset it and give godog's own --tags`},
		{name: "CONFORM_SHARD", env: map[string]string{"CONFORM_SHARD": "1/2"}, wantErr: `CONFORM_SHARD="1/2": godog run cannot run a shard: use conform run --shard 1/2, or go test with CONFORM_SHARD=1/2`},
		{name: "CONFORM_FORMAT", env: map[string]string{"CONFORM_FORMAT": "junit:x.xml"}, wantErr: `CONFORM_FORMAT="junit:x.xml": godog run writes godog's own formats only: unset it and give godog's --format`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"CONFORM_STRICT", "CONFORM_TAGS", "CONFORM_SHARD", "CONFORM_FORMAT"} {
				t.Setenv(k, tt.env[k])
			}
			cfg, err := godogConfig(tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !target.IsUsage(err) {
					t.Fatalf("error = %v, want a usage error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Strict != tt.wantStrict {
				t.Errorf("strict = %v, want %v", cfg.Strict, tt.wantStrict)
			}
		})
	}
}
