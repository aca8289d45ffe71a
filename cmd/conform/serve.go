package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/reference"
)

type serveOptions struct {
	addr  string
	fault string
	list  bool
}

func newServeCmd(stdout io.Writer) *cobra.Command {
	o := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the embedded reference target on its own",
		Long: `Serve the reference implementation of every documented API.
Credentials: the X-Auth-Token "` + reference.DefaultToken + `" and the Basic user "` + reference.DefaultUsername + `"
with the password documented in the README (or the CONFORM_* variables' values).`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.list {
				for _, f := range reference.Faults() {
					fmt.Fprintf(stdout, "%-34s %-8s %-9s %s\n", f.Name, f.API, f.Side, f.Description)
				}
				return nil
			}
			srv, err := reference.Listen(o.addr, reference.Options{
				Token:    os.Getenv("CONFORM_DCAAS_TOKEN"),
				Username: os.Getenv("CONFORM_ELEMENT_USERNAME"),
				Password: os.Getenv("CONFORM_ELEMENT_PASSWORD"),
				Fault:    o.fault,
			})
			if err != nil {
				return usageErr(err)
			}
			defer srv.Close()
			fmt.Fprintf(stdout, "reference target listening on %s (dcaas: /v3/{project_id}/dcaas/vif-peers, element: /json-rpc/{version})\n", srv.URL())
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
	cmd.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&o.fault, "fault", "", "break exactly one documented rule (see --list-faults)")
	cmd.Flags().BoolVar(&o.list, "list-faults", false, "list the faults and exit")
	return cmd
}
