package reference

import (
	"fmt"
	"sort"
	"sync"

	"github.com/conform-dev/conform/internal/contract"
)

// Implemented lists, by API, the operations (operationIds) and JSON-RPC
// methods the reference target implements. A scenario that sends anything
// else is not for the reference: the run reports it as not run.
func Implemented() map[string][]string {
	methods := make([]string, 0, len(rpcMethods))
	for m := range rpcMethods {
		methods = append(methods, m)
	}
	sort.Strings(methods)
	return map[string][]string{
		apiDCaaS:   {"CreateVifPeer", "DeleteVifPeer"},
		apiElement: append([]string{"JSONRPC"}, methods...),
	}
}

// Provider serves the APIs a run gives no URL for (target.Provider): one
// reference target for every API's main role, and a cluster of its own for
// each other role (a pairing destination), all on one Fabric, as a network
// links real clusters.
type Provider struct {
	opts Options // the credentials every server accepts

	mu     sync.Mutex
	fabric Fabric
	byRole map[string]*Server
	closed bool
}

// NewProvider returns a provider whose servers accept the credentials of
// opts (the Default ones where empty). Servers start when a run asks.
func NewProvider(opts Options) (*Provider, error) {
	if _, err := newHandler(opts); err != nil {
		return nil, err
	}
	return &Provider{opts: opts, byRole: map[string]*Server{}}, nil
}

// Serves tells whether the reference implements an API's operation or
// method ("" for the API as a whole).
func (p *Provider) Serves(api, operation string) bool {
	ops, ok := Implemented()[api]
	if !ok || operation == "" {
		return ok
	}
	for _, o := range ops {
		if o == operation {
			return true
		}
	}
	return false
}

// Start starts the server for a role once and returns its URL.
func (p *Provider) Start(role string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return "", fmt.Errorf("the embedded reference target has been stopped")
	}
	if srv := p.byRole[role]; srv != nil {
		return srv.URL(), nil
	}
	opts := p.opts
	opts.Fabric = &p.fabric
	if role != "" {
		opts.ClusterName = "reference-" + role
	}
	srv, err := Start(opts)
	if err != nil {
		return "", fmt.Errorf("cannot start the embedded reference target: %w", err)
	}
	p.byRole[role] = srv
	return srv.URL(), nil
}

// Credentials are the values the reference accepts for a security scheme:
// the token for an API key or bearer scheme, the user and password for
// HTTP basic, the access key and secret key for AK/SK signing.
func (p *Provider) Credentials(c contract.Credential) []string {
	o := withDefaults(p.opts)
	switch c.Kind {
	case "basic":
		return []string{o.Username, o.Password}
	case "aksk":
		return []string{o.AccessKey, o.SecretKey}
	default:
		return []string{o.Token}
	}
}

// Close stops every server the provider started.
func (p *Provider) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for role, srv := range p.byRole {
		_ = srv.Close()
		delete(p.byRole, role)
	}
}

// OptionsFromContracts sets the credentials a served reference accepts from
// the variables the contracts' security schemes name (CONFORM_<API>_TOKEN,
// …_USERNAME, …_PASSWORD, …_AK, …_SK), as a run reads them: a variable left
// empty keeps the Default.
func OptionsFromContracts(set *contract.Set, getenv func(string) string, opts Options) Options {
	for _, name := range set.Names() {
		if _, ok := Implemented()[name]; !ok {
			continue
		}
		api, _ := set.API(name)
		for _, c := range api.Credentials {
			switch c.Kind {
			case "basic":
				if v := getenv(c.Env[0]); v != "" {
					opts.Username = v
				}
				if v := getenv(c.Env[1]); v != "" {
					opts.Password = v
				}
			case "aksk":
				if v := getenv(c.Env[0]); v != "" {
					opts.AccessKey = v
				}
				if v := getenv(c.Env[1]); v != "" {
					opts.SecretKey = v
				}
			default:
				if v := getenv(c.Env[0]); v != "" {
					opts.Token = v
				}
			}
		}
	}
	return opts
}

// CredentialVariables lists the variables OptionsFromContracts reads, for
// help texts.
func CredentialVariables(set *contract.Set) []string {
	var out []string
	for _, name := range set.Names() {
		if _, ok := Implemented()[name]; !ok {
			continue
		}
		api, _ := set.API(name)
		for _, c := range api.Credentials {
			out = append(out, c.Env...)
		}
	}
	return out
}
