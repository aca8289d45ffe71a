package scenario

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/target"
)

// TestWholeSuiteConcurrently runs every feature with 32 scenarios at a time,
// as `conform run --concurrency 32` does; under `go test -race` (make test)
// any state shared between scenarios shows up as a race. Against the
// reference target every scenario passes, as it does one at a time; against
// a target that stalls half its answers, every run still ends within its
// timeouts and leaves nothing running.
func TestWholeSuiteConcurrently(t *testing.T) {
	ref, err := reference.New(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var n atomicCounter
	tests := []struct {
		name    string
		handler http.Handler
		code    int
		want    string
	}{
		{name: "reference target", handler: ref, code: 0, want: "PASSED: "},
		{name: "every other answer stalls", code: 1, want: "no complete answer within", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if n.next()%2 == 0 {
				// Read the request first: only then does net/http cancel
				// the context when the client hangs up.
				_, _ = io.Copy(io.Discard, r.Body)
				<-r.Context().Done()
				return
			}
			ref.ServeHTTP(w, r)
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ignore := goleak.IgnoreCurrent()
			t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
			srv := httptest.NewServer(tt.handler)
			t.Cleanup(func() { srv.CloseClientConnections(); srv.Close() })
			env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken,
				"CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword}
			var out syncBuffer
			start := time.Now()
			code := Run(context.Background(), target.Config{Provider: refProvider(t),
				Dir: repoRoot(t), Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv.URL, "element": srv.URL + "/json-rpc/12.3"},
				Concurrency: 32, Timeout: 2 * time.Second, Format: "progress", Output: &out, Errors: &out, NoColors: true,
				Getenv: func(k string) string { return env[k] },
			}, nil)
			if code != tt.code || !strings.Contains(out.String(), tt.want) {
				t.Fatalf("exit code %d, want %d with %q; output:\n%s", code, tt.code, tt.want, out.String())
			}
			if took := time.Since(start); took > 30*time.Second {
				t.Errorf("the run took %s", took)
			}
		})
	}
}

type atomicCounter struct{ v atomic.Int64 }

func (c *atomicCounter) next() int64 { return c.v.Add(1) }

// TestBatchesOverlapWithinTheConcurrency: batches overlap at their
// boundaries, and still no more than --concurrency scenarios send at once,
// every scenario runs, and the run passes.
func TestBatchesOverlapWithinTheConcurrency(t *testing.T) {
	ref, err := reference.New(reference.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var inFlight, most atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(2 * time.Millisecond) // long enough for scenarios to meet
		ref.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	env := map[string]string{"CONFORM_DCAAS_TOKEN": reference.DefaultToken,
		"CONFORM_ELEMENT_USERNAME": reference.DefaultUsername, "CONFORM_ELEMENT_PASSWORD": reference.DefaultPassword}
	const conc = 3
	var out syncBuffer
	code := Run(context.Background(), target.Config{Provider: refProvider(t),
		Dir: repoRoot(t), Allow: contract.Destructive, Targets: map[string]string{"dcaas": srv.URL, "element": srv.URL + "/json-rpc/12.3"},
		Concurrency: conc, BatchSize: 4, Format: "progress", Output: &out, Errors: &out, NoColors: true,
		Getenv: func(k string) string { return env[k] },
	}, nil)
	if code != 0 || !strings.Contains(out.String(), "PASSED: ") {
		t.Fatalf("exit code %d; output:\n%s", code, out.String())
	}
	// The embedded destination cluster of the pairing scenarios is not this
	// server, so requests in flight here are at most one per scenario.
	if m := most.Load(); m > conc {
		t.Errorf("%d requests in flight at once, with --concurrency %d", m, conc)
	} else if m < 2 {
		t.Errorf("at most %d request in flight: the scenarios did not run concurrently", m)
	}
}
