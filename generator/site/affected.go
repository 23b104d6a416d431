package site

import (
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/render"
)

// change describes an update for the page kinds' dependencies: nil, to
// render everything, after a full reload, a failed build or a change to what
// every page shows.
func (s *Session) change(full bool, affected []*model.Record, edits []render.Edit, before render.State) *render.Change {
	if full || s.dirty || s.last == nil || structural(s.last, s.site, affected) || !sameFolders(before.Records, s.site.Records) {
		return nil
	}
	if edits != nil {
		return render.BodyEdited(edits, before, s.site.state())
	}
	return render.Changed(affected, before, s.site.state())
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
		if r.Intro || r.Spec == site.Kinds.Fallback() && r.Section == "" {
			return true // the home page's intro or its list of pages
		}
	}
	return false
}

// state is what an update compares of the site.
func (s *Site) state() render.State {
	return render.State{Records: s.Records, Graph: s.Graph, Risk: s.Risk}
}

// sameFolders reports whether two versions of the records have the same
// folder list pages: a folder gained or lost changes the lists above it and
// the trails of the pages inside it, so it renders everything.
func sameFolders(before, after []*model.Record) bool {
	a, b := folders(before), folders(after)
	if len(a) != len(b) {
		return false
	}
	for f := range a {
		if !b[f] {
			return false
		}
	}
	return true
}

func folders(records []*model.Record) map[string]bool {
	out := map[string]bool{}
	for _, r := range records {
		for _, f := range r.Folders() {
			out[f] = true
		}
	}
	return out
}
