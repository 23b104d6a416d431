package render

import (
	"path"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
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
// registry's kinds and then by name, and each section's records by the
// folders below it (Section.Folders). Records are sorted by id within a
// section or folder, which lists every record inside it, nested or not.
func Sections(records []*model.Record, reg *model.Registry) []Section {
	byPath := map[string]*Section{}
	for _, r := range records {
		if r.Section == "" {
			continue
		}
		folders := r.Folders()
		for i, f := range folders {
			s := byPath[f]
			if s == nil {
				s = newSection(r, f, i, reg)
				byPath[f] = s
				if i > 0 {
					parent := byPath[folders[i-1]]
					parent.Folders = append(parent.Folders, s)
				}
			}
			if !r.Intro {
				s.Records = append(s.Records, r)
			}
		}
		if s := byPath[r.Path]; r.Intro && s != nil && (s.Intro == nil || load.IntroRank(r.Source) < load.IntroRank(s.Intro.Source)) {
			s.Intro = r
		}
	}
	var out []Section
	for _, s := range byPath {
		sort.Slice(s.Records, func(i, j int) bool { return model.Less(s.Records[i], s.Records[j]) })
		sort.Slice(s.Folders, func(i, j int) bool { return s.Folders[i].Name < s.Folders[j].Name })
		if s.Intro != nil && s.Intro.Title != s.Intro.ID {
			s.Title = s.Intro.Title
		}
		if !strings.Contains(s.Name, "/") {
			out = append(out, *s)
		}
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

// newSection makes the list of folder f, the depth-th below content/ on the
// way to record r: a section's title is its kind's label, a folder's its
// name as written, until an introduction gives one.
func newSection(r *model.Record, f string, depth int, reg *model.Registry) *Section {
	s := &Section{Name: strings.TrimSuffix(f, "/"), Kind: reg.OfFolder(r.Section)}
	if depth == 0 {
		s.Title = sectionTitle(r.Section, reg)
		return s
	}
	dirs := strings.Split(strings.TrimPrefix(path.Dir(r.Source), load.ContentDir+"/"), "/")
	s.Title = dirs[min(depth, len(dirs)-1)]
	return s
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

// HomeIntro returns the introduction of the home page: content/_index.md,
// else content/index.md, else content/README.md, or nil.
func HomeIntro(records []*model.Record) *model.Record {
	var intro *model.Record
	for _, r := range records {
		if r.Intro && r.Path == "" && (intro == nil || load.IntroRank(r.Source) < load.IntroRank(intro.Source)) {
			intro = r
		}
	}
	return intro
}

func homePages(b *builder, k *PageKind) []*Page {
	home := b.page(k, "", b.site.Title)
	home.Record = HomeIntro(b.site.Records)
	return []*Page{home}
}

func sectionPages(b *builder, k *PageKind) []*Page {
	var pages []*Page
	for i := range b.site.Sections {
		pages = append(pages, b.listPage(k, &b.site.Sections[i]))
	}
	return pages
}

// folderPages lists the folders below the sections, each at its path.
func folderPages(b *builder, k *PageKind) []*Page {
	var pages []*Page
	var walk func(s *Section)
	walk = func(s *Section) {
		for _, f := range s.Folders {
			pages = append(pages, b.listPage(k, f))
			walk(f)
		}
	}
	for i := range b.site.Sections {
		walk(&b.site.Sections[i])
	}
	return pages
}

// listPage makes the list page of a section or folder.
func (b *builder) listPage(k *PageKind, s *Section) *Page {
	p := b.page(k, s.Path(), s.Title)
	p.Section, p.Record = s, s.Intro
	parent := ""
	if d := path.Dir(s.Name); d != "." {
		parent = d + "/"
	}
	p.Crumbs = b.crumbs(parent)
	return p
}

// crumbs returns the trail to the folder list page at path dir: home, then
// the section and each folder down to dir.
func (b *builder) crumbs(dir string) []Crumb {
	crumbs := []Crumb{{"Home", ""}}
	if dir == "" {
		return crumbs
	}
	for i := range b.site.Sections {
		top := &b.site.Sections[i]
		if !strings.HasPrefix(dir, top.Path()) {
			continue
		}
		for s := top; s != nil; s = s.child(dir) {
			crumbs = append(crumbs, Crumb{s.Title, s.Path()})
		}
	}
	return crumbs
}

// child returns the folder below s on the way to path dir, nil when dir is s
// or lies outside it.
func (s *Section) child(dir string) *Section {
	if !strings.HasPrefix(dir, s.Path()) {
		return nil
	}
	for _, f := range s.Folders {
		if strings.HasPrefix(dir, f.Path()) {
			return f
		}
	}
	return nil
}

func recordPages(b *builder, k *PageKind) []*Page {
	var pages []*Page
	for _, rec := range b.site.Records {
		if rec.Intro {
			continue
		}
		p := b.page(k, rec.Path, rec.Title)
		p.Record, p.Crumbs = rec, b.crumbs(rec.Folder())
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
