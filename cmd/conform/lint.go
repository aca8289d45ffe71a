package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/lint"
)

type lintOptions struct {
	dir       string
	strict    bool
	report    string
	pagesOnly bool
}

func newLintCmd(stdout io.Writer) *cobra.Command {
	o := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [PAGE|DIR...]",
		Short: "Find broken contracts and examples, and where the documentation contradicts itself",
		Long: "lint checks vendor reference pages, given as files or as folders of pages (AsciiDoc, reStructuredText or\n" +
			"extracted text, read recursively), against themselves: every example against its tables and text. Pages\n" +
			"that are not methods (objects, concepts, examples of another page) are skipped and counted. With an\n" +
			"openapi/ folder under --dir it also loads every contract and feature there and checks every documented\n" +
			"example against its schema; without one, only the pages are checked, and it says so.\n" +
			"--report FILE.md writes the findings as a Markdown report (FILE.html: the same as HTML): counts per rule\n" +
			"and per reference, then every finding by page. Exit 1 on a contract error (or on any finding with --strict), 2 on a usage error.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.pagesOnly && len(args) == 0 {
				return usageErr(fmt.Errorf("--pages-only needs pages or folders of pages to lint"))
			}
			if _, err := os.Stat(filepath.Join(o.dir, "openapi")); err != nil && len(args) == 0 {
				return usageErr(fmt.Errorf("%s has no openapi/ folder and no page was given: run from the repository root, pass --dir, or name pages or folders of pages", o.dir))
			}
			in, err := lint.ReadPaths(args)
			if err != nil {
				return usageErr(err)
			}
			for _, r := range in.References {
				if r.Files == 1 && len(r.Skipped) == 1 && r.Skipped[0].File == r.Path {
					// A page named on its own: say why it is not linted.
					fmt.Fprintf(stdout, "%s: skipped, %s\n", r.Path, r.Skipped[0].Reason)
				}
			}
			res, repoSkipped := lint.Pages(in.Pages), ""
			if !o.pagesOnly {
				res, repoSkipped = lint.Lint(cmd.Context(), o.dir, in)
			}
			res.Write(stdout)
			sum := lint.Summarize(in, res, repoSkipped)
			if len(args) > 0 {
				sum.Write(stdout)
			} else if repoSkipped != "" {
				fmt.Fprintln(stdout, repoSkipped)
			}
			if o.report != "" {
				var b bytes.Buffer
				switch strings.ToLower(filepath.Ext(o.report)) {
				case ".html", ".htm":
					if err := lint.WriteHTML(&b, in, res, sum); err != nil {
						return fmt.Errorf("cannot write the report: %w", err)
					}
				default:
					lint.WriteMarkdown(&b, in, res, sum)
				}
				if err := os.WriteFile(o.report, b.Bytes(), 0o644); err != nil {
					return fmt.Errorf("cannot write the report: %w", err)
				}
				fmt.Fprintf(stdout, "report: %s\n", o.report)
			}
			if res.Failed(o.strict) {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.dir, "dir", ".", "repository root holding openapi/, schemas/ and features/ (optional when pages are given)")
	cmd.Flags().BoolVar(&o.strict, "strict", false, "documentation conflicts (warnings) fail too")
	cmd.Flags().StringVar(&o.report, "report", "", "write the findings as a report to this file: Markdown, or HTML when it ends in .html")
	cmd.Flags().BoolVar(&o.pagesOnly, "pages-only", false, "lint the pages alone, not the repository under --dir (a report of a vendor reference that does not change with the repository)")
	return cmd
}
