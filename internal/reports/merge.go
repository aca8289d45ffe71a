package reports

import (
	"fmt"
	"sort"
	"time"
)

// Merge combines the reports of the shards of one run into one: features and
// scenarios in the same order a single run reports them, coverage hits
// added up. A scenario that two inputs both report is an error: those are not
// shards of one run, or one shard was given twice.
func Merge(runs []*Run, names []string) (*Run, error) {
	if len(runs) == 0 {
		return nil, fmt.Errorf("nothing to merge: give the JSON reports of the shards (--format json:FILE)")
	}
	out := &Run{Name: runs[0].Name, Coverage: &Coverage{}}
	features := map[string]*Feature{}
	from := map[string]string{}
	var end time.Time
	targets := map[string]bool{}
	apis := map[string]bool{}
	for i, r := range runs {
		if out.Started.IsZero() || r.Started.Before(out.Started) {
			out.Started = r.Started
		}
		if e := r.Started.Add(r.Duration); e.After(end) {
			end = e
		}
		out.Strict = out.Strict || r.Strict
		out.AllowEmpty = out.AllowEmpty || r.AllowEmpty
		out.Shards = append(out.Shards, r.Shards...)
		for _, a := range r.APIs {
			if !apis[a.API] {
				apis[a.API] = true
				out.APIs = append(out.APIs, a)
			}
		}
		for _, t := range r.Targets {
			if !targets[t] {
				targets[t] = true
				out.Targets = append(out.Targets, t)
			}
		}
		for _, f := range r.Features {
			mf := features[f.URI]
			if mf == nil {
				cp := *f
				cp.Scenarios = nil
				mf = &cp
				features[f.URI] = mf
				out.Features = append(out.Features, mf)
			}
			for _, s := range f.Scenarios {
				if prev, dup := from[s.ID]; dup {
					return nil, fmt.Errorf("%s and %s both report the scenario %s %q: merge the shards of one run, each once", prev, names[i], s.ID, s.Name)
				}
				from[s.ID] = names[i]
				mf.Scenarios = append(mf.Scenarios, s)
			}
		}
		out.Coverage.Merge(r.Coverage)
	}
	out.Duration = end.Sub(out.Started)
	sort.Strings(out.Shards)
	out.Sort()
	return out, nil
}
