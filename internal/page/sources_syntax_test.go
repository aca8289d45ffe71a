package page_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/page"
)

const adocPage = `---
permalink: api/x.html
---
= DoThing
:icons: font

[.lead]
You can use DoThing.

== Parameters

[options="header"]
|===
|Name |Description |Type |Default value |Required
a|
mode
a|
The mode. Possible values:

* ` + "`fast`" + `: quickly.
* ` + "`slow`" + `

a|
string
a|
fast
a|
No
|===

== Return value

This method has no return value.
`

const rstPage = `:original_name: x.html

.. _x:

Creating a Thing
================

URI
---

POST /v1/{project_id}/things

.. list-table:: **Table 1** Path parameters
   :header-rows: 1

   * - Parameter
     - Mandatory
     - Type
     - Description
   * - project_id
     - Yes
     - String
     - The project.

       Minimum: **1**

       Maximum: **32**
   * - mode
     - No
     - String
     - The mode.

       Default: **fast**

       Enumeration values:

       -  **fast**
       -  **slow**

       Something after the list.

Status Codes
------------

=========== ===========
Status Code Description
=========== ===========
201         Created,
            and more
=========== ===========
`

// TestSyntaxFromContent: the syntax is read from the text, whatever the
// file is called, and extracted text still goes to its own readers.
func TestSyntaxFromContent(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", "seed", "dcaas-CreateVifPeer.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file, text string
		want       page.Syntax
		members    string
	}{
		{"page.txt", adocPage, page.AsciiDoc, "mode params string req=false enum=[fast slow] default=fast"},
		{"page.adoc", rstPage, page.RST, "project_id path string req=true 1..32; mode query string req=false enum=[fast slow] default=fast"},
		{"page.rst", string(seed), page.Text, ""},
	}
	for _, c := range cases {
		t.Run(string(c.want), func(t *testing.T) {
			p, err := page.Parse(c.file, c.text)
			if err != nil {
				t.Fatal(err)
			}
			if p.Syntax != c.want || p.Kind != page.KindMethod {
				t.Fatalf("got %s %s, want %s method", p.Syntax, p.Kind, c.want)
			}
			if c.members == "" {
				return
			}
			var got []string
			for _, m := range p.Params {
				got = append(got, member(m))
			}
			if p.Request != nil {
				got = append(got, members(p.Request)...)
			}
			if strings.Join(got, "; ") != c.members {
				t.Errorf("got  %s\nwant %s", strings.Join(got, "; "), c.members)
			}
		})
	}
	p, _ := page.Parse("page.rst", rstPage)
	if len(p.StatusCodes) != 1 || p.StatusCodes[0].Code != 201 || p.StatusCodes[0].Description != "Created, and more" {
		t.Errorf("status codes: %+v", p.StatusCodes)
	}
}

// TestUnreadablePages: a page that cannot be read is an error naming the
// page and what was expected, never a page with nothing in it.
func TestUnreadablePages(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"adoc table without a Name column",
			strings.Replace(adocPage, "|Name |", "|Field |", 1), "expected a Name column"},
		{"adoc table not closed",
			strings.Replace(adocPage, "No\n|===", "No\n", 1), "expected a |=== line"},
		{"adoc parameters neither in a table nor in words",
			"= DoThing\n\n== Parameters\n\nSee elsewhere.\n\n== Return value\n\nThis method has no return value.\n", "does not say there are none"},
		{"adoc cell spanning columns",
			strings.Replace(adocPage, "a|\nNo\n", "2+a|\nNo\n", 1), "spans columns"},
		{"rst URI without a method line",
			strings.Replace(rstPage, "POST /v1/{project_id}/things", "See below.", 1), "no \"METHOD /path\" line"},
		{"rst table without a Parameter column",
			strings.Replace(rstPage, "   * - Parameter", "   * - Field", 1), "expected a Parameter column"},
		{"rst grid cell spanning rows",
			"Doing\n=====\n\n.. _x:\n\nURI\n---\n\nGET /v1/things\n\n.. table:: **Table 1** Query parameters\n\n   +------+------+\n   | Parameter | Type |\n   +======+======+\n   | a    | String |\n   +------+      +\n   | b    |      |\n   +------+------+\n", "spans columns or rows"},
		{"rst simple table not closed",
			strings.Replace(rstPage, "            and more\n=========== ===========\n", "            and more\n", 1), "not closed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := page.Parse("vendor/page-x", c.text)
			if err == nil {
				t.Fatalf("read without an error: %+v", p)
			}
			if !strings.Contains(err.Error(), "vendor/page-x") || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error naming the page and saying %q, got %v", c.want, err)
			}
		})
	}
}

// TestNotMethods: pages that are not methods say what they are and why.
func TestNotMethods(t *testing.T) {
	cases := []struct {
		text string
		kind page.Kind
	}{
		{"= Request endpoints\n:icons: font\n\n[.lead]\nThere are three endpoints.\n\n== Cluster API methods\n\nSome.\n", page.KindConcept},
		{"= GetConfig\n:icons: font\n\n[.lead]\nThe GetConfig method returns:\n\n----\n{\"id\": 1, \"result\": {}}\n----\n", page.KindExample},
		{"Overview\n========\n\n.. toctree::\n   :maxdepth: 1\n\n   a\n   b\n", page.KindConcept},
	}
	for _, c := range cases {
		p, err := page.Parse("p", c.text)
		if err != nil {
			t.Fatal(err)
		}
		if p.Kind != c.kind || p.KindReason == "" {
			t.Errorf("got %s (%q), want %s with a reason", p.Kind, p.KindReason, c.kind)
		}
	}
}
