package reports

import (
	"context"
	"slices"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

// TestExerciseCountsTheHitsOperation: a hit counts for its own operation's
// items only: the operation (or method), the status it answered (or the
// operation's default when that status is not documented), the response
// rules whose member the answer carries, and the request rule of the member
// a scenario changed.
func TestExerciseCountsTheHitsOperation(t *testing.T) {
	c := &Coverage{}
	items := map[string]*CoverageItem{
		"op":        {Kind: "operation", API: "a", Operation: "Create"},
		"201":       {Kind: "status", API: "a", Operation: "Create", Status: "201"},
		"default":   {Kind: "status", API: "a", Operation: "Create", Status: "default"},
		"name":      {Kind: "rule", API: "a", Operation: "Create", Side: "response", Status: "201", Pointer: "/name", Rule: "maxLength 64"},
		"size":      {Kind: "rule", API: "a", Operation: "Create", Side: "request", Pointer: "/size", Rule: "maximum 10"},
		"other op":  {Kind: "operation", API: "a", Operation: "Delete"},
		"other api": {Kind: "operation", API: "b", Operation: "Create"},
		"rpc":       {Kind: "status", API: "rpc", Operation: "endpoint", Status: "200"},
		"method":    {Kind: "operation", API: "rpc", Operation: "Start"},
		"result":    {Kind: "rule", API: "rpc", Operation: "Start", Side: "response", Pointer: "/result/key", Rule: "pattern"},
	}
	for _, it := range items {
		c.add(it)
	}
	for _, h := range []Hit{
		{API: "a", HTTPOp: "Create", Operation: "Create", Status: 201, Response: map[string]any{"name": "x"}},
		{API: "a", HTTPOp: "Create", Operation: "Create", Status: 400, Changed: "/size"},
		{API: "rpc", HTTPOp: "endpoint", Operation: "Start", Status: 200, Response: map[string]any{"result": map[string]any{"key": "k"}}},
	} {
		c.Exercise(h)
	}
	for name, want := range map[string]int{"op": 2, "201": 1, "default": 1, "name": 1, "size": 1, "other op": 0, "other api": 0, "rpc": 1, "method": 1, "result": 1} {
		if got := items[name].Hits; got != want {
			t.Errorf("%s: %d hits, want %d", name, got, want)
		}
	}
}

// TestCoverageWorkedOutLateKeepsTheOrder: an operation's rules are worked
// out when a run first touches it, the rest at Complete; the list must come
// out in the contracts' order all the same, as if worked out at once.
func TestCoverageWorkedOutLateKeepsTheOrder(t *testing.T) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		t.Fatal(err)
	}
	keys := func(c *Coverage) []string {
		var out []string
		for _, it := range c.Items {
			out = append(out, it.key())
		}
		return out
	}
	all := NewCoverage(set)
	all.Complete()
	touched := NewCoverage(set)
	touched.Exercise(Hit{API: "element", HTTPOp: "JSONRPC", Operation: "StartClusterPairing", Status: 200,
		Response: map[string]any{"result": map[string]any{"clusterPairingKey": "00"}}})
	touched.Exercise(Hit{API: "dcaas", HTTPOp: "CreateVifPeer", Operation: "CreateVifPeer", Status: 201, Response: map[string]any{}})
	touched.Complete()
	if a, b := keys(all), keys(touched); len(a) < 500 || !slices.Equal(a, b) {
		t.Fatalf("%d items at once, %d worked out late; the lists differ", len(a), len(b))
	}
	if touched.Summary()[2].Exercised == 0 {
		t.Error("the hits exercised no rule")
	}
}
