package contract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

// TestTheFirstBrokenSchemaFileIsNamed: a JSON-RPC API's schema files are read
// in parallel; with several broken, the error must still name the first in
// the folder's order, every time, not whichever was read first.
func TestTheFirstBrokenSchemaFileIsNamed(t *testing.T) {
	for range 20 {
		root := copySeed(t)
		// ListClusterPairs.json comes before StartClusterPairing.json and
		// envelope.json (upper case sorts first).
		replaceIn(t, root, "schemas/element/StartClusterPairing.json", `"title"`, `"title" "`)
		replaceIn(t, root, "schemas/element/envelope.json", `"title"`, `"title" "`)
		replaceIn(t, root, "schemas/element/ListClusterPairs.json", `"title"`, `"title" "`)
		_, err := contract.Load(context.Background(), root, nil)
		if err == nil || !strings.HasPrefix(err.Error(), "schemas/element/ListClusterPairs.json: not valid JSON") {
			t.Fatalf("Load: %v; want the error of schemas/element/ListClusterPairs.json, the first broken file", err)
		}
	}
}

// TestAPIsLoadInParallelAndReportInOrder: the APIs load in parallel; the
// error must be the first document's in file order, and a conflict id used
// twice must be named where the second use is, in that order too.
func TestAPIsLoadInParallelAndReportInOrder(t *testing.T) {
	for _, c := range []struct {
		name  string
		edits [][3]string // file, old, new
		want  string      // the error's beginning
	}{
		{"two broken documents", [][3]string{
			{"openapi/element.yaml", "openapi:", "openapi: [\nx"},
			{"openapi/dcaas.yaml", "openapi:", "openapi: [\nx"},
		}, "openapi/dcaas.yaml: not valid YAML"},
		{"a conflict id of dcaas used again by element", [][3]string{
			{"schemas/element/ListClusterPairs.json", `"id": "element-cluster-pair-uuid-name"`, `"id": "dcaas-tenant-id-length"`},
		}, "schemas/element/ListClusterPairs.json#/definitions/clusterPair/x-conform-conflicts/0: conflict id \"dcaas-tenant-id-length\" is already used at openapi/dcaas.yaml#"},
	} {
		for range 10 {
			root := copySeed(t)
			for _, e := range c.edits {
				replaceIn(t, root, e[0], e[1], e[2])
			}
			_, err := contract.Load(context.Background(), root, nil)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("%s: Load: %v; want an error beginning %q", c.name, err, c.want)
			}
		}
	}
}
