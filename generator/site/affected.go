package site

import (
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/render"
	"github.com/secdoc/secdoc/generator/risk"
)

// selection returns which pages an update must render: nil for all of them.
// Pages that show a changed record are the record's own, those it links to or
// is linked from (before and after the change, since their relation lists and
// facts show its title and status), its section's list, the assets whose
// threats a changed decision answers, and the site-wide pages (home, risks,
// radiator), which summarise everything.
func (s *Session) selection(full bool, affected []*model.Record, prev *risk.Analysis) parts {
	if full || s.dirty || s.last == nil || structural(s.last, s.site, affected) {
		return parts{data: true, static: true}
	}
	riskPages := riskPaths(affected, prev, s.site.Risk)
	pages := map[*model.Record]bool{}
	sections := map[string]bool{}
	for _, r := range affected {
		pages[r] = true
		sections[r.Section] = true
		for _, group := range [][]*model.Record{r.Links, r.Backlinks} {
			for _, o := range group {
				pages[o] = true
				if r.Kind == model.Decision && o.Kind == model.Threat {
					for _, ref := range o.Assets {
						pages[ref.Target] = true
					}
				}
			}
		}
	}
	want := func(p *render.Page) bool {
		switch p.Layout {
		case "record":
			return pages[p.Record]
		case "section":
			return sections[p.Section.Name]
		case "404":
			return false
		case "risks":
			return p.Filter == nil || p.Filter.Order != "" || riskPages[p.Path]
		}
		return true
	}
	return parts{want: want, data: true}
}

// bodyEdit is what edits to bodies alone change: the edited pages, and the
// pages gained or lost as link targets, whose backlinks changed. Lists, risk
// pages and the radiator show only front matter, so they stay; data files
// change only when links did (documents.json lists them). It runs after the
// site was linked again, so cur's links are the new ones and old's the old.
func bodyEdit(edits []edit) parts {
	pages := map[string]bool{}
	linksChanged := false
	for _, e := range edits {
		pages[e.cur.Source] = true
		before := map[string]bool{}
		for _, o := range e.old.Links {
			before[o.Source] = true
		}
		for _, o := range e.cur.Links {
			if !before[o.Source] {
				pages[o.Source], linksChanged = true, true
			}
			delete(before, o.Source)
		}
		for src := range before {
			pages[src], linksChanged = true, true
		}
	}
	want := func(p *render.Page) bool { return p.Layout == "record" && pages[p.Record.Source] }
	return parts{want: want, data: linksChanged}
}

// edit is a file changed in place: its record before and after.
type edit struct {
	old, cur *model.Record
}

// riskPaths returns the filtered register pages (heatmap cells and bands)
// that list an affected threat, before or after the change.
func riskPaths(affected []*model.Record, analyses ...*risk.Analysis) map[string]bool {
	paths := map[string]bool{}
	for _, a := range analyses {
		for _, r := range affected {
			t := a.Of(r)
			if t == nil || !risk.Exposed(r) || !t.Risk.Rated() {
				continue
			}
			paths["risks/"+t.Risk.Band+"/"] = true
			if c := a.Current.CellOf(t); c != nil {
				paths["risks/"+c.Key()+"/"] = true
			}
			if c := a.Residual.CellOf(t); c != nil {
				paths["risks/residual/"+c.Key()+"/"] = true
			}
		}
	}
	return paths
}

// structural reports whether the change alters what every page shows, such
// as the set of records or sections in the navigation, so that all pages must
// be rendered again.
func structural(last *Snapshot, site *Site, affected []*model.Record) bool {
	before := last.Result.Records
	after := site.Counts()
	if len(before) != len(after) {
		return true
	}
	for k, n := range after {
		if before[k] != n {
			return true
		}
	}
	for _, r := range affected {
		if r.Intro || r.Kind == model.Page && r.Section == "" {
			return true // the home page's intro or its list of pages
		}
	}
	return false
}
