package contract_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/importer"
)

// repoRoot is the repository root seen from this package's directory.
const repoRoot = "../.."

// seedRoot holds the repository's curated contracts, the seed, without the
// vendor references make refs imported beside them (importer.CopyCurated):
// the tests below pin the seed's operations, methods and conflicts by
// name, and break its files on purpose. TestLoadRepositoryAPIs loads the
// whole repository.
var seedRoot string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "conform-contract-seed-")
	if err == nil {
		err = importer.CopyCurated(repoRoot, dir)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot copy the curated seed: %v\n", err)
		os.Exit(2)
	}
	seedRoot = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// loadSeed loads the seed's contracts once: every test reads them, none
// changes them.
var loadSeed = sync.OnceValues(func() (*contract.Set, error) {
	return contract.Load(context.Background(), seedRoot, nil)
})

func seedSet(t *testing.T) *contract.Set {
	t.Helper()
	set, err := loadSeed()
	if err != nil {
		t.Fatalf("contract.Load of the curated seed: %v", err)
	}
	return set
}

func api(t *testing.T, name string) *contract.API {
	t.Helper()
	a, err := seedSet(t).API(name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func operation(t *testing.T, apiName, id string) *contract.Operation {
	t.Helper()
	o, err := api(t, apiName).Operation(id)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func method(t *testing.T, name string) *contract.Method {
	t.Helper()
	j := api(t, "element").JSONRPC
	if j == nil {
		t.Fatal("the element API has no JSON-RPC layer")
	}
	m, err := j.Method(name)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// contractDirs are the folders a repository copy holds: the seed's contracts.
var contractDirs = []string{"openapi", filepath.Join("schemas", "element")}

// copySeed writes the seed's contracts into a fresh repository under
// t.TempDir() and returns its root.
func copySeed(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, dir := range contractDirs {
		entries, err := os.ReadDir(filepath.Join(seedRoot, dir))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			b, err := os.ReadFile(filepath.Join(seedRoot, dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(root, dir, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

// replaceIn replaces the first old with new in a file of a repository copy.
// It fails when old is not there, so that a case whose contract changed
// under it cannot pass by breaking nothing.
func replaceIn(t *testing.T, root, file, old, new string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(file))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s no longer contains %q: update the case", file, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fileLine returns line n (1-based) of a file of the seed.
func fileLine(t *testing.T, file string, n int) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedRoot, filepath.FromSlash(file)))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if n < 1 || n > len(lines) {
		t.Fatalf("%s has %d lines, not %d", file, len(lines), n)
	}
	return lines[n-1]
}
