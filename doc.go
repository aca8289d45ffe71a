// Package conform is the repository root of conform, a contract-test and
// conformance harness: it holds no code of its own, only the test entry
// points (conform_test.go) that let `go test` and godog's own CLI run the
// features. The command is cmd/conform; the harness is under internal/.
package conform
