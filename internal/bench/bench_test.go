package bench

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/reference"
)

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func TestWriteFeaturesCountsAndRenames(t *testing.T) {
	seeds, err := SeedScenarios(repoRoot())
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) == 0 {
		t.Fatal("no plain scenario in features/")
	}
	for _, n := range []int{1, len(seeds) + 1, perFile + 3} {
		dir, err := WriteFeatures(t.TempDir(), seeds, n)
		if err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.feature"))
		names := map[string]bool{}
		for _, f := range files {
			b, _ := os.ReadFile(f)
			for _, line := range strings.Split(string(b), "\n") {
				if name, ok := strings.CutPrefix(strings.TrimSpace(line), "Scenario:"); ok {
					names[name] = true
				}
			}
		}
		if len(names) != n {
			t.Errorf("WriteFeatures(%d) wrote %d distinct scenarios in %d files", n, len(names), len(files))
		}
	}
}

func TestSelectFailsOnAnUnknownName(t *testing.T) {
	seeds, _ := SeedScenarios(repoRoot())
	if _, err := Select(seeds, "no scenario is called this"); err == nil {
		t.Error("Select of an unknown name: no error")
	}
	got, err := Select(seeds, "the documented example creates a peer")
	if err != nil || len(got) != 1 || !strings.Contains(got[0].Text, "CreateVifPeer") {
		t.Errorf("Select(the documented example) = %v, %v", got, err)
	}
}

func TestGeneratedOpenAPILoadsAndRoutes(t *testing.T) {
	root := t.TempDir()
	if err := WriteOpenAPI(root, 10); err != nil {
		t.Fatal(err)
	}
	ops, _, _, err := LoadAndRoute(context.Background(), root)
	if err != nil || ops != 10 {
		t.Errorf("LoadAndRoute = %d operations, %v; want 10", ops, err)
	}
}

func TestBareLoopAgainstTheSlowReference(t *testing.T) {
	h, err := reference.New(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Slow(h, 5*time.Millisecond))
	defer srv.Close()
	start := time.Now()
	if err := BareLoop(srv.Client(), srv.URL, reference.DefaultToken, 3); err != nil {
		t.Fatal(err)
	}
	// Three scenarios, a POST and a DELETE each.
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("6 requests to a target adding 5ms took %s", d)
	}
	if err := BareLoop(srv.Client(), srv.URL, "wrong-token", 1); err == nil {
		t.Error("a rejected POST: no error")
	}
}

func TestSpecmaticSpan(t *testing.T) {
	out := `--------------------
  Request to http://127.0.0.1:18931 at 2026-11-22 6:14:29.548
    POST /v3/GQBCN/dcaas/vif-peers

  Response at 2026-11-22 6:14:29.580
    401 Unauthorized
  Request to http://127.0.0.1:18931 at 2026-11-22 6:14:29.624
  Response at 2026-11-22 6:14:30.036
`
	if got, want := specmaticSpan(out), 488*time.Millisecond; got != want {
		t.Errorf("specmaticSpan = %s, want %s", got, want)
	}
	if got := specmaticSpan("no timestamps"); got != 0 {
		t.Errorf("specmaticSpan without timestamps = %s, want 0", got)
	}
}

func TestValidationKeepsTheFastestRun(t *testing.T) {
	f := filepath.Join(t.TempDir(), "gobench.txt")
	out := "BenchmarkKinOpenAPIResponse/documented-2 \t 10000\t 23701 ns/op\t 19.07 MB/s\t 6957 B/op\t 93 allocs/op\n" +
		"BenchmarkKinOpenAPIResponse/documented-2 \t 10000\t 13701 ns/op\t 29.07 MB/s\t 6957 B/op\t 93 allocs/op\n" +
		"BenchmarkRedactorString/keys=2000-2 \t 431539\t 2436 ns/op\t 0 B/op\t 0 allocs/op\n"
	if err := os.WriteFile(f, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &runner{cfg: Config{GoBench: f}}
	if err := r.validation(); err != nil {
		t.Fatal(err)
	}
	if len(r.rows) != 2 || !strings.Contains(r.rows[0].Conform, "13.7 µs/op, 93 allocs/op, 29.07 MB/s") || !strings.Contains(r.rows[1].Conform, "2.4 µs/op") {
		t.Errorf("rows = %+v", r.rows)
	}
}
