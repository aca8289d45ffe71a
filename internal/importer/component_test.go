package importer

import (
	"strings"
	"testing"
)

// TestComponentSharing: a page's table named like a component the file
// has is written into it only when the two say the same, or the page only
// adds members. A place the page's example shows null, which the file's
// schema does not allow, differs: shared, the page's own example would
// break the component (ShowVirtualInterface's VifPeer.description).
func TestComponentSharing(t *testing.T) {
	file := `components:
  schemas:
    Peer:
      type: object
      properties:
        description:
          type: string
          maxLength: 128
`
	description := omap{{"type", "string"}, {"maxLength", 128}}
	peer := func(members ...kv) omap {
		return omap{{"Peer", omap{{"type", "object"}, {"properties", omap(members)}}}}
	}
	tests := []struct {
		name    string
		page    omap
		differs string // a difference schemaDiff names; "" for none
		added   string // the members newMembers adds, joined; "" for nil
	}{
		{name: "the same", page: peer(kv{"description", description})},
		{name: "null where the file allows none", page: peer(kv{"description", append(description[:2:2], kv{"nullable", true})}),
			differs: "/description: the contract does not allow null, the page's example gives null"},
		{name: "a member more", page: peer(kv{"description", description}, kv{"name", omap{{"type", "string"}}}),
			differs: "/name", added: "name"},
		{name: "a member more, and null where the file allows none", page: peer(kv{"description", append(description[:2:2], kv{"nullable", true})}, kv{"name", omap{{"type", "string"}}}),
			differs: "/description: the contract does not allow null"},
	}
	existing, err := decodeYAML([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := strings.Join(schemaDiff(existing, "Peer", tt.page), "\n")
			if tt.differs == "" && d != "" || !strings.Contains(d, tt.differs) {
				t.Errorf("schemaDiff = %q, want %q", d, tt.differs)
			}
			if got := strings.Join(newMembers(existing, "Peer", tt.page), ","); got != tt.added {
				t.Errorf("newMembers = %q, want %q", got, tt.added)
			}
		})
	}
}
