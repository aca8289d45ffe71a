package gcpolicy

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestLimit(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, Floor},
		{5 << 20, Floor},
		{Floor / 2, Floor},
		{Floor/2 + 1, Floor + 2},
		{100 << 20, 200 << 20},
		{math.MaxUint64, math.MaxInt64},
	} {
		if got := Limit(c.live); got != c.want {
			t.Errorf("Limit(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}

func TestTheEnvironmentWins(t *testing.T) {
	for _, env := range []map[string]string{{"GOGC": "100"}, {"GOMEMLIMIT": "1GiB"}, {"GOGC": "off", "GOMEMLIMIT": "64MiB"}} {
		before := debug.SetGCPercent(-1)
		debug.SetGCPercent(before)
		restore, applied := Apply(func(k string) string { return env[k] })
		restore()
		if applied {
			t.Errorf("with %v the policy was applied", env)
		}
		if now := debug.SetGCPercent(before); now != before {
			t.Errorf("with %v GOGC became %d, want %d", env, now, before)
		}
	}
}

// TestTheLimitFollowsTheLiveHeap holds a live heap larger than the floor:
// the limit must rise to twice it, or every collection after it would run
// back to back.
func TestTheLimitFollowsTheLiveHeap(t *testing.T) {
	restore, applied := Apply(func(string) string { return "" })
	defer restore()
	if !applied {
		t.Fatal("the policy was not applied with an empty environment")
	}
	if got := debug.SetGCPercent(Percent); got != Percent {
		t.Errorf("GOGC is %d, want %d", got, Percent)
	}
	live := make([][]byte, 0, 64)
	for range 64 {
		live = append(live, make([]byte, 1<<20)) // 64 MiB, past the floor
	}
	deadline := time.Now().Add(10 * time.Second)
	limit := int64(0)
	for time.Now().Before(deadline) {
		runtime.GC() // the finalizer of one cycle runs after it
		runtime.Gosched()
		if limit = debug.SetMemoryLimit(-1); limit >= 2*64<<20 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(live)
	if limit < 2*64<<20 {
		t.Errorf("with 64 MiB live the memory limit is %d MiB, want at least 128 MiB", limit>>20)
	}
}
