package checks

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/conform-dev/conform/internal/contract"
)

// Acknowledging known documentation conflicts. A vendor's pages contradict
// themselves in places the contracts record (x-conform-conflicts, each with
// an id); a real target cannot satisfy both sides, so --strict would fail on
// them forever. A user who has read a conflict acknowledges it by its id
// (--ack ID, CONFORM_ACK, or a line of conform.ack), and --strict then
// applies to everything else. The warnings of an acknowledged conflict are
// still reported, marked acknowledged; they never fail a run.

// AckFile is the file, at the repository root, that lists acknowledged
// conflict ids: one a line, "#" starting a comment, blank lines ignored.
const AckFile = "conform.ack"

// ReadAcks gathers the acknowledged conflict ids: each of lists (a --ack
// value or CONFORM_ACK; comma-separated ids allowed) and the lines of
// dir/conform.ack, when there is one. It does not check the ids against the
// contracts: CheckAcks does, once they are loaded.
func ReadAcks(dir string, lists ...string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		if id = strings.TrimSpace(id); id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, l := range lists {
		for _, id := range strings.Split(l, ",") {
			add(id)
		}
	}
	path := filepath.Join(dir, AckFile)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if fields := strings.Fields(line); len(fields) > 1 {
			return nil, fmt.Errorf("%s:%d: one conflict id a line, got %q (a comment starts with #)", path, n, strings.TrimSpace(line))
		}
		add(line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return out, nil
}

// CheckAcks fails on an acknowledged id that no contract records, naming
// the closest known one and listing them all.
func CheckAcks(set *contract.Set, ids []string) error {
	var known []string
	for _, c := range set.Conflicts() {
		known = append(known, c.ID)
	}
	for _, id := range ids {
		if _, ok := set.Conflict(id); ok {
			continue
		}
		return fmt.Errorf("acknowledged conflict %q (--ack, CONFORM_ACK or %s) is recorded in no contract; %sknown: %s",
			id, AckFile, DidYouMean(id, known), strings.Join(known, ", "))
	}
	return nil
}

// Acknowledge marks the warnings whose conflict (Finding.Conflict) is in
// acked: they are still reported, and never fail, not even under --strict.
func Acknowledge(fs Findings, acked []string) Findings {
	if len(acked) == 0 {
		return fs
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		if f.Level == Warning && f.Conflict != "" {
			for _, id := range acked {
				if id == f.Conflict {
					f.Acknowledged = true
					break
				}
			}
		}
		out[i] = f
	}
	return out
}

// Explain gives the warnings about a documented example the id of the
// conflict the contract records for them, so that they can be
// acknowledged: a documented URL or method that is not the URI's, and an
// example that had to be repaired to parse. scope is where the call's
// contract is: the operation (Operation.Where) or the JSON-RPC method's
// schema file. A conflict counts when it is recorded in scope (a repair's on
// the member it names, when it names one) and its id says what kind it is,
// as conform lint matches them.
func Explain(set *contract.Set, scope string, fs Findings) Findings {
	if set == nil || scope == "" {
		return fs
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		if f.Level == Warning && f.Conflict == "" {
			f.Conflict = explain(set, scope, f)
		}
		out[i] = f
	}
	return out
}

var repairedMember = regexp.MustCompile(`the value of "([^"]+)"`)

func explain(set *contract.Set, scope string, f Finding) string {
	var keywords []string
	member := ""
	switch {
	case f.Check == IDRequest && f.Part == "request URL":
		keywords = []string{"url"}
	case f.Check == IDRequest && f.Part == "request method":
		keywords = []string{"method"}
	case f.Check == IDExample && f.Rule == ruleRepaired:
		keywords = []string{"split", "json", "brace"}
		if m := repairedMember.FindStringSubmatch(f.Actual); m != nil {
			member = m[1]
		}
	default:
		return ""
	}
	return findConflict(set, scope, keywords, member)
}

func findConflict(set *contract.Set, scope string, keywords []string, member string) string {
	file, _, _ := strings.Cut(scope, "#")
	for _, c := range set.Conflicts() {
		in := strings.HasPrefix(c.Where, scope+"/x-conform-conflicts/")
		if member != "" {
			in = strings.HasPrefix(c.Where, file+"#") && strings.Contains(c.Where, "/properties/"+member+"/x-conform-conflicts/")
		}
		if !in {
			continue
		}
		for _, k := range keywords {
			if strings.Contains(c.ID, k) {
				return c.ID
			}
		}
	}
	return ""
}

// Closest is the name in known nearest to name (edit distance), for a
// "did you mean" in an error; "" when none is close enough to be a typo
// (more than a third of the name changed).
func Closest(name string, known []string) string {
	best, bestD := "", -1
	for _, k := range known {
		if d := distance(strings.ToLower(name), strings.ToLower(k)); bestD < 0 || d < bestD {
			best, bestD = k, d
		}
	}
	if bestD > max(2, len([]rune(name))/3) {
		return ""
	}
	return best
}

// DidYouMean is "did you mean "x"? " for the closest known name, or "".
func DidYouMean(name string, known []string) string {
	if c := Closest(name, known); c != "" {
		return fmt.Sprintf("did you mean %q? ", c)
	}
	return ""
}

func distance(a, b string) int { return EditDistance([]rune(a), []rune(b)) }

// EditDistance is the Levenshtein distance between two sequences: of
// letters for a misspelt name, of words for a misworded step.
func EditDistance[T comparable](ra, rb []T) int {
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
