package reports

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/exchange"
)

func TestParseFormats(t *testing.T) {
	tests := []struct {
		in       string
		terminal bool
		console  string
		files    int
		err      string
	}{
		{in: "", terminal: true, console: "pretty"},
		{in: "", terminal: false, console: "progress"},
		{in: "junit:out/j.xml,html:out/r.html", terminal: true, console: "pretty", files: 2},
		{in: "progress,junit:j.xml,cucumber:c.json,html:r.html,json:r.json", console: "progress", files: 4},
		{in: "pretty,progress", err: "pick one"},
		{in: "junit", err: "needs a file"},
		{in: "pretty:x.txt", err: "take no file"},
		{in: "junit:x,html:x", err: "both write x"},
		{in: "xml:x", err: `unknown format "xml"`},
	}
	for _, tt := range tests {
		o, err := ParseFormats(tt.in, tt.terminal)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseFormats(%q) error %v, want one saying %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || o.Console != tt.console || len(o.Files) != tt.files {
			t.Errorf("ParseFormats(%q) = %+v, %v; want console %s and %d files", tt.in, o, err, tt.console, tt.files)
		}
	}
}

func sampleRun() *Run {
	fail := checks.Finding{Check: checks.IDOpenAPI, Pointer: "/vif_peer/name", Rule: "maxLength 64", Expected: "at most 64", Actual: `"nnn…"`, Where: "openapi/dcaas.yaml:154"}
	return &Run{Name: "conform", Started: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Features: []*Feature{{
		URI: "features/a.feature", Name: "A & <b>", Line: 1,
		Scenarios: []*Scenario{
			{ID: "features/a.feature:3", Name: "passes", Line: 3, Status: Passed, Duration: -time.Second, API: "dcaas", Operation: "CreateVifPeer",
				Steps: []*Step{{Keyword: "Given ", Text: "x", Status: Passed}}},
			{ID: "features/a.feature:9", Name: "fails", Line: 9, Status: Failed, Duration: time.Second, API: "dcaas", Operation: "CreateVifPeer",
				Steps: []*Step{{Keyword: "Then ", Text: "y", Line: 10, Status: Failed, StepDetail: &StepDetail{Error: "1 violation", Violations: []checks.Finding{fail},
					Exchange: &Exchange{Method: "POST", URL: "http://x/y", Status: 201, Curl: "curl -X POST 'http://x/y'"}}}}},
			{ID: "features/a.feature:20", Name: "too new", Line: 20, Status: Skipped, SkipReason: "needs element API version 9.6 or later", API: "element",
				Steps: []*Step{{Keyword: "Given ", Text: "z", Status: Skipped}}},
		},
	}}}
}

func TestJUnitHasWhatCIViewersNeed(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJUnit(&b, sampleRun()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`tests="3" failures="1" errors="0" skipped="1"`,
		`classname="features.a"`,
		`<skipped>needs element API version 9.6 or later</skipped>`,
		`<failure message="/vif_peer/name: maxLength 64`,
		`time="0.000"`, // a negative duration is reported as 0
		`name="A &amp; &lt;b&gt;"`,
		"reproduce:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("JUnit lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, `time="-`) {
		t.Errorf("JUnit has a negative time:\n%s", out)
	}
}

func TestHTMLShowsFailuresAndEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, sampleRun()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"FAILED: 1 of 3 scenarios failed", "<td><code>/vif_peer/name</code></td><td>maxLength 64</td>", "openapi/dcaas.yaml:154",
		"A &amp; &lt;b&gt;", "needs element API version 9.6", "curl -X POST"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, never := range []string{"<script", "http://", "https://"} {
		if strings.Contains(strings.ReplaceAll(out, "http://x/y", ""), never) {
			t.Errorf("HTML contains %q: it must be self-contained", never)
		}
	}
}

func TestMerge(t *testing.T) {
	a, b := sampleRun(), sampleRun()
	a.Features[0].Scenarios = a.Features[0].Scenarios[1:]
	b.Features[0].Scenarios = b.Features[0].Scenarios[:1]
	a.Shards, b.Shards = []string{"2/2"}, []string{"1/2"}
	m, err := Merge([]*Run{a, b}, []string{"a.json", "b.json"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range m.Scenarios() {
		ids = append(ids, s.ID)
	}
	if got := strings.Join(ids, " "); got != "features/a.feature:3 features/a.feature:9 features/a.feature:20" {
		t.Errorf("merged order %s, want the file order", got)
	}
	if strings.Join(m.Shards, ",") != "1/2,2/2" {
		t.Errorf("shards %v", m.Shards)
	}
	if _, err := Merge([]*Run{sampleRun(), sampleRun()}, []string{"a.json", "a-again.json"}); err == nil || !strings.Contains(err.Error(), "both report the scenario") {
		t.Errorf("merging a shard twice: error %v, want one that says so", err)
	}
}

func TestTemplateMatches(t *testing.T) {
	tests := []struct {
		tmpl, ptr string
		want      bool
	}{
		{"/a/*/b", "/a/0/b", true},
		{"/a/*/b", "/a/x/b", false},
		{"/a/b", "/a/b", true},
		{"/a/b", "/a", false},
		{"/", "", true},
	}
	for _, tt := range tests {
		if got := templateMatches(tt.tmpl, tt.ptr); got != tt.want {
			t.Errorf("templateMatches(%q, %q) = %v", tt.tmpl, tt.ptr, got)
		}
	}
	if !present(map[string]any{"a": []any{map[string]any{"b": 1}}}, "/a/*/b") || present(map[string]any{"a": []any{}}, "/a/*/b") {
		t.Error("present does not follow array items")
	}
}

// A secret the run learns after a scenario was recorded (a --secret-name
// value first seen in a later answer) is masked in every written report,
// the Cucumber JSON's base64 embeddings included.
func TestSecretLearnedLateIsMaskedInEveryFile(t *testing.T) {
	const late = "late-secret-7f3e"
	r := sampleRun()
	ex := r.Features[0].Scenarios[1].Steps[0].Detail().Exchange
	ex.URL, ex.ResponseBody, ex.Curl = "http://x/v3/"+late+"/y", `{"tenant_id":"`+late+`"}`, "curl 'http://x/v3/"+late+"/y'"
	red := exchange.NewRedactor()
	red.Add(late) // learned only now, after the recording
	dir := t.TempDir()
	var files []Output
	for _, kind := range []string{"junit", "cucumber", "html", "json"} {
		files = append(files, Output{Kind: kind, Path: filepath.Join(dir, kind)})
	}
	if err := WriteFiles(r, files, red); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, m := range regexp.MustCompile(`"data":\s*"([A-Za-z0-9+/=]+)"`).FindAllStringSubmatch(text, -1) {
			d, _ := base64.StdEncoding.DecodeString(m[1])
			text += string(d)
		}
		if strings.Contains(text, late) {
			t.Errorf("the %s report shows the secret learned late", f.Kind)
		}
		// The exchange is in the report, masked: an empty or truncated
		// report would show no secret either.
		if !strings.Contains(text, "/v3/***/y") {
			t.Errorf("the %s report does not show the exchange with the secret masked (/v3/***/y):\n%s", f.Kind, text)
		}
	}
}

// A scenario planned as it starts takes its place in its feature, by line,
// whatever the order scenarios finish in; one planned for a feature the run
// did not select is not reported.
func TestRecorderPlansAsScenariosStart(t *testing.T) {
	f := &Feature{URI: "features/a.feature", Scenarios: []*Scenario{{ID: "features/a.feature:20", Line: 20, Status: Skipped, SkipReason: "too new"}}}
	r := NewRecorder("conform", []*Feature{f}, 3)
	late := &Scenario{ID: "features/a.feature:9", Line: 9, Status: Skipped}
	early := &Scenario{ID: "features/a.feature:3", Line: 3, Status: Skipped}
	r.Plan("features/a.feature", late)
	r.Plan("features/a.feature", early)
	r.Plan("features/b.feature", &Scenario{ID: "features/b.feature:1", Line: 1})
	r.Done(&Scenario{ID: late.ID, Line: 9, Status: Failed})
	r.Done(&Scenario{ID: early.ID, Line: 3, Status: Passed})
	var got []string
	for _, s := range r.Finish().Scenarios() {
		got = append(got, fmt.Sprintf("%d %s", s.Line, s.Status))
	}
	if want := "3 passed, 9 failed, 20 skipped"; strings.Join(got, ", ") != want {
		t.Errorf("reported %q, want %s", strings.Join(got, ", "), want)
	}
}
