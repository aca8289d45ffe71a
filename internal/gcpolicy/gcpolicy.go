// Package gcpolicy sets the garbage collector for a conform run.
//
// A run allocates quickly and keeps little: most of what a scenario
// allocates (godog's step records, requests, responses, decoded bodies) is
// garbage once the scenario ends, and the live heap grows only with the
// results the run keeps. Go's default (GOGC=100) collects whenever the heap
// has doubled, which for a live heap of a few MiB means a collection every
// few hundred scenarios, and a fifth of a run's CPU in the collector.
//
// The policy: collect when the heap reaches 5x the live heap (GOGC=400), but
// keep the process's Go memory under a soft limit of Floor, raised to twice
// the live heap whenever the live heap grows past half of it. So a run never
// collects more often than Go's default would (the goal is never below twice
// the live heap), and it never holds more memory than the default would,
// beyond Floor. GOGC or GOMEMLIMIT set in the environment turn the policy
// off: the user's setting wins.
package gcpolicy

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// Floor is the soft memory limit while the live heap is small.
const Floor = 40 << 20

// Percent is GOGC under the policy.
const Percent = 400

// Apply sets the policy for this process, unless the environment sets GOGC
// or GOMEMLIMIT (getenv reads it). It returns a function that restores what
// was set before, and whether the policy was applied.
func Apply(getenv func(string) string) (restore func(), applied bool) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}, false
	}
	oldPercent := debug.SetGCPercent(Percent)
	oldLimit := debug.SetMemoryLimit(Floor)
	var stopped atomic.Bool
	watch(&stopped)
	return func() {
		stopped.Store(true)
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}, true
}

// Limit is the soft memory limit for a live heap of live bytes.
func Limit(live uint64) int64 {
	if live > math.MaxInt64/2 {
		return math.MaxInt64
	}
	return max(Floor, 2*int64(live))
}

// sentinel is an object whose finalizer runs once per collection: each run
// arms a new one.
type sentinel struct{ _ [64]byte }

// watch raises the memory limit after each collection that finds the live
// heap past half of it.
func watch(stopped *atomic.Bool) {
	s := &sentinel{}
	runtime.SetFinalizer(s, func(*sentinel) {
		if stopped.Load() {
			return
		}
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			debug.SetMemoryLimit(Limit(sample[0].Value.Uint64()))
		}
		watch(stopped)
	})
}
