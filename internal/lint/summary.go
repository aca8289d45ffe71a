package lint

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/page"
)

// repository names, in summaries, the findings in the repository's own
// documents (contracts and features), which belong to no reference.
const repository = "(the repository: openapi/, schemas/, features/)"

// Summary counts what a lint found, by rule and by reference.
type Summary struct {
	References []ReferenceCount
	Rules      []RuleCount // every rule, in Rules' order, then any other kind
	Errors     int
	Warnings   int
	// RepoSkipped says why the repository's documents were not checked.
	RepoSkipped string
}

// ReferenceCount is what lint read of one reference and found in it.
type ReferenceCount struct {
	*Reference
	Findings int
	Pages    int // pages with a finding
}

// RuleCount is how often a rule was broken, in all and per reference (in
// References' order, the repository last when it has findings).
type RuleCount struct {
	Rule
	Count        int
	PerReference []int
}

// Summarize counts res's findings by rule and by the reference of in that
// each is in.
func Summarize(in *Input, res *Result, repoSkipped string) *Summary {
	s := &Summary{RepoSkipped: repoSkipped}
	refIndex := map[string]int{}
	for i, r := range in.References {
		refIndex[r.Path] = i
		s.References = append(s.References, ReferenceCount{Reference: r})
	}
	repo := -1
	pages := map[string]bool{}
	byKind := map[string][]int{}
	for i, f := range res.Findings {
		ref := in.ReferenceOf(f.Where)
		k, ok := refIndex[ref]
		if !ok {
			if repo < 0 {
				repo = len(s.References)
				s.References = append(s.References, ReferenceCount{Reference: &Reference{Path: repository}})
			}
			k = repo
		}
		s.References[k].Findings++
		if file, _ := splitWhere(f.Where); !pages[file] {
			pages[file] = true
			s.References[k].Pages++
		}
		kind := "schema"
		if i < len(res.Kinds) {
			kind = res.Kinds[i]
		}
		byKind[kind] = append(byKind[kind], k)
		if f.Level == checks.Error {
			s.Errors++
		} else {
			s.Warnings++
		}
	}
	count := func(r Rule) RuleCount {
		rc := RuleCount{Rule: r, PerReference: make([]int, len(s.References))}
		for _, k := range byKind[r.Kind] {
			rc.Count++
			rc.PerReference[k]++
		}
		return rc
	}
	known := map[string]bool{}
	for _, r := range Rules {
		known[r.Kind] = true
		s.Rules = append(s.Rules, count(r))
	}
	var other []string
	for k := range byKind {
		if !known[k] {
			other = append(other, k)
		}
	}
	sort.Strings(other)
	for _, k := range other {
		s.Rules = append(s.Rules, count(Rule{Kind: k}))
	}
	return s
}

// skippedByKind counts a reference's skipped pages by kind, in a fixed order.
func skippedByKind(skips []Skip) []string {
	n := map[page.Kind]int{}
	for _, sk := range skips {
		n[sk.Kind]++
	}
	var out []string
	for _, k := range []page.Kind{page.KindObject, page.KindExample, page.KindConcept} {
		if n[k] > 0 {
			out = append(out, fmt.Sprintf("%d %s (%s)", n[k], plural(n[k], string(k)+" page"), KindReasons[k]))
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Write prints the summary for the console: what was read and skipped, then
// the findings by rule and by reference.
func (s *Summary) Write(w io.Writer) {
	files, methods, skipped, unread := 0, 0, 0, 0
	for _, r := range s.References {
		files += r.Files
		methods += r.Methods
		skipped += len(r.Skipped)
		unread += len(r.Unread)
	}
	fmt.Fprintf(w, "\nsummary: %d page %s read: %d method %s linted, %d skipped, %d not read\n",
		files, plural(files, "file"), methods, plural(methods, "page"), skipped, unread)
	if s.RepoSkipped != "" {
		fmt.Fprintf(w, "  repository checks skipped: %s\n", s.RepoSkipped)
	}
	fmt.Fprintln(w, "findings by rule:")
	for _, r := range s.Rules {
		if r.Count > 0 {
			fmt.Fprintf(w, "  %-22s %5d  %s\n", r.Kind, r.Count, r.Doc)
		}
	}
	fmt.Fprintln(w, "by reference:")
	for _, r := range s.References {
		if r.Path == repository {
			fmt.Fprintf(w, "  %s: %d %s\n", r.Path, r.Findings, plural(r.Findings, "finding"))
			continue
		}
		fmt.Fprintf(w, "  %s: %d %s in %d of %d method %s", r.Path, r.Findings, plural(r.Findings, "finding"), r.Pages, r.Methods, plural(r.Methods, "page"))
		if len(r.Skipped) > 0 {
			fmt.Fprintf(w, "; skipped %s", strings.Join(skippedByKind(r.Skipped), ", "))
		}
		fmt.Fprintln(w)
		for _, u := range r.Unread {
			fmt.Fprintf(w, "    not read: %s\n", u.Err)
		}
	}
}

// displayPath shows a path with forward slashes, the same on every system.
func displayPath(p string) string { return filepath.ToSlash(p) }
