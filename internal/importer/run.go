package importer

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/page"
	"github.com/conform-dev/conform/internal/plan"
)

// Options say how Run imports.
type Options struct {
	// Check writes nothing: Report.Changed lists the files an import would
	// write, so that a test (or CI) fails when committed output is stale.
	Check bool
	// Replace first removes what earlier imports wrote (see strip), so that
	// the pages are imported afresh: what no page documents any more goes,
	// and a page that changed replaces its earlier import instead of being
	// refused for disagreeing with it. What is not marked as the import's
	// is merged into as without Replace.
	Replace bool
}

// Report is what one import did, for the summary the command prints.
type Report struct {
	Pages      []*PageResult
	Read       int            // pages read, of every kind
	Unreadable []error        // pages that could not be read, each naming its page
	Skipped    map[string]int // pages that are not methods, by reason
	// SkippedPages are those pages, in the order read.
	SkippedPages []*page.Page
	Objects      int      // object pages written as shared definitions
	Written      int      // methods and operations new or merged
	Scenarios    int      // example pairs (or lone requests) turned into scenarios
	Unpaired     []string // examples no other example pairs with: page: title
	// Changed are the files that differ from the repository's (written,
	// or with Check, that would be): Status "new", "merged", or with
	// Replace "removed".
	Changed []File
	// Invalid says why nothing was written: the prepared files do not load.
	Invalid error
}

// Refused counts the pages whose files were not written.
func (r *Report) Refused() int {
	n := 0
	for _, p := range r.Pages {
		if len(p.Refused) > 0 {
			n++
		}
	}
	return n
}

// Read reads the pages of files and folders (walked for .adoc, .rst, .txt
// and .md files, in lexical order). A page that cannot be read is reported
// and the others are still read: one broken page of four hundred must not
// cost the other pages their import.
func ReadPages(args []string) ([]*page.Page, []error) {
	var pages []*page.Page
	var errs []error
	read := func(path string) {
		p, err := page.ReadFile(path)
		if err != nil {
			errs = append(errs, err)
			return
		}
		pages = append(pages, p)
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("cannot read %s: %w", a, err))
			continue
		}
		if !st.IsDir() {
			read(a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".adoc", ".rst", ".txt", ".md":
				if !d.IsDir() && !strings.EqualFold(d.Name(), "README.md") {
					read(p)
				}
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("cannot read the folder %s: %w", a, err))
		}
	}
	return pages, errs
}

// SkipReason is the reason a page that is not a method's is counted under.
func SkipReason(p *page.Page) string {
	switch p.Kind {
	case page.KindObject:
		return "object page: a member table method pages refer to"
	case page.KindExample:
		return "example page: an example of a method documented on its own page"
	case page.KindConcept:
		return "concept page: prose, no parameters or return values"
	}
	return string(p.Kind) + " page"
}

// Run imports pages into root. It prepares every file in a temporary copy
// of root's openapi/, schemas/ and features/, checks there that the
// contracts load, every schema compiles and every feature parses with
// steps that exist, and only then writes the files that changed into root.
// When the copy does not load, Report.Invalid says why and root is left
// as it was.
func Run(ctx context.Context, root string, pages []*page.Page, opt Options) (*Report, error) {
	rep := &Report{Skipped: map[string]int{}, Read: len(pages)}
	stage, err := os.MkdirTemp("", "conform-import-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage)
	// base is what the pages are merged into: the repository, or with
	// Replace what is left of it in a copy of its own. The stage is never
	// loaded before validate: kin-openapi caches a document by its path
	// for the life of the process, and would hand validate the stage as
	// it was before the pages were written.
	base := root
	if opt.Replace {
		if base, err = os.MkdirTemp("", "conform-import-base-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(base)
		if err := copyRepo(root, base); err != nil {
			return nil, err
		}
		if err := strip(base); err != nil {
			return nil, err
		}
	}
	if err := copyRepo(base, stage); err != nil {
		return nil, err
	}
	var set *contract.Set
	if _, err := os.Stat(filepath.Join(base, "openapi")); err == nil {
		if s, err := contract.Load(ctx, base, nil); err == nil {
			set = s
		}
	}
	// Conflict ids the repository uses: a page's are numbered after them.
	// The object files' are not kept: those files are written anew, and
	// take the same ids again.
	ids := map[string]bool{}
	if set != nil {
		for _, c := range set.Conflicts() {
			if !isObjectFile(c.Where) {
				ids[c.ID] = true
			}
		}
	}
	sf := newSharedFacts()
	objects := map[string]*page.Page{}
	var methods []*page.Page
	for _, p := range pages {
		switch {
		case p.Kind == page.KindMethod:
			methods = append(methods, p)
		case p.Kind == page.KindObject && p.Format == page.Element && jsonrpcAPI(stage, p.API, methods):
			objects[p.Title] = p
			rep.Skipped[SkipReason(p)+", written as a shared definition"]++
			rep.SkippedPages = append(rep.SkippedPages, p)
		default:
			rep.Skipped[SkipReason(p)]++
			rep.SkippedPages = append(rep.SkippedPages, p)
		}
	}
	names := newNamer(methods)
	byOp := map[string]*page.Page{}
	for _, p := range methods {
		api, op := names.of(p)
		if byOp[api+" "+op] == nil {
			byOp[api+" "+op] = p
		}
	}
	used := map[string]bool{} // the object pages a method refers to
	seen := map[string]string{}
	for _, p := range methods {
		api, op := names.of(p)
		key := api + " " + op
		if first, dup := seen[key]; dup {
			r := &PageResult{Page: p, Refused: []string{fmt.Sprintf("%s %s is also documented by %s, imported first", api, op, first)}}
			rep.Pages = append(rep.Pages, r)
			continue
		}
		seen[key] = p.File
		r, err := importPage(stage, set, p, api, op, objects, used, ids, byOp, sf)
		if err != nil {
			return rep, err
		}
		rep.Pages = append(rep.Pages, r)
		if len(r.Refused) > 0 {
			continue
		}
		rep.Written++
		rep.Scenarios += r.Scenarios
		rep.Unpaired = append(rep.Unpaired, r.Unpaired...)
		for _, f := range r.Files {
			if err := writeFile(stage, f); err != nil {
				return rep, err
			}
		}
	}
	objFiles, err := objectFiles(objects, used, sf, ids)
	if err != nil {
		return rep, err
	}
	for _, f := range objFiles {
		if err := writeFile(stage, f); err != nil {
			return rep, err
		}
		rep.Objects++
	}
	if err := validate(ctx, stage); err != nil {
		rep.Invalid = err
		return rep, nil
	}
	if rep.Changed, err = changes(root, stage); err != nil {
		return rep, err
	}
	if opt.Check {
		return rep, nil
	}
	for _, f := range rep.Changed {
		if f.Status == "removed" {
			if err := os.Remove(filepath.Join(root, f.Path)); err != nil {
				return rep, err
			}
			continue
		}
		if err := writeFile(root, f); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// repoDirs are the folders of a repository root that import reads and writes.
var repoDirs = []string{"openapi", "schemas", "features"}

func copyRepo(from, to string) error {
	for _, dir := range repoDirs {
		if err := CopyTree(filepath.Join(from, dir), filepath.Join(to, dir)); err != nil {
			return err
		}
	}
	return nil
}

// changes compares the prepared stage with root, file by file: what is new
// or differs, and what the stage no longer has (removed by Replace).
func changes(root, stage string) ([]File, error) {
	now, err := readTrees(stage)
	if err != nil {
		return nil, err
	}
	was, err := readTrees(root)
	if err != nil {
		return nil, err
	}
	var out []File
	for rel, b := range now {
		old, ok := was[rel]
		switch {
		case !ok:
			out = append(out, File{Path: rel, Content: b, Status: "new"})
		case !bytes.Equal(old, b):
			out = append(out, File{Path: rel, Content: b, Status: "merged"})
		}
	}
	for rel := range was {
		if _, ok := now[rel]; !ok {
			out = append(out, File{Path: rel, Status: "removed"})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// readTrees reads every file of root's repoDirs, by slash path.
func readTrees(root string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, dir := range repoDirs {
		err := walkFiles(filepath.Join(root, dir), func(p string, b []byte) error {
			rel, err := filepath.Rel(root, p)
			out[filepath.ToSlash(rel)] = b
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// validate checks the prepared repository as conform run and lint would:
// the contracts load and every schema compiles, and every feature parses
// with steps that exist.
func validate(ctx context.Context, dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "openapi")); err != nil {
		return nil // nothing was written
	}
	set, err := contract.Load(ctx, dir, nil)
	if err != nil {
		return fmt.Errorf("the imported contracts would not load: %w", err)
	}
	if err := set.CompileAll(); err != nil {
		return fmt.Errorf("an imported schema would not compile: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "features")); err == nil {
		if err := plan.Preflight([]string{filepath.Join(dir, "features")}, set); err != nil {
			return fmt.Errorf("the imported features would not run: %s", strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
		}
	}
	return nil
}

func writeFile(root string, f File) error {
	path := filepath.Join(root, f.Path)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, f.Content, 0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// CopyTree copies the folder src, every file and folder in it, to dst; a src
// that does not exist copies nothing. Import stages its work in such a copy,
// and make bench imports into one.
func CopyTree(src, dst string) error {
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if os.IsNotExist(err) {
		return nil
	}
	return err
}

// jsonrpcAPI tells whether the object pages of api have somewhere to go:
// the API's contract exists, or a method page of this import writes it.
func jsonrpcAPI(stage, api string, methods []*page.Page) bool {
	if _, err := os.Stat(filepath.Join(stage, "openapi", api+".yaml")); err == nil {
		return true
	}
	for _, p := range methods {
		if p.API == api && p.Format == page.Element {
			return true
		}
	}
	return false
}
