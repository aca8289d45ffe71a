package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/jsonvalue"
	"github.com/conform-dev/conform/internal/lint"
)

// An object page, as the Element reference writes one, and method pages
// whose examples say otherwise than it: the kind of contradiction no page
// shows on its own.
const widgetObjectPage = `= widget
:icons: font

[.lead]
The widget object describes a widget.

== Object members

This object contains the following members:

[options="header"]
|===
|Name |Description |Type
a|
widgetID
a|
The unique ID of the widget.
a|
string
a|
status
a|
The state of the widget. Possible values:

* Active: in use.
* Locked: not in use.

a|
string
a|
expirationTime
a|
When the widget expires.
a|
ISO 8601 date string
|===
`

// widgetMethodPage returns the widget by the id, result and example it is
// given.
func widgetMethodPage(name, request, response string) string {
	return `= ` + name + `
:icons: font

[.lead]
You can use ` + name + ` to get a widget.

== Parameters

This method has no input parameters.

== Return value

This method has the following return value:

[options="header"]
|===
|Name |Description |Type
a|
widget
a|
The widget.
a|
xref:reference_element_api_widget.adoc[widget]
|===
` + request + response
}

// widgetRequest is a request example of the method, with the id 1 or
// none.
func widgetRequest(name string, id bool) string {
	ids := ""
	if id {
		ids = `,
  "id": 1`
	}
	return `
== Request example

----
{
  "method": "` + name + `",
  "params": {}` + ids + `
}
----
`
}

// widgetResponse is a response example: the id, and the members around the
// widget (a JSON-RPC response's are "result").
func widgetResponse(id, result string) string {
	return `
== Response example

----
{
  ` + id + `"` + result + `": {
    "widget": {
      "widgetID": 3110,
      "status": "active",
      "expirationTime": null
    }
  }
}
----
`
}

// TestWhatMethodPagesSayOfObjectPages imports an object page with method
// pages whose examples contradict its table and show its members null. The
// object's schema file records each contradiction (with the method page's
// example as one side) and allows the null, so that the imported repository
// lints without an error; a page without a request example gets no
// scenario, and says why.
func TestWhatMethodPagesSayOfObjectPages(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"reference_element_api_widget.adoc":           widgetObjectPage,
		"reference_element_api_getwidget.adoc":        widgetMethodPage("GetWidget", widgetRequest("GetWidget", true), widgetResponse(`"id": 1, `, "result")),
		"reference_element_api_getwidgetquietly.adoc": widgetMethodPage("GetWidgetQuietly", "", ""),
		// The request sends no id, the response has one, and no result.
		"reference_element_api_getwidgetbare.adoc": widgetMethodPage("GetWidgetBare", widgetRequest("GetWidgetBare", false), widgetResponse(`"id": 2, `, "value")),
		// The table says one widget, the example gives a list: the
		// conflict is recorded beside the member's $ref.
		"reference_element_api_getwidgets.adoc": widgetMethodPage("GetWidgets", widgetRequest("GetWidgets", true),
			strings.Replace(strings.Replace(widgetResponse(`"id": 1, `, "result"), `"widget": {`, `"widget": [{`, 1), "null\n    }", "null\n    }]", 1)),
		// The table says integers, the example gives objects: the conflict
		// is recorded on the array, and covers its items.
		"reference_element_api_lockwidgets.adoc": strings.Replace(strings.Replace(widgetMethodPage("LockWidgets", widgetRequest("LockWidgets", true), ""),
			"This method has no input parameters.", "This method has the following input parameters:\n\n[options=\"header\"]\n|===\n|Name |Description |Type |Default value |Required\na|\nwidgetIDs\na|\nThe widgets to lock.\na|\ninteger array\na|\nNone\na|\nYes\n|===", 1),
			`"params": {}`, `"params": {"widgetIDs": [{"id": 1}]}`, 1),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages, errs := ReadPages([]string{src})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	out := t.TempDir()
	rep := runImport(t, out, pages, Options{})
	if rep.Written != 5 || rep.Objects != 1 {
		t.Fatalf("imported %d methods and %d objects, want 5 and 1", rep.Written, rep.Objects)
	}

	obj := decodeFile(t, filepath.Join(out, "schemas/element/objects/widget.json"))
	for _, c := range []struct{ member, kind, side string }{
		{"widgetID", "type", `"widgetID": 3110`},
		{"status", "case", `"status": "active"`},
	} {
		list, _ := jsonvalue.Lookup(obj, "/properties/"+c.member+"/x-conform-conflicts")
		got := compact(list)
		if !strings.Contains(got, "-"+c.kind) || !strings.Contains(got, "GetWidget") || !strings.Contains(got, jsonString(c.side)) {
			t.Errorf("widget.%s records %s, want the %s conflict quoting GetWidget's example %s", c.member, got, c.kind, c.side)
		}
	}
	if typ, _ := jsonvalue.Lookup(obj, "/properties/expirationTime/type"); compact(typ) != `["string","null"]` {
		t.Errorf("widget.expirationTime's type is %s, want string or null (an example shows it null)", compact(typ))
	}

	quiet := rep.Pages[pageIndex(t, rep, "GetWidgetQuietly")]
	if _, err := os.Stat(filepath.Join(out, "features/element/get_widget_quietly.feature")); err == nil {
		t.Error("a feature was written for a page without a request example")
	}
	if !strings.Contains(strings.Join(quiet.Findings, "\n"), "no scenario: the page documents no request example") {
		t.Errorf("the page without a request example does not say why it has no scenario: %q", quiet.Findings)
	}

	res := lint.Repository(context.Background(), out, nil)
	var b strings.Builder
	res.Write(&b)
	if res.Failed(false) {
		t.Fatalf("the imported repository does not lint:\n%s", b.String())
	}
	// The bare page's envelope: recorded, so a warning, not an error.
	for _, want := range []string{"envelope", "example-echo"} {
		if !strings.Contains(b.String(), "features/element/get_widget_bare.feature") || !strings.Contains(b.String(), ": warning: element-"+want) {
			t.Errorf("lint does not warn of the bare response's %s:\n%s", want, b.String())
		}
	}
}

func pageIndex(t *testing.T, rep *Report, op string) int {
	t.Helper()
	for i, r := range rep.Pages {
		if r.Page.Operation == op {
			return i
		}
	}
	t.Fatalf("no page of %s", op)
	return -1
}

// jsonString is s as it reads inside a JSON string.
func jsonString(s string) string { return strings.Trim(compact(s), `"`) }
