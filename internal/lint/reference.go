package lint

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/page"
)

// pageExtensions are the files of a folder read as pages: doc sources and
// extracted text. The rest of a reference's folder (images, licences) is not
// a page; a file named on the command line is read whatever its name.
var pageExtensions = map[string]bool{".adoc": true, ".asciidoc": true, ".rst": true, ".txt": true}

// Input is what lint was given to read: references (folders of pages, or
// single pages), the method pages read from them, and the pages it did not
// lint, with the reason.
type Input struct {
	References []*Reference
	Pages      []*page.Page // method pages, in path order
}

// Reference is one path lint was given.
type Reference struct {
	Path    string
	Files   int      // page files found
	Methods int      // method pages read
	Skipped []Skip   // pages that are not methods
	Unread  []Unread // files that cannot be read as a page
}

// Skip is a page that is not a method's, and why.
type Skip struct {
	File   string
	Kind   page.Kind
	Reason string
}

// Unread is a file in a folder that cannot be read as a page.
type Unread struct {
	File string
	Err  error
}

// ErrNoPage is a path lint was given that it cannot read: a missing file,
// or a file named on its own that is not a page.
var ErrNoPage = errors.New("cannot lint")

// ReadPaths reads every page under paths: a folder's page files (by
// extension, recursively, in path order) and each file named. A file named
// on its own must be a page (an error otherwise); a folder's file that is
// not one is listed in Unread, and lint goes on.
func ReadPaths(paths []string) (*Input, error) {
	in := &Input{}
	for _, path := range paths {
		ref := &Reference{Path: path}
		in.References = append(in.References, ref)
		st, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("%w: cannot read the page %s: %w", ErrNoPage, path, err)
		}
		if !st.IsDir() {
			ref.Files = 1
			p, err := page.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("%w: %w", ErrNoPage, err)
			}
			in.add(ref, p)
			continue
		}
		var files []string
		err = filepath.WalkDir(path, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && f != path && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && pageExtensions[strings.ToLower(filepath.Ext(f))] {
				files = append(files, f)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrNoPage, path, err)
		}
		sort.Strings(files)
		ref.Files = len(files)
		for _, f := range files {
			p, err := page.ReadFile(f)
			if err != nil {
				ref.Unread = append(ref.Unread, Unread{File: f, Err: err})
				continue
			}
			in.add(ref, p)
		}
	}
	return in, nil
}

func (in *Input) add(ref *Reference, p *page.Page) {
	if p.Kind != page.KindMethod {
		ref.Skipped = append(ref.Skipped, Skip{File: p.File, Kind: p.Kind, Reason: SkipReason(p)})
		return
	}
	ref.Methods++
	in.Pages = append(in.Pages, p)
}

// SkipReason says why a page that is not a method's is not linted.
func SkipReason(p *page.Page) string {
	why := p.KindReason
	if why == "" {
		why = fmt.Sprintf("it documents %q, which method pages refer to", p.Title)
	}
	return fmt.Sprintf("not a method or operation (%s page): %s", p.Kind, why)
}

// KindReasons are the reasons, in general, that a kind of page is skipped:
// the summary counts skipped pages by them.
var KindReasons = map[page.Kind]string{
	page.KindObject:  "an object's members table, which method pages refer to",
	page.KindExample: "only an example of a method documented on its own page",
	page.KindConcept: "prose: no method, no URI",
}

// ReferenceOf names the reference a file (or file:line) belongs to: the
// path given that holds it, or "" (the repository's own documents).
func (in *Input) ReferenceOf(where string) string {
	file, _ := splitWhere(where)
	best := ""
	for _, r := range in.References {
		p := filepath.Clean(r.Path)
		if (file == r.Path || file == p || strings.HasPrefix(file, p+string(filepath.Separator))) && len(p) > len(best) {
			best = r.Path
		}
	}
	return best
}

// Lint lints the pages of in, and the repository under dir when it has an
// openapi/ folder: the repository checks need the contracts, the page checks
// do not. repoSkipped says why the repository was not checked, or "".
func Lint(ctx context.Context, dir string, in *Input) (res *Result, repoSkipped string) {
	if _, err := os.Stat(filepath.Join(dir, "openapi")); err != nil {
		return Pages(in.Pages), fmt.Sprintf("%s has no openapi/ folder: the contracts and features were not checked, only the pages", dir)
	}
	return Repository(ctx, dir, in.Pages), ""
}

// Pages lints pages on their own, with no repository.
func Pages(pages []*page.Page) *Result {
	var ds []detection
	for _, p := range pages {
		ds = append(ds, pageDetections(p, true)...)
	}
	fs, kinds := finish(newIndex(nil), ds)
	return &Result{Findings: fs, Kinds: kinds}
}
