package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyRepo copies the contracts and features into a throwaway repository and
// applies edits to it (path → new content; "" removes the file, "->X" makes
// it a symbolic link to X).
func copyRepo(t *testing.T, edits map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"openapi", "schemas", "features"} {
		err := filepath.WalkDir(filepath.Join(repo, sub), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(repo, p)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for rel, text := range edits {
		p := filepath.Join(dir, rel)
		_ = os.Remove(p)
		var err error
		switch {
		case text == "":
		case strings.HasPrefix(text, "->"):
			err = os.Symlink(strings.TrimPrefix(text, "->"), p)
		default:
			err = os.WriteFile(p, []byte(text), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// replaced is file rel of the repository with old replaced by new, once.
func replaced(t *testing.T, rel, old, new string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repo, rel))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s does not contain %q", rel, old)
	}
	return strings.Replace(string(b), old, new, 1)
}

// lineOf is the line of the repository's file rel that first holds text.
func lineOf(t *testing.T, rel, text string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repo, rel))
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte(text))
	if i < 0 {
		t.Fatalf("%s does not contain %q", rel, text)
	}
	return bytes.Count(b[:i], []byte("\n")) + 1
}

// TestBadLocalInput: every mistake in the local input stops the run before
// anything is sent (exit 2), and the message names the file, the line or the
// JSON pointer, and what to do.
func TestBadLocalInput(t *testing.T) {
	const dcaas, key = "openapi/dcaas.yaml", "schemas/element/StartClusterPairing.json"
	notPEM := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(notPEM, []byte("not a certificate\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		dir  string
		args []string
		want []string
	}{
		{name: "malformed YAML", dir: copyRepo(t, map[string]string{dcaas: "openapi: 3.0.3\ninfo:\n  title: x\n\tversion: 1\n"}),
			want: []string{"openapi/dcaas.yaml: not valid YAML", "line 3: found a tab character that violates indentation"}},
		{name: "not an OpenAPI document", dir: copyRepo(t, map[string]string{dcaas: "hello: world\n"}),
			want: []string{"openapi/dcaas.yaml: no openapi version", "starts with `openapi: 3.0.3`"}},
		{name: "invalid OpenAPI document", dir: copyRepo(t, map[string]string{dcaas: "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: X\n      responses: {}\n"}),
			want: []string{"openapi/dcaas.yaml: the OpenAPI document is invalid", "invalid path /x: invalid operation GET", "MUST contain at least one response code"}},
		{name: "dangling $ref", dir: copyRepo(t, map[string]string{dcaas: replaced(t, dcaas, "$ref: '#/components/schemas/AddressFamily'", "$ref: '#/components/schemas/Nope'")}),
			want: []string{"openapi/dcaas.yaml#/", `$ref "#/components/schemas/Nope" points nowhere: define components/schemas/Nope or fix the reference`}},
		{name: "a pattern Go cannot compile, in OpenAPI", dir: copyRepo(t, map[string]string{dcaas: replaced(t, dcaas, "'^(?i:ipv4|ipv6)$'", "'^(?=ipv)(?i:ipv4|ipv6)$'")}),
			want: []string{fmt.Sprintf("openapi/dcaas.yaml:%d (#/components/schemas/AddressFamily/pattern)", lineOf(t, dcaas, "pattern: '^(?i:ipv4|ipv6)$'")), "does not compile in Go's regexp", "rewrite it without lookaround"}},
		{name: "a pattern Go cannot compile, in a JSON Schema", dir: copyRepo(t, map[string]string{key: replaced(t, key, `"^([0-9a-fA-F]{2})+$"`, `"^(\\w)\\1$"`)}),
			want: []string{"schemas/element/StartClusterPairing.json:25 (#/definitions/result/properties/clusterPairingKey/pattern)", "backreferences"}},
		{name: "a JSON Schema that does not compile", dir: copyRepo(t, map[string]string{key: replaced(t, key, `"pattern": "^([0-9a-fA-F]{2})+$"`, `"pattern": 5`)}),
			want: []string{"schemas/element/StartClusterPairing.json", "the schema does not compile", "clusterPairingKey.pattern: Invalid type. Expected: string"}},
		{name: "a JSON Schema that is not JSON", dir: copyRepo(t, map[string]string{key: "{\n  \"definitions\": {,}\n}\n"}),
			want: []string{"schemas/element/StartClusterPairing.json: not valid JSON: line 2, column 19"}},
		{name: "an unreadable contract", dir: copyRepo(t, map[string]string{"openapi/element.yaml": "->/nonexistent/element.yaml"}),
			want: []string{"cannot read openapi/element.yaml"}},
		{name: "an unreadable feature", dir: copyRepo(t, map[string]string{"features/broken.feature": "->/nonexistent/broken.feature"}),
			want: []string{"cannot read", "features/broken.feature"}},
		{name: "--ca-cert that does not exist", args: []string{"--ca-cert", "/nonexistent/ca.pem"}, want: []string{"--ca-cert /nonexistent/ca.pem", "no such file"}},
		{name: "--ca-cert that is not PEM", args: []string{"--ca-cert", notPEM}, want: []string{"no PEM certificate in the file: give the CA certificate"}},
		{name: "--client-cert without --client-key", args: []string{"--client-cert", notPEM}, want: []string{"--client-cert and --client-key go together"}},
		{name: "--client-cert that is not a certificate", args: []string{"--client-cert", notPEM, "--client-key", notPEM}, want: []string{"give the client certificate and its private key, both in PEM"}},
		{name: "negative --retries", args: []string{"--retries", "-1"}, want: []string{"--retries -1: want 0 (never resend) or more"}},
		{name: "negative --redirects", args: []string{"--redirects", "-2"}, want: []string{"--redirects -2: want 0"}},
		{name: "--deadline that is not a duration", args: []string{"--deadline", "soon"}, want: []string{`invalid argument "soon" for "--deadline"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir
			if dir == "" {
				dir = repo
			}
			var out, errb bytes.Buffer
			code := execute(append([]string{"run", "--dir", dir}, tt.args...), &out, &errb)
			all := out.String() + errb.String()
			if code != 2 {
				t.Fatalf("exit code %d, want 2; output:\n%s", code, all)
			}
			if strings.Contains(out.String(), "scenarios (") {
				t.Errorf("scenarios ran; a usage error must stop the run first:\n%s", all)
			}
			checkOutput(t, all, errb.String(), tt.want)
		})
	}
}

// checkOutput asserts that the output says everything in want, and that
// stderr holds no stack trace.
func checkOutput(t *testing.T, all, stderr string, want []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("output lacks %q; output:\n%s", w, all)
		}
	}
	for _, bad := range []string{"panic:", "goroutine ", ".go:"} {
		if strings.Contains(stderr, bad) {
			t.Errorf("stderr has %q, a stack trace or Go source location:\n%s", bad, stderr)
		}
	}
}
