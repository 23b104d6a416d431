package render

import (
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
)

// builder is what the page kinds list their pages from.
type builder struct {
	r     *Renderer
	site  *Site
	rows  *rowCache
	pages []*Page // the HTML pages listed so far, for the sitemap
}

// page makes a page of kind k.
func (b *builder) page(k *PageKind, path, title string) *Page {
	return &Page{Site: b.site, Kind: k, Layout: k.Layout, Path: path, Title: title, u: b.r.u}
}

// Sections groups the records by their top folder, in the order of the
// registry's kinds and then by name. Records are sorted by id within a section.
func Sections(records []*model.Record, reg *model.Registry) []Section {
	byName := map[string]*Section{}
	for _, r := range records {
		if r.Section == "" {
			continue
		}
		s := byName[r.Section]
		if s == nil {
			s = &Section{Name: r.Section, Kind: reg.OfFolder(r.Section), Title: sectionTitle(r.Section, reg)}
			byName[r.Section] = s
		}
		if r.Intro && r.Path == s.Path() {
			s.Intro = r
			if r.Title != r.ID {
				s.Title = r.Title
			}
			continue
		}
		s.Records = append(s.Records, r)
	}
	out := make([]Section, 0, len(byName))
	for _, s := range byName {
		sort.Slice(s.Records, func(i, j int) bool { return model.Less(s.Records[i], s.Records[j]) })
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		ki, kj := reg.Order(out[i].Kind.Name), reg.Order(out[j].Kind.Name)
		if ki != kj {
			return ki < kj
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func sectionTitle(name string, reg *model.Registry) string {
	if k := reg.ByFolder(name); k != nil {
		return k.Label
	}
	s := strings.ReplaceAll(name, "-", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// TopPages returns records written directly under content/, such as about.md.
func TopPages(records []*model.Record) []*model.Record {
	var out []*model.Record
	for _, r := range records {
		if r.Section == "" && !r.Intro {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return model.Less(out[i], out[j]) })
	return out
}

func homePages(b *builder, k *PageKind) []*Page {
	home := b.page(k, "", b.site.Title)
	for _, rec := range b.site.Records {
		if rec.Intro && rec.Path == "" {
			home.Record = rec
		}
	}
	return []*Page{home}
}

func sectionPages(b *builder, k *PageKind) []*Page {
	var pages []*Page
	for i := range b.site.Sections {
		s := &b.site.Sections[i]
		p := b.page(k, s.Path(), s.Title)
		p.Section, p.Record, p.Crumbs = s, s.Intro, []Crumb{{"Home", ""}}
		pages = append(pages, p)
	}
	return pages
}

func recordPages(b *builder, k *PageKind) []*Page {
	var pages []*Page
	for _, rec := range b.site.Records {
		if rec.Intro {
			continue
		}
		crumbs := []Crumb{{"Home", ""}}
		for _, s := range b.site.Sections {
			if s.Name == rec.Section {
				crumbs = append(crumbs, Crumb{s.Title, s.Path()})
			}
		}
		p := b.page(k, rec.Path, rec.Title)
		p.Record, p.Crumbs = rec, crumbs
		pages = append(pages, p)
	}
	return pages
}

func notFoundPages(b *builder, k *PageKind) []*Page {
	p := b.page(k, "", "Page not found")
	p.u = b.r.u.Rooted()
	return []*Page{p}
}

// OutputPath returns the file the page is written to, relative to the output root.
func (p *Page) OutputPath() string {
	switch {
	case p.Kind.Layout == "":
		return p.Path
	case p.Kind.Name == "404":
		return "404.html"
	}
	return p.Path + "index.html"
}
