package risk

import (
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
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

// Threat is a threat record with its rating and the fields the risk pages
// show, its references resolved.
type Threat struct {
	*model.Record
	Risk     Score
	Stride   []string
	Due      model.Date
	Assets   []*model.Record // the assets under threat, in the order written
	Decision *model.Record   // the decision recording the response, or nil
}

// newThreat reads a threat record's rating fields.
func newThreat(r *model.Record, g *link.Graph, b Bands) *Threat {
	t := &Threat{Record: r, Stride: r.Texts("stride"), Due: r.Day("due"), Assets: g.Targets(r, "assets")}
	if d := g.Targets(r, "decision"); len(d) > 0 {
		t.Decision = d[0]
	}
	t.Risk = score(t, b)
	return t
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

// Analyse rates the threats among records, whose references g resolves,
// and applies the radiator rules.
func Analyse(records []*model.Record, g *link.Graph, opts Options) *Analysis {
	if opts.ReviewInterval <= 0 {
		opts.ReviewInterval = 180
	}
	a := &Analysis{Bands: opts.Bands, Now: opts.Now, byRecord: map[*model.Record]*Threat{}}
	for _, r := range records {
		if r.Kind == kinds.Threat && !r.Intro {
			t := newThreat(r, g, opts.Bands)
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
	a.Radiator = radiator(records, g, a, opts)
	return a
}

// residual returns where a threat lands after mitigation: its residual
// values where given, its current ones otherwise.
func residual(t *Threat) (int, int) {
	l, i := t.Risk.Likelihood, t.Risk.Impact
	if n := t.Int("residual_likelihood"); n > 0 {
		l = n
	}
	if n := t.Int("residual_impact"); n > 0 {
		i = n
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
