package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/gen"
)

type genOptions struct {
	dir      string
	check    bool
	imported bool
}

func newGenCmd(stdout io.Writer) *cobra.Command {
	o := &genOptions{}
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Write boundary and negative scenarios for every documented limit (features/<api>/<op>_limits.feature)",
		Long: "gen writes features/<api>/<op>_limits.feature for every operation that has a documented request in\n" +
			"features/ and limits on its request, and for every JSON-RPC method with params: the values on and just\n" +
			"outside each limit, each checked against the contract first. The operations and methods conform import\n" +
			"wrote (marked x-conform-imported) are left out unless --imported is given: the embedded reference\n" +
			"target implements none of them, so their rows would all be reported as not run.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			files, err := gen.Generate(cmd.Context(), o.dir, gen.Options{Imported: o.imported})
			if err != nil {
				return usageErr(err)
			}
			stale := 0
			for _, f := range files {
				path := filepath.Join(o.dir, f.Path)
				old, _ := os.ReadFile(path)
				for _, d := range f.Dropped {
					fmt.Fprintf(stdout, "%s: not written, the contract disagrees with the row: %s\n", f.Path, d)
				}
				if bytes.Equal(old, f.Content) {
					fmt.Fprintf(stdout, "%s: up to date\n", f.Path)
					continue
				}
				stale++
				if o.check {
					fmt.Fprintf(stdout, "%s: stale (run conform gen)\n", f.Path)
					continue
				}
				if err := os.WriteFile(path, f.Content, 0o644); err != nil {
					return fmt.Errorf("cannot write %s: %w", path, err)
				}
				fmt.Fprintf(stdout, "%s: written\n", f.Path)
			}
			if o.check && stale > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.dir, "dir", ".", "repository root holding openapi/, schemas/ and features/")
	cmd.Flags().BoolVar(&o.check, "check", false, "write nothing; exit 1 when a generated feature is stale")
	cmd.Flags().BoolVar(&o.imported, "imported", false, "also the operations and methods conform import wrote (x-conform-imported)")
	return cmd
}
