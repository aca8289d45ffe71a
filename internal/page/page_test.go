package page_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/page"
)

// The same Huawei table, as extraction leaves it in four layouts.
const tableHead = "Creating a Thing\nFunction\nThis API is used to create a thing.\nURI\nPOST /v1/{project_id}/things\nRequest Parameters\n"

var layouts = map[string]string{
	"cells one per line": "Parameter |\nMandatory |\nType |\nDescription |\n---|---|---|---|\nname |\nYes |\nString |\nThe name. Minimum: 1 Maximum: 8 |\nmode |\nNo |\nString |\nThe mode. Enumeration values:\n- fast\n- slow |\n",
	"rows joined by |":   "Parameter | Mandatory | Type | Description |\n---|---|---|---|\nname | Yes | String | The name. Minimum: 1 Maximum: 8 |\nmode | No | String | The mode. Enumeration values:\n- fast\n- slow |\n",
	"no closing |":       "Parameter | Mandatory | Type | Description\n---|---|---|---\nname | Yes | String | The name. Minimum: 1 Maximum: 8\nmode | No | String | The mode. Enumeration values: fast, slow\n",
	"header split":       "Parameter | Mandatory |\nType | Description |\n---|---|---|---|\nname | Yes |\nString | The name. Minimum: 1 Maximum: 8 |\nmode | No | String | The mode. Enumeration values: fast slow |\n",
	"tabs":               "Parameter\tMandatory\tType\tDescription\nname\tYes\tString\tThe name. Minimum: 1 Maximum: 8\nmode\tNo\tString\tThe mode. Enumeration values: fast, slow\n\n",
	"no separator":       "Parameter\nMandatory\nType\nDescription\nname\nYes\nString\nThe name.\nMinimum: 1 Maximum: 8\nmode\nNo\nString\nThe mode.\nEnumeration values: fast, slow\n",
	"header joined":      "Parameter Mandatory Type Description\nname\nYes\nString\nThe name. Minimum: 1 Maximum: 8\nmode\nNo\nString\nThe mode. Enumeration values: fast, slow\n",
}

func TestTableLayouts(t *testing.T) {
	for name, table := range layouts {
		t.Run(name, func(t *testing.T) {
			p, err := page.Parse("p.txt", tableHead+table+"Example Requests\nPOST https://{endpoint}/v1/p/things { \"name\": \"a\" }\n")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range p.Objects {
				for _, m := range o.Members {
					got = append(got, describe(m))
				}
			}
			want := []string{"name Yes string 1..8 []", "mode No string ..  [fast slow]"}
			if strings.Join(got, "; ") != strings.Join(want, "; ") {
				t.Fatalf("got  %s\nwant %s", strings.Join(got, "; "), strings.Join(want, "; "))
			}
		})
	}
}

func describe(m *page.Member) string {
	lim := ".. "
	if m.Min != nil && m.Max != nil {
		lim = strconv.FormatFloat(*m.Min, 'f', -1, 64) + ".." + strconv.FormatFloat(*m.Max, 'f', -1, 64)
	}
	return strings.Join([]string{m.Name, m.Mandatory, m.Kind, lim, "[" + strings.Join(m.Enum, " ") + "]"}, " ")
}

// TestBracesRepairedAndReported: a missing or an extra closing brace is
// repaired, and said.
func TestBracesRepairedAndReported(t *testing.T) {
	cases := map[string]string{
		"missing": "{\n  \"id\": 1,\n  \"result\": {\n    \"clusterPairID\": 1\n  }\n",
		"extra":   "{\n  \"id\": 1,\n  \"result\": {}\n}\n}\n",
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			text := "# DoThing\n\n## Parameters\n\nThis method has no input parameter.\n\n## Return values\n\nName\tDescription\tType\nclusterPairID\tThe id.\tinteger\n\n## Response example\n\n" + body
			p, err := page.Parse("p.txt", text)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.ResponseExamples) != 1 || p.ResponseExamples[0].Err != nil {
				t.Fatalf("the example was not read: %+v", p.ResponseExamples)
			}
			if len(p.Repairs) != 1 || !strings.Contains(p.Repairs[0].What, name) {
				t.Fatalf("want one %s-brace repair, got %v", name, p.Repairs)
			}
		})
	}
}

func TestNotAPage(t *testing.T) {
	if _, err := page.Parse("x.txt", "hello\nworld\n"); err == nil || !strings.Contains(err.Error(), "not a reference page") {
		t.Fatalf("want a clear error, got %v", err)
	}
}

// FuzzParse: no input makes the parser or lint panic or hang, and every
// line a page names is in it.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"seed", "heldout"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", dir, "*.txt"))
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, l := range layouts {
		f.Add(tableHead + l)
	}
	f.Add("URI\nPOST /a\nExample Requests\nPOST https://x/a {{{\n")
	f.Add(adocPage)
	f.Add(rstPage)
	f.Add("= DoThing\n\n== Parameters\n\n[cols=4*]\n|===\n|===\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, err := page.Parse("f.txt", text)
		if err != nil {
			return
		}
		n := strings.Count(strings.ReplaceAll(text, "\r", "\n"), "\n") + 1
		for _, o := range p.Objects {
			for _, m := range o.Members {
				if m.Line < 1 || m.Line > n {
					t.Fatalf("member %s at line %d of %d", m.Name, m.Line, n)
				}
			}
		}
		_ = lint.Page(p, nil)
	})
}
