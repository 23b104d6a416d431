package risk

import (
	"sort"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

// Cell is one square of a likelihood × impact heatmap.
type Cell struct {
	Likelihood, Impact int
	Band               string
	Threats            []*Threat
}

// Count returns the number of threats in the cell.
func (c *Cell) Count() int { return len(c.Threats) }

// Key names the cell for its filtered register page, such as "l4-i5".
func (c *Cell) Key() string { return "l" + digit(c.Likelihood) + "-i" + digit(c.Impact) }

func digit(n int) string { return string(rune('0' + n)) }

// Heatmap is a 5 × 5 grid of likelihood by impact.
type Heatmap struct {
	cells [5][5]Cell
}

func newHeatmap(b Bands) *Heatmap {
	h := &Heatmap{}
	for l := 1; l <= 5; l++ {
		for i := 1; i <= 5; i++ {
			h.cells[l-1][i-1] = Cell{Likelihood: l, Impact: i, Band: b.Band(l * i)}
		}
	}
	return h
}

func (h *Heatmap) add(t *Threat, l, i int) {
	if l >= 1 && l <= 5 && i >= 1 && i <= 5 {
		c := &h.cells[l-1][i-1]
		c.Threats = append(c.Threats, t)
	}
}

// CellOf returns the cell that holds t, or nil.
func (h *Heatmap) CellOf(t *Threat) *Cell {
	for l := range h.cells {
		for i := range h.cells[l] {
			for _, x := range h.cells[l][i].Threats {
				if x == t {
					return &h.cells[l][i]
				}
			}
		}
	}
	return nil
}

// Cell returns the cell at likelihood l and impact i, both 1-5.
func (h *Heatmap) Cell(l, i int) *Cell { return &h.cells[l-1][i-1] }

// Rows returns the rows from likelihood 5 down to 1, each from impact 1 to 5,
// the order a heatmap is drawn in.
func (h *Heatmap) Rows() [][]*Cell {
	rows := make([][]*Cell, 0, 5)
	for l := 5; l >= 1; l-- {
		row := make([]*Cell, 0, 5)
		for i := 1; i <= 5; i++ {
			row = append(row, &h.cells[l-1][i-1])
		}
		rows = append(rows, row)
	}
	return rows
}

// Counts returns heatmap[l-1][i-1] counts, the layout of risks.json.
func (h *Heatmap) Counts() [][]int {
	out := make([][]int, 5)
	for l := range out {
		out[l] = make([]int, 5)
		for i := range out[l] {
			out[l][i] = len(h.cells[l][i].Threats)
		}
	}
	return out
}

// Total returns the number of threats on the heatmap.
func (h *Heatmap) Total() int {
	n := 0
	for l := range h.cells {
		for i := range h.cells[l] {
			n += len(h.cells[l][i].Threats)
		}
	}
	return n
}

// Cells returns every non-empty cell, for the filtered register pages.
func (h *Heatmap) Cells() []*Cell {
	var out []*Cell
	for _, row := range h.Rows() {
		for _, c := range row {
			if c.Count() > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// AssetRisk is an asset's row of the asset heatmap.
type AssetRisk struct {
	Asset   *model.Record
	Goals   []GoalRisk // confidentiality, integrity, availability
	Threats []*Threat  // every threat against the asset, highest score first
	Heatmap *Heatmap   // the asset's own exposure
}

// GoalRisk is one security goal of an asset with its open threats.
type GoalRisk struct {
	Goal  string
	Level string
	Open  int // open or in-progress threats that break this goal
}

func assetRisks(records []*model.Record, a *Analysis) []*AssetRisk {
	against := map[*model.Record][]*Threat{} // in a.Threats order: highest score first
	for _, t := range a.Threats {
		seen := map[*model.Record]bool{}
		for _, asset := range t.Assets {
			if !seen[asset] {
				seen[asset] = true
				against[asset] = append(against[asset], t)
			}
		}
	}
	var out []*AssetRisk
	for _, r := range records {
		if r.Kind != kinds.Asset || r.Intro {
			continue
		}
		ar := &AssetRisk{Asset: r, Heatmap: newHeatmap(a.Bands), Threats: against[r]}
		for _, t := range ar.Threats {
			if Exposed(t.Record) && t.Risk.Rated() {
				ar.Heatmap.add(t, t.Risk.Likelihood, t.Risk.Impact)
			}
		}
		for _, g := range kinds.Goals {
			gr := GoalRisk{Goal: g, Level: r.Text(g)}
			for _, t := range ar.Threats {
				if Exposed(t.Record) && breaks(t, g) {
					gr.Open++
				}
			}
			ar.Goals = append(ar.Goals, gr)
		}
		out = append(out, ar)
	}
	sort.Slice(out, func(i, j int) bool { return model.Less(out[i].Asset, out[j].Asset) })
	return out
}
