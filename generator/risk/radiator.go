package risk

import (
	"sort"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/model"
)

// Item is one record on a radiator tile, with why it is there.
type Item struct {
	Record *model.Record
	Note   string // such as "12 days overdue"
	weight int    // larger is more urgent; orders the tile
}

// Tile is a list of records that are security debt of one kind.
type Tile struct {
	Items []Item // most urgent first
}

// Count returns the number of records on the tile.
func (t Tile) Count() int { return len(t.Items) }

// Top returns the n most urgent items.
func (t Tile) Top(n int) []Item { return t.Items[:min(n, len(t.Items))] }

// IDs returns the ids of the tile's records, sorted, for radiator.json.
func (t Tile) IDs() []string {
	ids := make([]string, 0, len(t.Items))
	for _, it := range t.Items {
		ids = append(ids, it.Record.ID)
	}
	sort.Slice(ids, func(i, j int) bool { return lowerLess(ids[i], ids[j]) })
	return ids
}

// Radiator holds the security-debt tiles.
type Radiator struct {
	Exposure              map[string][]*Threat // open or in-progress threats by band
	Overdue               Tile
	ExpiredAcceptances    Tile
	UnrecordedAcceptances Tile
	StaleSOPs             Tile
	PendingDecisions      Tile
	UnmodelledAssets      Tile
}

// ExposureCount returns the number of exposed threats in a band.
func (r *Radiator) ExposureCount(band string) int { return len(r.Exposure[band]) }

func radiator(records []*model.Record, g *link.Graph, a *Analysis, opts Options) Radiator {
	now := opts.Now
	rad := Radiator{Exposure: map[string][]*Threat{}}
	for _, t := range a.Threats {
		switch {
		case Exposed(t.Record):
			if t.Risk.Rated() {
				rad.Exposure[t.Risk.Band] = append(rad.Exposure[t.Risk.Band], t)
			}
			if !t.Due.IsZero() && t.Due.Before(now) {
				days := t.Due.DaysUntil(now)
				rad.Overdue.add(t.Record, model.Plural(days, "day")+" overdue", days)
			}
		case Responded(t.Record):
			if t.Ref("decision") == nil {
				rad.UnrecordedAcceptances.add(t.Record, t.Status()+", no ADR", t.Risk.Score)
			}
			if until := t.Day("accepted_until"); t.Status() == "accepted" && !until.IsZero() && until.Before(now) {
				days := until.DaysUntil(now)
				rad.ExpiredAcceptances.add(t.Record, "expired "+model.Plural(days, "day")+" ago", days)
			}
		}
	}
	lastTests := exerciseDates(records, g)
	referenced := map[*model.Record]bool{}
	for _, t := range a.Threats {
		for _, asset := range t.Assets {
			referenced[asset] = true
		}
	}
	for _, r := range records {
		switch {
		case r.Intro:
		case r.Kind == kinds.SOP:
			staleSOP(&rad.StaleSOPs, r, lastTests[r], now, opts.ReviewInterval)
		case r.Kind == kinds.Decision && r.Status() == "proposed":
			days := 0
			note := "undated"
			if date := r.Day("date"); !date.IsZero() {
				days = date.DaysUntil(now)
				note = model.Plural(days, "day") + " waiting"
			}
			rad.PendingDecisions.add(r, note, days)
		case r.Kind == kinds.Asset && !referenced[r]:
			rad.UnmodelledAssets.add(r, "no threat names it", exposureWeight(r))
		}
	}
	for _, tile := range []*Tile{&rad.Overdue, &rad.ExpiredAcceptances, &rad.UnrecordedAcceptances, &rad.StaleSOPs, &rad.PendingDecisions, &rad.UnmodelledAssets} {
		tile.sort()
	}
	return rad
}

// exposureWeight sums an asset's levels, so the most valuable unmodelled
// assets come first.
func exposureWeight(asset *model.Record) int {
	w := 0
	for _, g := range kinds.Goals {
		w += kinds.LevelWeight(asset.Text(g))
	}
	return w
}

// exerciseDates returns, for every SOP, the date of the latest exercise that lists it.
func exerciseDates(records []*model.Record, g *link.Graph) map[*model.Record]model.Date {
	out := map[*model.Record]model.Date{}
	for _, r := range records {
		date := r.Day("date")
		if r.Kind != kinds.Exercise || date.IsZero() {
			continue
		}
		for _, sop := range g.Targets(r, "sops") {
			if out[sop].Before(date) {
				out[sop] = date
			}
		}
	}
	return out
}

// staleSOP adds the SOP when its last test, by itself or in an exercise, is
// older than its review interval, or when it was never tested.
func staleSOP(tile *Tile, sop *model.Record, exercised, now model.Date, defaultInterval int) {
	last := sop.Day("last_tested")
	if last.Before(exercised) {
		last = exercised
	}
	interval := sop.Int("review_interval")
	if interval <= 0 {
		interval = defaultInterval
	}
	if last.IsZero() {
		tile.add(sop, "never tested", 1<<30)
		return
	}
	if due := last.AddDays(interval); due.Before(now) {
		days := due.DaysUntil(now)
		tile.add(sop, "test "+model.Plural(days, "day")+" overdue", days)
	}
}

func (t *Tile) add(r *model.Record, note string, weight int) {
	t.Items = append(t.Items, Item{Record: r, Note: note, weight: weight})
}

func (t *Tile) sort() {
	sort.SliceStable(t.Items, func(i, j int) bool {
		a, b := t.Items[i], t.Items[j]
		if a.weight != b.weight {
			return a.weight > b.weight
		}
		return model.Less(a.Record, b.Record)
	})
}
