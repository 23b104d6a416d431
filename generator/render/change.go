package render

import (
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

// Change describes an incremental update, for the page kinds' Depends.
type Change struct {
	// BodyOnly is set when every edit was to a body alone: same front
	// matter, same title.
	BodyOnly     bool
	records      map[*model.Record]bool // records whose page shows a changed record
	sections     map[string]bool        // sections holding a changed record
	folders      map[string]bool        // paths of the folder list pages listing a changed record
	listed       map[string]bool        // filtered register pages listing a changed threat
	linksChanged bool                   // a body edit gained or lost a link
	groups       map[string]bool        // owner and tag pages of a changed record
}

// State is what an update compares: the site's records, their links and
// their risk analysis, before or after it.
type State struct {
	Records []*model.Record
	Graph   *link.Graph
	Risk    *risk.Analysis
}

// Changed describes an update that added, removed or altered the front
// matter of affected records (their versions before and after). A record's
// page shows the record itself, the records it links to or is linked from
// (before and after, as their relation lists show its title and status),
// and what its kind relates through them (an asset shows the decisions on
// its threats).
func Changed(affected []*model.Record, before, after State) *Change {
	c := &Change{records: map[*model.Record]bool{}, sections: map[string]bool{}, folders: map[string]bool{}, listed: map[string]bool{}, groups: map[string]bool{}}
	for _, r := range affected {
		c.records[r] = true
		c.group(r)
		c.sections[r.Section] = true
		for _, f := range r.Folders() {
			c.folders[f] = true
		}
		for _, g := range []*link.Graph{before.Graph, after.Graph} {
			for _, group := range [][]*model.Record{g.Links(r), g.Backlinks(r)} {
				for _, o := range group {
					c.records[o] = true
					c.relatedThrough(g, o, r)
				}
			}
		}
	}
	for _, a := range []*risk.Analysis{before.Risk, after.Risk} {
		c.list(affected, a)
	}
	return c
}

// relatedThrough marks the records that show r through o: those o refers
// to whose kind relates, through o's kind, the field of o that names r's kind.
func (c *Change) relatedThrough(g *link.Graph, o, r *model.Record) {
	for _, ref := range o.AllRefs() {
		a := g.Target(ref)
		if a == nil {
			continue
		}
		for _, rel := range a.Spec.Related {
			f := o.Spec.Field(rel.Field)
			if rel.Through == o.Kind && f != nil && f.Target == r.Kind {
				c.records[a] = true
			}
		}
	}
}

// list marks the filtered register pages (heatmap cells and bands) that
// list an affected threat in analysis a.
func (c *Change) list(affected []*model.Record, a *risk.Analysis) {
	for _, r := range affected {
		t := a.Of(r)
		if t == nil || !risk.Exposed(r) || !t.Risk.Rated() {
			continue
		}
		c.listed[BandPath(t.Risk.Band)] = true
		if cell := a.Current.CellOf(t); cell != nil {
			c.listed[CellPath(false, cell)] = true
		}
		if cell := a.Residual.CellOf(t); cell != nil {
			c.listed[CellPath(true, cell)] = true
		}
	}
}

// Edit is a file changed in its body alone: its record before and after.
type Edit struct {
	Old, New *model.Record
}

// BodyEdited describes an update that changed bodies alone: the edited
// pages change, and so do the pages gained or lost as link targets, whose
// backlinks changed. Lists, risk pages and the radiator show only front
// matter, so they stay; documents.json changes only when links did.
func BodyEdited(edits []Edit, before, after State) *Change {
	c := &Change{BodyOnly: true, records: map[*model.Record]bool{}}
	bySource := map[string]*model.Record{}
	for _, r := range after.Records {
		bySource[r.Source] = r
	}
	mark := func(src string) { c.records[bySource[src]] = true }
	for _, e := range edits {
		mark(e.New.Source)
		old := map[string]bool{}
		for _, o := range before.Graph.Links(e.Old) {
			old[o.Source] = true
		}
		for _, o := range after.Graph.Links(e.New) {
			if !old[o.Source] {
				mark(o.Source)
				c.linksChanged = true
			}
			delete(old, o.Source)
		}
		for src := range old {
			mark(src)
			c.linksChanged = true
		}
	}
	return c
}
