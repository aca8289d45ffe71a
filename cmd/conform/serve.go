package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
)

type serveOptions struct {
	dir   string
	addr  string
	fault string
	list  bool
}

func newServeCmd(stdout io.Writer) *cobra.Command {
	o := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the embedded reference target on its own",
		Long: `Serve the reference implementation of the documented APIs it implements.
Credentials: the variables the contracts' security schemes name, as conform run reads them
(CONFORM_<API>_TOKEN for an API key or bearer token, CONFORM_<API>_USERNAME and
CONFORM_<API>_PASSWORD for HTTP basic); where one is unset, the X-Auth-Token "` + reference.DefaultToken + `"
and the Basic user "` + reference.DefaultUsername + `" with the password "` + reference.DefaultPassword + `".`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.list {
				for _, f := range reference.Faults() {
					fmt.Fprintf(stdout, "%-34s %-8s %-9s %s\n", f.Name, f.API, f.Side, f.Description)
				}
				return nil
			}
			// A wrong --fault is the first thing to say, wherever serve runs.
			if _, err := reference.New(reference.Options{Fault: o.fault}); err != nil {
				return usageErr(err)
			}
			set, err := contract.Load(cmd.Context(), o.dir, nil)
			if err != nil {
				return usageErr(err)
			}
			opts := reference.OptionsFromContracts(set, os.Getenv, reference.Options{Fault: o.fault})
			srv, err := reference.Listen(o.addr, opts)
			if err != nil {
				return usageErr(err)
			}
			defer srv.Close()
			fmt.Fprintf(stdout, "reference target listening on %s (dcaas: /v3/{project_id}/dcaas/vif-peers, element: /json-rpc/{version})\n", srv.URL())
			fmt.Fprintf(stdout, "credentials: from %s where set, else the defaults in conform serve --help\n", strings.Join(reference.CredentialVariables(set), ", "))
			if o.fault != "" {
				fmt.Fprintf(stdout, "fault: %s\n", o.fault)
			}
			stop := make(chan os.Signal, 1)
			signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
			select {
			case <-stop:
			case <-cmd.Context().Done():
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.dir, "dir", ".", "repository root holding openapi/ and schemas/, whose security schemes name the credential variables")
	cmd.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&o.fault, "fault", "", "break exactly one documented rule (see --list-faults)")
	cmd.Flags().BoolVar(&o.list, "list-faults", false, "list the faults and exit")
	return cmd
}
