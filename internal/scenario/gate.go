package scenario

import (
	"cmp"
	"fmt"
	"net/url"
	"strings"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/plan"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/target"
)

// gate says why a scenario must not run, or "": its API has no target, the
// provider serving it does not implement an operation it sends, its @since
// version is newer than the target's, or it would change a real target that
// the user did not allow to be changed. A scenario naming an API that
// no contract defines runs, and its first step says so.
func (s *Suite) gate(p *messages.Pickle) string {
	name := plan.APIOfPickle(p)
	api, err := s.set.API(name)
	if name == "" || err != nil {
		return ""
	}
	t := s.targets[name]
	if t == nil {
		return s.noTarget(api, "")
	}
	if t.Reference {
		for _, op := range plan.OperationsOf(p) {
			if !s.cfg.Provider.Serves(name, op) {
				return fmt.Sprintf("%sthe embedded reference target does not implement %s %s; give the %s API a target: --target %s=URL or %sURL",
					reports.NoTargetPrefix, name, op, name, name, target.EnvPrefix(api, ""))
			}
		}
	}
	// A version the target lacks says more than a hold-back: allowing the
	// scenario would not make it run.
	if why := s.versionGate(p, name, t); why != "" {
		return why
	}
	return s.effectGate(p, api, t)
}

// effectGate holds back a scenario that would change a real target: against
// anything but the embedded reference, conform sends only readonly requests
// unless the user allowed more (--allow). What an allowed scenario creates,
// its cleanup removes again.
func (s *Suite) effectGate(p *messages.Pickle, api *contract.API, t *target.Target) string {
	where := t.Base.Redacted()
	if t.Reference {
		// The main target may be the reference while a role the scenario
		// addresses (a pairing's destination) is a real cluster.
		if where = s.realRole(p); where == "" {
			return ""
		}
	}
	allowed := s.cfg.Allow
	if allowed == "" {
		allowed = contract.Readonly
	}
	worst, what := contract.Readonly, ""
	for _, op := range plan.OperationsOf(p) {
		if e := effectOf(api, op); e.Harm() > worst.Harm() {
			worst, what = e, op
		}
	}
	if worst.Harm() <= allowed.Harm() {
		return ""
	}
	return fmt.Sprintf("%s%s is %s, and the %s target %s is not the embedded reference; allow it with --allow %s (or CONFORM_ALLOW=%s)",
		reports.HeldBackPrefix, what, worst, api.Name, where, worst, worst)
}

// realRole names the first target of a role the scenario addresses (the
// "element" API at its "destination" target) that the user gave a URL for,
// or "" when every role it addresses runs on the embedded reference.
func (s *Suite) realRole(p *messages.Pickle) string {
	for _, st := range p.Steps {
		step, args := plan.Match(st.Text)
		if step == nil || step.ID != plan.StepAPIAt {
			continue
		}
		api, err := s.set.API(args[0])
		if err != nil {
			continue
		}
		name := target.Name(api.Name, args[1])
		u := cmp.Or(s.cfg.Targets[name], s.getenv(target.EnvPrefix(api, args[1])+"URL"))
		if u == "" {
			continue
		}
		if pu, err := url.Parse(u); err == nil {
			u = pu.Redacted()
		}
		return name + " " + u
	}
	return ""
}

// effectOf is what an operation or JSON-RPC method does, by the contract; a
// name the contract does not know counts as changing the target.
func effectOf(api *contract.API, name string) contract.Effect {
	if api.JSONRPC != nil {
		if m, err := api.JSONRPC.Method(name); err == nil {
			return m.Effect
		}
		return contract.InferEffect(name, "")
	}
	if op, err := api.Operation(name); err == nil {
		return op.Effect
	}
	return contract.Mutating
}

// noTarget says that an API (or one of its roles) has no target, and why
// the embedded reference does not stand in.
func (s *Suite) noTarget(api *contract.API, role string) string {
	name := target.Name(api.Name, role)
	p := s.cfg.Provider
	why := "no embedded reference target serves it"
	switch {
	case p != nil && p.Serves(api.Name, "") && target.AnyURL(s.set, s.cfg):
		why = fmt.Sprintf("a URL was given for another API, so it does not run on the embedded reference target unasked (--reference %s runs it there)", api.Name)
	case p != nil:
		why = "the embedded reference target does not implement it"
	}
	return fmt.Sprintf("%sthe %s API has no target (no --target %s and no %sURL), and %s; give it one: --target %s=URL",
		reports.NoTargetPrefix, api.Name, name, target.EnvPrefix(api, role), why, name)
}

// versionGate says why a scenario tagged @since:V does not run: its API's
// target runs an older version (from its URL, or CONFORM_<API>_VERSION).
// It says nothing when the version is not known.
func (s *Suite) versionGate(p *messages.Pickle, api string, t *target.Target) string {
	since := plan.Since(p)
	if since == "" {
		return ""
	}
	have, from := s.targetVersion(t)
	if have == "" || plan.CompareVersions(have, since) >= 0 {
		return ""
	}
	return fmt.Sprintf("needs %s API version %s or later; the target runs %s (%s)", api, since, have, from)
}

// targetVersion is the API version the target runs, from a path parameter
// whose name says version: CONFORM_<API>_<PARAM>, else the target URL.
func (s *Suite) targetVersion(t *target.Target) (version, from string) {
	for _, op := range t.API.Operations() {
		for _, name := range op.PathParams() {
			if !strings.Contains(strings.ToLower(name), "version") {
				continue
			}
			env := t.API.EnvPrefix() + contract.EnvToken(name)
			if v := s.getenv(env); v != "" {
				return v, env
			}
			if v := t.Params[name]; v != "" {
				return v, "from the target URL"
			}
		}
	}
	return "", ""
}
