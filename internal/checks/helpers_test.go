package checks_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/contract"
)

// repoRoot is the repository root seen from this package's directory.
const repoRoot = "../.."

// loadContracts loads the real contracts once for the whole package: every
// test reads them, none changes them.
var loadContracts = sync.OnceValues(func() (*contract.Set, error) {
	return contract.Load(context.Background(), repoRoot, nil)
})

func contracts(t *testing.T) *contract.Set {
	t.Helper()
	set, err := loadContracts()
	if err != nil {
		t.Fatalf("contract.Load(%q): %v", repoRoot, err)
	}
	return set
}

// decode reads JSON the way conform does in production: numbers as
// json.Number.
func decode(t *testing.T, b []byte) any {
	t.Helper()
	v, err := jsonvalue.Decode(b)
	if err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return b
}

// key names a finding the way a reader locates it: part, pointer and rule.
func key(f checks.Finding) string {
	s := f.Pointer + " " + f.Rule
	if f.Part != "" {
		s = f.Part + ": " + s
	}
	return s
}

func keys(fs checks.Findings) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, key(f))
	}
	sort.Strings(out)
	return out
}

// find returns the finding at a pointer with a rule.
func find(fs checks.Findings, pointer, rule string) (checks.Finding, bool) {
	for _, f := range fs {
		if f.Pointer == pointer && f.Rule == rule {
			return f, true
		}
	}
	return checks.Finding{}, false
}

func render(fs checks.Findings) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("\n\t")
		b.WriteString(f.String())
	}
	return b.String()
}

var (
	fileLinesMu sync.Mutex
	fileLines   = map[string][]string{}
)

// lineAt returns the text of a "file:line" location, relative to the
// repository root, so a test can check the location names the rule's line.
func lineAt(t *testing.T, where string) string {
	t.Helper()
	i := strings.LastIndexByte(where, ':')
	if i < 0 {
		t.Fatalf("%q is not file:line", where)
	}
	file := where[:i]
	n, err := strconv.Atoi(where[i+1:])
	if err != nil || n < 1 {
		t.Fatalf("%q is not file:line", where)
	}
	fileLinesMu.Lock()
	defer fileLinesMu.Unlock()
	lines, ok := fileLines[file]
	if !ok {
		b, err := os.ReadFile(filepath.Join(repoRoot, file))
		if err != nil {
			t.Fatalf("location %q: %v", where, err)
		}
		lines = strings.Split(string(b), "\n")
		fileLines[file] = lines
	}
	if n > len(lines) {
		t.Fatalf("location %q is past the end of %s (%d lines)", where, file, len(lines))
	}
	return lines[n-1]
}
