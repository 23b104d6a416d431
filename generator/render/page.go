package render

import (
	"html/template"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/urls"
	"github.com/secdoc/secdoc/generator/vuln"
)

// Site is what every page knows about the whole site.
type Site struct {
	Title      string
	Language   string
	Built      string // build date, YYYY-MM-DD
	EditURL    string
	Sections   []Section
	Pages      []*model.Record // top-level pages such as about.md
	Version    string
	BuiltAt    string         // build time, RFC 3339
	BuiltLabel string         // build time for people, such as "2026-11-25 14:05 UTC"
	Risk       *risk.Analysis // nil when the site has no threats
	Radiator   RadiatorSettings
	Kinds      *model.Registry
	Graph      *link.Graph
	Records    []*model.Record // every record, sorted by source path
	Vulns      *vuln.Board     // the scanner reports' findings; nil or empty without reports
	// History is each record file's Git history, by source path; Log is
	// the site root's, for pages without a file of their own.
	History map[string]*history.FileLog
	Log     *history.FileLog
	// Changes are the changes of the last ChangesDays days, newest first.
	Changes     []Activity
	ChangesDays int
	// Trend is the debt trend, 26 ISO weeks, oldest first; nil without Git.
	Trend []Week
	// Links are the tracker links: a field's name to an http(s) URL
	// template holding {value} (config.Link).
	Links  map[string]string
	groups siteGroups // owners and tags, see Owners
}

// Section is a top-level folder of records with its list page, or a folder
// below one (in Folders) with its own.
type Section struct {
	Name    string // the list page's path without the last slash: "sops", "sops/etcd"
	Kind    *model.Spec
	Title   string
	Records []*model.Record // every record in the folder and in the folders below it
	Intro   *model.Record   // the folder's _index.md, index.md or README.md, if any
	Folders []*Section      // the folders directly below, by name
}

// Path returns the section's list page path.
func (s *Section) Path() string { return s.Name + "/" }

// Top returns the name of the top-level section the folder lies in.
func (s *Section) Top() string {
	top, _, _ := strings.Cut(s.Name, "/")
	return top
}

// Anchor returns the HTML id of the section's table of records.
func (s *Section) Anchor() string { return "records-" + strings.ReplaceAll(s.Name, "/", "-") }

// Crumb is one step of the breadcrumb trail.
type Crumb struct {
	Title string
	Path  string
}

// Page is the data a template renders.
type Page struct {
	Site    *Site
	Kind    *PageKind
	Layout  string // the template set, the page kind's
	Path    string // the page's path from the site root, "" for home
	Title   string
	Record  *model.Record
	Section *Section
	Body    template.HTML
	HasMath bool
	Crumbs  []Crumb
	Facts   []Fact
	Filter  *Filter // on a filtered register page
	// Collection is the owner or tag of its page; Collections the list of
	// them on the owners' or tags' index page.
	Collection  *Collection
	Collections []*Collection
	u           urls.Builder
	rows        *rowCache              // register rows shared by the register pages of a build
	data        func() ([]byte, error) // encodes a data file, nil for an HTML page
}

// URL returns the link from this page to the page at path p.
func (p *Page) URL(to string) string { return p.u.Page(p.Path, to) }

// Asset returns the link from this page to a static file such as "css/secdoc.css".
func (p *Page) Asset(file string) string { return p.u.File(p.Path, file) }

// Link returns the link from this page to a record's page.
func (p *Page) Link(r *model.Record) string { return p.u.Page(p.Path, r.Path) }

// Edit returns the "Edit this page" link for the record, or "". The source
// path is escaped segment by segment: a file name may hold '#', '?', '%' or
// brackets, which would otherwise end the path or make the URL invalid. A
// file of a folder mounted from outside the site root (--mount) lives in
// another repository, where edit_url does not lead: it gets no link.
func (p *Page) Edit() string {
	if p.Record == nil || p.Site.EditURL == "" || outside(p.Record.Source) {
		return ""
	}
	segs := strings.Split(p.Record.Source, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return p.Site.EditURL + strings.Join(segs, "/")
}

// outside reports whether a source path lies outside the site root.
func outside(src string) bool {
	return strings.HasPrefix(src, "/") || src == ".." || strings.HasPrefix(src, "../") || filepath.IsAbs(src)
}

// Inverse returns the records of a derived field of the page's record,
// such as the decisions that supersede it.
func (p *Page) Inverse(key string) []*model.Record { return p.Site.Graph.Inverse(p.Record, key) }

// Group is records of one kind, for the relations of a record page.
type Group struct {
	Kind    *model.Spec
	Records []*model.Record
	Note    string // qualifies the summary, such as "on its threats"
}

// Links groups the records this page's record links to by kind.
func (p *Page) Links() []Group { return p.groupByKind(p.Site.Graph.Links(p.Record)) }

// Backlinks groups the records that link to this page's record by kind,
// then the records its kind relates through them (an asset's page adds the
// decisions that answer the threats against it).
func (p *Page) Backlinks() []Group {
	back := p.Site.Graph.Backlinks(p.Record)
	groups := p.groupByKind(back)
	for _, rel := range p.Record.Spec.Related {
		var related []*model.Record
		seen := map[*model.Record]bool{}
		for _, r := range back {
			if r.Kind != rel.Through {
				continue
			}
			for _, t := range p.Site.Graph.Targets(r, rel.Field) {
				if !seen[t] {
					seen[t] = true
					related = append(related, t)
				}
			}
		}
		sort.Slice(related, func(i, j int) bool { return model.Less(related[i], related[j]) })
		if len(related) > 0 {
			groups = append(groups, Group{Kind: related[0].Spec, Records: related, Note: rel.Note})
		}
	}
	return groups
}

func (p *Page) groupByKind(rs []*model.Record) []Group {
	var groups []Group
	for _, k := range p.Site.Kinds.Kinds() {
		var g Group
		for _, r := range rs {
			if r.Spec == k && !r.Intro {
				g.Records = append(g.Records, r)
			}
		}
		if len(g.Records) > 0 {
			g.Kind = k
			groups = append(groups, g)
		}
	}
	return groups
}

// Summary describes a group in words, such as "5 threats (2 open)": a
// group of threats counts the exposed ones.
func (g Group) Summary() string {
	n := len(g.Records)
	s := itoa(n) + " " + g.Kind.Noun(n)
	if g.Kind.Name == kinds.Threat {
		open := 0
		for _, r := range g.Records {
			if risk.Exposed(r) {
				open++
			}
		}
		s += " (" + itoa(open) + " open)"
	}
	if g.Note != "" {
		s += " " + g.Note
	}
	return s
}
