package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// The README's table of steps is what conform steps --markdown prints: a
// step added, removed or reworded in the step table must be in the README.
func TestREADMEListsTheSteps(t *testing.T) {
	var out, errs bytes.Buffer
	if code := execute([]string{"steps", "--markdown"}, &out, &errs); code != 0 {
		t.Fatalf("conform steps --markdown: exit %d: %s", code, errs.String())
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Steps\n")
	if !ok {
		t.Fatal("README.md has no section ## Steps")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var table []string
	for _, l := range strings.Split(section, "\n") {
		if strings.HasPrefix(l, "|") {
			table = append(table, l)
		}
	}
	got, want := strings.Join(table, "\n")+"\n", out.String()
	if got != want {
		t.Errorf("README.md's table of steps differs from conform steps --markdown; paste its output into the section Steps.\n--- README\n%s--- conform steps --markdown\n%s", got, want)
	}
	var plain bytes.Buffer
	if code := execute([]string{"steps"}, &plain, &errs); code != 0 || !strings.Contains(plain.String(), `Given the "<api>" API`) {
		t.Errorf("conform steps: exit %d, printed:\n%s", code, plain.String())
	}
}
