package contract

import "testing"

func TestMatchTemplateInvalidUTF8(t *testing.T) {
	// A page's URI with a byte that is not UTF-8: no match, no panic.
	if _, _, ok := MatchTemplate("/\xf3", "/x", true); ok {
		t.Error("a template with invalid UTF-8 matched /x")
	}
	// regexp reads a path's invalid byte as U+FFFD too, so the same bytes
	// on both sides still match.
	if params, _, ok := MatchTemplate("/v3/{id}/\xf3", "/v3/7/\xf3", false); !ok || params["id"] != "7" {
		t.Errorf("MatchTemplate = %v, %v; want id 7", params, ok)
	}
}
