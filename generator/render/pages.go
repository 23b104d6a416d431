package render

import (
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
)

// Sections groups the records by their top folder, in the order of model.Kinds
// and then by name. Records are sorted by id within a section.
func Sections(records []*model.Record) []Section {
	byName := map[string]*Section{}
	for _, r := range records {
		if r.Section == "" {
			continue
		}
		s := byName[r.Section]
		if s == nil {
			s = &Section{Name: r.Section, Kind: model.KindOfFolder(r.Section), Title: sectionTitle(r.Section)}
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
		ki, kj := kindOrder(out[i].Kind), kindOrder(out[j].Kind)
		if ki != kj {
			return ki < kj
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func sectionTitle(name string) string {
	if k := model.KindOfFolder(name); k != model.Page {
		return k.Label()
	}
	s := strings.ReplaceAll(name, "-", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

func kindOrder(k model.Kind) int {
	for i, x := range model.Kinds {
		if x == k {
			return i
		}
	}
	return len(model.Kinds)
}

// Pages lists every HTML page of the site: home, sections, records and 404.
// Bodies are rendered later, by Fill, so the list is cheap to make.
func (r *Renderer) Pages(site *Site, records []*model.Record) []*Page {
	var pages []*Page
	home := &Page{Site: site, Layout: "home", Title: site.Title, u: r.u}
	for _, rec := range records {
		if rec.Intro && rec.Path == "" {
			home.Record = rec
		}
	}
	pages = append(pages, home)
	for i := range site.Sections {
		s := &site.Sections[i]
		pages = append(pages, &Page{Site: site, Layout: "section", Path: s.Path(), Title: s.Title, Section: s, Record: s.Intro,
			Crumbs: []Crumb{{"Home", ""}}, u: r.u})
	}
	for _, rec := range records {
		if rec.Intro {
			continue
		}
		crumbs := []Crumb{{"Home", ""}}
		for _, s := range site.Sections {
			if s.Name == rec.Section {
				crumbs = append(crumbs, Crumb{s.Title, s.Path()})
			}
		}
		pages = append(pages, &Page{Site: site, Layout: "record", Path: rec.Path, Title: rec.Title, Record: rec,
			Crumbs: crumbs, u: r.u})
	}
	pages = append(pages, r.riskPages(site)...)
	pages = append(pages, &Page{Site: site, Layout: "404", Path: "", Title: "Page not found", u: r.u.Rooted()})
	return pages
}

// Fill renders the markdown body of the page's record.
func (r *Renderer) Fill(p *Page) error {
	if p.Layout == "404" || p.Record == nil {
		return nil
	}
	if p.Layout == "record" {
		p.Facts = facts(p.Record, p.Threat())
	}
	body, err := r.body(p.Record)
	p.Body, p.HasMath = body, p.Record.Body != nil && p.Record.Body.HasMath
	return err
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
