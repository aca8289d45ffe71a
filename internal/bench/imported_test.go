package bench

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const (
	curatedFeature = `@dcaas
Feature: curated
  Written by hand.

  Scenario: one
    Given the "dcaas" API

  Scenario: two
    Given the "dcaas" API
`
	importedFeature = `@dcaas
Feature: ShowThing — Querying a thing
  Imported by conform import from the huawei reference page "Querying a thing". The requests and
  the responses below are the page's examples as published.

  @readonly
  Scenario: the documented example
    Given the "dcaas" API
`
	// The mark in a doc string, not the description: written by hand.
	quotedFeature = `Feature: quoted
  About import.

  Scenario: three
    Given the "dcaas" API
    When I send the documented "X" request:
      """
      Imported by conform import
      """
`
)

func TestImported(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"written by hand", curatedFeature, false},
		{"written by conform import", importedFeature, true},
		{"the mark elsewhere than the description", quotedFeature, false},
		{"no feature", "# just a comment\n", false},
	}
	for _, tt := range tests {
		got, err := Imported([]byte(tt.text))
		if err != nil || got != tt.want {
			t.Errorf("%s: Imported = %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
	if _, err := Imported([]byte("Feature: x\n  Scenario: y\n    Given a\nFeature: twice\n")); err == nil {
		t.Error("Imported of a text that is not Gherkin: no error")
	}
}

// TestSeedScenariosLeaveTheImportOut: once the whole references are
// imported into features/, rows 1, 3 and 5 must still be made from the
// curated seed alone.
func TestSeedScenariosLeaveTheImportOut(t *testing.T) {
	repo := t.TempDir()
	for name, text := range map[string]string{
		"dcaas/curated.feature": curatedFeature, "dcaas/show_thing.feature": importedFeature, "quoted.feature": quotedFeature,
	} {
		p := filepath.Join(repo, "features", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seeds, err := SeedScenarios(repo)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range seeds {
		names = append(names, s.File+": "+s.Name)
	}
	want := []string{"features/dcaas/curated.feature: one", "features/dcaas/curated.feature: two", "features/quoted.feature: three"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("SeedScenarios = %q, want %q", names, want)
	}
	imported, err := ImportedFeatures(repo)
	if err != nil || len(imported) != 1 || filepath.Base(imported[0]) != "show_thing.feature" {
		t.Errorf("ImportedFeatures = %q, %v; want show_thing.feature", imported, err)
	}
	curated, err := CuratedFeatures(repo)
	if err != nil || len(curated) != 2 || filepath.Base(curated[0]) != "curated.feature" || filepath.Base(curated[1]) != "quoted.feature" {
		t.Errorf("CuratedFeatures = %q, %v; want curated.feature and quoted.feature", curated, err)
	}
}

// TestSeedScenariosOfTheWholeReferences: refs/ holds the seed and both
// references imported beside it, as the repository root will: the seed
// read there is the seed read from features/.
func TestSeedScenariosOfTheWholeReferences(t *testing.T) {
	root := filepath.Join(repoRoot(), "refs")
	if _, err := os.Stat(filepath.Join(root, "features")); err != nil {
		t.Skip("no refs/ here: the references are imported into the root, where the other tests read the seed")
	}
	seed, err := SeedScenarios(repoRoot())
	if err != nil {
		t.Fatal(err)
	}
	refs, err := SeedScenarios(root)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(refs, seed) {
		t.Errorf("SeedScenarios(refs) has %d scenarios, SeedScenarios(.) %d", len(refs), len(seed))
	}
	imported, err := ImportedFeatures(root)
	if err != nil || len(imported) < 300 {
		t.Errorf("ImportedFeatures(refs) = %d files, %v; want the whole references' 339 or so", len(imported), err)
	}
}

func TestReferencesRoot(t *testing.T) {
	tests := []struct {
		name  string
		make  []string // folders to create; a name ending in "=file" is a file
		inRef bool     // want repo/refs, else repo
	}{
		{"the references apart, in refs/", []string{"refs/openapi", "refs/features", "openapi"}, true},
		{"the references imported into the root", []string{"openapi", "features"}, false},
		{"a refs/ folder that is no conform root", []string{"refs/notes", "openapi"}, false},
		{"refs/openapi a file", []string{"refs/openapi=file", "openapi"}, false},
	}
	for _, tt := range tests {
		repo := t.TempDir()
		for _, m := range tt.make {
			p, isFile := strings.CutSuffix(m, "=file")
			p = filepath.Join(repo, p)
			if isFile {
				_ = os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, nil, 0o644); err != nil {
					t.Fatal(err)
				}
			} else if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		want := repo
		if tt.inRef {
			want = filepath.Join(repo, "refs")
		}
		if got := ReferencesRoot(repo); got != want {
			t.Errorf("%s: ReferencesRoot = %s, want %s", tt.name, got, want)
		}
	}
}
