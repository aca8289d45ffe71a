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

	"github.com/conform-dev/conform/internal/reference"
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
			code := Run(context.Background(), Config{
				Dir: repoRoot(t), Targets: map[string]string{"dcaas": srv.URL, "element": srv.URL + "/json-rpc/12.3"},
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
