package exchange

import "testing"

// Two secrets of one length can share a rolling hash; the strong hash tells
// them apart, and both are found.
func TestSecretsSharingARollingHash(t *testing.T) {
	sl := &sameLength{byHash: map[uint64]uint64{}, more: map[uint64][]uint64{}}
	sl.add(7, 100)
	sl.add(7, 200)
	sl.add(8, 300)
	for _, c := range []struct {
		rolling, check uint64
		want           bool
	}{{7, 100, true}, {7, 200, true}, {8, 300, true}, {7, 300, false}, {8, 100, false}, {9, 100, false}} {
		if got := sl.has(c.rolling, c.check); got != c.want {
			t.Errorf("has(%d, %d) = %v, want %v", c.rolling, c.check, got, c.want)
		}
	}
}
