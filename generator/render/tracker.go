package render

import "github.com/secdoc/secdoc/generator/config"

// trackerLinks links the facts of the fields secdoc.yaml's links name to
// their tracker, the value escaped into the URL template. A fact already
// linking to a page of the site keeps that link.
func trackerLinks(fs []Fact, links map[string]string) []Fact {
	if len(links) == 0 {
		return fs
	}
	for i := range fs {
		f := &fs[i]
		if tmpl, ok := links[f.Key]; ok && f.Key != "" && f.Text != "" && f.Path == "" && f.Badge == "" {
			f.Href = config.Link(tmpl, f.Text)
		}
	}
	return fs
}
