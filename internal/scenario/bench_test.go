package scenario

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/cucumber/godog"

	"github.com/conform-dev/conform/internal/bench"
	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// BenchmarkDocumentedScenario runs the CreateVifPeer documented-example
// scenario (send, status, content type, contract, example, echo, cleanup)
// against the reference target on loopback, with the suite built once as in
// a real run. Compare with BenchmarkBareLoop: the same request and cleanup
// with net/http and a JSON decode, no checks.
func BenchmarkDocumentedScenario(b *testing.B) {
	srv, err := reference.Start(reference.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken, "CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword}
	s, err := NewSuite(context.Background(), target.Config{Provider: refProvider(b), Dir: repoRoot(b), Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv.URL(), "element": srv.URL()}, Getenv: func(k string) string { return env[k] }})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	feature, err := os.ReadFile(filepath.Join(repoRoot(b), "features", "dcaas", "create_vif_peer.feature"))
	if err != nil {
		b.Fatal(err)
	}
	// One feature holding b.N copies of the scenario: godog's own set-up is
	// paid once, as in a long run.
	var many bytes.Buffer
	head, body, _ := bytes.Cut(feature, []byte("  Scenario:"))
	many.Write(head)
	for range b.N {
		many.WriteString("  Scenario:")
		many.Write(body)
	}
	b.ResetTimer()
	status := godog.TestSuite{Name: "bench", ScenarioInitializer: s.InitializeScenario, Options: &godog.Options{
		Format: "progress", Output: io.Discard, Strict: true, NoColors: true,
		FeatureContents: []godog.Feature{{Name: "bench.feature", Contents: many.Bytes()}},
	}}.Run()
	if status != 0 {
		b.Fatalf("the scenarios failed (status %d)", status)
	}
}

func BenchmarkBareLoop(b *testing.B) {
	srv, err := reference.Start(reference.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	b.ResetTimer()
	if err := bench.BareLoop(&http.Client{}, srv.URL(), reference.DefaultToken, b.N); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkRun is a whole `conform run` in process, the path users take:
// selection, godog, the recorder, coverage and the summary, with progress
// output discarded. Each op is one run of N copies of the plain seed
// scenarios, cycled, as in row 5 of docs/benchmarks.md, or of the documented
// CreateVifPeer scenario, as in row 1; µs/scenario is the cost of one. Profile it with -cpuprofile and -memprofile.
func BenchmarkRun(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
		only string // one seed scenario, by name; all of them when empty
	}{
		{"seeds", 200, ""},
		{"seeds", 2000, ""},
		{"documented-create", 2000, "the documented example creates a peer"},  // row 1
		{"no-credentials", 2000, "a request without credentials is rejected"}, // row 3
	} {
		name := c.name + "/" + strconv.Itoa(c.n)
		n := c.n
		b.Run(name, func(b *testing.B) {
			seeds, err := bench.SeedScenarios(repoRoot(b))
			if err != nil {
				b.Fatal(err)
			}
			if c.only != "" {
				if seeds, err = bench.Select(seeds, c.only); err != nil {
					b.Fatal(err)
				}
			}
			dir, err := bench.WriteFeatures(filepath.Join(b.TempDir(), "features"), seeds, n)
			if err != nil {
				b.Fatal(err)
			}
			env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken, "CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				var out bytes.Buffer
				code := Run(context.Background(), target.Config{Provider: refProvider(b), Dir: repoRoot(b), Features: []string{dir}, Format: "progress", Output: &out, Errors: &out, NoColors: true,
					Getenv: func(k string) string { return env[k] }}, nil)
				if code != 0 {
					b.Fatalf("exit %d:\n%s", code, out.String())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/scenario")
		})
	}
}

// BenchmarkGodogAlone runs row 1's documented scenarios under godog with
// every step a function that does nothing and no HTTP (bench.GodogFloor):
// godog's own cost per scenario. Profile it with -cpuprofile to see what in
// godog costs it, function by function (docs/benchmarks.md).
func BenchmarkGodogAlone(b *testing.B) {
	seeds, err := bench.SeedScenarios(repoRoot(b))
	if err != nil {
		b.Fatal(err)
	}
	if seeds, err = bench.Select(seeds, "the documented example creates a peer"); err != nil {
		b.Fatal(err)
	}
	const n = 2000
	dir, err := bench.WriteFeatures(filepath.Join(b.TempDir(), "features"), seeds, n)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if code := bench.GodogFloor(context.Background(), []string{dir}, io.Discard); code != 0 {
			b.Fatalf("godog alone exited %d", code)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/scenario")
}
