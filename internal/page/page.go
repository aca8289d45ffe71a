// Package page reads a vendor API reference page, as text extraction leaves
// it or as its doc source (AsciiDoc for Element, reStructuredText for Direct
// Connect), in the two formats conform knows: NetApp Element method pages (a
// JSON-RPC method: parameter and return-value tables, request and response
// examples, "New since version") and Huawei Cloud / Open Telekom Cloud API
// pages (Function, URI, parameter tables with nested object tables, limits
// and enumerations written in the descriptions, examples, status codes).
//
// Extraction breaks pages in known ways: table cells one per line or joined
// with |, header rows split or joined, tabs, JSON broken across lines, braces
// missing or doubled. The parser repairs what it can and records every repair
// (Page.Repairs): a repair is a fact about the page, never a silent fix. It
// judges nothing; internal/lint says where the page contradicts itself.
//
// Parse tells the syntax from the content, never from the file's name. A
// doc source folder also holds pages that are not methods: Page.Kind says
// what a page is (method, object, example, concept) and KindReason why it is
// not a method, so that callers can skip it and say why. A page that cannot
// be read is an error naming the page and what was expected there.
package page

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/conform-dev/conform/internal/example"
)

// Format is one of the two documentation sets.
type Format string

// The two formats.
const (
	Element Format = "element" // NetApp Element Software method page (JSON-RPC)
	Huawei  Format = "huawei"  // Huawei Cloud / OTC API page (REST)
)

// Syntax is how a page is written: the text a browser's extraction leaves,
// or the vendor's doc source. Parse finds it from the content.
type Syntax string

// The three syntaxes.
const (
	Text     Syntax = "text"     // extracted text (the seed pages)
	AsciiDoc Syntax = "asciidoc" // NetApp's doc source
	RST      Syntax = "rst"      // Open Telekom Cloud's doc source
)

// Kind says what a page documents. Only methods (and operations) become
// contracts; the other kinds carry a KindReason saying why they are not one.
type Kind string

// The kinds of page.
const (
	KindMethod  Kind = "method"  // a JSON-RPC method or a REST operation
	KindObject  Kind = "object"  // an object page: a member table other pages refer to
	KindExample Kind = "example" // only an example of a method documented elsewhere
	KindConcept Kind = "concept" // prose: overviews, authentication, indexes
)

// Page is what a reference page documents.
type Page struct {
	File   string
	Format Format
	Syntax Syntax
	// Kind is KindMethod for every page the extracted-text readers accept.
	Kind       Kind
	KindReason string // why a page that is not a method is not one
	Title      string // the page's title ("Creating a Virtual Interface Peer", "StartClusterPairing")
	TitleLine  int
	API        string // "element", or the service segment of the URI ("dcaas")
	Operation  string // operationId (REST) or method name (JSON-RPC)

	// Huawei: the Function text and the URI.
	Function     string
	FunctionLine int
	HTTPMethod   string
	Path         string
	PathLine     int
	Params       []*Member // path, query and header parameters (Member.In)

	// Element: the method's description and version.
	Description string
	Since       string

	// Request is the request body (REST) or params (JSON-RPC); nil when the
	// page has no body table. Responses holds one body per status code.
	Request   *Object
	Responses []*Response
	// Objects are the named object tables, by name ("CreateVifPeer", "clusterPair").
	Objects map[string]*Object

	RequestExamples  []*Example
	ResponseExamples []*Example
	StatusCodes      []StatusCode
	// StatusAssumed is true when a response table or example gives no
	// status and the reader took 200 for it (a page that refers to the
	// common status codes instead of giving its own).
	StatusAssumed bool

	Repairs []Repair
	// Notes are what a doc source reader read past in markup, not in JSON:
	// a table whose header row is not marked as one, an incomplete row the
	// renderer drops. Like Repairs, facts about the page, never silent.
	Notes []Repair
}

// Response is one documented status and the table of its body.
type Response struct {
	Status int
	Line   int
	Body   *Object // nil when the status documents no body table
}

// StatusCode is one row of the Status Codes table.
type StatusCode struct {
	Code        int
	Description string
	Line        int
}

// Object is one parameter table: the members of an object.
type Object struct {
	Name    string
	Line    int
	Members []*Member
	// NoMembers is true when the page says in words that there are none
	// ("This method has no input parameter.").
	NoMembers bool
}

// Member returns the member by name.
func (o *Object) Member(name string) (*Member, bool) {
	if o == nil {
		return nil, false
	}
	for _, m := range o.Members {
		if m.Name == name {
			return m, true
		}
	}
	return nil, false
}

// Member is one row of a parameter table.
type Member struct {
	Name        string
	Line        int
	In          string // "path", "query", "header", "body", "response"
	Mandatory   string // as written: "Yes", "No", "True", "False", or "" when the table has no such column
	Type        string // as written: "String", "CreateVifPeer object", "Array of strings", "integer"
	Description string
	Default     string

	Kind string // JSON Schema type: string, integer, number, boolean, array, object
	Ref  string // the object type an object member (or an array's items) refers to
	// RefFile is the page Ref is documented on, when the cell links to it
	// (AsciiDoc xref:reference_element_api_clusterpair.adoc[clusterPair]).
	RefFile   string
	ItemsKind string // for an array: the items' type

	Min, Max *float64 // "Minimum: N" / "Maximum: M" in the description
	Enum     []string // "Enumeration values:" as listed
	// EnumListed is true when the description says "Enumeration values:",
	// even with nothing after it.
	EnumListed bool
	// TextValues are the values the description names in words: "which can
	// be static or bgp".
	TextValues []string
}

// Required says whether the table marks the member mandatory.
func (m *Member) Required() bool {
	switch strings.ToLower(m.Mandatory) {
	case "yes", "true", "required", "mandatory":
		return true
	}
	return false
}

// Example is one documented request or response example, with the text as
// published (plus only the braces that were added, if any) and where it is.
type Example struct {
	// Title is what the doc source calls the example: its heading
	// ("Request example 2") or the label before it ("Creating an IPv6
	// virtual interface peer"); "" in extracted text.
	Title  string
	Text   string
	Line   int // first line in the page
	Status int // for a response example; 0 for a request
	Parsed *example.Example
	Err    error // the JSON cannot be read even after repair
}

// LineOf returns the page line of the first line of the example holding s,
// or the example's first line.
func (e *Example) LineOf(s string) int {
	for i, l := range strings.Split(e.Text, "\n") {
		if strings.Contains(l, s) {
			return e.Line + i
		}
	}
	return e.Line
}

// Repair is something the parser had to fix to read the page.
type Repair struct {
	Line int
	What string
}

func (r Repair) String() string { return fmt.Sprintf("line %d: %s", r.Line, r.What) }

// ReadFile parses a page file.
func ReadFile(path string) (*Page, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the page %s: %w", path, err)
	}
	return Parse(path, string(b))
}

// Parse reads a page's text. file names it in the page's locations and in
// the error when the page cannot be read.
func Parse(file, text string) (*Page, error) {
	p, err := parse(file, text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return p, nil
}

func parse(file, text string) (*Page, error) {
	ls := splitLines(text)
	p := &Page{File: file, Objects: map[string]*Object{}, Syntax: Text, Kind: KindMethod}
	switch {
	case isAsciiDoc(ls):
		p.Syntax, p.Format = AsciiDoc, Element
		return p, parseAsciiDoc(p, ls)
	case isRST(ls):
		p.Syntax, p.Format = RST, Huawei
		return p, parseRST(p, ls)
	}
	switch detect(ls) {
	case Huawei:
		p.Format = Huawei
		if err := parseHuawei(p, ls); err != nil {
			return nil, err
		}
	case Element:
		p.Format = Element
		if err := parseElement(p, ls); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("not a reference page conform can read: expected an Element method page (\"# MethodName\", \"## Return values\"), a Huawei Cloud API page (\"URI\" followed by \"POST /v3/...\"), an AsciiDoc page (\"= Title\") or a reStructuredText page (a title underlined with \"===\")")
	}
	return p, nil
}

// Line is one line of the page and its 1-based number.
type Line struct {
	N    int
	Text string
}

func splitLines(text string) []Line {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	raw := strings.Split(text, "\n")
	out := make([]Line, len(raw))
	for i, l := range raw {
		out[i] = Line{N: i + 1, Text: strings.TrimRight(l, " \u00a0")}
	}
	return out
}

var uriLine = regexp.MustCompile(`^\s*(GET|PUT|POST|DELETE|PATCH|HEAD)\s+(/\S*)\s*$`)

func detect(ls []Line) Format {
	for i, l := range ls {
		if strings.EqualFold(heading(l.Text), "uri") {
			for _, n := range ls[i+1 : min(len(ls), i+4)] {
				if uriLine.MatchString(n.Text) {
					return Huawei
				}
			}
		}
	}
	for _, l := range ls {
		h := strings.ToLower(mdHeading(l.Text))
		if strings.HasPrefix(h, "return value") || h == "parameters" || h == "parameter" {
			return Element
		}
	}
	return ""
}

// heading is a line's text as a section heading: trimmed, without the
// trailing cell separator extraction sometimes leaves.
func heading(s string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "|"))
}

// mdHeading returns the text of a Markdown heading line ("## Parameters"), or "".
func mdHeading(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "#") {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(t, "#"))
}

var (
	minimumRe = regexp.MustCompile(`(?i)\bminimum(?: value)?\s*:\s*(-?[0-9]+(?:\.[0-9]+)?)`)
	maximumRe = regexp.MustCompile(`(?i)\bmaximum(?: value)?\s*:\s*(-?[0-9]+(?:\.[0-9]+)?)`)
	defaultRe = regexp.MustCompile(`(?i)\bdefault(?: value)?\s*:\s*(\S+)`)
	enumRe    = regexp.MustCompile(`(?i)\benumeration values?\s*:(.*)$`)
	// "which can be static or bgp", "The value can be true or false".
	textValuesRe = regexp.MustCompile(`(?i)\b(?:which|value|values|it)\s+can\s+be\s+(?:either\s+)?([^.;:]+)`)
	valueToken   = regexp.MustCompile(`^[A-Za-z0-9_\-]+$`)
)

// describe fills a member's limits, enumeration and type from its cells.
func describe(m *Member) {
	d := m.Description
	if x := minimumRe.FindStringSubmatch(d); x != nil {
		f, _ := strconv.ParseFloat(x[1], 64)
		m.Min = &f
	}
	if x := maximumRe.FindStringSubmatch(d); x != nil {
		f, _ := strconv.ParseFloat(x[1], 64)
		m.Max = &f
	}
	if x := defaultRe.FindStringSubmatch(d); x != nil && m.Default == "" {
		m.Default = strings.TrimRight(x[1], ".,;")
	}
	if x := enumRe.FindStringSubmatch(d); x != nil {
		m.EnumListed = true
		for _, v := range strings.FieldsFunc(x[1], func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' }) {
			v = strings.Trim(v, "`'\"•*")
			if v != "" && v != "-" {
				m.Enum = append(m.Enum, v)
			}
		}
	}
	m.TextValues = NamedValues(d)
	m.Kind, m.Ref, m.ItemsKind = typeOf(m.Type)
}

var valueSeparator = regexp.MustCompile(`,\s*(?:or\s+)?|\s+or\s+|\s+and\s+`)

// NamedValues returns the values a description names in words ("which can
// be IPv4 or IPv6"), or nil when it names fewer than two single-word values.
func NamedValues(desc string) []string {
	x := textValuesRe.FindStringSubmatch(desc)
	if x == nil {
		return nil
	}
	return splitValues(x[1])
}

var (
	arrayOfRe  = regexp.MustCompile(`(?i)^(?:array|(?:json\s+)?list)\s+of\s+(.+?)s?\.?$`)
	objectRe   = regexp.MustCompile(`(?i)^(\S+)\s+object$`)
	xArrayRe   = regexp.MustCompile(`(?i)^(\S+|json object)\s+array$`)
	listOfRe   = regexp.MustCompile(`(?i)^list\s*<\s*(\w+)\s*>$`)
	scalarType = map[string]string{
		"string": "string", "integer": "integer", "int": "integer", "long": "integer", "int32": "integer", "int64": "integer",
		"number": "number", "float": "number", "double": "number", "boolean": "boolean", "bool": "boolean",
		"object": "object", "json object": "object", "map": "object", "dictionary": "object", "list": "array", "array": "array",
	}
)

// typeOf reads a table's type cell: "String", "Array of strings",
// "CreateVifPeer object", "Array of VifPeer objects", "clusterPair array",
// "JSON list of nodeProtectionDomains objects.".
func typeOf(t string) (kind, ref, items string) {
	t = strings.TrimSpace(t)
	if k, ok := scalarType[strings.ToLower(t)]; ok {
		return k, "", ""
	}
	if m := arrayOfRe.FindStringSubmatch(t); m != nil {
		inner := strings.TrimSpace(m[1])
		if k, ok := scalarType[strings.ToLower(inner)]; ok {
			return "array", "", k
		}
		if o := objectRe.FindStringSubmatch(inner); o != nil {
			return "array", o[1], "object"
		}
		return "array", strings.TrimSuffix(inner, " object"), "object"
	}
	if m := xArrayRe.FindStringSubmatch(t); m != nil {
		if k, ok := scalarType[strings.ToLower(m[1])]; ok {
			return "array", "", k
		}
		return "array", m[1], "object"
	}
	if m := objectRe.FindStringSubmatch(t); m != nil {
		return "object", m[1], ""
	}
	if m := listOfRe.FindStringSubmatch(t); m != nil {
		// "List<String>", the Direct Connect v2.0 tables' array.
		if k, ok := scalarType[strings.ToLower(m[1])]; ok {
			return "array", "", k
		}
		return "array", m[1], "object"
	}
	if strings.HasSuffix(strings.ToLower(t), " string") {
		// "ISO 8601 string", "UUID string": a string in a format.
		return "string", "", ""
	}
	return "", "", ""
}
