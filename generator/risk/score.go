package risk

import (
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

// goals maps each STRIDE category to the security goals it breaks.
var goals = map[string][]string{
	"spoofing":               {"confidentiality", "integrity"},
	"tampering":              {"integrity"},
	"repudiation":            {"integrity"},
	"information-disclosure": {"confidentiality"},
	"denial-of-service":      {"availability"},
	"elevation-of-privilege": {"confidentiality", "integrity", "availability"},
}

// Score is a threat's rating.
type Score struct {
	Likelihood, Impact int    // 1-5; 0 when unknown
	ImpactDerived      bool   // Impact came from the assets, not the threat
	DerivedFrom        string // how: "AST-1 integrity critical"
	Score              int    // Likelihood × Impact; 0 when unrated
	Band               string
	ResidualScore      int // after mitigation, when residual values are given
	ResidualBand       string
}

// Rated reports whether the threat has both a likelihood and an impact.
func (s Score) Rated() bool { return s.Score > 0 }

// score rates a threat.
func score(t *Threat, b Bands) Score {
	s := Score{Likelihood: t.Int("likelihood"), Impact: t.Int("impact")}
	if s.Impact == 0 {
		s.Impact, s.DerivedFrom = deriveImpact(t)
		s.ImpactDerived = s.Impact > 0
	}
	s.Score = s.Likelihood * s.Impact
	s.Band = b.Band(s.Score)
	if rl, ri := t.Int("residual_likelihood"), t.Int("residual_impact"); rl > 0 || ri > 0 {
		if rl == 0 {
			rl = s.Likelihood
		}
		if ri == 0 {
			ri = s.Impact
		}
		s.ResidualScore = rl * ri
		s.ResidualBand = b.Band(s.ResidualScore)
	}
	return s
}

// deriveImpact takes the highest level, among the threat's assets, of the
// security goals its STRIDE categories break: none=1 up to critical=5.
func deriveImpact(t *Threat) (int, string) {
	best, from := 0, ""
	for _, a := range t.Assets {
		for _, cat := range t.Stride {
			for _, g := range goals[cat] {
				level := a.Text(g)
				if w := kinds.LevelWeight(level); w > best {
					best, from = w, a.ID+" "+g+" "+level
				}
			}
		}
	}
	return best, from
}

// breaks reports whether a threat's STRIDE categories break the goal.
func breaks(t *Threat, goal string) bool {
	for _, cat := range t.Stride {
		for _, g := range goals[cat] {
			if g == goal {
				return true
			}
		}
	}
	return false
}

// Responded reports whether a threat was answered other than by mitigation
// (accepted, transferred or avoided), which the business must agree to in
// a decision.
func Responded(t *model.Record) bool {
	s := t.Status()
	return s == "accepted" || s == "transferred" || s == "avoided"
}

// Exposed reports whether a threat is current exposure: open or in progress.
// A threat without a status counts as open.
func Exposed(t *model.Record) bool {
	s := t.State()
	return s == "open" || s == "in-progress"
}
