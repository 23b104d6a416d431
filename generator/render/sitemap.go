package render

import (
	"bytes"
	"encoding/xml"

	"github.com/secdoc/secdoc/generator/urls"
)

// sitemapFile declares sitemap.xml. Sitemaps need absolute URLs, so it is
// only written when the site has a base URL.
func sitemapFile(b *builder, k *PageKind) []*Page {
	if b.r.u.Base() == "" {
		return nil
	}
	return []*Page{b.file(k, "sitemap.xml", func(b *builder) ([]byte, error) { return sitemap(b.r.u, b.pages), nil })}
}

// sitemap lists the HTML pages other than the 404 page.
func sitemap(u urls.Builder, pages []*Page) []byte {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range pages {
		if p.Kind.Name == "404" {
			continue
		}
		buf.WriteString("<url><loc>")
		_ = xml.EscapeText(&buf, []byte(u.Canonical(p.Path)))
		buf.WriteString("</loc>")
		if p.Record != nil && !p.Record.Updated().IsZero() {
			buf.WriteString("<lastmod>" + p.Record.Updated().String() + "</lastmod>")
		}
		buf.WriteString("</url>\n")
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes()
}
