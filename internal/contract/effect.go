package contract

import (
	"fmt"
	"net/http"
	"strings"
	"unicode"
)

// Effect is what an operation or JSON-RPC method does to the system it is
// sent to. Against a real target, conform sends only Readonly requests
// unless the user allows more: users point it at production clusters and
// cloud accounts.
type Effect string

// The effects, from harmless to harmful.
const (
	Readonly    Effect = "readonly"    // reads: Get, List, Test…, HTTP GET
	Mutating    Effect = "mutating"    // creates or changes: Create, Modify, Set, Add, Start, Complete…
	Destructive Effect = "destructive" // deletes or stops: Delete, Remove, Purge, Reset, Shutdown…, HTTP DELETE
)

// Effects lists the effects in the order of their harm.
func Effects() []Effect { return []Effect{Readonly, Mutating, Destructive} }

// ParseEffect reads an effect's name.
func ParseEffect(s string) (Effect, error) {
	for _, e := range Effects() {
		if strings.EqualFold(s, string(e)) {
			return e, nil
		}
	}
	return "", fmt.Errorf("unknown effect %q: want readonly, mutating or destructive", s)
}

// Harm orders effects: Readonly 0, Mutating 1, Destructive 2.
func (e Effect) Harm() int {
	switch e {
	case Readonly:
		return 0
	case Destructive:
		return 2
	}
	return 1 // anything not known to be harmless counts as changing the system
}

// The verbs that name what an operation does, by their effect. A name
// whose first word is in none of them is taken as Mutating: guessing
// harmless would be the unsafe mistake.
var (
	readVerbs        = []string{"get", "list", "show", "query", "check", "test", "describe", "count", "read", "find", "search", "validate", "compare"}
	destructiveVerbs = []string{"delete", "remove", "purge", "reset", "shutdown", "destroy", "disable", "cancel", "abort", "rollback", "restart", "reboot", "terminate", "detach", "unpair", "clear", "stop", "revoke", "invalidate"}
)

// InferEffect classifies an operation or method by its HTTP method and the
// first word of its name (CreateVifPeer: create; ListClusterPairs: list).
// Test… methods are Readonly, though some Element Test… methods send
// traffic (TestPing): they change nothing on the system.
func InferEffect(name, httpMethod string) Effect {
	switch strings.ToUpper(httpMethod) {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return Readonly
	case http.MethodDelete:
		return Destructive
	}
	verb := strings.ToLower(firstWord(name))
	for _, v := range readVerbs {
		if verb == v {
			return Readonly
		}
	}
	for _, v := range destructiveVerbs {
		if verb == v {
			return Destructive
		}
	}
	return Mutating
}

// firstWord is the first word of a CamelCase, snake_case or kebab-case name.
func firstWord(name string) string {
	name = strings.TrimLeft(name, "_- ")
	for i, r := range name {
		if i > 0 && (unicode.IsUpper(r) || r == '_' || r == '-' || r == ' ') {
			return name[:i]
		}
	}
	return name
}

// effectOf reads x-conform-effect where the contract states it, else infers.
func effectOf(ext any, where, name, httpMethod string) (Effect, error) {
	if ext == nil {
		return InferEffect(name, httpMethod), nil
	}
	s, _ := ext.(string)
	e, err := ParseEffect(s)
	if err != nil {
		return "", fmt.Errorf("%s/x-conform-effect: %w", where, err)
	}
	return e, nil
}
