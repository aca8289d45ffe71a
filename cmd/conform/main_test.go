package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/importer"
)

const repo = "../.."

// seed is the repository's curated seed (its contracts and features
// without the references make refs imported beside them), copied once.
var seed string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "conform-cmd-seed-")
	if err == nil {
		err = importer.CopyCurated(repo, dir)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot copy the curated seed: %v\n", err)
		os.Exit(2)
	}
	seed = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// curatedRepo copies the curated seed into a throwaway folder: for the
// tests that pin the seed's suite, or import a reference page the
// repository already holds.
func curatedRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := importer.CopyTree(seed, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyContracts makes a throwaway repository with the curated seed's
// contracts and the given features, for input that must be rejected.
func copyContracts(t *testing.T, features map[string]string) string {
	t.Helper()
	dir := curatedRepo(t)
	if err := os.RemoveAll(filepath.Join(dir, "features")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "features"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range features {
		if err := os.WriteFile(filepath.Join(dir, "features", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExitCodesAndMessages(t *testing.T) {
	undefined := copyContracts(t, map[string]string{"x.feature": "Feature: x\n  Scenario: y\n    Given the \"dcaas\" API\n    When I send the documented request \"CreateVifPeer\":\n"})
	badGherkin := copyContracts(t, map[string]string{"x.feature": "Feature: x\n  Scenario: y\n    Given the \"dcaas\" API\nFeature: twice\n"})
	falseAlarm := copyContracts(t, map[string]string{"x.feature": "Feature: x\n  Scenario: a valid name is not a rejection test\n    Given the \"dcaas\" API\n    When I send the documented \"CreateVifPeer\" request with \"/vif_peer/name\" set to \"ok\":\n      \"\"\"\n      POST https://x/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers {\"vif_peer\": {\"name\": \"a\"}}\n      \"\"\"\n    Then the changed request is rejected with status 400\n"})
	empty := copyContracts(t, map[string]string{"x.feature": "Feature: nothing to run\n"})
	brokenContract := copyContracts(t, map[string]string{"x.feature": "Feature: x\n"})
	if err := os.WriteFile(filepath.Join(brokenContract, "openapi", "dcaas.yaml"), []byte("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {'200': {$ref: '#/components/responses/Nope'}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The curated seed's element scenarios, all @since:9.6: the imported
	// reference has element methods of every version.
	objectPage := filepath.Join(t.TempDir(), "reference_element_api_widget.adoc")
	if err := os.WriteFile(objectPage, []byte("= widget\n:icons: font\n\nThe widget object.\n\n== Object members\n\n|===\n|Name |Description |Type\n\n|widgetID\n|The ID.\n|integer\n|===\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		env  map[string]string
		code int
		want []string // in stdout+stderr
	}{
		{name: "every scenario passes against the reference target", args: []string{"run", "--dir", repo}, code: 0,
			want: []string{"PASSED: ", "scenarios passed", "embedded reference target", "warning(s)"}},
		{name: "a rejection scenario that sends a valid request is caught, not run", args: []string{"run", "--dir", falseAlarm}, code: 1,
			want: []string{`false alarm guard: the request /vif_peer/name set to "ok" is valid by the contract`}},
		{name: "strict turns the documentation's contradictions into failures", args: []string{"run", "--dir", repo, "--strict"}, code: 1,
			want: []string{"request URL: documented URI POST /v3/{project_id}/dcaas/vif-peers", "valid JSON as published", "failed"}},
		{name: "unknown API in --target", args: []string{"run", "--dir", repo, "--target", "dcas=https://x.example.com"}, code: 2,
			want: []string{`unknown API "dcas"; known: dcaas, dcaas-v2, dcaas-versions, element`}},
		{name: "--target without =", args: []string{"run", "--dir", repo, "--target", "dcaas"}, code: 2, want: []string{"want API=URL"}},
		{name: "relative URL", args: []string{"run", "--dir", repo, "--target", "dcaas=dcaas.example.com"}, code: 2,
			want: []string{"is not an absolute http(s) URL"}},
		{name: "missing credentials for a real target", args: []string{"run", "--dir", repo, "--target", "element=https://127.0.0.1:1/json-rpc/12.3"},
			env: map[string]string{"CONFORM_ELEMENT_USERNAME": "", "CONFORM_ELEMENT_PASSWORD": ""}, code: 2,
			want: []string{"set CONFORM_ELEMENT_PASSWORD and CONFORM_ELEMENT_USERNAME"}},
		{name: "unknown flag", args: []string{"run", "--bogus"}, code: 2, want: []string{"unknown flag: --bogus"}},
		{name: "no contracts", args: []string{"run", "--dir", t.TempDir()}, code: 2, want: []string{"cannot read the contracts folder"}},
		{name: "broken contract", args: []string{"run", "--dir", brokenContract}, code: 2, want: []string{"openapi/dcaas.yaml", "Nope"}},
		{name: "undefined step", args: []string{"run", "--dir", undefined}, code: 2,
			want: []string{"x.feature:4: undefined step", `the closest defined step is "I send the documented \"<op>\" request:"`, "conform steps lists them all"}},
		{name: "malformed feature", args: []string{"run", "--dir", badGherkin}, code: 2, want: []string{"x.feature: not valid Gherkin", "(4:"}},
		{name: "no scenario", args: []string{"run", "--dir", empty}, code: 2, want: []string{"no scenario"}},
		{name: "unknown fault", args: []string{"serve", "--fault", "nope"}, code: 2, want: []string{"nope", "dcaas-name-too-long"}},
		{name: "list faults", args: []string{"serve", "--list-faults"}, code: 0, want: []string{"element-key-not-hex", "response"}},
		{name: "unknown report format", args: []string{"run", "--dir", repo, "--format", "xml:out.xml"}, code: 2, want: []string{`unknown format "xml"`}},
		{name: "report without a file", args: []string{"run", "--dir", repo, "--format", "junit"}, code: 2, want: []string{"junit:out/junit.xml"}},
		{name: "bad shard", args: []string{"run", "--dir", repo, "--shard", "5/2"}, code: 2, want: []string{"--shard \"5/2\": want I/N"}},
		{name: "bad tag expression", args: []string{"run", "--dir", repo, "--tags", "@element and"}, code: 2, want: []string{"missing a tag"}},
		{name: "tags that select nothing", args: []string{"run", "--dir", repo, "--tags", "@nope"}, code: 2, want: []string{"no scenario matches", "@element"}},
		{name: "a run in which nothing ran is not green", args: []string{"run", "--dir", seed, "--tags", "@element", "--target", "element=http://127.0.0.1:1/json-rpc/9.5"},
			env: map[string]string{"CONFORM_ELEMENT_USERNAME": "admin", "CONFORM_ELEMENT_PASSWORD": "x", "CONFORM_ALLOW_EMPTY": ""}, code: 1,
			want: []string{"FAILED: no scenario ran (11 selected, 11 skipped)", "  - 11: needs element API version 9.6 or later"}},
		{name: "--allow-empty lets it pass", args: []string{"run", "--dir", seed, "--allow-empty", "--tags", "@element", "--target", "element=http://127.0.0.1:1/json-rpc/9.5"},
			env: map[string]string{"CONFORM_ELEMENT_USERNAME": "admin", "CONFORM_ELEMENT_PASSWORD": "x", "CONFORM_ALLOW_EMPTY": ""}, code: 0,
			want: []string{"PASSED: 0 of 11 scenarios passed (11 skipped", "version: element 9.5 (from the target URL)"}},
		{name: "--version", args: []string{"--version"}, code: 0, want: []string{"conform version "}},
		{name: "run --help says the exit codes, the target forms and the variables", args: []string{"run", "--help"}, code: 0,
			want: []string{"Exit codes:\n  0  every scenario that ran passed", "  1  a scenario failed, or none ran", "  2  a usage or configuration error",
				"--target API:ROLE=URL", "CONFORM_<API>_TOKEN", "CONFORM_<API>_USERNAME, _PASSWORD", "CONFORM_<API>_URL", "CONFORM_ALLOW_EMPTY=1", "--allow-empty"}},
		{name: "import skips an object page, saying why", args: []string{"import", "--out", t.TempDir(), objectPage}, code: 0,
			want: []string{"reference_element_api_widget.adoc: skipped, not a method or operation (object page)"}},
		{name: "lint skips an object page, saying why", args: []string{"lint", "--dir", repo, objectPage}, code: 0,
			want: []string{"reference_element_api_widget.adoc: skipped, not a method or operation (object page)"}},
		{name: "merge without shards", args: []string{"report", "merge", "--format", "html:x.html"}, code: 2, want: []string{"requires at least 1 arg"}},
		{name: "merge a file that is not a report", args: []string{"report", "merge", "--format", "html:" + filepath.Join(t.TempDir(), "x.html"), filepath.Join(repo, "go.mod")},
			code: 2, want: []string{"is not a conform JSON report"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errb bytes.Buffer
			code := execute(tt.args, &out, &errb)
			all := out.String() + errb.String()
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; output:\n%s", code, tt.code, all)
			}
			checkOutput(t, all, errb.String(), tt.want)
		})
	}
}

// TestShardAndMerge runs the suite in two shards through the CLI, as two CI
// machines would, and merges their JSON reports into one set.
func TestShardAndMerge(t *testing.T) {
	dir := t.TempDir()
	var shards []string
	for _, sh := range []string{"1/2", "2/2"} {
		f := filepath.Join(dir, "shard-"+sh[:1]+".json")
		var out bytes.Buffer
		if code := execute([]string{"run", "--dir", repo, "--shard", sh, "--concurrency", "4", "--format", "progress,json:" + f}, &out, &out); code != 0 {
			t.Fatalf("shard %s: exit %d\n%s", sh, code, out.String())
		}
		shards = append(shards, f)
	}
	var out bytes.Buffer
	junit, html := filepath.Join(dir, "junit.xml"), filepath.Join(dir, "report.html")
	code := execute(append([]string{"report", "merge", "--format", "junit:" + junit + ",html:" + html}, shards...), &out, &out)
	if code != 0 {
		t.Fatalf("merge: exit %d\n%s", code, out.String())
	}
	for _, want := range []string{"PASSED: ", "reports: junit " + junit + ", html " + html} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("merge output lacks %q:\n%s", want, out.String())
		}
	}
	b, err := os.ReadFile(html)
	if err != nil || !strings.Contains(string(b), "shard 1/2") || !strings.Contains(string(b), "shard 2/2") {
		t.Errorf("the merged HTML does not name both shards (err %v)", err)
	}
}
