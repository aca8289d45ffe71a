// Package testrepo copies parts of this repository into a test's temporary
// folder, so that a test can break a contract or a feature without touching
// the repository.
package testrepo

import (
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

// Copy copies the folders dirs under root (openapi, schemas, features…) to a
// new temporary folder and returns it.
func Copy(t testing.TB, root string, dirs ...string) string {
	t.Helper()
	dst := t.TempDir()
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// Pages parses every .txt page in root/dir, naming each dir/<file> so that
// locations do not depend on where the test runs.
func Pages(t testing.TB, root, dir string) []*page.Page {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(root, dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no page in %s: %v", dir, err)
	}
	var out []*page.Page
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := page.Parse(filepath.ToSlash(filepath.Join(dir, filepath.Base(f))), string(b))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// SilentTarget is a target on loopback that accepts connections and never
// answers, for the tests of timeouts; it is closed when the test ends.
func SilentTarget(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { close(done); ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { <-done; c.Close() }()
		}
	}()
	return "http://" + ln.Addr().String()
}
