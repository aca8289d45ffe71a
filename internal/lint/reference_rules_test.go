package lint

import (
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

// rstThings is a consistent reStructuredText operation page: every rule of
// reference_rules.go has a case below that breaks it in one place.
const rstThings = `Querying Things
===============

Function
--------

This API is used to query things.

URI
---

GET /v3/{project_id}/things

.. table:: **Table 1** Path parameters

   ========== ========= ====== ==========================================
   Parameter  Mandatory Type   Description
   ========== ========= ====== ==========================================
   project_id Yes       String The project ID. Minimum: 32 Maximum: 32
   ========== ========= ====== ==========================================

.. table:: **Table 2** Query parameters

   ========== ========= ======= ==========================================
   Parameter  Mandatory Type    Description
   ========== ========= ======= ==========================================
   limit      No        Integer How many. Minimum: 1 Maximum: 2000 Default: 2000
   colour     No        String  The colour, which can be red or blue. Default: red
   ========== ========= ======= ==========================================

Response Parameters
-------------------

**Status code: 200**

.. table:: **Table 3** Response body parameters

   ========== ======= ==========================================
   Parameter  Type    Description
   ========== ======= ==========================================
   count      Integer The number of things.
   ========== ======= ==========================================

Example Requests
----------------

.. code-block:: text

   GET https://{endpoint}/v3/0123456789abcdef0123456789abcdef/things?limit=10&colour=red

Example Responses
-----------------

**Status code: 200**

OK

.. code-block::

   {
       "count": 1
   }

Status Codes
------------

=========== ===========
Status Code Description
=========== ===========
200         OK
=========== ===========
`

// pathTableAgain documents rstThings' path parameter a second time, as the
// v2.0 Direct Connect pages do.
const pathTableAgain = `.. table:: **Table 1a** Path parameters

   ========== ========= ====== ==========================================
   Parameter  Mandatory Type   Description
   ========== ========= ====== ==========================================
   project_id Yes       String The project ID. Minimum: 32 Maximum: 32
   ========== ========= ====== ==========================================

`

// adocDoThing is a consistent AsciiDoc (Element) method page.
const adocDoThing = `= DoThing
:icons: font

[.lead]
You can use DoThing to do a thing.

== Parameters

[options="header"]
|===
|Name |Description |Type |Default value |Required
a|
mode
a|
The mode.
a|
string
a|
fast
a|
No
|===

== Return value

This method has no return value.

== Request example

Requests for this method are similar to the following example:

----
{
  "method": "DoThing",
  "params": {
    "mode": "fast"
  },
  "id": 1
}
----
`

// resultRow is a return-value table of one row, result, of type typ, and a
// response example whose result is an object.
func resultRow(typ string) string {
	return "This method has the following return value:\n\n[options=\"header\"]\n|===\n|Name |Description |Type\na|\nresult\na|\nThe status of the thing.\na|\n" + typ +
		"\n|===\n\n== Response example\n\n----\n{\n  \"id\": 1,\n  \"result\": {\n    \"enabled\": true\n  }\n}\n----\n"
}

// adocResult is adocDoThing with a return value and a response example.
var adocResult = strings.Replace(adocDoThing, "This method has no return value.\n", resultRow("JSON object"), 1)

// TestReferenceRules shows each rule added for the whole references on a
// page that breaks only it, next to the same page left whole.
func TestReferenceRules(t *testing.T) {
	cases := []struct {
		name     string
		base     string
		old, new string
		want     string // the rule kind; "" for a page with no finding
	}{
		{"rst clean", rstThings, "", "", ""},
		{"adoc clean", adocDoThing, "", "", ""},

		{"status code not listed", rstThings, "200         OK", "201         Created", "status-code"},

		{"default not a documented value", rstThings, "Default: red", "Default: green", "default-value"},
		{"default a documented value in another case", rstThings, "Default: red", "Default: Red", ""},
		{"default outside the limits", rstThings, "Default: 2000", "Default: 5000", "default-value"},
		{"default a Required-column word", adocDoThing, "a|\nfast\na|", "a|\nNo\na|", "default-value"},
		{"default on a mandatory member", adocDoThing, "a|\nfast\na|\nNo", "a|\nfast\na|\nYes", "default-value"},
		{"no default on a mandatory member", adocDoThing, "a|\nfast\na|\nNo", "a|\n\na|\nYes", ""},

		{"header row not marked", adocDoThing, "[options=\"header\"]\n", "", "markup"},

		{"a path parameter documented again", rstThings, ".. table:: **Table 2** Query parameters", pathTableAgain + ".. table:: **Table 2** Query parameters", ""},

		{"JSON-RPC method of another case", adocDoThing, `"method": "DoThing"`, `"method": "dothing"`, "example-method"},
		{"JSON-RPC method of another method", adocDoThing, `"method": "DoThing"`, `"method": "DoOtherThing"`, "example-method"},

		{"path parameter too short", rstThings, "/v3/0123456789abcdef0123456789abcdef/", "/v3/0123456789abcdef/", "length"},
		{"path parameter a placeholder", rstThings, "/v3/0123456789abcdef0123456789abcdef/", "/v3/{project_id}/", ""},
		{"query parameter out of range", rstThings, "limit=10", "limit=0", "range"},
		{"query parameter not a number", rstThings, "limit=10", "limit=ten", "type"},
		{"query parameter none of the values", rstThings, "colour=red", "colour=green", "enumeration-value"},
		{"query parameter an array's item", rstThings, "   colour     No        String  The colour,", "   colour     No        Array   The colour,", ""},
		{"query parameter no table lists", rstThings, "colour=red", "colour=red&size=1", "undocumented-member"},

		// cidr and empty-enumeration, false positives over the references.
		{"CIDR blocks", adocDoThing, "The mode.", "The mode: CIDR blocks.", "cidr"},
		{"cidr a value the text names", adocDoThing, "The mode.", "The mode: CIDR blocks, or the value fast.", ""},
		{"the ID of what holds CIDR blocks", adocDoThing, "a|\nmode\na|\nThe mode.", "a|\nmodeID\na|\nThe ID of the group that records the CIDR blocks.", ""},
		{"possible values of an object are its members", adocDoThing, "The mode.\na|\nstring", "The mode. Possible values:\n\n* fast: quickly.\n* slow: slowly.\n\na|\nJSON object", "type"},

		// A return table whose one row is the result itself (DisableClusterSsh).
		{"the result row is the result", adocDoThing, "This method has no return value.\n", resultRow("JSON object"), ""},
		{"the result row's type", adocDoThing, "This method has no return value.\n", resultRow("boolean"), "type"},

		// A JSON-RPC response against the response object the reference
		// documents: an id, its request's, and a result or an error.
		{"a response without its request's id", adocResult, `"id": 1,
  "result"`, `"result"`, "example-echo"},
		{"a response id the request does not send", adocResult, `  },
  "id": 1
}`, `  }
}`, "example-echo"},
		{"a response with neither result nor error", adocResult, `"result": {
    "enabled": true
  }`, `"enabled": true`, "envelope"},
		{"an error response", adocResult, `"result": {
    "enabled": true
  }`, `"error": {"code": 500, "name": "xUnknown", "message": "no"}`, ""},

		// An array's items of another type than the table says.
		{"items of another type", adocDoThing, "a|\nstring\na|\nfast", "a|\ninteger array\na|\n", "type"},
		{"items of the table's type", adocDoThing, "a|\nstring\na|\nfast", "a|\nstring array\na|\n", ""},

		{"a second request example", rstThings, "Example Responses\n", ".. code-block:: text\n\n   GET https://{endpoint}/v3/0123456789abcdef0123456789abcdef/things?limit=0\n\nExample Responses\n", "range"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.base
			if c.old != "" {
				if !strings.Contains(text, c.old) {
					t.Fatalf("the page does not hold %q", c.old)
				}
				text = strings.Replace(text, c.old, c.new, 1)
			}
			// The ID case renames the example's member with the table's.
			if strings.Contains(c.new, "modeID") {
				text = strings.Replace(text, `"mode": "fast"`, `"modeID": "fast"`, 1)
			}
			// The items cases give the mode as a list.
			if strings.Contains(c.new, " array\n") {
				text = strings.Replace(text, `"mode": "fast"`, `"mode": ["fast"]`, 1)
			}
			p, err := page.Parse("p", text)
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != page.KindMethod {
				t.Fatalf("not read as a method: %s", p.KindReason)
			}
			res := Page(p, nil)
			var got []string
			for i, f := range res.Findings {
				got = append(got, res.Kinds[i]+" "+f.Where+" "+f.Note)
			}
			if c.want == "" {
				if len(got) > 0 {
					t.Fatalf("findings on a page that breaks nothing:\n%s", strings.Join(got, "\n"))
				}
				return
			}
			for _, g := range got {
				if !strings.HasPrefix(g, c.want+" ") {
					t.Fatalf("want only %s findings, got:\n%s", c.want, strings.Join(got, "\n"))
				}
			}
			if len(got) == 0 {
				t.Fatalf("want a %s finding, got none", c.want)
			}
			if f := res.Findings[0]; f.Expected == "" || f.Actual == "" || !strings.HasPrefix(f.Where, "p:") {
				t.Fatalf("a finding needs both sides and file:line: %+v", f)
			}
		})
	}
}
