package lint

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

// WriteMarkdown writes the documentation-bug report people read: what was
// read and skipped, the counts per rule and per reference, then every
// finding grouped by page, at file:line, with both sides quoted. The order
// is the findings' (file, line, rule), so the same input gives the same
// report byte for byte. Values were masked when the findings were made.
func WriteMarkdown(w io.Writer, in *Input, res *Result, s *Summary) {
	fmt.Fprintln(w, "# Documentation bugs")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Written by `conform lint --report`: where the pages contradict themselves (examples against their own")
	fmt.Fprintln(w, "tables and text, JSON that does not parse as published, markup that does not render as it means).")
	fmt.Fprintln(w, "Each finding quotes both sides at file:line; the value of a secret-named member is never shown, only its length.")
	fmt.Fprintln(w)
	var paths []string
	for _, r := range in.References {
		paths = append(paths, code(displayPath(r.Path)))
	}
	fmt.Fprintf(w, "Linted: %s.", strings.Join(paths, ", "))
	if s.RepoSkipped != "" {
		fmt.Fprintf(w, " Repository checks skipped: %s.", s.RepoSkipped)
	}
	fmt.Fprintf(w, " %d %s, %d %s.\n\n", s.Errors, plural(s.Errors, "error"), s.Warnings, plural(s.Warnings, "warning"))

	fmt.Fprintln(w, "## Pages read")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| reference | page files | method pages linted | skipped | not read | findings | pages with findings |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|")
	for _, r := range s.References {
		if r.Path == repository {
			fmt.Fprintf(w, "| %s | — | — | — | — | %d | %d |\n", cell(r.Path), r.Findings, r.Pages)
			continue
		}
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d |\n", code(displayPath(r.Path)), r.Files, r.Methods, len(r.Skipped), len(r.Unread), r.Findings, r.Pages)
	}
	fmt.Fprintln(w)
	for _, r := range in.References {
		if len(r.Skipped) == 0 && len(r.Unread) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s: skipped %s.\n\n", code(displayPath(r.Path)), orNone(strings.Join(skippedByKind(r.Skipped), ", ")))
		if len(r.Unread) > 0 {
			fmt.Fprintln(w, "Not read (the reader cannot read them; not counted as findings):")
			fmt.Fprintln(w)
			for _, u := range r.Unread {
				fmt.Fprintf(w, "- %s\n", text(u.Err.Error()))
			}
			fmt.Fprintln(w)
		}
		if len(r.Skipped) > 0 {
			fmt.Fprintln(w, "<details><summary>The skipped pages, each with its reason</summary>")
			fmt.Fprintln(w)
			for _, sk := range r.Skipped {
				fmt.Fprintf(w, "- %s: %s\n", code(displayPath(sk.File)), text(sk.Reason))
			}
			fmt.Fprintln(w)
			fmt.Fprintln(w, "</details>")
			fmt.Fprintln(w)
		}
	}

	fmt.Fprintln(w, "## Findings by rule")
	fmt.Fprintln(w)
	head := "| rule | what it finds | all"
	sep := "|---|---|---:"
	var refPaths []string
	for _, r := range s.References {
		refPaths = append(refPaths, r.Path)
	}
	for _, name := range shortRefs(refPaths) {
		head += " | " + cell(name)
		sep += "|---:"
	}
	fmt.Fprintln(w, head+" |")
	fmt.Fprintln(w, sep+"|")
	for _, r := range s.Rules {
		row := fmt.Sprintf("| %s | %s | %d", code(r.Kind), cell(r.Doc), r.Count)
		for _, n := range r.PerReference {
			row += fmt.Sprintf(" | %d", n)
		}
		fmt.Fprintln(w, row+" |")
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "## Findings by page")
	for i := 0; i < len(res.Findings); {
		file, _ := splitWhere(res.Findings[i].Where)
		j := i
		for j < len(res.Findings) {
			if f, _ := splitWhere(res.Findings[j].Where); f != file {
				break
			}
			j++
		}
		fmt.Fprintf(w, "\n### %s\n\n", code(displayPath(file)))
		fmt.Fprintf(w, "%d %s.\n\n", j-i, plural(j-i, "finding"))
		for k := i; k < j; k++ {
			f := res.Findings[k]
			kind := ""
			if k < len(res.Kinds) {
				kind = res.Kinds[k]
			}
			fmt.Fprintf(w, "- %s %s %s (%s): %s\n", code(displayPath(f.Where)), f.Level, code(kind), code(f.Rule), text(f.Note))
			// A side on the same page says its line, not the path again.
			here := strings.NewReplacer("("+file+":", "(line ")
			if f.Expected != "" {
				fmt.Fprintf(w, "  - %s\n", text(here.Replace(f.Expected)))
			}
			if f.Actual != "" {
				fmt.Fprintf(w, "  - %s\n", text(here.Replace(f.Actual)))
			}
		}
		i = j
	}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// shortRefs names references in column heads: each path without the
// folders all of them share (element-software/api, direct-connect/…).
func shortRefs(paths []string) []string {
	var split [][]string
	for _, p := range paths {
		if p == repository {
			split = append(split, nil)
			continue
		}
		split = append(split, strings.Split(strings.Trim(displayPath(p), "/"), "/"))
	}
	common := -1
	for _, parts := range split {
		if parts == nil {
			continue
		}
		if common < 0 {
			common = len(parts) - 1
		}
		for _, other := range split {
			for i := 0; i < common && other != nil; i++ {
				if i >= len(other)-1 || other[i] != parts[i] {
					common = i
					break
				}
			}
		}
	}
	out := make([]string, len(paths))
	for i, parts := range split {
		switch {
		case parts == nil:
			out[i] = "repository"
		case common > 0 && len(split) > 1:
			out[i] = strings.Join(parts[common:], "/")
		default:
			out[i] = strings.Join(parts, "/")
		}
	}
	return out
}

var backticks = regexp.MustCompile("`+")

// code renders s as a Markdown code span, whatever backticks it holds.
func code(s string) string {
	fence := "`"
	for _, run := range backticks.FindAllString(s, -1) {
		if len(run) >= len(fence) {
			fence = strings.Repeat("`", len(run)+1)
		}
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

var mdSpecial = regexp.MustCompile("([\\\\`*_\\[\\]<>|#])")

// text renders quoted documentation as Markdown text: its markup
// characters escaped, on one line.
func text(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return mdSpecial.ReplaceAllString(s, `\$1`)
}

// cell is text for a table cell.
func cell(s string) string { return text(s) }
