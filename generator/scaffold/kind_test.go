package scaffold

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/model"
)

func TestParseKind(t *testing.T) {
	tests := []struct {
		word string
		want model.Kind
		err  string
	}{
		{"threat", model.Threat, ""},
		{"ADR", model.Decision, ""},
		{"runbook", model.SOP, ""},
		{"threat_model", model.ThreatModel, ""},
		{"model", model.ThreatModel, ""},
		{"tabletop", model.Exercise, ""},
		{"threats", "", `unknown kind "threats" (did you mean "threat"?)`},
		{"desicion", "", `(did you mean "decision"?)`},
		{"runbooks", "", `(did you mean "runbook"?)`},
		{"widget", "", `unknown kind "widget"; kinds: asset, threat`},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			got, err := ParseKind(tc.word)
			if got != tc.want || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
				t.Errorf("got %q, %v, want %q and an error containing %q", got, err, tc.want, tc.err)
			}
		})
	}
}
