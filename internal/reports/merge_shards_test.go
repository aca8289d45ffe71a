package reports

import (
	"strings"
	"testing"
)

// A merge says when the shards given are not the whole run: each shard's
// report knows N, so a missing one, one of another run, or one given twice
// is caught before a partial report passes for the whole.
func TestMergeChecksTheShards(t *testing.T) {
	tests := []struct {
		name    string
		shards  [][]string // each report's Shards
		wantErr string     // "" when the merge goes through
	}{
		{name: "all of them", shards: [][]string{{"1/3"}, {"3/3"}, {"2/3"}}},
		{name: "one missing", shards: [][]string{{"1/3"}, {"3/3"}},
			wantErr: "shard 2/3 is missing: the run was cut in 3 and 2 reports were given; give every shard's JSON report (conform run --shard 2/3 --format json:FILE)"},
		{name: "two missing", shards: [][]string{{"2/3"}}, wantErr: "shards 1/3, 3/3 are missing"},
		{name: "another run's shard", shards: [][]string{{"1/2"}, {"2/3"}}, wantErr: "r0.json is a shard of 2 and r1.json a shard of 3"},
		{name: "one given twice", shards: [][]string{{"1/2"}, {"1/2"}, {"2/2"}}, wantErr: "shard 1/2 is given twice, r0.json and r1.json"},
		{name: "a whole run among shards", shards: [][]string{{"1/2"}, nil, {"2/2"}}, wantErr: "r1.json is not a shard"},
		{name: "a merged report and the rest", shards: [][]string{{"1/3", "2/3"}, {"3/3"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var runs []*Run
			var names []string
			for i, sh := range tt.shards {
				r := sampleRun()
				// Each report holds scenarios of its own, as shards do.
				for _, f := range r.Features {
					f.Scenarios = nil
				}
				r.Shards = sh
				runs = append(runs, r)
				names = append(names, "r"+string(rune('0'+i))+".json")
			}
			_, err := Merge(runs, names)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Merge: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Merge error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
