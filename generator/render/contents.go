package render

import "github.com/secdoc/secdoc/generator/markdown"

// ContentsMin is the number of headings from which a page gets a contents list.
const ContentsMin = 3

// Contents returns the headings of the page's body for its contents list
// (levels 2 and 3, as the page's own title is its one level 1), or nil when
// the body has fewer than ContentsMin of them.
func (p *Page) Contents() []markdown.Heading {
	if p.Record == nil || p.Record.Body == nil || p.Kind == nil || p.Kind.Layout != "record" {
		return nil
	}
	var out []markdown.Heading
	for _, h := range p.Record.Body.Headings {
		if h.Level >= 2 && h.Level <= 3 && h.ID != "" {
			out = append(out, h)
		}
	}
	if len(out) < ContentsMin {
		return nil
	}
	return out
}
