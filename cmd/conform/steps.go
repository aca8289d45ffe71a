package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/plan"
)

func newStepsCmd(stdout io.Writer) *cobra.Command {
	var markdown bool
	cmd := &cobra.Command{
		Use:   "steps",
		Short: "List the steps a feature can use, with what each does",
		Long: `Steps lists every step conform defines, as a feature writes it (placeholders in <>),
with what it does. Every step is generic: a new API needs a contract and a feature, no Go code.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if markdown {
				plan.WriteMarkdown(stdout)
			} else {
				plan.WriteSteps(stdout)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print the table the README's section Steps holds")
	return cmd
}
