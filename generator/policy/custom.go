package policy

import (
	"fmt"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

// custom is a site's own policy: records of a kind must have some fields.
type custom struct {
	policy  Policy
	kind    *model.Spec
	require []string
	status  map[string]bool
	message string
}

func newCustom(name string, s Setting, sev diag.Severity) (custom, error) {
	kind := kinds.Registry.ByWord(s.Kind)
	if kind == nil {
		return custom{}, fmt.Errorf("kind %q is not a record kind (a policy of your own needs kind and require)", s.Kind)
	}
	if len(s.Require) == 0 {
		return custom{}, fmt.Errorf("require lists no field")
	}
	c := custom{policy: Policy{Name: name, Severity: sev}, kind: kind, require: s.Require, message: s.Message}
	if len(s.Status) > 0 {
		c.status = map[string]bool{}
		for _, st := range s.Status {
			c.status[strings.ToLower(st)] = true
		}
	}
	return c, nil
}

func (c custom) apply(in *input) {
	for _, r := range in.records {
		if r.Spec != c.kind || r.Intro || c.status != nil && !c.status[r.State()] {
			continue
		}
		for _, field := range c.require {
			if r.HasField(field) {
				continue
			}
			msg := fmt.Sprintf("%s %s has no %s", c.kind.One, r.ID, field)
			if c.message != "" {
				msg += ": " + c.message
			}
			in.report(&c.policy, r, "id", "%s", msg)
		}
	}
}
