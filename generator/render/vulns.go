package render

import (
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
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

// reportAge says how old a report is, or that it does not say.
func reportAge(r *vuln.Report) string {
	switch {
	case !r.AgeKnown():
		return "age unknown"
	case r.FromGit:
		return vuln.AgeText(r.Age) + " old (last commit)"
	}
	return vuln.AgeText(r.Age) + " old"
}

// tileRecord and tileItem give the radiator's tile partial what it shows of
// an item (.Record.Title, .Record.ID, .Record.Owner, .Note) for lines that
// are not records; Owner names the owners of the assets or threats behind
// the line.
type tileRecord struct{ Title, ID, Owner string }

type tileItem struct {
	Record tileRecord
	Note   string
}

// lineTile is a radiator tile of lines, shaped like risk.Tile for the
// tile partial.
type lineTile struct {
	count int
	items []tileItem
}

// Count returns the number the tile shows.
func (t lineTile) Count() int { return t.count }

// Items returns every line, for the partial to fit as many as the tile holds.
func (t lineTile) Items() []tileItem { return t.items }

// Top returns the first n lines.
func (t lineTile) Top(n int) []tileItem { return t.items[:min(n, len(t.items))] }

// vulnTile is the radiator's scanning tile. Its items, the number it
// shows, are what needs someone to act: each stale report first (the scan
// pipeline stopped), then each open vulnerability, most severe first, with
// its package and whether a fix exists, owned by its asset's owner.
func vulnTile(b *vuln.Board) lineTile {
	var t lineTile
	for _, r := range b.Stale() {
		t.items = append(t.items, tileItem{tileRecord{"Stale report " + r.File, r.Tool, ownersOf([]*model.Record{r.Asset})}, reportAge(r)})
	}
	for _, f := range b.Findings { // most severe first
		if f.State != vuln.Open {
			continue
		}
		title := f.ID
		if f.Package != "" {
			title += " in " + f.Package + " " + f.Version
		}
		note := "no fix yet"
		if f.Fixed != "" {
			note = "fixed in " + f.Fixed
		}
		t.items = append(t.items, tileItem{tileRecord{title, f.Severity.String(), ownersOf([]*model.Record{f.Report.Asset})}, note})
	}
	t.count = len(t.items)
	return t
}

// vulnSummary is the tile's line under its number: the open ones by
// severity, the accepted ones, the code findings and the oldest report's age.
func vulnSummary(b *vuln.Board) string {
	var parts []string
	open := b.Open()
	for _, s := range scan.Severities {
		if n := open[s.String()]; n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+s.String())
		}
	}
	if n := b.AcceptedCount(); n > 0 {
		parts = append(parts, strconv.Itoa(n)+" accepted")
	}
	if n := len(b.Code); n > 0 {
		parts = append(parts, model.Plural(n, "code finding"))
	}
	if old := b.Oldest(); old != nil && b.OpenTotal()+len(b.Stale()) > 0 {
		parts = append(parts, "oldest scan "+vuln.AgeText(old.Age))
	}
	return strings.Join(parts, " · ")
}

// vulnAlert reports whether the tile is an alert: an open critical or high
// vulnerability, or a stale report.
func vulnAlert(b *vuln.Board) bool {
	o := b.Open()
	return o["critical"] > 0 || o["high"] > 0 || len(b.Stale()) > 0
}

// vulnEmpty is the tile's line when nothing is open.
func vulnEmpty(b *vuln.Board) string {
	if old := b.Oldest(); old != nil {
		return "No open vulnerability; the oldest report is " + vuln.AgeText(old.Age) + " old"
	}
	return "No open vulnerability"
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// ownersOf names the owners of records, in order of first mention, the
// first two and "+N" for the rest; "" when none has one.
func ownersOf(records []*model.Record) string {
	var names []string
	for _, r := range records {
		if r != nil && r.Owner() != "" && !contains(names, r.Owner()) {
			names = append(names, r.Owner())
		}
	}
	if len(names) > 2 {
		return strings.Join(names[:2], ", ") + " +" + strconv.Itoa(len(names)-2)
	}
	return strings.Join(names, ", ")
}
