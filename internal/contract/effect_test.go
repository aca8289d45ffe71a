package contract

import "testing"

func TestInferEffect(t *testing.T) {
	tests := []struct {
		name, method string
		want         Effect
	}{
		{"ListClusterPairs", "", Readonly},
		{"GetClusterInfo", "POST", Readonly},
		{"TestPing", "", Readonly},
		{"CreateVifPeer", "POST", Mutating},
		{"StartClusterPairing", "", Mutating},
		{"CompleteClusterPairing", "", Mutating},
		{"ModifyVolume", "", Mutating},
		{"RemoveClusterPair", "", Destructive},
		{"DeleteVifPeer", "DELETE", Destructive},
		{"PurgeDeletedVolumes", "", Destructive},
		{"Shutdown", "", Destructive},
		{"ResetNode", "", Destructive},
		{"UpdateVifPeer", "PUT", Mutating},
		{"ShowVifPeer", "GET", Readonly},
		{"anything", "GET", Readonly},
		{"DeleteLooking", "DELETE", Destructive},
		{"GetButDeletes", "DELETE", Destructive},
		{"Frobnicate", "", Mutating}, // unknown verbs are not assumed harmless
		{"list_virtual_gateways", "", Readonly},
	}
	for _, tt := range tests {
		if got := InferEffect(tt.name, tt.method); got != tt.want {
			t.Errorf("InferEffect(%q, %q) = %s, want %s", tt.name, tt.method, got, tt.want)
		}
	}
}

func TestEffectFromTheContract(t *testing.T) {
	if e, err := effectOf("destructive", "x", "GetThing", "POST"); err != nil || e != Destructive {
		t.Errorf("x-conform-effect destructive on GetThing: %s, %v", e, err)
	}
	if _, err := effectOf("harmless", "openapi/x.yaml#/paths/~1x/post", "GetThing", "POST"); err == nil {
		t.Error("an unknown x-conform-effect is accepted")
	}
}
