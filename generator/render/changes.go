package render

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"time"

	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/model"
)

// Activity is one change a commit made to the security posture, for the
// /changes/ page and its feed.
type Activity struct {
	Commit *history.Commit
	Record *model.Record // the record as it is now; nil when it is gone
	ID     string
	Title  string // the record's title as the commit left it
	What   string // what changed, such as "status open → mitigated"
}

// ChangesPath is the path of the changes page; ChangesFeed that of its Atom feed.
const (
	ChangesPath = "changes/"
	ChangesFeed = "changes.xml"
)

// changesPages declares the changes page of a site with Git history.
func changesPages(b *builder, k *PageKind) []*Page {
	if b.site.Log == nil {
		return nil
	}
	p := b.page(k, ChangesPath, "Changes")
	p.Crumbs = []Crumb{{"Home", ""}}
	return []*Page{p}
}

// changesFeed declares the Atom feed of the changes page.
func changesFeed(b *builder, k *PageKind) []*Page {
	if b.site.Log == nil {
		return nil
	}
	return []*Page{b.file(k, ChangesFeed, atom)}
}

// atomFeed is an Atom 1.0 feed (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Author  atomPerson `xml:"author"`
	Link    *atomLink  `xml:"link,omitempty"`
	Summary string     `xml:"summary"`
}

// atom encodes the changes as an Atom feed. Ids are tag URIs made of the
// commit and the record, so they stay put between builds.
func atom(b *builder) ([]byte, error) {
	s := b.site
	u := b.r.u
	f := atomFeed{
		ID: "tag:secdoc.invalid,2026:changes", Title: s.Title + ": security changes",
		Updated: s.BuiltAt, Author: atomPerson{Name: s.Title},
		Links: []atomLink{{Href: u.Page("", ChangesPath)}},
	}
	if u.Base() != "" {
		f.ID = u.Canonical(ChangesPath)
		f.Links = append(f.Links, atomLink{Rel: "self", Href: u.Canonical(ChangesFeed)})
	}
	for _, a := range s.Changes {
		e := atomEntry{
			ID:      "tag:secdoc.invalid,2026:" + a.Commit.Hash + "/" + url.PathEscape(a.ID) + "/" + url.PathEscape(a.What),
			Title:   a.Title + ": " + a.What,
			Updated: a.Commit.When.UTC().Format(time.RFC3339),
			Author:  atomPerson{Name: a.Commit.Author},
			Summary: a.ID + " " + a.What + " (" + a.Commit.Subject + ")",
		}
		if a.Record != nil {
			e.Link = &atomLink{Href: u.Page("", a.Record.Path)}
		}
		f.Entries = append(f.Entries, e)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	buf.WriteString("\n")
	return buf.Bytes(), nil
}
