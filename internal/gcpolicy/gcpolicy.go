// Package gcpolicy sets the garbage collector for a conform run.
//
// A run allocates quickly and keeps little: most of what a scenario
// allocates (godog's step records, requests, responses, decoded bodies) is
// garbage once the scenario ends, and the live heap grows only with the
// results the run keeps. Go's default (GOGC=100) collects whenever the heap
// has doubled, which for a live heap of a few MiB means a collection every
// few dozen scenarios, and a large share of a run's CPU in the collector.
//
// The policy: let the heap grow to Floor before a collection while twice the
// live heap is less than that, and to twice the live heap (Go's default)
// once it is more. After each collection GOGC is set from the live heap it
// found. So a run never collects more often than the default would, and its
// heap never grows past the default's goal, or Floor. A soft memory limit
// would bound the memory more tightly, but near the working set it makes the
// runtime return memory to the system and fault it back in, which cost more
// CPU than it saved here. GOGC or GOMEMLIMIT in the environment turn the
// policy off: the user's setting wins.
package gcpolicy

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// Floor is the heap a run may grow to before a collection, however small
// its live heap.
const Floor = 32 << 20

// Start is GOGC until the first collection has measured the live heap.
const Start = 400

// Apply sets the policy for this process, unless the environment sets GOGC
// or GOMEMLIMIT (getenv reads it). It returns a function that restores what
// was set before, and whether the policy was applied.
func Apply(getenv func(string) string) (restore func(), applied bool) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}, false
	}
	old := debug.SetGCPercent(Start)
	var stopped atomic.Bool
	watch(&stopped)
	return func() {
		stopped.Store(true)
		debug.SetGCPercent(old)
	}, true
}

// Percent is GOGC for a live heap of live bytes: the heap may grow to Floor,
// or to twice the live heap when that is more (GOGC 100, Go's default). At
// most 1000, for a live heap of a few MiB.
func Percent(live uint64) int {
	if live == 0 || live >= Floor/2 {
		return 100
	}
	return min(1000, int(Floor*100/live)-100)
}

// sentinel is an object whose finalizer runs once per collection: each run
// arms a new one.
type sentinel struct{ _ [64]byte }

// watch sets GOGC after each collection from the live heap it found.
func watch(stopped *atomic.Bool) {
	s := &sentinel{}
	runtime.SetFinalizer(s, func(*sentinel) {
		if stopped.Load() {
			return
		}
		debug.SetGCPercent(Percent(liveHeap()))
		watch(stopped)
	})
}

// liveHeap is the heap the last collection found live, or 0 before one.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
