package plan

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
)

// Preflight reads every feature under paths as a run does before it sends
// anything: a file that does not parse, a step conform does not define, or
// no scenario at all is an error that names the file and line (a usage
// error, exit 2, for the runner), not a failed or empty run. With the
// contracts (set; nil checks no names), an API, operation or method they do
// not define and a doc string that is not JSON are errors too, all of them
// (one line each), with the closest known name. conform lint calls it.
func Preflight(paths []string, set *contract.Set) error {
	files, err := FeatureFiles(paths)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .feature file in %s: write one per documented method (features/<api>/<method>.feature)", strings.Join(paths, ", "))
	}
	scenarios := 0
	var names []error
	for _, f := range files {
		n, err := preflightFile(f, set, &names)
		if err != nil {
			return err
		}
		scenarios += n
	}
	if scenarios == 0 {
		return fmt.Errorf("%s: no scenario in any feature file", strings.Join(paths, ", "))
	}
	return errors.Join(names...)
}

// FeatureFiles lists the .feature files of paths (files or folders), sorted.
func FeatureFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read the features %s: %v", p, err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".feature") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("cannot read the features under %s: %v", p, err)
		}
	}
	sort.Strings(files)
	return files, nil
}

func preflightFile(path string, set *contract.Set, names *[]error) (int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("cannot read %s: %v", path, err)
	}
	pf, err := parseFeature(path, b, (&messages.Incrementing{}).NewId)
	if err != nil {
		return 0, err
	}
	if err := checkSteps(pf, path); err != nil {
		return 0, err
	}
	if err := checkNames(pf, path, set); err != nil {
		*names = append(*names, err)
	}
	return len(pf.pickles), nil
}

// checkSteps fails on the first step conform does not define, naming the
// closest one it does.
func checkSteps(pf *Parsed, path string) error {
	for _, p := range pf.pickles {
		for _, s := range p.Steps {
			if Defined(s.Text) {
				continue
			}
			line := 0
			if st := pf.index().steps[s.AstNodeIds[0]]; st != nil {
				line = int(st.Location.Line)
			}
			return fmt.Errorf("%s:%d: undefined step %q; the closest defined step is %q (conform steps lists them all)", path, line, s.Text, closestStep(s.Text))
		}
	}
	return nil
}

// closestStep suggests the defined step whose readable form is nearest the
// text, word by word, a quoted argument counting as one word.
func closestStep(text string) string {
	best, bestD := "", -1
	words := stepWords(text)
	for _, st := range Steps {
		readable := st.Readable()
		if d := checks.EditDistance(words, stepWords(readable)); bestD < 0 || d < bestD {
			best, bestD = readable, d
		}
	}
	return best
}

var quoted = regexp.MustCompile(`"[^"]*"`)

func stepWords(s string) []string {
	s = quoted.ReplaceAllString(strings.ToLower(s), ` "" `)
	return strings.Fields(strings.ReplaceAll(s, ":", " "))
}
