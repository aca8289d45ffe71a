package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStrictWithAcknowledgedConflicts: --strict is a gate a CI can use
// against a real vendor once the seed's known documentation conflicts are
// acknowledged, by flag, variable or file; their warnings still print,
// marked; an id no contract records is a usage error.
func TestStrictWithAcknowledgedConflicts(t *testing.T) {
	// The seed's features, beside a folder of its contracts.
	features, _ := filepath.Abs(filepath.Join(curatedRepo(t), "features"))
	withFile := func(text string) string {
		dir := copyContracts(t, nil)
		if err := os.WriteFile(filepath.Join(dir, "conform.ack"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	const seed = "dcaas-example-url,dcaas-tenant-id-length,element-example-key-split"
	acked := []string{"warning(s)", "acknowledged (dcaas-example-url): request URL", "acknowledged (dcaas-tenant-id-length): /vif_peer/tenant_id",
		"acknowledged (element-example-key-split): the documented response", "PASSED: "}
	tests := []struct {
		name    string
		args    []string
		env     string
		code    int
		want    []string
		without []string
	}{
		{name: "by flag", args: []string{"run", "--dir", repo, "--strict", "--ack", "dcaas-example-url", "--ack", "dcaas-tenant-id-length", "--ack", "element-example-key-split"},
			code: 0, want: acked},
		{name: "by CONFORM_ACK", args: []string{"run", "--dir", repo, "--strict"}, env: seed, code: 0, want: acked},
		{name: "by conform.ack, comments allowed", args: []string{"run", "--dir", withFile("# read and accepted\ndcaas-example-url\n\ndcaas-tenant-id-length # 32 hex digits\nelement-example-key-split\n"), "--strict", features},
			code: 0, want: acked},
		{name: "one left unacknowledged still fails, saying how to acknowledge it", args: []string{"run", "--dir", repo, "--strict", "--ack", "dcaas-example-url,dcaas-tenant-id-length"},
			code: 1, want: []string{"FAILED: 1 of", "--strict makes this a failure unless acknowledged (--ack element-example-key-split)"},
			without: []string{"unless acknowledged (--ack dcaas-example-url)"}},
		{name: "an unknown id is a usage error naming the known ones", args: []string{"run", "--dir", repo, "--strict", "--ack", "dcaas-exmple-url"},
			code: 2, want: []string{`acknowledged conflict "dcaas-exmple-url"`, `did you mean "dcaas-example-url"?`, "known: dcaas-address-family-case, dcaas-bgp-asn-null"}},
		{name: "an unknown id in CONFORM_ACK too", args: []string{"run", "--dir", repo}, env: "nope", code: 2, want: []string{`acknowledged conflict "nope"`}},
		{name: "two ids on a line of conform.ack", args: []string{"run", "--dir", withFile("dcaas-example-url dcaas-tenant-id-length\n"), features},
			code: 2, want: []string{"conform.ack:1: one conflict id a line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("CONFORM_ACK", tt.env)
			var out, errb bytes.Buffer
			code := execute(append(tt.args[:len(tt.args):len(tt.args)], "--format", "progress"), &out, &errb)
			all := out.String() + errb.String()
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; output:\n%s", code, tt.code, all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("output lacks %q:\n%s", w, all)
				}
			}
			for _, w := range tt.without {
				if strings.Contains(all, w) {
					t.Errorf("output has %q:\n%s", w, all)
				}
			}
		})
	}
}
