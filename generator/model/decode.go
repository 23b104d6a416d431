package model

import (
	"fmt"
	"path"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
)

// Decode turns a loaded document into a record of the kind its `kind:`
// field, its reader or its folder names, checking every declared field and
// parsing its body with md. It returns nil only when the document cannot
// become a record at all.
func Decode(doc *load.Document, reg *Registry, md *markdown.Engine) (*Record, diag.List) {
	d := &decoder{f: doc, r: &Record{Source: doc.Path, IDPrefix: doc.IDPrefix, Place: doc.Place, BodyLine: doc.BodyLine, Unparsed: doc.Unparsed,
		values: map[string]Value{}, keys: map[string][2]int{}, filled: map[string]bool{}}}
	r := d.r
	r.Section, r.Path, r.Intro = location(doc.ContentPath())
	r.Spec = reg.implied(doc, r.Section)
	for _, fl := range doc.Fields {
		r.keys[fl.Key] = [2]int{fl.Line, fl.Col}
		if v := fl.Value; v.Kind == load.List && len(v.Items) > 0 || v.Kind == load.Map || v.Kind == load.Scalar && v.Text != "" {
			r.filled[fl.Key] = true
		}
	}
	if fl, ok := doc.Field("kind"); ok {
		d.kind(fl, reg)
	}
	r.Kind = r.Spec.Name
	for _, fl := range doc.Fields {
		if fl.Key == "kind" {
			continue
		}
		if f := r.Spec.Field(fl.Key); f != nil && f.Decoded() {
			d.field(f, fl)
			continue
		}
		d.extra(fl)
	}
	r.Body = md.Parse(doc.Body)
	d.defaults()
	r.collectRefs()
	return r, d.diags
}

// decoder holds the state of decoding one document.
type decoder struct {
	f     *load.Document
	r     *Record
	diags diag.List
}

func (d *decoder) errorf(v load.Value, format string, args ...any) {
	d.diags.Errorf(d.f.Path, v.Line, v.Col, format, args...)
}

// KindOf returns the kind of a document: its `kind:` field's, else its
// reader's, else its folder's. A `kind:` word no kind has counts as absent.
func KindOf(doc *load.Document, reg *Registry) *Spec {
	if fl, ok := doc.Field("kind"); ok && fl.Value.Kind == load.Scalar {
		if s := reg.ByWord(fl.Value.Text); s != nil {
			return s
		}
	}
	return reg.implied(doc, sectionOf(doc.ContentPath()))
}

// implied returns the kind a document's reader or folder gives it.
func (reg *Registry) implied(doc *load.Document, section string) *Spec {
	if s := reg.Spec(Kind(doc.Kind)); s != nil {
		return s
	}
	return reg.OfFolder(section)
}

// sectionOf returns the top folder under content/ of a path, "" at the top.
func sectionOf(p string) string {
	section, _, _ := location(p)
	return section
}

func (d *decoder) kind(fl load.Field, reg *Registry) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	spec := reg.ByWord(s)
	if spec == nil {
		d.errorf(fl.Value, "kind: %q is not one of %s", s, reg.Names())
		return
	}
	d.r.Spec = spec
}

// extra keeps an unknown field and warns when it looks like a typo.
func (d *decoder) extra(fl load.Field) {
	if s := suggest(fl.Key, d.r.Spec); s != "" {
		d.diags.Add(diag.Diagnostic{Path: d.f.Path, Line: fl.Line, Col: fl.Col, Severity: diag.Warning, Policy: "unknown-field",
			Message: fmt.Sprintf("unknown field %q: did you mean %q?", fl.Key, s)})
	}
	d.r.Extras = append(d.r.Extras, Extra{Key: fl.Key, Value: display(fl.Value)})
}

// defaults fills the id and title when the front matter gives none, and fits
// the body under the title so the page has one level-1 heading.
func (d *decoder) defaults() {
	r := d.r
	if r.ID == "" && !r.Intro {
		r.ID = NameID(r.Spec.IDs, r.Source)
	}
	if r.ID == "" {
		base := path.Base(r.Source)
		r.ID = strings.TrimSuffix(base, path.Ext(base))
		if r.Intro {
			// Unique per folder, and never a word a reader writes: an
			// introduction takes part in no id check (link.newIndex).
			r.ID = strings.TrimSuffix("_index:"+strings.TrimSuffix(r.Path, "/"), ":")
		}
	}
	if p := r.IDPrefix; p != "" && !r.Intro && !strings.HasPrefix(strings.ToLower(r.ID), strings.ToLower(p)) {
		r.ID = p + r.ID
	}
	if r.Title == "" {
		r.Title = r.Body.Title
		if r.Spec.IDs.FromName {
			r.Title = bareTitle(r.Title)
		}
		r.Body.DropTitle()
	}
	if r.Title == "" {
		r.Title = r.ID
	}
	r.Body.UnderTitle(r.Title)
	r.lower = strings.ToLower(r.ID)
}

// location derives the section, the URL path and whether the file introduces
// a folder from its path under content/. An introduction's path is its
// folder's: the list page it introduces.
func location(src string) (section, urlPath string, intro bool) {
	rel := strings.TrimPrefix(src, load.ContentDir+"/")
	dir, file := path.Split(rel)
	name := strings.TrimSuffix(file, path.Ext(file))
	var segs []string
	for _, s := range strings.Split(strings.Trim(dir, "/"), "/") {
		if s != "" {
			segs = append(segs, safeSlug(s))
		}
	}
	if len(segs) > 0 {
		section = segs[0]
	}
	intro = load.IsIntro(file)
	if !intro {
		segs = append(segs, safeSlug(name))
	}
	if len(segs) == 0 {
		return section, "", intro
	}
	return section, strings.Join(segs, "/") + "/", intro
}

// safeSlug makes a URL segment of a file or folder name. The result never
// contains a separator or a dot, so it can never climb out of the output.
func safeSlug(s string) string {
	if slug := markdown.Slug(s); slug != "" {
		return slug
	}
	return "page"
}

// display renders a front-matter value of an unknown field as text.
func display(v load.Value) string {
	switch v.Kind {
	case load.Scalar:
		return v.Text
	case load.List:
		parts := make([]string, 0, len(v.Items))
		for _, it := range v.Items {
			parts = append(parts, display(it))
		}
		return strings.Join(parts, ", ")
	case load.Map:
		parts := make([]string, 0, len(v.Fields))
		for _, f := range v.Fields {
			parts = append(parts, f.Key+": "+display(f.Value))
		}
		return strings.Join(parts, "; ")
	}
	return ""
}
