package reports

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Merge combines the reports of the shards of one run into one: features and
// scenarios in the same order a single run reports them, coverage hits
// added up. A scenario that two inputs both report is an error: those are not
// shards of one run, or one shard was given twice. So is a missing shard:
// each shard's report says which of how many it is (--shard I/N), and a
// merge without all N would report a part of the run as the whole.
func Merge(runs []*Run, names []string) (*Run, error) {
	if len(runs) == 0 {
		return nil, fmt.Errorf("nothing to merge: give the JSON reports of the shards (--format json:FILE)")
	}
	if err := checkShards(runs, names); err != nil {
		return nil, err
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

// checkShards says what is wrong with the set of shards given: one of
// another run (another N), one given twice, a report that is not a shard
// among shards, or one missing. Reports that are none of them shards are
// left to the scenario check.
func checkShards(runs []*Run, names []string) error {
	count, countFrom := 0, ""
	have := map[int]string{} // shard index → its report
	var unsharded []string
	for i, r := range runs {
		if len(r.Shards) == 0 {
			unsharded = append(unsharded, names[i])
			continue
		}
		for _, sh := range r.Shards {
			var idx, n int
			if _, err := fmt.Sscanf(sh, "%d/%d", &idx, &n); err != nil || idx < 1 || idx > n {
				return fmt.Errorf("%s: shard %q is not I/N", names[i], sh)
			}
			if count == 0 {
				count, countFrom = n, names[i]
			}
			if n != count {
				return fmt.Errorf("%s is a shard of %d and %s a shard of %d: merge the shards of one run (the same --shard I/N count)", countFrom, count, names[i], n)
			}
			if prev, dup := have[idx]; dup {
				return fmt.Errorf("shard %d/%d is given twice, %s and %s: give each shard's report once", idx, n, prev, names[i])
			}
			have[idx] = names[i]
		}
	}
	if count == 0 {
		return nil
	}
	if len(unsharded) > 0 {
		return fmt.Errorf("%s is not a shard (its run had no --shard) but %s is a shard of %d: merge the shards of one run", strings.Join(unsharded, ", "), countFrom, count)
	}
	var missing []string
	for i := 1; i <= count; i++ {
		if _, ok := have[i]; !ok {
			missing = append(missing, fmt.Sprintf("%d/%d", i, count))
		}
	}
	if len(missing) > 0 {
		what := "shard " + missing[0] + " is"
		if len(missing) > 1 {
			what = "shards " + strings.Join(missing, ", ") + " are"
		}
		return fmt.Errorf("%s missing: the run was cut in %d and %d reports were given; give every shard's JSON report (conform run --shard %s --format json:FILE), or the merged report would pass off part of the run as the whole", what, count, len(have), missing[0])
	}
	return nil
}
