package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/exchange"
	"github.com/conform-dev/conform/internal/reports"
)

func newReportCmd(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{Use: "report", Short: "Work with the reports of runs"}
	var format string
	merge := &cobra.Command{
		Use:   "merge --format junit:FILE,cucumber:FILE,html:FILE SHARD.json...",
		Short: "Merge the JSON reports of the shards of one run (--shard I/N --format json:FILE) into one set of reports",
		Example: `  conform run --shard 1/2 --format json:out/shard-1.json
  conform run --shard 2/2 --format json:out/shard-2.json
  conform report merge --format junit:out/junit.xml,cucumber:out/cucumber.json,html:out/report.html out/shard-*.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			outs, err := reports.ParseFormats(format, false)
			if err != nil {
				return usageErr(err)
			}
			if len(outs.Files) == 0 {
				return usageErr(fmt.Errorf("--format names no report file: e.g. --format junit:out/junit.xml,html:out/report.html"))
			}
			var runs []*reports.Run
			for _, a := range args {
				r, err := reports.ReadJSON(a)
				if err != nil {
					return usageErr(err)
				}
				runs = append(runs, r)
			}
			run, err := reports.Merge(runs, args)
			if err != nil {
				return usageErr(err)
			}
			// The shards' reports are already redacted; nothing new to mask.
			if err := reports.WriteFiles(run, outs.Files, exchange.NewRedactor()); err != nil {
				return usageErr(err)
			}
			reports.WriteSummary(stdout, run, outs.Files)
			if run.Totals().Failed > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	merge.Flags().StringVar(&format, "format", "", "the merged reports: junit:FILE, cucumber:FILE, html:FILE, json:FILE, comma-separated")
	cmd.AddCommand(merge)
	return cmd
}
