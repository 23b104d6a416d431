package scaffold

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

// spec returns the registry's declaration of kind k, nil for "".
func spec(k model.Kind) *model.Spec { return kinds.Registry.Spec(k) }

// kindName returns the name of a kind, "" for nil.
func kindName(s *model.Spec) model.Kind {
	if s == nil {
		return ""
	}
	return s.Name
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		word string
		want model.Kind
		err  string
	}{
		{"threat", kinds.Threat, ""},
		{"ADR", kinds.Decision, ""},
		{"runbook", kinds.SOP, ""},
		{"threat_model", kinds.ThreatModel, ""},
		{"model", kinds.ThreatModel, ""},
		{"tabletop", kinds.Exercise, ""},
		{"threats", "", `unknown kind "threats" (did you mean "threat"?)`},
		{"desicion", "", `(did you mean "decision"?)`},
		{"runbooks", "", `(did you mean "runbook"?)`},
		{"widget", "", `unknown kind "widget"; kinds: asset, threat, decision (or adr), sop (or runbook), exercise (or tabletop), threat-model (or model), page`},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			got, err := ParseKind(tc.word)
			if got != spec(tc.want) || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
				t.Errorf("got %q, %v, want %q and an error containing %q", kindName(got), err, tc.want, tc.err)
			}
		})
	}
}
