package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
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
	allow       string
	reference   []string
	acks        []string

	// hostile targets
	deadline              time.Duration
	caCert                string
	clientCert, clientKey string
	redirects, retries    int

	allowEmpty  bool // a run in which no scenario ran passes
	giveUpAfter int
}

// runHelp is what run --help says besides the flags: what the exit codes
// mean, how targets are named, and which variables the run reads.
const runHelp = `Run the scenarios against the targets: the embedded reference target where
it implements an API, unless --target or CONFORM_<API>_URL names a real one.

Targets: --target API=URL for an API's main target, --target API:ROLE=URL for
a role a scenario asks for (element:destination, the other cluster of a
pairing). The same as CONFORM_<API>_URL and CONFORM_<API>_<ROLE>_URL.

Environment: credentials come from the variables the contracts' security
schemes name (openapi/*.yaml), never from flags:
  CONFORM_<API>_TOKEN                       an API key or bearer token
  CONFORM_<API>_USERNAME, _PASSWORD         HTTP basic
  CONFORM_<API>_<ROLE>_TOKEN, _USERNAME, …  a role's own, when it differs
  CONFORM_<API>_<PARAM>                     a path parameter, e.g. CONFORM_DCAAS_PROJECT_ID,
                                            CONFORM_ELEMENT_VERSION
  CONFORM_<API>_URL, CONFORM_<API>_<ROLE>_URL  the targets, as --target
  CONFORM_ALLOW_EMPTY=1                     as --allow-empty
  CONFORM_SECRET_NAMES                      as --secret-name, comma-separated

Exit codes:
  0  every scenario that ran passed, and at least one ran (or --allow-empty)
  1  a scenario failed, or none ran
  2  a usage or configuration error: nothing was sent`

func newRunCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run [FEATURE...]",
		Short: "Run the scenarios against the targets (the embedded reference target by default)",
		Long:  runHelp,
		Example: `  conform run
  CONFORM_DCAAS_TOKEN=… CONFORM_DCAAS_PROJECT_ID=… \
  CONFORM_ELEMENT_USERNAME=admin CONFORM_ELEMENT_PASSWORD=… \
    conform run --target dcaas=https://dcaas.example.com --target element=https://10.0.0.5/json-rpc/12.3`,
		RunE: func(cmd *cobra.Command, args []string) error {
			targets, err := target.ParseTargets(o.targets)
			if err != nil {
				return err
			}
			var allow contract.Effect
			if o.allow != "" {
				if allow, err = contract.ParseEffect(o.allow); err != nil || allow == contract.Readonly {
					return usageErr(fmt.Errorf("--allow %q: want mutating (create and change, and remove again what the run created) or destructive (delete too)", o.allow))
				}
			}
			acks, err := checks.ReadAcks(o.dir, append(o.acks, os.Getenv("CONFORM_ACK"))...)
			if err != nil {
				return usageErr(err)
			}
			cfg := target.Config{
				Allow: allow, Reference: o.reference,
				Dir: o.dir, Features: args, Targets: targets, Strict: o.strict, Ack: acks, Format: o.format,
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
			if o.allowEmpty {
				cfg.Getenv = withEnv(os.Getenv, scenario.AllowEmptyEnv, "1")
			}
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
	f.StringArrayVar(&o.acks, "ack", nil, "acknowledge a documentation conflict by its id (x-conform-conflicts; repeatable; also CONFORM_ACK=id1,id2 and the file conform.ack at --dir, one id a line, # starts a comment): its warnings still print, marked acknowledged, and --strict fails on everything else; an unknown id is a usage error")
	f.StringVar(&o.format, "format", "", "comma-separated: one console format (pretty, the default on a terminal, or progress) and report files junit:FILE, cucumber:FILE, html:FILE, json:FILE")
	f.StringVar(&o.tags, "tags", "", "run only scenarios matching a Cucumber tag expression, e.g. '@element and not @slow'")
	f.StringVar(&o.shard, "shard", "", "run the I-th of N deterministic parts of the selected scenarios, e.g. 2/4; merge the parts with conform report merge")
	f.Float64Var(&o.rate, "rate", 0, "at most this many requests per second to each target (0: no limit)")
	f.StringVar(&o.allow, "allow", "", "against a target that is not the embedded reference, also send scenarios that change it: mutating (create, change, and remove again what the run created) or destructive (delete too); without it only readonly scenarios are sent")
	f.StringArrayVar(&o.reference, "reference", nil, "API to run on the embedded reference target although --target names other APIs (repeatable); without it such APIs are not run")
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
	f.BoolVar(&o.allowEmpty, "allow-empty", false, "pass a run in which no scenario ran (all skipped: @since, tags, no target); same as CONFORM_ALLOW_EMPTY=1")
	f.IntVar(&o.giveUpAfter, "give-up-after", target.DefaultGiveUpAfter, "stop sending to a target after this many requests in a row got no answer (refused, reset, closed), or after the first that got none within --timeout: its remaining scenarios are reported as not run, with that cause (0: never give up; CONFORM_GIVE_UP_AFTER)")
	addCPUProfile(cmd)
	return cmd
}

// withEnv is getenv with one variable set, for a flag that is the same as
// a variable the run reads.
func withEnv(getenv func(string) string, key, value string) func(string) string {
	return func(k string) string {
		if k == key {
			return value
		}
		return getenv(k)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
