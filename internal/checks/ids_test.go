package checks_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
)

// TestEveryCheckIDIsDocumented keeps the registry whole: each id once, each
// with a doc, each constant of ids.go registered, and no Go file of the
// repository naming a check with a string literal (Check: "x", f.Check ==
// "x", checks.ID("x")), which would bypass the registry: a test file may use
// a literal only when it is a registered id.
func TestEveryCheckIDIsDocumented(t *testing.T) {
	registered := map[checks.ID]bool{}
	for _, d := range checks.IDs() {
		if registered[d.ID] {
			t.Errorf("check id %q is registered twice", d.ID)
		}
		registered[d.ID] = true
		if strings.TrimSpace(d.Doc) == "" || d.ID.Doc() != d.Doc {
			t.Errorf("check id %q has no doc", d.ID)
		}
	}

	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "ids.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	consts := 0
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || vs.Type == nil || types(vs.Type) != "ID" {
			return true
		}
		for _, v := range vs.Values {
			consts++
			if id := literal(v); !registered[checks.ID(id)] {
				t.Errorf("ids.go: constant %q is not in the registry: add it to ids with a line of doc", id)
			}
		}
		return true
	})
	if consts != len(registered) {
		t.Errorf("ids.go declares %d id constants, the registry has %d", consts, len(registered))
	}

	root := filepath.Join("..", "..")
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		test := strings.HasSuffix(path, "_test.go")
		for _, lit := range checkLiterals(file) {
			id, pos := literal(lit), fset.Position(lit.Pos())
			switch {
			case !registered[checks.ID(id)]:
				t.Errorf("%s: check id %q is not registered: add a constant and its doc to internal/checks/ids.go", pos, id)
			case !test:
				t.Errorf("%s: check id %q written as a string: use its constant from internal/checks/ids.go", pos, id)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkLiterals finds the string literals a file uses as a check id.
func checkLiterals(f *ast.File) []*ast.BasicLit {
	var out []*ast.BasicLit
	isCheck := func(e ast.Expr) bool {
		switch x := e.(type) {
		case *ast.Ident:
			return x.Name == "Check" || x.Name == "wantCheck"
		case *ast.SelectorExpr:
			return x.Sel.Name == "Check"
		}
		return false
	}
	add := func(e ast.Expr) {
		if b, ok := e.(*ast.BasicLit); ok && b.Kind == token.STRING {
			out = append(out, b)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.KeyValueExpr:
			if isCheck(x.Key) {
				add(x.Value)
			}
		case *ast.AssignStmt:
			for i, l := range x.Lhs {
				if isCheck(l) && i < len(x.Rhs) {
					add(x.Rhs[i])
				}
			}
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				if isCheck(x.X) {
					add(x.Y)
				}
				if isCheck(x.Y) {
					add(x.X)
				}
			}
		case *ast.CallExpr:
			if types(x.Fun) == "ID" && len(x.Args) == 1 {
				add(x.Args[0])
			}
		}
		return true
	})
	return out
}

func types(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}

func literal(e ast.Expr) string {
	b, ok := e.(*ast.BasicLit)
	if !ok {
		return ""
	}
	s, err := strconv.Unquote(b.Value)
	if err != nil {
		return b.Value
	}
	return s
}
