package gen

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedFeaturesAreFresh fails when a contract changed and the
// committed limits features were not regenerated (make gen).
func TestGeneratedFeaturesAreFresh(t *testing.T) {
	files, err := Generate(context.Background(), "../..", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("nothing generated: every REST operation with a documented request should get a limits feature")
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join("../..", f.Path))
		if err != nil {
			t.Errorf("%s is not committed: run make gen (%v)", f.Path, err)
			continue
		}
		if string(got) != string(f.Content) {
			t.Errorf("%s is stale: run make gen", f.Path)
		}
	}
}

func TestGenerateCoversEveryLimitKind(t *testing.T) {
	files, err := Generate(context.Background(), "../..", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var dcaas string
	var dropped []string
	for _, f := range files {
		if f.Path == "features/dcaas/create_vif_peer_limits.feature" {
			dcaas, dropped = string(f.Content), f.Dropped
		}
	}
	// The false-alarm guard at work: route_mode "bgp" alone breaks the
	// contract's DC.1203 rule (a BGP peer needs an ASN), so it is not
	// written as an accepted boundary value, and gen says why.
	if len(dropped) != 1 || !strings.Contains(dropped[0], `/vif_peer/route_mode = "bgp"`) || !strings.Contains(dropped[0], "invalid") {
		t.Errorf("dropped rows = %q, want the one for route_mode \"bgp\"", dropped)
	}
	if strings.Contains(dcaas, `| "bgp"`) {
		t.Errorf("route_mode \"bgp\" without bgp_asn is written as accepted")
	}
	for _, want := range []string{
		"| /vif_peer/name ", "a string of 64 characters", "a string of 65 characters", "maxLength 64",
		"a string of 36 characters", "a string of 35 characters", "minLength 36",
		"| 1 ", "4294967295", "4294967296", "| 0 ", "maximum 4294967295",
		`"static"`, `"not-a-documented-value"`, "enum",
		"type string", "type integer", "type array", "items type string", "type object",
		"without credentials", "a X-Auth-Token of 10241 characters breaks maxLength 10240",
		// issue 14: a value that breaks the pattern (its "|" escaped for
		// the table), and a fractional number for an integer.
		`| /vif_peer/address_family    | "!"                        | pattern ^(?i:ipv4\|ipv6)$ |`,
		"| /vif_peer/bgp_asn           | 1.5                        | type integer ",
	} {
		if !strings.Contains(dcaas, want) {
			t.Errorf("the generated CreateVifPeer limits lack %q:\n%s", want, dcaas)
		}
	}
}

// TestGenerateLeavesImportedOut: by default gen writes limits for the
// curated operations only; the imported ones (x-conform-imported, a REST
// operation or a JSON-RPC method) get theirs with Imported.
func TestGenerateLeavesImportedOut(t *testing.T) {
	tests := []struct {
		name     string
		opt      Options
		imported bool // whether the imported operations' files are there
	}{
		{name: "default", opt: Options{}, imported: false},
		{name: "imported", opt: Options{Imported: true}, imported: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, err := Generate(context.Background(), "../..", tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, f := range files {
				have[f.Path] = true
			}
			for _, curated := range []string{"features/dcaas/create_vif_peer_limits.feature", "features/element/remove_cluster_pair_limits.feature"} {
				if !have[curated] {
					t.Errorf("%s is not generated", curated)
				}
			}
			// AddAccount (a JSON-RPC method) and CreateVirtualGateway (a
			// REST operation with a documented request) are imported.
			for _, imported := range []string{"features/element/add_account_limits.feature", "features/dcaas/create_virtual_gateway_limits.feature"} {
				if have[imported] != tt.imported {
					t.Errorf("%s generated: %v, want %v", imported, have[imported], tt.imported)
				}
			}
		})
	}
}
