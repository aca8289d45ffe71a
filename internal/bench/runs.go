package bench

import (
	"fmt"
	"slices"
	"time"
)

// runsPerRow is how many times every measured row runs. The row shows the
// median, so that one run slowed by a neighbour on the shared machine
// cannot decide it, and the range of the runs beside it.
const runsPerRow = 3

// Spread is the median of a row's runs, with the lowest and the highest.
type Spread struct{ Med, Lo, Hi float64 }

// SpreadOf takes the median, the lowest and the highest of the values. With
// an even count the median is the upper of the middle two: a value that was
// measured, not an average of two.
func SpreadOf(vals []float64) Spread {
	if len(vals) == 0 {
		return Spread{}
	}
	s := slices.Clone(vals)
	slices.Sort(s)
	return Spread{Med: s[len(s)/2], Lo: s[0], Hi: s[len(s)-1]}
}

// Medians are a row's runs of one command, each measure taken on its own:
// the median wall time, the median CPU time and the median peak memory may
// come from different runs.
type Medians struct{ Wall, CPU, RSS Spread }

// MediansOf takes each measure of the runs apart.
func MediansOf(runs []Proc) Medians {
	var wall, cpu, rss []float64
	for _, p := range runs {
		wall, cpu, rss = append(wall, float64(p.Wall)), append(cpu, float64(p.CPU)), append(rss, float64(p.MaxRSS))
	}
	return Medians{Wall: SpreadOf(wall), CPU: SpreadOf(cpu), RSS: SpreadOf(rss)}
}

// ms renders a spread of durations in milliseconds: "41 ms (38–52)".
func (s Spread) ms() string {
	return fmt.Sprintf("%d ms (%d–%d)", time.Duration(s.Med).Milliseconds(), time.Duration(s.Lo).Milliseconds(), time.Duration(s.Hi).Milliseconds())
}

// perScenarioUS renders a spread of a run's durations as microseconds per
// scenario: "974 µs (951–1012)".
func (s Spread) perScenarioUS(n int) string {
	us := func(v float64) int64 { return (time.Duration(v) / time.Duration(n)).Microseconds() }
	return fmt.Sprintf("%d µs (%d–%d)", us(s.Med), us(s.Lo), us(s.Hi))
}

// rate renders a spread of the wall times of runs of n scenarios as
// scenarios per second: the median run's rate, then the slowest run's and
// the fastest's.
func (s Spread) rate(n int) string {
	ps := func(v float64) float64 { return perSecond(n, time.Duration(v)) }
	return fmt.Sprintf("%.0f scenarios/s (%.0f–%.0f)", ps(s.Med), ps(s.Hi), ps(s.Lo))
}

// mib renders a spread of byte counts.
func (s Spread) mib() string {
	return fmt.Sprintf("%s (%.1f–%.1f)", MiB(int64(s.Med)), s.Lo/(1<<20), s.Hi/(1<<20))
}

func (s Spread) dur() time.Duration { return time.Duration(s.Med) }
