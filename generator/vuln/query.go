package vuln

import (
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/scan"
)

// Counts are findings by severity name.
type Counts map[string]int

// Open counts the open vulnerabilities by severity.
func (b *Board) Open() Counts {
	c := zero()
	for _, f := range b.Findings {
		if f.State == Open {
			c[f.Severity.String()]++
		}
	}
	return c
}

// OpenTotal is the number of open vulnerabilities.
func (b *Board) OpenTotal() int {
	n := 0
	for _, v := range b.Open() {
		n += v
	}
	return n
}

// AcceptedCount is the number of accepted vulnerabilities.
func (b *Board) AcceptedCount() int {
	n := 0
	for _, f := range b.Findings {
		if f.State == Accepted {
			n++
		}
	}
	return n
}

// CodeCounts counts the code findings by severity.
func (b *Board) CodeCounts() Counts {
	c := zero()
	for _, f := range b.Code {
		c[f.Severity.String()]++
	}
	return c
}

func zero() Counts {
	c := Counts{}
	for _, s := range scan.Severities {
		c[s.String()] = 0
	}
	return c
}

// Stale returns the stale reports and those of unknown age.
func (b *Board) Stale() []*Report {
	var out []*Report
	for _, r := range b.Reports {
		if r.Stale || !r.AgeKnown() {
			out = append(out, r)
		}
	}
	return out
}

// Oldest returns the oldest report of known age, or nil.
func (b *Board) Oldest() *Report {
	var old *Report
	for _, r := range b.Reports {
		if r.AgeKnown() && (old == nil || r.Generated.Before(old.Generated)) {
			old = r
		}
	}
	return old
}

// BySeverity groups findings by severity, most severe first, leaving out
// empty groups.
func (b *Board) BySeverity() []Group {
	var out []Group
	for _, s := range scan.Severities {
		g := Group{Severity: s.String()}
		for _, f := range b.Findings {
			if f.Severity == s {
				g.Findings = append(g.Findings, f)
			}
		}
		if len(g.Findings) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// Group is the findings of one severity.
type Group struct {
	Severity string
	Findings []*Finding
}

// Of returns the findings of the reports mapped to asset.
func (b *Board) Of(asset *model.Record) []*Finding {
	var out []*Finding
	for _, f := range b.Findings {
		if f.Report.Asset == asset {
			out = append(out, f)
		}
	}
	return out
}

// CodeOf returns the code findings of the reports mapped to asset.
func (b *Board) CodeOf(asset *model.Record) []*Code {
	var out []*Code
	for _, c := range b.Code {
		if c.Report.Asset == asset {
			out = append(out, c)
		}
	}
	return out
}

// Named returns the findings whose state threat decides or that it names.
func (b *Board) Named(threat *model.Record) []*Finding {
	ids := map[string]bool{}
	for _, id := range threat.Texts("vulnerabilities") {
		ids[strings.ToUpper(id)] = true
	}
	var out []*Finding
	for _, f := range b.Findings {
		for _, id := range f.IDs() {
			if ids[strings.ToUpper(id)] {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// anchor makes an HTML id from parts: letters, digits and '-' only.
func anchor(parts ...string) string {
	var b strings.Builder
	b.WriteString("v-")
	for i, p := range parts {
		if i > 0 {
			b.WriteByte('-')
		}
		for _, r := range strings.ToLower(p) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			} else {
				b.WriteByte('-')
			}
		}
	}
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }
