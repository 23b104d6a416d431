package risk

import (
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
)

// Options configures an analysis.
type Options struct {
	Bands Bands
	// Now is the build date every date rule compares against.
	Now model.Date
	// ReviewInterval is the default days between SOP tests (180 when 0).
	ReviewInterval int
}

// Threat is a threat record with its rating.
type Threat struct {
	*model.Record
	Risk Score
}

// Analysis is everything the risk pages show.
type Analysis struct {
	Bands    Bands
	Now      model.Date
	Threats  []*Threat // every threat, highest score first, then by id
	Current  *Heatmap  // current exposure
	Residual *Heatmap  // current exposure after the mitigation in progress
	Assets   []*AssetRisk
	Radiator Radiator
	byRecord map[*model.Record]*Threat
	byAsset  map[*model.Record]*AssetRisk
}

// AssetOf returns the risk row of an asset record, or nil.
func (a *Analysis) AssetOf(r *model.Record) *AssetRisk {
	if a == nil {
		return nil
	}
	return a.byAsset[r]
}

// Of returns the rated threat of a record, or nil when it is not a threat.
func (a *Analysis) Of(r *model.Record) *Threat {
	if a == nil {
		return nil
	}
	return a.byRecord[r]
}

// Analyse rates the threats among records and applies the radiator rules.
func Analyse(records []*model.Record, opts Options) *Analysis {
	if opts.ReviewInterval <= 0 {
		opts.ReviewInterval = 180
	}
	a := &Analysis{Bands: opts.Bands, Now: opts.Now, byRecord: map[*model.Record]*Threat{}}
	for _, r := range records {
		if r.Kind == model.Threat && !r.Intro {
			t := &Threat{Record: r, Risk: score(r, opts.Bands)}
			a.Threats = append(a.Threats, t)
			a.byRecord[r] = t
		}
	}
	sort.SliceStable(a.Threats, func(i, j int) bool { return byScore(a.Threats[i], a.Threats[j]) })
	a.Current = newHeatmap(opts.Bands)
	a.Residual = newHeatmap(opts.Bands)
	for _, t := range a.Threats {
		if !Exposed(t.Record) || !t.Risk.Rated() {
			continue
		}
		a.Current.add(t, t.Risk.Likelihood, t.Risk.Impact)
		rl, ri := residual(t)
		a.Residual.add(t, rl, ri)
	}
	a.Assets = assetRisks(records, a)
	a.byAsset = map[*model.Record]*AssetRisk{}
	for _, ar := range a.Assets {
		a.byAsset[ar.Asset] = ar
	}
	a.Radiator = radiator(records, a, opts)
	return a
}

// residual returns where a threat lands after mitigation: its residual
// values where given, its current ones otherwise.
func residual(t *Threat) (int, int) {
	l, i := t.Risk.Likelihood, t.Risk.Impact
	if t.ResidualLikelihood > 0 {
		l = t.ResidualLikelihood
	}
	if t.ResidualImpact > 0 {
		i = t.ResidualImpact
	}
	return l, i
}

func byScore(a, b *Threat) bool {
	if a.Risk.Score != b.Risk.Score {
		return a.Risk.Score > b.Risk.Score
	}
	return model.Less(a.Record, b.Record)
}

func lowerLess(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la != lb {
		return la < lb
	}
	return a < b
}
