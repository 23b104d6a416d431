package render

import (
	"bytes"
	"encoding/xml"
)

// Sitemap returns sitemap.xml for the pages. Sitemaps need absolute URLs, so
// it is only written when the site has a base URL.
func (r *Renderer) Sitemap(pages []*Page) []byte {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range pages {
		if p.Layout == "404" {
			continue
		}
		buf.WriteString("<url><loc>")
		_ = xml.EscapeText(&buf, []byte(r.u.Canonical(p.Path)))
		buf.WriteString("</loc>")
		if p.Record != nil && !p.Record.Updated.IsZero() {
			buf.WriteString("<lastmod>" + p.Record.Updated.String() + "</lastmod>")
		}
		buf.WriteString("</url>\n")
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes()
}
