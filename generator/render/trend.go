package render

import (
	"encoding/json"
	"strconv"
)

// BandCounts counts open threats by band, in the order pages show bands.
type BandCounts struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
}

// Add counts one open threat of the band.
func (c *BandCounts) Add(band string) {
	switch band {
	case "critical":
		c.Critical++
	case "high":
		c.High++
	case "medium":
		c.Medium++
	case "low":
		c.Low++
	}
}

// Total is the number of open threats counted.
func (c BandCounts) Total() int { return c.Critical + c.High + c.Medium + c.Low }

// Week is one ISO week of the debt trend: the open threats by band as the
// records stood at the end of the week (the current week: at the build date).
type Week struct {
	Week  string     `json:"week"`  // ISO week, such as 2026-W48
	Start string     `json:"start"` // its Monday, YYYY-MM-DD
	Open  BandCounts `json:"open"`
}

// HistoryPath is the path of the debt trend's data file.
const HistoryPath = "api/history.json"

// historyFile declares api/history.json, written when the site has a trend.
func historyFile(b *builder, k *PageKind) []*Page {
	if len(b.site.Trend) == 0 {
		return nil
	}
	return []*Page{b.file(k, HistoryPath, func(b *builder) ([]byte, error) {
		data, err := json.Marshal(struct {
			Weeks []Week `json:"weeks"`
		}{b.site.Trend})
		return append(data, '\n'), err
	})}
}

// TrendBar is one week's stacked bar in the trend chart, in SVG units.
type TrendBar struct {
	Week     Week
	X        int
	Segments []TrendSegment
	Label    bool // the week's name is written under the bar
	TotalY   int  // where the total is written above the bar
}

// TrendSegment is one band's part of a bar.
type TrendSegment struct {
	Band  string
	Y, H  int
	Count int
}

// Trend chart geometry.
const (
	trendBarWidth = 20
	trendGap      = 6
	trendHeight   = 160
	trendTop      = 20
)

// TrendChart lays the trend out as stacked bars, highest band on top.
func (s *Site) TrendChart() []TrendBar {
	max := 1
	for _, w := range s.Trend {
		max = maxInt(max, w.Open.Total())
	}
	var out []TrendBar
	for i, w := range s.Trend {
		bar := TrendBar{Week: w, X: 40 + i*(trendBarWidth+trendGap), Label: i%4 == 1 || i == len(s.Trend)-1}
		y := trendTop + trendHeight
		for _, seg := range []TrendSegment{{Band: "low", Count: w.Open.Low}, {Band: "medium", Count: w.Open.Medium}, {Band: "high", Count: w.Open.High}, {Band: "critical", Count: w.Open.Critical}} {
			if seg.Count == 0 {
				continue
			}
			seg.H = seg.Count * trendHeight / max
			y -= seg.H
			seg.Y = y
			bar.Segments = append(bar.Segments, seg)
		}
		bar.TotalY = y - 4
		out = append(out, bar)
	}
	return out
}

// TrendMax is the highest weekly total, the chart's scale.
func (s *Site) TrendMax() string {
	max := 0
	for _, w := range s.Trend {
		max = maxInt(max, w.Open.Total())
	}
	return strconv.Itoa(max)
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
