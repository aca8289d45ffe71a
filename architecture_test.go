package conform

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/conform-dev/conform/"

// TestArchitecture keeps the stages apart: the embedded reference target is
// a provider that only the commands (and tests, and the benchmark driver
// that measures against it) plug in; production code never imports testing;
// the exchange and the examples know JSON values, not the schema engine.
func TestArchitecture(t *testing.T) {
	rules := []struct {
		imports string
		allowed func(dir string) bool
		why     string
	}{
		{module + "internal/reference", func(dir string) bool {
			return strings.HasPrefix(dir, "cmd/") || dir == "internal/bench" || dir == "internal/reference"
		}, "the reference target is a provider that cmd/ plugs in (target.Provider)"},
		{"testing", func(dir string) bool { return dir == "internal/testrepo" },
			"production code does not import testing (go test hands its *testing.T over as a godog option)"},
		{module + "internal/contract/jsonschema", func(dir string) bool {
			return !slices.Contains([]string{"internal/exchange", "internal/example", "internal/jsonvalue", "internal/plan", "internal/target"}, dir)
		}, "JSON pointers and decoding are internal/jsonvalue's; the schema engine is the contract's"},
		{module + "internal/scenario", func(dir string) bool { return strings.HasPrefix(dir, "cmd/") },
			"the runner is the last stage: the authoring tools (lint, gen, import) use plan, not scenario"},
	}
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		dir := filepath.ToSlash(filepath.Dir(path))
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, r := range rules {
				if p == r.imports && !r.allowed(dir) {
					t.Errorf("%s imports %s: %s", path, p, r.why)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("checked %d Go files; the walk missed the repository", checked)
	}
}
