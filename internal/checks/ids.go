package checks

// ID names the check that made a finding. Every id is a constant below with
// its line in ids, so that a reader of a report can look up what a check
// means, and a new check cannot be added without saying so: TestEveryCheckIDIsDocumented
// fails on an id that is not registered, and on a string literal used as one.
type ID string

// The check ids, as reports print them (Finding.Check).
const (
	IDStatus       ID = "status"
	IDContentType  ID = "content-type"
	IDOpenAPI      ID = "openapi"
	IDJSONSchema   ID = "jsonschema"
	IDJSONRPC      ID = "jsonrpc"
	IDEncoding     ID = "encoding"
	IDExample      ID = "example"
	IDEcho         ID = "echo"
	IDUndocumented ID = "undocumented"
	IDConflict     ID = "conflict"
	IDRequest      ID = "request"
	IDRelation     ID = "relation"
	IDJSON         ID = "json"
	IDRetry        ID = "retry"
	IDCleanup      ID = "cleanup"
	IDLint         ID = "lint"
)

// IDDoc is a check id and what it means, in one line.
type IDDoc struct {
	ID  ID
	Doc string
}

// ids registers every check id, in the order a response meets them.
var ids = []IDDoc{
	{IDStatus, "the response status is not the one the scenario names, or a 204 declares content"},
	{IDContentType, "the response's media type is not the one the scenario names"},
	{IDOpenAPI, "kin-openapi's verdict on the response: undocumented status or content type, a body that breaks its OpenAPI schema"},
	{IDJSONSchema, "a JSON-RPC envelope or result breaks its JSON Schema, or a value differs from the one x-conform-equals names"},
	{IDJSONRPC, "a JSON-RPC protocol rule: exactly one of result and error, the request's id echoed, the error the scenario names"},
	{IDEncoding, "a value encoded in a string (contentEncoding, contentMediaType, contentSchema) does not decode or breaks its schema"},
	{IDExample, "the answer is not the JSON the scenario's documented example shows, or that example had to be repaired to parse"},
	{IDEcho, "the response does not hold, at a pointer, what the request sent"},
	{IDUndocumented, "a member the contract does not document (a warning; its value is never printed)"},
	{IDConflict, "a rule the documentation disputes (x-conform-conflicts) is broken (a warning)"},
	{IDRequest, "a request conform sends, from a documented example, breaks the contract: the documentation's fault (a warning)"},
	{IDRelation, "a later answer does not say what an earlier one made: a kept member, an item of a listing, a count"},
	{IDJSON, "a body that is JSON but that parsers read differently: a member name given twice, an integer beyond int64"},
	{IDRetry, "the answer took more than one attempt (a warning; --retries)"},
	{IDCleanup, "what the scenario created could not be deleted (a warning)"},
	{IDLint, "conform lint: the documentation contradicts itself, or a contract or example is broken (the rule in Rule)"},
}

// IDs returns every registered check id with its doc.
func IDs() []IDDoc { return append([]IDDoc(nil), ids...) }

// Doc is the id's line in the registry, or "" for an id nobody registered.
func (id ID) Doc() string {
	for _, d := range ids {
		if d.ID == id {
			return d.Doc
		}
	}
	return ""
}
