package risk

import "fmt"

// Bands are the upper bounds of the low, medium and high bands; scores above
// High are critical. Scores run from 1 to 25.
type Bands struct {
	Low    int `yaml:"low" json:"low"`
	Medium int `yaml:"medium" json:"medium"`
	High   int `yaml:"high" json:"high"`
}

// DefaultBands are low 1-4, medium 5-9, high 10-16, critical 17-25.
var DefaultBands = Bands{Low: 4, Medium: 9, High: 16}

// Validate reports bands that do not rise strictly within 1-25.
func (b Bands) Validate() error {
	if !(1 <= b.Low && b.Low < b.Medium && b.Medium < b.High && b.High < 25) {
		return fmt.Errorf("risk bands must rise strictly within 1-25 (low < medium < high < 25), got low %d, medium %d, high %d", b.Low, b.Medium, b.High)
	}
	return nil
}

// The band names, lowest first.
const (
	Low      = "low"
	Medium   = "medium"
	High     = "high"
	Critical = "critical"
)

// BandNames lists the bands from highest to lowest, the order pages show them.
var BandNames = []string{Critical, High, Medium, Low}

// Band returns the band of a score; "" for 0 (unrated).
func (b Bands) Band(score int) string {
	switch {
	case score <= 0:
		return ""
	case score <= b.Low:
		return Low
	case score <= b.Medium:
		return Medium
	case score <= b.High:
		return High
	}
	return Critical
}

// Range describes a band's scores, such as "5–9".
func (b Bands) Range(band string) string {
	switch band {
	case Low:
		return fmt.Sprintf("1–%d", b.Low)
	case Medium:
		return fmt.Sprintf("%d–%d", b.Low+1, b.Medium)
	case High:
		return fmt.Sprintf("%d–%d", b.Medium+1, b.High)
	}
	return fmt.Sprintf("%d–25", b.High+1)
}
