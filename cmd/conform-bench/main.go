// Command conform-bench runs the measurements behind `make bench` and prints
// one table (see docs/benchmarks.md). scripts/bench builds it, installs the
// peer tools into a temporary folder and calls `conform-bench report`;
// `conform-bench bare` is the floor: a bare net/http loop, run as its own
// process so that its CPU time and memory are measured like conform's;
// `conform-bench godog FEATURES` is godog alone, with steps that do nothing.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/bench"
	"github.com/conform-dev/conform/internal/gcpolicy"
	"github.com/conform-dev/conform/internal/reference"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: conform-bench report|bare|godog [flags] (see scripts/bench)")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	switch os.Args[1] {
	case "report":
		err = report(ctx, os.Args[2:])
	case "bare":
		// The baselines run under the collector policy conform runs under
		// (internal/gcpolicy), so that the comparison is of the work done,
		// not of two garbage collector settings.
		gcpolicy.Apply(os.Getenv)
		err = bare(os.Args[2:])
	case "godog":
		// godog alone, the documented scenario's steps doing nothing.
		gcpolicy.Apply(os.Getenv)
		if code := bench.GodogFloor(ctx, os.Args[2:], os.Stdout); code != 0 {
			err = fmt.Errorf("godog exited %d", code)
		}
	default:
		err = fmt.Errorf("unknown subcommand %q: want report, bare or godog", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "conform-bench:", err)
		os.Exit(1)
	}
}

func bare(args []string) error {
	fs := flag.NewFlagSet("bare", flag.ContinueOnError)
	url := fs.String("url", "", "the reference target's base URL")
	n := fs.Int("n", 1000, "documented requests to send")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return bench.BareLoop(&http.Client{Timeout: 30 * time.Second}, *url, reference.DefaultToken, *n)
}

func report(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	var c bench.Config
	fs.StringVar(&c.Repo, "repo", ".", "repository root")
	fs.StringVar(&c.Conform, "conform", "", "the conform binary")
	fs.StringVar(&c.Go, "go", "go", "the go command, to build conform-bench again with --godog-next")
	fs.StringVar(&c.GodogNext, "godog-next", "v0.16.0", "the godog version godog alone is also measured on, built in a copy of the module under --tmp")
	fs.StringVar(&c.Tmp, "tmp", "", "a temporary folder for generated features and contracts")
	fs.StringVar(&c.GoBench, "gobench", "", "go test -bench output")
	fs.StringVar(&c.Specmatic, "specmatic", "", "specmatic.jar")
	fs.StringVar(&c.Dredd, "dredd", "", "the dredd executable")
	fs.StringVar(&c.PeerNote, "peer-note", "", "why a peer is missing")
	fs.IntVar(&c.Overhead, "overhead", 2000, "documented scenarios for the overhead rows")
	fs.IntVar(&c.Latency, "latency", 1000, "scenarios for the latency-bound rows")
	fs.IntVar(&c.Serial, "latency-serial", 250, "scenarios for the latency-bound row at concurrency 1, which lasts this many times the delay (0: as --latency)")
	fs.DurationVar(&c.Delay, "delay", 20*time.Millisecond, "what the slow target adds per request")
	conc := fs.String("concurrency", "1,8,32,128", "concurrencies for the latency-bound rows")
	scale := fs.String("scale", "2500,5000,10000", "scenario counts for the scale rows")
	fs.IntVar(&c.Ops, "ops", 2000, "operations of the generated OpenAPI document")
	only := fs.String("only", "", "comma-separated measurements to run, to iterate on one: overhead, cpu-split, godog-versions, validation, latency, peers, scale, start-up, start-up-refs, readonly-refs, lint-refs, import-refs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var err error
	if c.Concurrency, err = ints(*conc); err != nil {
		return err
	}
	if c.Scale, err = ints(*scale); err != nil {
		return err
	}
	if *only != "" {
		c.Only = strings.Split(*only, ",")
	}
	if c.Conform == "" || c.Tmp == "" || (c.GoBench == "" && (len(c.Only) == 0 || slices.Contains(c.Only, "validation"))) {
		return fmt.Errorf("report needs --conform, --tmp and --gobench (the validation rows need it)")
	}
	if c.Self, err = os.Executable(); err != nil {
		return err
	}
	return bench.Run(ctx, c, os.Stdout, os.Stderr)
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q: want a comma-separated list of whole numbers", s)
		}
		out = append(out, n)
	}
	return out, nil
}
