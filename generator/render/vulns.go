package render

import (
	"strconv"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/scan"
	"github.com/secdoc/secdoc/generator/vuln"
)

// VulnerabilitiesPath is the path of the page listing every finding of the
// scanner reports.
const VulnerabilitiesPath = "vulnerabilities/"

// scanned returns the board when the site has scanner reports, else nil.
func (b *builder) scanned() *vuln.Board {
	if v := b.site.Vulns; v != nil && len(v.Reports) > 0 {
		return v
	}
	return nil
}

func vulnerabilityPages(b *builder, k *PageKind) []*Page {
	if b.scanned() == nil {
		return nil
	}
	p := b.page(k, VulnerabilitiesPath, "Vulnerabilities")
	p.Crumbs = []Crumb{{"Home", ""}}
	return []*Page{p}
}

// Findings returns the vulnerabilities of the page's record: the findings
// of an asset's reports, or those a threat names.
func (p *Page) Findings() []*vuln.Finding {
	v := p.Site.Vulns
	if v == nil || p.Record == nil {
		return nil
	}
	switch p.Record.Kind {
	case kinds.Asset:
		return v.Of(p.Record)
	case kinds.Threat:
		return v.Named(p.Record)
	}
	return nil
}

// CodeFindings returns the code findings of an asset's reports.
func (p *Page) CodeFindings() []*vuln.Code {
	if v := p.Site.Vulns; v != nil && p.Record != nil && p.Record.Kind == kinds.Asset {
		return v.CodeOf(p.Record)
	}
	return nil
}

// VulnLink returns the link from this page to a finding's entry on the
// vulnerabilities page.
func (p *Page) VulnLink(anchor string) string {
	return p.u.Page(p.Path, VulnerabilitiesPath) + "#" + anchor
}

// age writes a duration for people: "5 hours", "3 days".
func age(d time.Duration) string {
	if h := int(d.Hours()); h < 48 {
		return plural(h, "hour")
	}
	return plural(int(d.Hours()/24), "day")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// reportAge says how old a report is, or that it does not say.
func reportAge(r *vuln.Report) string {
	switch {
	case !r.AgeKnown():
		return "age unknown"
	case r.FromGit:
		return age(r.Age) + " old (last commit)"
	}
	return age(r.Age) + " old"
}

// tileRecord and tileItem give the radiator's tile partial what it shows of
// an item (.Record.Title, .Record.ID, .Note) for lines that are not records.
type tileRecord struct{ Title, ID string }

type tileItem struct {
	Record tileRecord
	Note   string
}

// vulnTile is a radiator tile of lines, shaped like risk.Tile for the
// tile partial.
type vulnTile struct {
	count int
	items []tileItem
}

// Count returns the number the tile shows.
func (t vulnTile) Count() int { return t.count }

// Top returns the first n lines.
func (t vulnTile) Top(n int) []tileItem { return t.items[:min(n, len(t.items))] }

// openTile is the radiator's vulnerabilities tile: the open ones, one line
// per severity with its first ids.
func openTile(b *vuln.Board) vulnTile {
	t := vulnTile{count: b.OpenTotal()}
	for _, s := range scan.Severities {
		var ids []string
		fixable := 0
		for _, f := range b.Findings {
			if f.State == vuln.Open && f.Severity == s {
				if len(ids) < 3 && !contains(ids, f.ID) {
					ids = append(ids, f.ID)
				}
				if f.Fixed != "" {
					fixable++
				}
			}
		}
		if n := b.Open()[s.String()]; n > 0 {
			t.items = append(t.items, tileItem{tileRecord{strconv.Itoa(n) + " " + s.String(), strings.Join(ids, ", ")}, strconv.Itoa(fixable) + " with a fix"})
		}
	}
	if n := b.AcceptedCount(); n > 0 {
		t.items = append(t.items, tileItem{tileRecord{strconv.Itoa(n) + " accepted", "not counted"}, "decision recorded"})
	}
	return t
}

// codeTile is the radiator's code-findings tile, one line per severity.
func codeTile(b *vuln.Board) vulnTile {
	t := vulnTile{count: len(b.Code)}
	counts := b.CodeCounts()
	for _, s := range scan.Severities {
		if n := counts[s.String()]; n > 0 {
			t.items = append(t.items, tileItem{tileRecord{strconv.Itoa(n) + " " + s.String(), "SARIF"}, "code findings"})
		}
	}
	return t
}

// reportTile is the radiator's scan-reports tile: the stale reports and
// those of unknown age, an alert that the scan pipeline stopped.
func reportTile(b *vuln.Board) vulnTile {
	stale := b.Stale()
	t := vulnTile{count: len(stale)}
	for _, r := range stale {
		t.items = append(t.items, tileItem{tileRecord{r.File, r.Tool}, reportAge(r)})
	}
	return t
}

// freshNote is the scan-reports tile's line when no report is stale.
func freshNote(b *vuln.Board) string {
	old := b.Oldest()
	if old == nil {
		return "No report"
	}
	return plural(len(b.Reports), "report") + " fresh; the oldest is " + age(old.Age) + " old"
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
