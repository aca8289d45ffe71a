package bench

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"
)

// importedMark begins the description of every feature conform import
// writes (internal/importer). A feature without it was written by hand.
const importedMark = "Imported by conform import"

// Imported tells whether a feature text was written by conform import: its
// Feature's description begins with importedMark. A text that is not
// Gherkin is an error.
func Imported(src []byte) (bool, error) {
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(src), (&messages.Incrementing{}).NewId)
	if err != nil {
		return false, err
	}
	return doc.Feature != nil && strings.HasPrefix(strings.TrimSpace(doc.Feature.Description), importedMark), nil
}

// featureFiles lists the .feature files under root/features, sorted, each
// with whether conform import wrote it.
func featureFiles(root string) (files []string, imported map[string]bool, err error) {
	imported = map[string]bool{}
	err = filepath.WalkDir(filepath.Join(root, "features"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".feature") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if imported[p], err = Imported(b); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read the features: %w", err)
	}
	sort.Strings(files)
	return files, imported, nil
}

// ImportedFeatures lists the feature files under root/features that
// conform import wrote, sorted.
func ImportedFeatures(root string) ([]string, error) { return featuresBy(root, true) }

// CuratedFeatures lists the feature files under root/features that were
// written by hand (the seed), sorted.
func CuratedFeatures(root string) ([]string, error) { return featuresBy(root, false) }

func featuresBy(root string, imported bool) ([]string, error) {
	files, byImport, err := featureFiles(root)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		if byImport[f] == imported {
			out = append(out, f)
		}
	}
	return out, nil
}
