package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/importer"
	"github.com/conform-dev/conform/internal/page"
)

type importOptions struct {
	out string
}

func newImportCmd(stdout io.Writer) *cobra.Command {
	o := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import PAGE.txt...",
		Short: "Write the contract and the documented-example scenario of vendor reference pages",
		Long: "import reads Element method pages and Huawei Cloud / OTC API pages (text as extracted), writes the contract\n" +
			"(openapi/<api>.yaml, or schemas/<api>/<Method>.json) and features/<api>/<operation>.feature under --out,\n" +
			"and prints what lint says about each page. It merges into the files that exist and refuses, saying why,\n" +
			"to change what they already say (exit 1).",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(errors.New("import needs at least one page: conform import PAGE.txt..."))
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
			results, err := importer.Import(cmd.Context(), o.out, pages)
			if err != nil {
				return err
			}
			refused := false
			for _, r := range results {
				fmt.Fprintf(stdout, "%s: %s %s (%s)\n", r.Page.File, r.Page.API, r.Page.Operation, r.Page.Format)
				for _, rp := range r.Page.Repairs {
					fmt.Fprintf(stdout, "  repaired %s\n", rp)
				}
				if len(r.Refused) > 0 {
					refused = true
					for _, why := range r.Refused {
						fmt.Fprintf(stdout, "  refused: %s\n", why)
					}
				} else {
					for _, f := range r.Files {
						fmt.Fprintf(stdout, "  %s: %s\n", f.Path, f.Status)
					}
				}
				r.Lint.Write(stdout)
			}
			if refused {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.out, "out", ".", "repository root to write openapi/, schemas/ and features/ under")
	return cmd
}

// skipReason says why a page that is not a method's is skipped.
func skipReason(p *page.Page) string {
	why := p.KindReason
	if why == "" {
		why = fmt.Sprintf("it documents %q, which method pages refer to", p.Title)
	}
	return fmt.Sprintf("not a method or operation (%s page): %s", p.Kind, why)
}
