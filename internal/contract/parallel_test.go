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
		root := copyRepo(t)
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
