// Package bench measures conform against its physical floor and its peers:
// it generates large feature folders and contracts from the seed ones,
// serves a slow loopback target, runs a bare net/http loop as the floor, and
// runs conform, the floor and the peer tools as child processes so that each
// one's wall time, CPU time and peak memory are its own. `make bench` prints
// the table; docs/benchmarks.md explains it.
package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Scenario is one plain scenario of a seed feature, as written.
type Scenario struct {
	File string // the seed feature it comes from, relative to the repository
	Name string
	Text string // from "  Scenario:" to the line before the next scenario
}

// SeedScenarios reads the plain scenarios (not outlines) of the curated
// seed features under repo/features: those conform import wrote are left
// out, so that the vendors' whole references imported into the same folder
// do not change the workloads made from the seed. Outlines are left out: a
// copy of an outline is as many scenarios as it has rows, which would make
// counts approximate.
func SeedScenarios(repo string) ([]Scenario, error) {
	files, imported, err := featureFiles(repo)
	if err != nil {
		return nil, fmt.Errorf("cannot read the seed features: %w", err)
	}
	var out []Scenario
	for _, f := range files {
		if imported[f] {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		rel, _ := filepath.Rel(repo, f)
		out = append(out, splitScenarios(rel, b)...)
	}
	return out, nil
}

func splitScenarios(file string, b []byte) []Scenario {
	var out []Scenario
	var cur *Scenario
	var text strings.Builder
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimRight(text.String(), "\n") + "\n"
			out = append(out, *cur)
		}
		cur = nil
		text.Reset()
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "Scenario:"):
			flush()
			cur = &Scenario{File: file, Name: strings.TrimSpace(strings.TrimPrefix(trimmed, "Scenario:"))}
		case strings.HasPrefix(trimmed, "Scenario Outline:"), strings.HasPrefix(trimmed, "Rule:"):
			flush()
		}
		if cur != nil {
			text.WriteString(line)
			text.WriteByte('\n')
		}
	}
	flush()
	return out
}

// Select keeps the scenarios whose name contains one of the given texts, in
// the order given; it fails when a text matches none, so that a renamed seed
// scenario breaks the bench loudly instead of measuring something else.
func Select(all []Scenario, names ...string) ([]Scenario, error) {
	var out []Scenario
	for _, n := range names {
		found := false
		for _, s := range all {
			if strings.Contains(s.Name, n) {
				out = append(out, s)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("no seed scenario is named like %q", n)
		}
	}
	return out, nil
}

// perFile bounds the scenarios in one generated feature file.
const perFile = 500

// WriteFeatures writes n scenarios into dir (emptied first: it is a
// generated folder), cycling through the given ones, each renamed with its
// number so that every scenario is distinct. It returns the folder to hand
// to conform run.
func WriteFeatures(dir string, from []Scenario, n int) (string, error) {
	if len(from) == 0 || n < 1 {
		return "", fmt.Errorf("nothing to generate: %d seed scenarios, %d wanted", len(from), n)
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	var b strings.Builder
	file := 0
	write := func() error {
		if b.Len() == 0 {
			return nil
		}
		file++
		err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("generated_%04d.feature", file)), []byte(b.String()), 0o644)
		b.Reset()
		return err
	}
	for i := range n {
		if i%perFile == 0 {
			if err := write(); err != nil {
				return "", err
			}
			fmt.Fprintf(&b, "Feature: generated %d\n  Copies of the seed scenarios, for the benchmarks.\n\n", file+1)
		}
		s := from[i%len(from)]
		text := strings.Replace(s.Text, "Scenario: "+s.Name, fmt.Sprintf("Scenario: %s (copy %d)", s.Name, i+1), 1)
		b.WriteString(text)
		b.WriteByte('\n')
	}
	return dir, write()
}
