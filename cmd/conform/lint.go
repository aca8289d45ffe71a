package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/page"
)

type lintOptions struct {
	dir    string
	strict bool
}

func newLintCmd(stdout io.Writer) *cobra.Command {
	o := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [PAGE.txt...]",
		Short: "Find broken contracts and examples, and where the documentation contradicts itself",
		Long: "lint loads every contract and feature under --dir, checks every documented example against its schema and\n" +
			"the documentation's own text, and checks the vendor pages given as arguments the same way.\n" +
			"Exit 1 on a contract error (or on any finding with --strict), 2 on a usage error.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := os.Stat(filepath.Join(o.dir, "openapi")); err != nil {
				return usageErr(fmt.Errorf("%s has no openapi/ folder: run from the repository root, or pass --dir", o.dir))
			}
			var pages []*page.Page
			for _, a := range args {
				p, err := page.ReadFile(a)
				if err != nil {
					return usageErr(err)
				}
				if p.Kind != page.KindMethod {
					// An object, example or concept page documents no
					// request of its own.
					fmt.Fprintf(stdout, "%s: skipped, %s\n", a, skipReason(p))
					continue
				}
				pages = append(pages, p)
			}
			res := lint.Repository(cmd.Context(), o.dir, pages)
			res.Write(stdout)
			if res.Failed(o.strict) {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.dir, "dir", ".", "repository root holding openapi/, schemas/ and features/")
	cmd.Flags().BoolVar(&o.strict, "strict", false, "documentation conflicts (warnings) fail too")
	return cmd
}
