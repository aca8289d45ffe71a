package gcpolicy

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 100},           // before the first collection measured it
		{1 << 20, 1000},    // a tiny heap: at most 1000
		{4 << 20, 700},     // 4 MiB may grow to 32
		{8 << 20, 300},     // 8 to 32
		{Floor/2 - 1, 100}, // just under half of Floor: twice the live heap is Floor
		{Floor / 2, 100},   // from there on Go's default
		{100 << 20, 100},   // a large live heap: Go's default
		{1 << 62, 100},
	} {
		if got := Percent(c.live); got != c.want {
			t.Errorf("Percent(%d MiB) = %d, want %d", c.live>>20, got, c.want)
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

// TestGOGCFollowsTheLiveHeap: after a collection, GOGC is set from the live
// heap it found: high while the heap is small, Go's default once twice the
// live heap passes Floor.
func TestGOGCFollowsTheLiveHeap(t *testing.T) {
	restore, applied := Apply(func(string) string { return "" })
	defer restore()
	if !applied {
		t.Fatal("the policy was not applied with an empty environment")
	}
	gogc := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	settled := func(want func(int) bool) int {
		deadline := time.Now().Add(10 * time.Second)
		p := 0
		for time.Now().Before(deadline) {
			runtime.GC() // the finalizer of one cycle runs after it
			runtime.Gosched()
			if p = gogc(); want(p) {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		return p
	}
	if p := settled(func(p int) bool { return p > 100 }); p <= 100 {
		t.Errorf("with a small live heap GOGC is %d, want more than 100", p)
	}
	live := make([][]byte, 0, 64)
	for range 64 {
		live = append(live, make([]byte, 1<<20)) // 64 MiB, past Floor
	}
	if p := settled(func(p int) bool { return p == 100 }); p != 100 {
		t.Errorf("with 64 MiB live GOGC is %d, want 100, Go's default", p)
	}
	runtime.KeepAlive(live)
}
