package contract

import (
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/conform-dev/conform/internal/jsonvalue"

	"github.com/conform-dev/conform/internal/contract/jsonschema"
)

// Conflict is a place where a vendor page disagrees with itself, recorded in
// the contract (x-conform-conflicts) where it arises, with both sides quoted.
// A conflict with a Rule is a reading conform checks: a warning by default, a
// failure under --strict. One without a Rule only documents the disagreement.
type Conflict struct {
	ID      string `json:"id"`
	Summary string `json:"summary"`
	Sides   []Side `json:"sides"`
	Rule    any    `json:"rule,omitempty"`
	Where   string `json:"-"`

	rule jsonschema.Schema
	// seen holds the verdicts on scalar values already checked: a run
	// checks the same documented values in scenario after scenario, and a
	// failing validation is the engine's slowest path. At most seenMax.
	seen  sync.Map // scalar value → []jsonschema.Violation
	nseen atomic.Int32
}

const seenMax = 256

// Side is what one part of the page says.
type Side struct {
	Source string `json:"source"`
	Says   string `json:"says"`
}

// Check validates a value against the conflict's rule.
// The violations returned for a scalar value may be shared: do not change
// them.
func (c *Conflict) Check(v any) []jsonschema.Violation {
	if c.rule == nil {
		return nil
	}
	switch v.(type) {
	case string, json.Number, float64, bool, nil:
	default:
		return c.rule.Validate(v)
	}
	if got, ok := c.seen.Load(scalarKey{v}); ok {
		return got.([]jsonschema.Violation)
	}
	out := c.rule.Validate(v)
	if c.nseen.Add(1) <= seenMax {
		c.seen.Store(scalarKey{v}, out)
	}
	return out
}

// scalarKey tells a string from a number of the same text, as JSON does.
type scalarKey struct{ v any }

// ConflictsAt returns the conflicts a schema node records (shared: do not
// change the list).
func (s *Set) ConflictsAt(n Node) []*Conflict {
	if n == nil {
		return nil
	}
	if got, ok := s.conflictsAt.Load(n); ok {
		return got.([]*Conflict)
	}
	out := s.findConflicts(n)
	s.conflictsAt.Store(n, out)
	return out
}

func (s *Set) findConflicts(n Node) []*Conflict {
	raw, ok := n.Keyword(conflictsKey)
	if !ok {
		return nil
	}
	list, _ := raw.([]any)
	out := make([]*Conflict, 0, len(list))
	for _, e := range list {
		m, _ := e.(map[string]any)
		id, _ := m["id"].(string)
		if c, ok := s.conflicts[id]; ok {
			out = append(out, c)
		}
	}
	return out
}

const conflictsKey = "x-conform-conflicts"

// collectConflicts finds every x-conform-conflicts list in a decoded document,
// checks each entry's shape and compiles its rule. It changes nothing: the
// APIs load in parallel, and register adds what each found, in file order.
func (s *Set) collectConflicts(doc any, where func(ptr string) string) ([]*Conflict, error) {
	var out []*Conflict
	var walk func(v any, ptr string) error
	walk = func(v any, ptr string) error {
		switch t := v.(type) {
		case map[string]any:
			for k, child := range t {
				p := jsonvalue.JoinPointer(ptr, k)
				if k == conflictsKey {
					list, err := s.readConflicts(child, where(p))
					if err != nil {
						return err
					}
					out = append(out, list...)
					continue
				}
				if err := walk(child, p); err != nil {
					return err
				}
			}
		case []any:
			for i, child := range t {
				if err := walk(child, jsonvalue.JoinPointer(ptr, fmt.Sprint(i))); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return out, walk(doc, "")
}

func (s *Set) readConflicts(v any, where string) ([]*Conflict, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	var list []*Conflict
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("%s: %s must be a list of {id, summary, sides: [{source, says}], rule}: %w", where, conflictsKey, err)
	}
	for i, c := range list {
		at := fmt.Sprintf("%s/%d", where, i)
		switch {
		case c.ID == "":
			return nil, fmt.Errorf("%s: a conflict needs an id", at)
		case c.Summary == "":
			return nil, fmt.Errorf("%s: conflict %q needs a summary", at, c.ID)
		case len(c.Sides) < 2:
			return nil, fmt.Errorf("%s: conflict %q must quote at least two sides", at, c.ID)
		}
		if c.Rule != nil {
			r, err := s.Engine.CompileValue(c.Rule)
			if err != nil {
				return nil, fmt.Errorf("%s: the rule of conflict %q: %w", at, c.ID, err)
			}
			c.rule = r
		}
		c.Where = at
	}
	return list, nil
}

// register adds conflicts to the set; an id must be used once.
func (s *Set) register(list []*Conflict) error {
	for _, c := range list {
		if prev, dup := s.conflicts[c.ID]; dup {
			return fmt.Errorf("%s: conflict id %q is already used at %s; ids must be unique", c.Where, c.ID, prev.Where)
		}
		s.conflicts[c.ID] = c
	}
	return nil
}
