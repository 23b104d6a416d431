package link

import (
	"path"
	"sort"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

// Resolve links the records to each other and returns the graph of their
// relations with every problem found. Intro records (_index.md) take part
// in body links but have no id of their own. Each call starts afresh: the
// records are only read, so a new graph never inherits an old one's links.
// files maps the page resources (model.ResourcePath) from their source
// path to their output path, so relative links and images in bodies point
// at the copies.
func Resolve(records []*model.Record, files map[string]string, u urls.Builder) (*Graph, diag.List) {
	var diags diag.List
	g := newGraph(newIndex(records, &diags), records)
	g.files = files
	for _, r := range records {
		resolveRefs(r, g, &diags)
		resolveBody(r, g, u, &diags)
	}
	g.invert(records)
	checkCycles(records, g, &diags)
	g.finish(records)
	return g, diags
}

// resolveRefs resolves a record's front-matter references.
func resolveRefs(r *model.Record, g *Graph, diags *diag.List) {
	for _, ref := range r.AllRefs() {
		t := g.ix.From(r, ref.ID)
		if ref.Path != "" {
			t = g.ix.Source(ref.Path)
		}
		want := r.Spec.Field(ref.Field).TargetSpec()
		switch {
		case t == nil:
			diags.Add(unresolved(r, ref, want))
		case want != nil && t.Kind != want.Name:
			diags.Add(diag.Diagnostic{Path: r.Source, Line: ref.Line, Col: ref.Col, ID: r.ID, Policy: "reference",
				Severity: inferred(ref), Message: ref.Field + ": " + quote(ref.ID) + " is " + t.Spec.Indefinite() + ", not " + want.Indefinite()})
		default:
			g.targets[ref] = t
			g.add(r, t)
		}
	}
}

// unresolved reports a reference that lands nowhere: an error, but only a
// warning for a link to a missing file or a reference read from prose,
// which a team's existing records may well hold.
func unresolved(r *model.Record, ref *model.Ref, want *model.Spec) diag.Diagnostic {
	d := diag.Diagnostic{Path: r.Source, Line: ref.Line, Col: ref.Col, ID: r.ID, Policy: "reference", Severity: inferred(ref)}
	if ref.Path != "" {
		d.Severity = diag.Warning
	}
	if ref.Path != "" {
		d.Message = ref.Field + ": " + quote(ref.ID) + " links to " + ref.Path + ", which does not exist"
		return d
	}
	what := "record"
	if want != nil {
		what = want.One
	}
	d.Message = ref.Field + ": unknown " + what + " " + quote(ref.ID)
	return d
}

// inferred returns the severity of a reference that lands wrong: a
// warning for one a reader read from prose, an error for a field.
func inferred(ref *model.Ref) diag.Severity {
	if ref.Inferred {
		return diag.Warning
	}
	return diag.Error
}

func sortByID(rs []*model.Record) {
	sort.Slice(rs, func(i, j int) bool { return model.Less(rs[i], rs[j]) })
}

// sourceDir returns the folder of a record's file, for relative links.
func sourceDir(r *model.Record) string { return path.Dir(r.Source) }
