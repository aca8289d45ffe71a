package page_test

import (
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

const rstTwoFieldTables = `Creating a Group
================

URI
---

POST /v2.0/dcaas/groups

Request
-------

.. table:: **Table 1** Request parameter

   ========= ========== ========= ==================
   Parameter Type       Mandatory Description
   ========= ========== ========= ==================
   group     Dictionary Yes       The group object.
   ========= ========== ========= ==================

.. table:: **Table 2** Description of field **group**

   ========= ====== ========= ==================
   Parameter Type   Mandatory Description
   ========= ====== ========= ==================
   name      String Yes       The name.
   ========= ====== ========= ==================

Response
--------

.. table:: **Table 3** Response parameter

   ========= ========== ==================
   Parameter Type       Description
   ========= ========== ==================
   group     Dictionary The group object.
   ========= ========== ==================

.. table:: **Table 4** Description of field **group**

   ========= ====== ==================
   Parameter Type   Description
   ========= ====== ==================
   id        String The ID.
   name      String The name.
   ========= ====== ==================
`

// TestResponseFieldTableOfTheRequestsName: a v2.0 Direct Connect page
// describes the field dc_endpoint_group once for the request and again,
// with id, for the response. Each body's member refers to its own table;
// the response's used to be read against the request's, and lint called
// the response example's id undocumented.
func TestResponseFieldTableOfTheRequestsName(t *testing.T) {
	p, err := page.Parse("p.rst", rstTwoFieldTables)
	if err != nil {
		t.Fatal(err)
	}
	names := func(o *page.Object) string {
		if o == nil {
			return "(none)"
		}
		var out []string
		for _, m := range o.Members {
			out = append(out, m.Name)
		}
		return strings.Join(out, " ")
	}
	req, _ := p.Request.Member("group")
	if len(p.Responses) != 1 || p.Responses[0].Body == nil {
		t.Fatalf("responses: %+v", p.Responses)
	}
	resp, _ := p.Responses[0].Body.Member("group")
	if req == nil || resp == nil {
		t.Fatal("no member group in the request or the response")
	}
	cases := []struct{ body, got, want string }{
		{"request", names(p.Objects[req.Ref]), "name"},
		{"response", names(p.Objects[resp.Ref]), "id name"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("the %s's group has members %q, want %q", c.body, c.got, c.want)
		}
	}
}
