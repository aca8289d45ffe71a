package scenario

import (
	"fmt"
	"strings"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/contract"
	"github.com/conform-dev/conform/internal/plan"
	"github.com/conform-dev/conform/internal/reports"
	"github.com/conform-dev/conform/internal/target"
)

// gate says why a scenario must not run, or "": its API has no target, the
// provider serving it does not implement an operation it sends, or its
// @since version is newer than the target's. A scenario naming an API that
// no contract defines runs, and its first step says so.
func (s *Suite) gate(p *messages.Pickle) string {
	name := plan.APIOfPickle(p)
	api, err := s.set.API(name)
	if name == "" || err != nil {
		return ""
	}
	t := s.targets[name]
	if t == nil {
		return noTarget(name, name, target.EnvPrefix(api, ""), s.cfg.Provider)
	}
	if t.Reference {
		for _, op := range plan.OperationsOf(p) {
			if !s.cfg.Provider.Serves(name, op) {
				return fmt.Sprintf("%sthe embedded reference target does not implement %s %s; give the %s API a target: --target %s=URL or %sURL",
					reports.NoTargetPrefix, name, op, name, name, target.EnvPrefix(api, ""))
			}
		}
	}
	return s.versionGate(p, name, t)
}

// noTarget says that an API (or one of its roles, name) has no target.
func noTarget(api, name, envPrefix string, p target.Provider) string {
	why := "no embedded reference target serves it"
	if p != nil {
		why = "the embedded reference target does not implement it"
	}
	return fmt.Sprintf("%sthe %s API has no target (no --target %s and no %sURL), and %s; give it one: --target %s=URL",
		reports.NoTargetPrefix, api, name, envPrefix, why, name)
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
