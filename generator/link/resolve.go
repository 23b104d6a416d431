package link

import (
	"path"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

// fieldKinds says which kind of record each reference field must point to.
var fieldKinds = map[string]model.Kind{
	"assets": model.Asset, "threats": model.Threat, "sops": model.SOP,
	"decision": model.Decision, "supersedes": model.Decision, "model": model.ThreatModel,
}

// Resolve links the records to each other and returns every problem found.
// Intro records (_index.md) take part in body links but have no id of their own.
// Resolving the same records again, after some changed, starts afresh.
func Resolve(records []*model.Record, u urls.Builder) (*Index, diag.List) {
	var diags diag.List
	for _, r := range records {
		r.SupersededBy = nil
		for _, ref := range r.Refs() {
			ref.Target = nil
		}
	}
	ix := newIndex(records, &diags)
	g := graph{out: map[*model.Record]map[*model.Record]bool{}}
	for _, r := range records {
		resolveRefs(r, ix, &g, &diags)
		resolveBody(r, ix, u, &g, &diags)
	}
	supersede(records)
	checkCycles(records, &diags)
	g.apply(records)
	return ix, diags
}

// resolveRefs resolves a record's front-matter references.
func resolveRefs(r *model.Record, ix *Index, g *graph, diags *diag.List) {
	for _, ref := range r.Refs() {
		t := ix.Lookup(ref.ID)
		switch want := fieldKinds[ref.Field]; {
		case t == nil:
			diags.Add(diag.Diagnostic{Path: r.Source, Line: ref.Line, Col: ref.Col, ID: r.ID, Policy: "reference",
				Message: ref.Field + ": unknown " + strings.ToLower(want.Singular()) + " " + quote(ref.ID)})
		case want != "" && t.Kind != want:
			diags.Add(diag.Diagnostic{Path: r.Source, Line: ref.Line, Col: ref.Col, ID: r.ID, Policy: "reference",
				Message: ref.Field + ": " + quote(ref.ID) + " is a " + strings.ToLower(t.Kind.Singular()) + ", not a " + strings.ToLower(want.Singular())})
		default:
			ref.Target = t
			g.add(r, t)
		}
	}
}

// supersede derives superseded_by from supersedes, whatever either status.
func supersede(records []*model.Record) {
	for _, r := range records {
		for _, ref := range r.Supersedes {
			if t := ref.Target; t != nil {
				t.SupersededBy = append(t.SupersededBy, r)
			}
		}
	}
	for _, r := range records {
		sortByID(r.SupersededBy)
	}
}

// graph collects the link edges between records.
type graph struct {
	out map[*model.Record]map[*model.Record]bool
}

func (g *graph) add(from, to *model.Record) {
	if from == to {
		return
	}
	if g.out[from] == nil {
		g.out[from] = map[*model.Record]bool{}
	}
	g.out[from][to] = true
}

// apply stores links and backlinks on the records, sorted by id.
func (g *graph) apply(records []*model.Record) {
	for _, r := range records {
		r.Links, r.Backlinks = nil, nil
	}
	for from, tos := range g.out {
		for to := range tos {
			from.Links = append(from.Links, to)
			to.Backlinks = append(to.Backlinks, from)
		}
	}
	for _, r := range records {
		sortByID(r.Links)
		sortByID(r.Backlinks)
	}
}

func sortByID(rs []*model.Record) {
	sort.Slice(rs, func(i, j int) bool { return model.Less(rs[i], rs[j]) })
}

// sourceDir returns the folder of a record's file, for relative links.
func sourceDir(r *model.Record) string { return path.Dir(r.Source) }
