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
