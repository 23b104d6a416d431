package render

import (
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

// OwnerPath is the page of everything owned by name, "" when its name makes
// no path segment (nothing but punctuation).
func OwnerPath(name string) string { return groupPath("owners/", name) }

// TagPath is the page of the records tagged tag, "" as for OwnerPath.
func TagPath(tag string) string { return groupPath("tags/", tag) }

// maxGroupSlug bounds an owner's or tag's path segment, in runes: names
// that share their first 60 letters share a page.
const maxGroupSlug = 60

func groupPath(top, name string) string {
	s := markdown.Slug(name)
	if r := []rune(s); len(r) > maxGroupSlug {
		s = string(r[:maxGroupSlug])
	}
	s = strings.Trim(s, "-")
	if s == "" {
		return ""
	}
	return top + s + "/"
}

// Collection is the records of one owner or one tag, for their page.
type Collection struct {
	Name    string          // the owner or tag as first written (by record order)
	Path    string          // the page's path
	Records []*model.Record // sorted as the site sorts records
	Debt    []*risk.Threat  // the owner's exposed threats, highest score first
}

// Number is one figure of an owner's small radiator.
type Number struct {
	Label string
	Count int
	Alert bool // a count above zero is debt to act on
}

// collections groups records by the values key(r) gives, keyed by page path.
func collections(records []*model.Record, key func(*model.Record) []string, path func(string) string) []*Collection {
	byPath := map[string]*Collection{}
	for _, r := range records {
		if r.Intro {
			continue
		}
		for _, v := range key(r) {
			p := path(v)
			if p == "" {
				continue
			}
			c := byPath[p]
			if c == nil {
				c = &Collection{Name: v, Path: p}
				byPath[p] = c
			}
			if n := len(c.Records); n == 0 || c.Records[n-1] != r {
				c.Records = append(c.Records, r)
			}
		}
	}
	out := make([]*Collection, 0, len(byPath))
	for _, c := range byPath {
		sort.Slice(c.Records, func(i, j int) bool { return model.Less(c.Records[i], c.Records[j]) })
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func owners(r *model.Record) []string {
	if o := strings.TrimSpace(r.Owner()); o != "" {
		return []string{o}
	}
	return nil
}

func tags(r *model.Record) []string { return r.Texts("tags") }

// Owners returns the site's owners, by page path.
func (s *Site) Owners() []*Collection { return s.groups.owners }

// Tags returns the site's tags, by page path.
func (s *Site) Tags() []*Collection { return s.groups.tags }

// siteGroups are a site's owners and tags, gathered once per build by
// Renderer.Pages, before any page asks for them.
type siteGroups struct {
	owners, tags []*Collection
}

func (s *Site) gatherGroups() {
	s.groups.owners = s.ownerCollections()
	s.groups.tags = collections(s.Records, tags, TagPath)
}

func (s *Site) ownerCollections() []*Collection {
	cs := collections(s.Records, owners, OwnerPath)
	if s.Risk == nil {
		return cs
	}
	byPath := make(map[string]*Collection, len(cs))
	for _, c := range cs {
		byPath[c.Path] = c
	}
	for _, t := range s.Risk.Threats {
		if c := byPath[OwnerPath(t.Owner())]; c != nil && risk.Exposed(t.Record) {
			c.Debt = append(c.Debt, t)
		}
	}
	return cs
}

// Groups lists the collection's records by kind, in the registry's order.
func (p *Page) Groups() []Group { return p.groupByKind(p.Collection.Records) }

// OwnerNumbers is the owner's small radiator: open threats by band, then
// the radiator's tiles counted over what the owner owns.
func (p *Page) OwnerNumbers() []Number {
	a := p.Site.Risk
	if a == nil {
		return nil
	}
	var out []Number
	for _, b := range risk.BandNames {
		n := 0
		for _, t := range p.Collection.Debt {
			if t.Risk.Band == b {
				n++
			}
		}
		out = append(out, Number{Label: "Open " + b, Count: n, Alert: b == "critical" || b == "high"})
	}
	mine := func(t risk.Tile) int {
		n := 0
		for _, it := range t.Items {
			if OwnerPath(it.Record.Owner()) == p.Collection.Path {
				n++
			}
		}
		return n
	}
	r := a.Radiator
	return append(out,
		Number{Label: "Overdue", Count: mine(r.Overdue), Alert: true},
		Number{Label: "Expired acceptances", Count: mine(r.ExpiredAcceptances), Alert: true},
		Number{Label: "Acceptances without ADR", Count: mine(r.UnrecordedAcceptances)},
		Number{Label: "Stale SOPs", Count: mine(r.StaleSOPs)},
		Number{Label: "Pending decisions", Count: mine(r.PendingDecisions)},
	)
}

func ownerPages(b *builder, k *PageKind) []*Page {
	return b.collectionPages(k, b.site.Owners(), "Owner")
}

func tagPages(b *builder, k *PageKind) []*Page { return b.collectionPages(k, b.site.Tags(), "Tag") }

func (b *builder) collectionPages(k *PageKind, cs []*Collection, what string) []*Page {
	if len(cs) == 0 {
		return nil
	}
	top := k.Top + "/"
	index := b.page(k, top, what+"s")
	index.Collections, index.Crumbs = cs, []Crumb{{"Home", ""}}
	pages := append(make([]*Page, 0, len(cs)+1), index)
	for _, c := range cs {
		p := b.page(k, c.Path, what+": "+c.Name)
		p.Collection, p.Crumbs = c, []Crumb{{"Home", ""}, {what + "s", top}}
		pages = append(pages, p)
	}
	return pages
}

// collectionChanged is the dependency of owner and tag pages: a change to
// the front matter of a record that had or has the page's owner or tag (the
// index pages: of any record).
func collectionChanged(p *Page, c *Change) bool {
	if c.BodyOnly {
		return false
	}
	if p.Collection == nil {
		return true
	}
	return c.groups[p.Path]
}

// group marks the owner and tag pages that list record r.
func (c *Change) group(r *model.Record) {
	for _, o := range owners(r) {
		c.groups[OwnerPath(o)] = true
	}
	for _, t := range tags(r) {
		c.groups[TagPath(t)] = true
	}
}

// paged adds the owner and the tags of a record as links to their pages,
// and reports whether f was one of them.
func (fs *factList) paged(r *model.Record, f *model.Field) bool {
	switch f.Key {
	case "owner":
		o := strings.TrimSpace(r.Owner())
		fs.add(Fact{Label: f.Label, Text: o, Path: OwnerPath(o)})
	case "tags":
		ts := r.Texts("tags")
		paths := make([]string, len(ts))
		for i, t := range ts {
			paths[i] = TagPath(t)
		}
		fs.add(Fact{Label: f.Label, Items: ts, Paths: paths})
	default:
		return false
	}
	return true
}
