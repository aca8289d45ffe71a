package target

import "github.com/conform-dev/conform/internal/contract"

// Provider stands in for real targets when the user names none: conform's
// embedded reference target, plugged in by cmd/ and by tests. It says which
// APIs and which of their operations and JSON-RPC methods it implements, so
// that a scenario it cannot serve is reported as not run, with the reason,
// instead of being sent somewhere that answers 404.
type Provider interface {
	// Serves tells whether the provider implements an API's operation (an
	// operationId, or a JSON-RPC method's name); operation "" asks about
	// the API as a whole.
	Serves(api, operation string) bool
	// Start starts the provider's server for a role ("" for an API's main
	// target, else e.g. "destination", a second cluster), once, and
	// returns its base URL.
	Start(role string) (string, error)
	// Credentials are the values the provider accepts for one of a
	// contract's security schemes, in the order of c.Env.
	Credentials(c contract.Credential) []string
	// Close stops every server the provider started.
	Close()
}
