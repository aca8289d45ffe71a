package bench

import (
	"testing"
	"time"
)

func TestSpreadOf(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want Spread
	}{
		{"none", nil, Spread{}},
		{"one", []float64{7}, Spread{7, 7, 7}},
		{"three, unsorted: the middle one", []float64{9, 1, 4}, Spread{4, 1, 9}},
		{"one slow run does not move the median", []float64{10, 11, 300}, Spread{11, 10, 300}},
		{"even: the upper middle, a value measured", []float64{4, 1, 3, 2}, Spread{3, 1, 4}},
	}
	for _, tt := range tests {
		in := append([]float64(nil), tt.in...)
		if got := SpreadOf(tt.in); got != tt.want {
			t.Errorf("%s: SpreadOf(%v) = %+v, want %+v", tt.name, tt.in, got, tt.want)
		}
		for i := range in {
			if in[i] != tt.in[i] {
				t.Errorf("%s: SpreadOf reordered its input: %v", tt.name, tt.in)
			}
		}
	}
}

// TestMediansTakeEachMeasureApart: the median wall time, CPU time and
// memory of a row may come from different runs.
func TestMediansTakeEachMeasureApart(t *testing.T) {
	runs := []Proc{
		{Wall: 3 * time.Second, CPU: 1 * time.Second, MaxRSS: 30},
		{Wall: 1 * time.Second, CPU: 2 * time.Second, MaxRSS: 10},
		{Wall: 2 * time.Second, CPU: 3 * time.Second, MaxRSS: 20},
	}
	m := MediansOf(runs)
	if m.Wall.dur() != 2*time.Second || m.CPU.dur() != 2*time.Second || m.RSS.Med != 20 || m.Wall.Lo != float64(time.Second) || m.CPU.Hi != float64(3*time.Second) {
		t.Errorf("MediansOf = %+v", m)
	}
	if got, want := m.CPU.perScenarioUS(1000), "2000 µs (1000–3000)"; got != want {
		t.Errorf("perScenarioUS = %q, want %q", got, want)
	}
	if got, want := m.Wall.rate(1000), "500 scenarios/s (333–1000)"; got != want {
		t.Errorf("rate = %q, want %q", got, want)
	}
}
