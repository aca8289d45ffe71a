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
	dir   string
	check bool
}

func newGenCmd(stdout io.Writer) *cobra.Command {
	o := &genOptions{}
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Write boundary and negative scenarios for every documented limit (features/<api>/<op>_limits.feature)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			files, err := gen.Generate(cmd.Context(), o.dir)
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
	return cmd
}
