package scenario

import (
	"sync"
	"sync/atomic"
)

// memoLimit bounds a memo. The copies of a documented scenario repeat a few
// distinct keys; a request that names what an earlier answer created (a
// DELETE of a new ID) is a new key each time, and must not grow the memo
// with the run.
const memoLimit = 1024

// memo computes a value once per distinct key, safe for concurrent use. It
// remembers at most memoLimit keys; beyond them it computes each time.
type memo[V any] struct {
	m sync.Map // string → V
	n atomic.Int64
}

func (c *memo[V]) get(key string, compute func() V) V {
	if v, ok := c.m.Load(key); ok {
		return v.(V)
	}
	v := compute()
	if c.n.Load() >= memoLimit {
		return v
	}
	if got, loaded := c.m.LoadOrStore(key, v); loaded {
		return got.(V)
	}
	c.n.Add(1)
	return v
}
