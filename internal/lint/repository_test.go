package lint_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/importer"
	"github.com/conform-dev/conform/internal/lint"
	"github.com/conform-dev/conform/internal/testrepo"
)

// The repository, linted as conform lint does in it. These tests are in a
// package of their own: the curated seed is copied by the importer, which
// imports lint.

const root = "../.."

// TestRepositoryLintsClean is `conform lint testdata/pages/seed/*.txt` on
// the repository's curated seed (without the references make refs imported
// beside it, which TestImportedReferencesLint lints): a broken contract,
// feature or example fails it, and the documentation's contradictions are
// pinned, each where it is visible. The features and contracts show nine of
// the conflicts the contracts record; the pages show twelve, all but the
// ListClusterPairs one (that page is not a seed page; see
// TestHeldOutPageShowsTheUUIDConflict).
func TestRepositoryLintsClean(t *testing.T) {
	seed := t.TempDir()
	if err := importer.CopyCurated(root, seed); err != nil {
		t.Fatal(err)
	}
	res := lint.Repository(context.Background(), seed, testrepo.Pages(t, root, "testdata/pages/seed"))
	want := []string{
		"features/dcaas/create_vif_peer.feature:14 warning dcaas-example-url",
		"features/dcaas/create_vif_peer.feature:21 warning dcaas-address-family-case",
		"features/dcaas/create_vif_peer.feature:21 warning dcaas-example-echo",
		"features/dcaas/create_vif_peer.feature:21 warning dcaas-example-lacks-members",
		"features/dcaas/create_vif_peer.feature:21 warning dcaas-function-ipv6",
		"features/dcaas/create_vif_peer.feature:21 warning dcaas-remote-ep-group-cidr",
		"features/dcaas/create_vif_peer.feature:21 warning dcaas-tenant-id-length",
		"features/element/start_cluster_pairing.feature:32 warning element-example-key-does-not-decode",
		"features/element/start_cluster_pairing.feature:33 warning element-example-key-split",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:21 warning dcaas-token-minimum-zero",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:59 warning dcaas-route-mode-empty-enumeration",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:114 warning dcaas-route-mode-empty-enumeration",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:156 warning dcaas-example-url",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-address-family-case",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-bgp-asn-null",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-example-echo",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-example-lacks-members",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-function-ipv6",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-remote-ep-group-cidr",
		"testdata/pages/seed/dcaas-CreateVifPeer.txt:160 warning dcaas-tenant-id-length",
		"testdata/pages/seed/element-StartClusterPairing.txt:60 warning element-example-key-does-not-decode",
		"testdata/pages/seed/element-StartClusterPairing.txt:61 warning element-example-key-split",
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, strings.TrimPrefix(f.Where, seed+"/")+" "+f.Level.String()+" "+f.Rule)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		var b strings.Builder
		res.Write(&b)
		t.Fatalf("lint findings changed:\n got:\n  %s\nwant:\n  %s\n\n%s", strings.Join(got, "\n  "), strings.Join(want, "\n  "), b.String())
	}
	if res.Failed(false) {
		t.Fatal("the repository has lint errors")
	}
	fileLine := regexp.MustCompile(`^[^ ]+:[0-9]+$`)
	for _, f := range res.Findings {
		if !fileLine.MatchString(f.Where) || f.Expected == "" || f.Actual == "" || f.Note == "" {
			t.Errorf("%s %s: a finding needs file:line, a summary and both sides quoted: %+v", f.Where, f.Rule, f)
		}
	}
	det := res.Detected()
	// Not in the seed pages: a held-out page's conflict, and one between
	// the page and the vendor's SDK, which no page shows.
	notInPages := map[string]bool{"element-cluster-pair-uuid-name": true, "dcaas-token-mandatory-aksk": true}
	for _, id := range res.Recorded {
		if !det[id] && !notInPages[id] {
			t.Errorf("recorded conflict %s is not detected in the seed documents", id)
		}
	}
	if len(res.Recorded) != 14 {
		t.Errorf("the contracts record %d conflicts, want 14", len(res.Recorded))
	}
	var b strings.Builder
	res.Write(&b)
	if strings.Contains(b.String(), "7b22636c7573") {
		t.Errorf("lint printed the pairing key:\n%s", b.String())
	}
}

// TestImportedReferencesLint is `conform lint` in the repository, with both
// vendor references imported beside the curated seed (make refs): it exits
// 0. A documented example that breaks its contract is an error unless the
// contract records the contradiction where the example breaks it, so an
// importer that writes a contract its own pages' examples break, or fails
// to record what they contradict, fails here; and every finding says where
// it is and quotes both sides.
func TestImportedReferencesLint(t *testing.T) {
	res := lint.Repository(context.Background(), root, nil)
	var b strings.Builder
	res.Write(&b)
	if errs := res.Findings.Errors(false); len(errs) > 0 {
		t.Fatalf("conform lint of the repository finds %d errors:\n%s", len(errs), b.String())
	}
	if len(res.Findings) < 300 || len(res.Recorded) < 250 {
		t.Fatalf("%d findings and %d recorded conflicts: the imported references are not in the repository (make refs)", len(res.Findings), len(res.Recorded))
	}
	fileLine := regexp.MustCompile(`^[^ ]+:[0-9]+$`)
	for _, f := range res.Findings {
		if f.Level != checks.Warning || !fileLine.MatchString(f.Where) || f.Expected == "" || f.Actual == "" || f.Note == "" {
			t.Errorf("%s %s: a finding is a warning with file:line, a summary and both sides quoted: %+v", f.Where, f.Rule, f)
		}
	}
}
