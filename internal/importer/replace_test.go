package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
	"github.com/conform-dev/conform/internal/testrepo"
)

// curatedCopy is the repository's curated seed in a temporary folder: a
// copy of openapi/, schemas/ and features/ with what make refs imported
// removed, so that the tests below start where make refs starts.
func curatedCopy(t *testing.T) (string, map[string][]byte) {
	t.Helper()
	dir := testrepo.Copy(t, root, "openapi", "schemas", "features")
	if err := strip(dir); err != nil {
		t.Fatal(err)
	}
	seed, err := readTrees(dir)
	if err != nil {
		t.Fatal(err)
	}
	for rel, b := range seed {
		if bytes.Contains(b, []byte(importedKey)) || bytes.Contains(b, []byte(importedMark)) {
			t.Fatalf("%s is still marked as imported after strip", rel)
		}
	}
	return dir, seed
}

func runImport(t *testing.T, dir string, pages []*page.Page, opt Options) *Report {
	t.Helper()
	rep, err := Run(context.Background(), dir, pages, opt)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Invalid != nil {
		t.Fatalf("the import does not load: %v", rep.Invalid)
	}
	return rep
}

// changedPage is the held-out UpdateVifPeer page with its name's maximum
// raised: the vendor changed the page after it was imported.
func changedPage(t *testing.T) *page.Page {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "testdata/pages/heldout/dcaas-UpdateVifPeer.txt"))
	if err != nil {
		t.Fatal(err)
	}
	old := "name | No | String | Specifies the name of the virtual interface peer. Minimum: 0 Maximum: 64 |"
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("the held-out page no longer holds %q", old)
	}
	path := filepath.Join(t.TempDir(), "dcaas-UpdateVifPeer.txt")
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(strings.Replace(old, "64", "80", 1)), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := page.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReplace: an import with Replace follows the pages. What no page
// writes any more goes and leaves the curated files byte for byte as they
// were, a page that changed replaces its earlier import (an import without
// Replace refuses it), and a part whose mark was removed to edit it by hand
// stays.
func TestReplace(t *testing.T) {
	heldout := testrepo.Pages(t, root, "testdata/pages/heldout")
	updateVifPeer := func(p []*page.Page) []*page.Page {
		for _, x := range p {
			if x.Operation == "UpdateVifPeer" {
				return []*page.Page{x}
			}
		}
		t.Fatal("no UpdateVifPeer page among the held-out pages")
		return nil
	}(heldout)
	cases := []struct {
		name string
		// edit changes the folder after the held-out pages were imported.
		edit  func(t *testing.T, dir string)
		pages func(t *testing.T) []*page.Page
		opt   Options
		// check looks at the folder and the report of the second import.
		check func(t *testing.T, dir string, seed map[string][]byte, rep *Report)
	}{
		{
			name:  "no page: the curated seed as it was",
			pages: func(*testing.T) []*page.Page { return nil },
			opt:   Options{Replace: true},
			check: func(t *testing.T, dir string, seed map[string][]byte, rep *Report) {
				now, err := readTrees(dir)
				if err != nil {
					t.Fatal(err)
				}
				for rel, b := range seed {
					if !bytes.Equal(now[rel], b) {
						t.Errorf("%s is not as it was before the import", rel)
					}
				}
				for rel := range now {
					if _, ok := seed[rel]; !ok {
						t.Errorf("%s is left from the import", rel)
					}
				}
				if removed := statuses(rep)["removed"]; removed == 0 {
					t.Error("the report lists no removed file")
				}
			},
		},
		{
			name:  "a changed page replaces its import",
			pages: func(t *testing.T) []*page.Page { return []*page.Page{changedPage(t)} },
			opt:   Options{Replace: true},
			check: func(t *testing.T, dir string, _ map[string][]byte, rep *Report) {
				if rep.Refused() != 0 {
					t.Fatalf("refused: %v", rep.Pages[0].Refused)
				}
				b, _ := os.ReadFile(filepath.Join(dir, "openapi/dcaas.yaml"))
				if !bytes.Contains(b, []byte("maxLength: 80")) {
					t.Error("openapi/dcaas.yaml does not say the page's new maximum")
				}
				if _, err := os.Stat(filepath.Join(dir, "features/element/remove_cluster_pair.feature")); err == nil {
					t.Error("the feature of a page not imported this time is left")
				}
			},
		},
		{
			name:  "without Replace a changed page is refused",
			pages: func(t *testing.T) []*page.Page { return []*page.Page{changedPage(t)} },
			check: func(t *testing.T, dir string, _ map[string][]byte, rep *Report) {
				why := strings.Join(rep.Pages[0].Refused, " ")
				if rep.Refused() != 1 || !strings.Contains(why, "maxLength") || !strings.Contains(why, "import with --replace") {
					t.Errorf("want the page refused for its maximum, saying --replace writes it afresh, got %v", rep.Pages[0].Refused)
				}
			},
		},
		{
			name: "a part whose mark was removed is the user's",
			edit: func(t *testing.T, dir string) {
				path := filepath.Join(dir, "openapi/dcaas.yaml")
				b, _ := os.ReadFile(path)
				mark := "      x-conform-imported: dcaas-UpdateVifPeer.txt\n"
				if !bytes.Contains(b, []byte(mark)) {
					t.Fatalf("the UpdateVifPeer operation is not marked %q", mark)
				}
				b = bytes.Replace(b, []byte(mark), nil, 1)
				b = bytes.Replace(b, []byte("summary: Updating a Virtual Interface Peer"), []byte("summary: Rename a peer (edited by hand)"), 1)
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			pages: func(*testing.T) []*page.Page { return updateVifPeer },
			opt:   Options{Replace: true},
			check: func(t *testing.T, dir string, _ map[string][]byte, rep *Report) {
				b, _ := os.ReadFile(filepath.Join(dir, "openapi/dcaas.yaml"))
				if !bytes.Contains(b, []byte("summary: Rename a peer (edited by hand)")) {
					t.Error("the hand edit of the unmarked operation was replaced")
				}
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, seed := curatedCopy(t)
			runImport(t, dir, heldout, Options{Replace: true})
			if c.edit != nil {
				c.edit(t, dir)
			}
			rep := runImport(t, dir, c.pages(t), c.opt)
			c.check(t, dir, seed, rep)
		})
	}
}

func statuses(rep *Report) map[string]int {
	out := map[string]int{}
	for _, f := range rep.Changed {
		out[f.Status]++
	}
	return out
}
