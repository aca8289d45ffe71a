package exchange

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkRedactorGrowth adds one pairing-key-sized secret per op, as a long
// run does, and masks one finding-sized string: the cost per op must not grow
// with the number of secrets already known beyond the scan in String.
func BenchmarkRedactorGrowth(b *testing.B) {
	r := NewRedactor()
	prefix := strings.Repeat("7b22636c7573746572", 2) // shared, as in real keys
	b.ResetTimer()
	for i := range b.N {
		r.Add(fmt.Sprintf("%s%0480x", prefix, i))
		_ = r.String("/result/clusterPairID: type integer, got \"1\"")
	}
}

// BenchmarkRedactorString masks one finding-sized string with 2,000 and
// 8,000 secrets known (pairing keys and tokens, as a long run collects).
func BenchmarkRedactorString(b *testing.B) {
	for _, n := range []int{2000, 8000} {
		b.Run(fmt.Sprintf("keys=%d", n), func(b *testing.B) {
			r := NewRedactor()
			prefix := strings.Repeat("7b22636c7573746572", 2)
			for i := range n {
				r.Add(fmt.Sprintf("%s%0480x", prefix, i), fmt.Sprintf("token-%08d", i))
			}
			s := "/result/clusterPairID: type integer, got \"1\" [schemas/element/StartClusterPairing.json:12]"
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				_ = r.String(s)
			}
		})
	}
}
