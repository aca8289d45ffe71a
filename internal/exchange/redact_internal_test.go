package exchange

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

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

// The masking writer gives what String gives for the whole text, however the
// text is cut into writes and flushes: secrets split across writes, secrets
// inside or overlapping others, and a text that ends in one.
func TestMaskingWriterMatchesString(t *testing.T) {
	red := NewRedactor()
	secrets := []string{"tok-12345", "12345-pw", "abcdefghijklmnopqrstuvwxyz", "hij", "xyzzy", "zz-zz"}
	red.Add(secrets...)
	rnd := rand.New(rand.NewPCG(1, 2))
	pieces := append([]string{"a", " ", "{\"k\":\"", "\"}", "tok-123", "xyz", "\n"}, secrets...)
	for round := range 2000 {
		var text strings.Builder
		for range rnd.IntN(40) {
			text.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		want := red.String(text.String())
		var out bytes.Buffer
		w := red.Writer(&out).(*maskingWriter)
		w.flushAt = 1 + rnd.IntN(40)
		rest := text.String()
		for len(rest) > 0 {
			n := min(1+rnd.IntN(12), len(rest))
			if _, err := w.Write([]byte(rest[:n])); err != nil {
				t.Fatal(err)
			}
			rest = rest[n:]
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Fatalf("round %d: %q\nwriter: %q\nString: %q", round, text.String(), out.String(), want)
		}
	}
}
