package reports

import (
	"sync"
	"time"
)

// Recorder collects the scenarios of a run as they finish, from any number of
// goroutines, into the order the run planned: the report of a concurrent run
// lists the same scenarios in the same order as a serial one.
type Recorder struct {
	mu       sync.Mutex
	run      *Run
	byID     map[string]*Scenario
	place    map[string]slot // where each planned scenario sits in run.Features
	done     int
	failed   int
	progress func(done, total, failed int, s *Scenario)
}

type slot struct {
	f *Feature
	i int
}

// NewRecorder starts a run whose selected scenarios are planned: each is
// reported, as skipped with the reason "not run", unless Done replaces it.
func NewRecorder(name string, planned []*Feature) *Recorder {
	r := &Recorder{run: &Run{Name: name, Started: time.Now(), Features: planned}, byID: map[string]*Scenario{}, place: map[string]slot{}}
	r.run.Sort()
	for _, f := range r.run.Features {
		for i, s := range f.Scenarios {
			r.byID[s.ID] = s
			r.place[s.ID] = slot{f, i}
		}
	}
	return r
}

// OnProgress is called, under the recorder's lock, after each scenario.
func (r *Recorder) OnProgress(f func(done, total, failed int, s *Scenario)) { r.progress = f }

// Planned returns the planned scenario with this id, for the runner to copy.
func (r *Recorder) Planned(id string) (*Scenario, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.byID[id]
	return s, ok
}

// Total is the number of planned scenarios.
func (r *Recorder) Total() int { return len(r.byID) }

// Done records a finished scenario in its planned place.
func (r *Recorder) Done(s *Scenario) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if at, ok := r.place[s.ID]; ok {
		at.f.Scenarios[at.i] = s
	}
	r.byID[s.ID] = s
	r.done++
	if s.Status == Failed {
		r.failed++
	}
	if r.progress != nil {
		r.progress(r.done, len(r.byID), r.failed, s)
	}
}

// Finish closes the run and returns it.
func (r *Recorder) Finish() *Run {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.run.Duration = time.Since(r.run.Started)
	return r.run
}
