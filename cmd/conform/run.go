package main

import (
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/scenario"
	"github.com/conform-dev/conform/internal/target"
)

type runOptions struct {
	dir         string
	targets     []string
	strict      bool
	format      string
	tags        string
	concurrency int
	timeout     time.Duration
	maxBody     int64
	insecure    bool
	noColors    bool
	shard       string
	rate        float64
	secretNames []string

	// hostile targets
	deadline              time.Duration
	caCert                string
	clientCert, clientKey string
	redirects, retries    int
	giveUpAfter           int
}

func newRunCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run [FEATURE...]",
		Short: "Run the scenarios against the targets (the embedded reference target by default)",
		Example: `  conform run
  CONFORM_DCAAS_TOKEN=… CONFORM_DCAAS_PROJECT_ID=… \
  CONFORM_ELEMENT_USERNAME=admin CONFORM_ELEMENT_PASSWORD=… \
    conform run --target dcaas=https://dcaas.example.com --target element=https://10.0.0.5/json-rpc/12.3`,
		RunE: func(cmd *cobra.Command, args []string) error {
			targets, err := target.ParseTargets(o.targets)
			if err != nil {
				return err
			}
			cfg := target.Config{
				Dir: o.dir, Features: args, Targets: targets, Strict: o.strict, Format: o.format,
				Tags: o.tags, Concurrency: o.concurrency, Timeout: o.timeout, MaxBody: o.maxBody,
				Insecure: o.insecure, Output: stdout, Errors: stderr, NoColors: o.noColors || !isTerminal(stdout),
				Terminal: isTerminal(stdout), Shard: o.shard, Rate: o.rate, SecretNames: o.secretNames,
				Deadline: o.deadline, CACert: o.caCert, ClientCert: o.clientCert, ClientKey: o.clientKey,
				Redirects: o.redirects, Retries: o.retries, GiveUpAfter: o.giveUpAfter,
			}
			// The same CONFORM_* variables as go test and godog run; a flag
			// given wins.
			if err := target.Overlay(&cfg, cmd.Flags().Changed, os.Getenv); err != nil {
				return err
			}
			provider, err := reference.NewProvider(reference.Options{})
			if err != nil {
				return err
			}
			cfg.Provider = provider
			if code := scenario.Run(cmd.Context(), cfg); code != 0 {
				return &exitError{code: code}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.dir, "dir", ".", "repository root holding openapi/, schemas/ and features/")
	f.StringArrayVar(&o.targets, "target", nil, "API=URL to test a real endpoint (repeatable); same as CONFORM_<API>_URL. An API without one runs against the embedded reference target where it implements the API; its other scenarios are reported as not run")
	f.BoolVar(&o.strict, "strict", false, "fail on warnings too: rules the documentation disputes, undocumented response members, repaired examples")
	f.StringVar(&o.format, "format", "", "comma-separated: one console format (pretty, the default on a terminal, or progress) and report files junit:FILE, cucumber:FILE, html:FILE, json:FILE")
	f.StringVar(&o.tags, "tags", "", "run only scenarios matching a Cucumber tag expression, e.g. '@element and not @slow'")
	f.StringVar(&o.shard, "shard", "", "run the I-th of N deterministic parts of the selected scenarios, e.g. 2/4; merge the parts with conform report merge")
	f.Float64Var(&o.rate, "rate", 0, "at most this many requests per second to each target (0: no limit)")
	f.StringArrayVar(&o.secretNames, "secret-name", nil, "also mask the values of this header or JSON member (repeatable; same as CONFORM_SECRET_NAMES)")
	f.IntVar(&o.concurrency, "concurrency", 1, "scenarios run in parallel")
	f.DurationVar(&o.timeout, "timeout", 30*time.Second, "per-request timeout, connect to last byte")
	f.Int64Var(&o.maxBody, "max-body", 10<<20, "largest response body accepted, in bytes")
	f.BoolVar(&o.insecure, "insecure", false, "do not verify TLS certificates (self-signed Element clusters); warned about on every run")
	f.BoolVar(&o.noColors, "no-colors", false, "plain output")
	f.DurationVar(&o.deadline, "deadline", scenario.DefaultDeadline, "the whole run's limit: scenarios not finished by then fail, saying so")
	f.StringVar(&o.caCert, "ca-cert", "", "`FILE` of PEM CA certificates to trust besides the system's (a cluster's own CA)")
	f.StringVar(&o.clientCert, "client-cert", "", "`FILE` (PEM): client certificate for mutual TLS (with --client-key)")
	f.StringVar(&o.clientKey, "client-key", "", "`FILE` (PEM): the client certificate's private key")
	f.IntVar(&o.redirects, "redirects", 0, "redirects to follow (0: a redirect is the answer); credentials never go to another host")
	f.IntVar(&o.retries, "retries", 0, "resend a request after a connection error or a 502/503/504, this many times (a POST sent twice may create twice)")
	f.IntVar(&o.giveUpAfter, "give-up-after", target.DefaultGiveUpAfter, "stop sending to a target after this many requests in a row got no answer (refused, reset, or none within --timeout): its remaining scenarios are reported as not run, with that cause (0: never give up; CONFORM_GIVE_UP_AFTER)")
	return cmd
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
