package render

import (
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/search"
)

// SearchPath is the folder of the search index's scripts.
const SearchPath = "search/"

// searchPages declares the offline search index: search/docs.js and its
// shards of terms (package search). The documents are read from the records
// here, while the pages are listed and before any body is rendered, as
// rendering resolves the links in the bodies' trees.
func searchPages(b *builder, k *PageKind) []*Page {
	var docs []search.Doc
	for _, r := range b.site.Records {
		if r.Intro {
			continue
		}
		docs = append(docs, b.searchDoc(r))
	}
	// The shard count depends on the index's size: build it now, once,
	// and hand each file its bytes.
	files, err := search.Build(docs)
	if err != nil {
		return []*Page{b.file(k, SearchPath+"docs.js", func(*builder) ([]byte, error) { return nil, err })}
	}
	pages := make([]*Page, 0, len(files))
	for _, f := range files {
		data := f.Data
		pages = append(pages, b.file(k, SearchPath+f.Name, func(*builder) ([]byte, error) { return data, nil }))
	}
	return pages
}

// searchDoc is what the index knows of record r.
func (b *builder) searchDoc(r *model.Record) search.Doc {
	d := search.Doc{Href: b.r.u.Page("", r.Path), ID: r.ID, Kind: r.Spec.Label, Title: r.Title,
		Status: r.Status(), Owner: r.Owner(), Tags: r.Texts("tags")}
	if b.site.Risk != nil {
		if t := b.site.Risk.Of(r); t != nil {
			d.Band = t.Risk.Band
		}
	}
	if r.Body != nil {
		d.Text = r.Body.Text()
	}
	return d
}
