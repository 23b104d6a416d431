package link

import (
	"net/url"
	"path"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

// resolveBody points the wiki links and relative markdown links of a record's
// body at their targets' pages.
func resolveBody(r *model.Record, g *Graph, u urls.Builder, diags *diag.List) {
	if r.Body == nil {
		return
	}
	for _, l := range r.Body.Links {
		line, col := r.BodyLine+l.Line-1, l.Col
		missing := statesMissing(r, g, line, col)
		errorf := func(sev diag.Severity, msg string) {
			if missing {
				return // the relation read from this link reports it, as a warning
			}
			diags.Add(diag.Diagnostic{Path: r.Source, Line: line, Col: col, Severity: sev, ID: r.ID, Policy: "link", Message: msg})
		}
		if l.Wiki {
			id, frag, _ := strings.Cut(l.Dest, "#")
			t := g.ix.From(r, strings.TrimSpace(id))
			if t == nil {
				errorf(diag.Error, "wiki link to unknown id "+quote(id))
				continue
			}
			checkFragment(t, frag, errorf)
			g.resolved(r, BodyLink{Link: l, URL: u.Page(r.Path, t.Path) + fragment(frag), Title: t.Title})
			g.add(r, t)
			continue
		}
		resolveFileLink(r, l, g, u, errorf, func(url, title string) {
			g.resolved(r, BodyLink{Link: l, URL: url, Title: title})
		})
	}
}

// statesMissing reports whether the body link at line:col is one a reader
// read as a relation to a file that does not exist.
func statesMissing(r *model.Record, g *Graph, line, col int) bool {
	for _, ref := range r.AllRefs() {
		if ref.Inferred && ref.Path != "" && ref.Line == line && ref.Col == col && g.ix.Source(ref.Path) == nil {
			return true
		}
	}
	return false
}

// resolveFileLink handles a relative markdown link or image: to a .md file
// it becomes a link to that file's page, to a page resource a link to its
// copy; a bare #fragment is checked against this page.
func resolveFileLink(r *model.Record, l *markdown.Link, g *Graph, u urls.Builder,
	errorf func(diag.Severity, string), set func(url, title string)) {
	target, frag, _ := strings.Cut(l.Dest, "#")
	if target == "" {
		checkFragment(r, frag, errorf)
		return
	}
	unescaped, err := url.PathUnescape(target)
	if err != nil {
		return
	}
	if l.Image || !load.IsMarkdown(unescaped) {
		resolveResource(r, l, unescaped, g, u, errorf, func(url string) { set(url+fragment(frag), "") })
		return
	}
	p := path.Join(sourceDir(r), unescaped)
	t := g.ix.Source(p)
	if strings.HasPrefix(unescaped, "/") {
		p = path.Join(load.ContentDir, unescaped)
		t = g.ix.Place(p)
	}
	if t == nil {
		errorf(diag.Error, "link to missing file "+quote(target)+" (looked for "+p+")")
		return
	}
	checkFragment(t, frag, errorf)
	set(u.Page(r.Path, t.Path)+fragment(frag), t.Title)
	g.add(r, t)
}

// checkFragment warns when frag names no heading of t.
func checkFragment(t *model.Record, frag string, errorf func(diag.Severity, string)) {
	if frag == "" || t.Body == nil || t.Body.HasAnchor(frag) {
		return
	}
	if dec, err := url.PathUnescape(frag); err == nil && t.Body.HasAnchor(dec) {
		return
	}
	errorf(diag.Warning, "#"+frag+" names no heading of "+t.Source)
}

func fragment(frag string) string {
	if frag == "" {
		return ""
	}
	return "#" + frag
}

// resolveResource points a relative link or image at the copy of the file
// it names beside the record. Resources are copied to their folder's path
// in the output, not into each page's folder: a page at sops/etcd/restore/
// reaches content/sops/etcd/diagram.png as ../diagram.png. One copy then
// serves every page of the folder, the folder's list page (whose
// introduction may show it too) included, and the output keeps the tree
// of the sources. A mounted record's resources lie beside its real file
// and are copied to where its folder appears. A path from the site root
// ("/risks/"), or one that leaves content/ (where the record appears) or
// names no file (no extension: a page's folder), is the
// author's own URL and left as written; a file that is not there is a
// warning.
func resolveResource(r *model.Record, l *markdown.Link, target string, g *Graph, u urls.Builder,
	errorf func(diag.Severity, string), set func(url string)) {
	name, query, hasQuery := strings.Cut(target, "?")
	if strings.HasPrefix(name, "/") || path.Ext(name) == "" {
		return
	}
	if !strings.HasPrefix(path.Join(placeDir(r), name), load.ContentDir+"/") {
		return
	}
	p := path.Join(sourceDir(r), name)
	out, ok := g.files[p]
	if !ok {
		what := "link to missing file "
		if l.Image {
			what = "missing image "
		}
		errorf(diag.Warning, what+quote(l.Dest)+" (looked for "+p+")")
		return
	}
	if hasQuery {
		out += "?" + query
	}
	set(u.File(r.Path, out))
}

// placeDir returns the folder where a record appears under content/: its
// mounted place's, or its own file's.
func placeDir(r *model.Record) string {
	if r.Place != "" {
		return path.Dir(r.Place)
	}
	return sourceDir(r)
}
