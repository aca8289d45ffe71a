package main

import (
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/spf13/cobra"

	"github.com/conform-dev/conform/internal/importer"
	"github.com/conform-dev/conform/internal/page"
)

type importOptions struct {
	out     string
	check   bool
	replace bool
	quiet   bool
}

func newImportCmd(stdout io.Writer) *cobra.Command {
	o := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import DIR|PAGE...",
		Short: "Write the contracts and the documented-example scenarios of vendor reference pages",
		Long: "import reads vendor reference pages (folders are walked for .adoc, .rst, .txt and .md files): Element\n" +
			"method pages (AsciiDoc doc source, or text as extracted) and Huawei Cloud / OTC API pages\n" +
			"(reStructuredText doc source, or text). Each method or operation becomes its contract\n" +
			"(openapi/<api>.yaml, or schemas/<api>/<Method>.json; Element object pages become\n" +
			"schemas/<api>/objects/<name>.json) and each pair of documented examples a scenario of\n" +
			"features/<api>/<operation>.feature, tagged @readonly, @mutating or @destructive. Pages that are not\n" +
			"methods are counted by reason.\n\n" +
			"Everything is prepared in a temporary copy and written under --out only if the contracts load, every\n" +
			"schema compiles and every feature parses with steps that exist; otherwise nothing is written.\n" +
			"import merges into the files that exist and never changes what they already say: a disagreement is\n" +
			"a finding for its page. Everything import writes is marked as its own: x-conform-imported (the page\n" +
			"it came from) on each operation, component schema and schema file, and on each feature its description\n" +
			"and an @imported tag (--tags 'not @imported' runs the curated scenarios alone).\n" +
			"--replace first removes what is so marked, then imports: a reference is imported afresh, what no page\n" +
			"documents any more goes, and what is not marked (the curated contracts, a part whose mark you removed\n" +
			"to edit it by hand) is merged into as always. --check writes nothing and fails (exit 1) when the files\n" +
			"under --out are not what an import would write. Exit 1 also when a page cannot be read or is refused.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(errors.New("import needs at least one page or folder: conform import DIR|PAGE..."))
			}
			pages, unreadable := importer.ReadPages(args)
			rep, err := importer.Run(cmd.Context(), o.out, pages, importer.Options{Check: o.check, Replace: o.replace})
			if err != nil {
				return err
			}
			rep.Unreadable = unreadable
			failed := writeImport(stdout, rep, o)
			if failed {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.out, "out", ".", "repository root to write openapi/, schemas/ and features/ under")
	cmd.Flags().BoolVar(&o.check, "check", false, "write nothing; fail when the files under --out are not what this import writes")
	cmd.Flags().BoolVar(&o.replace, "replace", false, "first remove what earlier imports wrote (marked x-conform-imported), then import the pages afresh")
	cmd.Flags().BoolVar(&o.quiet, "quiet", false, "print only the summary, the refusals and the errors, not each page")
	return cmd
}

// writeImport prints each page's result and the summary, and says whether
// the import failed.
func writeImport(w io.Writer, rep *importer.Report, o *importOptions) bool {
	for _, r := range rep.Pages {
		if o.quiet && len(r.Refused) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s: %s %s (%s)\n", r.Page.File, r.Page.API, r.Page.Operation, r.Page.Format)
		for _, why := range r.Refused {
			fmt.Fprintf(w, "  refused: %s\n", why)
		}
		if o.quiet {
			continue
		}
		for _, rp := range r.Page.Repairs {
			fmt.Fprintf(w, "  repaired %s\n", rp)
		}
		if len(r.Refused) == 0 {
			for _, f := range r.Files {
				fmt.Fprintf(w, "  %s: %s\n", f.Path, f.Status)
			}
		}
		for _, f := range r.Findings {
			fmt.Fprintf(w, "  finding: %s\n", f)
		}
		for _, u := range r.Unpaired {
			fmt.Fprintf(w, "  unpaired: %s\n", u)
		}
		if r.Lint != nil {
			r.Lint.Write(w)
		}
	}
	if !o.quiet {
		for _, p := range rep.SkippedPages {
			fmt.Fprintf(w, "%s: skipped, %s\n", p.File, skipReason(p))
		}
	}
	for _, err := range rep.Unreadable {
		fmt.Fprintf(w, "error: %v\n", err)
	}
	fmt.Fprintf(w, "\nimport: %d pages read, %d unreadable\n", rep.Read+len(rep.Unreadable), len(rep.Unreadable))
	fmt.Fprintf(w, "  %d methods or operations imported, %d refused; %d object pages written as shared definitions\n", rep.Written, rep.Refused(), rep.Objects)
	fmt.Fprintf(w, "  %d scenarios from the documented examples; %d response examples unpaired\n", rep.Scenarios, len(rep.Unpaired))
	reasons := make([]string, 0, len(rep.Skipped))
	skipped := 0
	for r, n := range rep.Skipped {
		reasons = append(reasons, r)
		skipped += n
	}
	sort.Strings(reasons)
	fmt.Fprintf(w, "  %d pages skipped, not methods:\n", skipped)
	for _, r := range reasons {
		fmt.Fprintf(w, "    %4d %s\n", rep.Skipped[r], r)
	}
	failed := len(rep.Unreadable) > 0 || rep.Refused() > 0
	switch {
	case rep.Invalid != nil:
		fmt.Fprintf(w, "nothing written: %v\n", rep.Invalid)
		return true
	case o.check && len(rep.Changed) > 0:
		fmt.Fprintf(w, "stale: %d files under %s are not what this import writes (run the import to update them):\n", len(rep.Changed), o.out)
		for _, f := range rep.Changed {
			fmt.Fprintf(w, "  %s (%s)\n", f.Path, f.Status)
		}
		return true
	case o.check:
		// The check is about staleness: unreadable pages are said above,
		// and the same each time.
		fmt.Fprintf(w, "up to date: the files under %s are what this import writes\n", o.out)
		return false
	default:
		removed := 0
		for _, f := range rep.Changed {
			if f.Status == "removed" {
				removed++
			}
		}
		fmt.Fprintf(w, "%d files written under %s", len(rep.Changed)-removed, o.out)
		if removed > 0 {
			fmt.Fprintf(w, ", %d removed (no page writes them any more)", removed)
		}
		fmt.Fprintln(w)
	}
	return failed
}

// skipReason says why a page that is not a method's is skipped.
func skipReason(p *page.Page) string {
	why := p.KindReason
	if why == "" {
		why = fmt.Sprintf("it documents %q, which method pages refer to", p.Title)
	}
	return fmt.Sprintf("not a method or operation (%s page): %s", p.Kind, why)
}
