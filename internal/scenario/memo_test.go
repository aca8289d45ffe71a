package scenario

import (
	"strconv"
	"testing"
)

// TestMemoIsBounded: a run that sends a new request per scenario (a DELETE of
// a new ID) must not grow the memo with the run, and gets right answers past
// the bound.
func TestMemoIsBounded(t *testing.T) {
	var m memo[string]
	calls := 0
	for i := range 3 * memoLimit {
		k := strconv.Itoa(i)
		if got := m.get(k, func() string { calls++; return "v" + k }); got != "v"+k {
			t.Fatalf("get(%s) = %q", k, got)
		}
	}
	if n := m.n.Load(); n != memoLimit {
		t.Errorf("the memo holds %d keys, want at most %d", n, memoLimit)
	}
	calls = 0
	m.get("0", func() string { calls++; return "again" })
	m.get(strconv.Itoa(2*memoLimit), func() string { calls++; return "again" })
	if calls != 1 {
		t.Errorf("%d computations for one remembered key and one past the bound, want 1", calls)
	}
}
