package checks

import (
	"strings"

	"github.com/getkin/kin-openapi/openapi3filter"
)

// kin-openapi says which response rule broke only in the words of
// ResponseError.Reason: it has no error kinds for them. Every match on those
// words is here, one function per kind, so that a kin-openapi upgrade that
// rewords one is caught in one place: kinreason_test.go provokes each from
// the real library and pins the version they were checked against.

// undocumentedStatus: the response's status is not among the operation's.
func undocumentedStatus(re *openapi3filter.ResponseError) bool {
	return re.Reason == "status is not supported"
}

// unexpectedContentType: the status is documented, the Content-Type is not
// one of its media types.
func unexpectedContentType(re *openapi3filter.ResponseError) bool {
	return strings.Contains(re.Reason, "header Content-Type has unexpected value")
}

// undecodableBody: the body does not decode as its (documented) media type.
func undecodableBody(re *openapi3filter.ResponseError) bool {
	return strings.HasPrefix(re.Reason, "failed to decode response body")
}
