package risk

import (
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

// Goals are the three security goals in order.
var Goals = []string{"confidentiality", "integrity", "availability"}

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
func score(t *model.Record, b Bands) Score {
	s := Score{Likelihood: t.Likelihood, Impact: t.Impact}
	if s.Impact == 0 {
		s.Impact, s.DerivedFrom = deriveImpact(t)
		s.ImpactDerived = s.Impact > 0
	}
	s.Score = s.Likelihood * s.Impact
	s.Band = b.Band(s.Score)
	if rl, ri := t.ResidualLikelihood, t.ResidualImpact; rl > 0 || ri > 0 {
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
func deriveImpact(t *model.Record) (int, string) {
	best, from := 0, ""
	for _, ref := range t.Assets {
		a := ref.Target
		if a == nil {
			continue
		}
		for _, cat := range t.Stride {
			for _, g := range goals[cat] {
				level := assetLevel(a, g)
				if w := model.LevelWeight(level); w > best {
					best, from = w, a.ID+" "+g+" "+level
				}
			}
		}
	}
	return best, from
}

// assetLevel returns the asset's level for a security goal.
func assetLevel(a *model.Record, goal string) string {
	switch goal {
	case "confidentiality":
		return a.Confidentiality
	case "integrity":
		return a.Integrity
	}
	return a.Availability
}

// breaks reports whether a threat's STRIDE categories break the goal.
func breaks(t *model.Record, goal string) bool {
	for _, cat := range t.Stride {
		for _, g := range goals[cat] {
			if g == goal {
				return true
			}
		}
	}
	return false
}

// Exposed reports whether a threat is current exposure: open or in progress.
// A threat without a status counts as open.
func Exposed(t *model.Record) bool {
	s := t.State()
	return s == "open" || s == "in-progress"
}
