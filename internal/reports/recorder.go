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
	features map[string]*Feature // by URI
	place    map[string]slot     // where each planned scenario not yet done sits in run.Features
	done     int
	failed   int
	total    int
	progress func(done, total, failed int, s *Scenario)
}

type slot struct {
	f *Feature
	i int
}

// NewRecorder starts a run whose selected scenarios are planned: each is
// reported, as skipped with the reason "not run", unless Done replaces it.
// Plan adds more as a run goes; total is how many the run will have in all,
// for the progress.
func NewRecorder(name string, planned []*Feature, total int) *Recorder {
	r := &Recorder{run: &Run{Name: name, Started: time.Now(), Features: planned}, features: map[string]*Feature{}, place: map[string]slot{}, total: total}
	for _, f := range r.run.Features {
		r.features[f.URI] = f
		for i, s := range f.Scenarios {
			r.place[s.ID] = slot{f, i}
		}
	}
	return r
}

// Plan adds a scenario to its feature (by URI), which NewRecorder was given, before
// it runs: a long run plans each batch of scenarios as it comes to it.
func (r *Recorder) Plan(uri string, s *Scenario) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if f := r.features[uri]; f != nil {
		r.place[s.ID] = slot{f, len(f.Scenarios)}
		f.Scenarios = append(f.Scenarios, s)
	}
}

// OnProgress is called, under the recorder's lock, after each scenario.
func (r *Recorder) OnProgress(f func(done, total, failed int, s *Scenario)) { r.progress = f }

// Done records a finished scenario in its planned place.
func (r *Recorder) Done(s *Scenario) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if at, ok := r.place[s.ID]; ok {
		at.f.Scenarios[at.i] = s
		delete(r.place, s.ID)
	}
	r.done++
	if s.Status == Failed {
		r.failed++
	}
	if r.progress != nil {
		r.progress(r.done, r.total, r.failed, s)
	}
}

// Finish closes the run and returns it.
func (r *Recorder) Finish() *Run {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.run.Duration = time.Since(r.run.Started)
	r.run.Sort()
	return r.run
}
