package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

// TestCPUProfileIsWrittenOnEveryExit: make bench reads the profile of a
// run that passed, but a run that fails or stops on a usage error must
// leave a whole profile too, not a truncated file.
func TestCPUProfileIsWrittenOnEveryExit(t *testing.T) {
	feature := filepath.Join(repo, "features", "dcaas", "create_vif_peer.feature")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"a run that passes", []string{"run", "--dir", repo, "--format", "progress", feature}, 0},
		{"a run that fails", []string{"run", "--dir", repo, "--format", "progress", "--strict", feature}, 1},
		{"a usage error found after the profile started", []string{"run", "--dir", repo, "--target", "dcas=https://x.example.com"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "cpu.out")
			var out bytes.Buffer
			if code := execute(append(tt.args, "--cpuprofile", f), &out, &out); code != tt.code {
				t.Fatalf("exit %d, want %d:\n%s", code, tt.code, out.String())
			}
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			p, err := profile.Parse(r)
			if err != nil {
				t.Fatalf("the profile does not parse: %v", err)
			}
			if len(p.SampleType) != 2 || p.SampleType[1].Type != "cpu" || p.DurationNanos <= 0 {
				t.Errorf("not a CPU profile of the run: sample types %v, duration %d ns", p.SampleType, p.DurationNanos)
			}
		})
	}
}

func TestCPUProfileFlag(t *testing.T) {
	var out bytes.Buffer
	if code := execute([]string{"run", "--help"}, &out, &out); code != 0 || strings.Contains(out.String(), "cpuprofile") {
		t.Errorf("run --help: exit %d, shows the hidden --cpuprofile:\n%s", code, out.String())
	}
	out.Reset()
	bad := filepath.Join(t.TempDir(), "no-such-folder", "cpu.out")
	if code := execute([]string{"run", "--dir", repo, "--cpuprofile", bad}, &out, &out); code != 2 || !strings.Contains(out.String(), "--cpuprofile") {
		t.Errorf("--cpuprofile into a missing folder: exit %d, want 2 and a message naming the flag:\n%s", code, out.String())
	}
}
