package render

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/secdoc/secdoc/generator/risk"
)

// rowCache renders each register row once per folder depth. Every register
// page at one depth (the register's sorted, band and cell pages) shows the
// same row, links included, and on a large site these 5,000-row tables cost
// more than all other pages together.
type rowCache struct {
	t    *template.Template // a layout holding the "register-row" template
	mu   sync.Mutex
	rows map[rowKey]template.HTML
}

type rowKey struct {
	threat *risk.Threat
	root   string // the page's way back to the site root, which its links start with
}

func newRowCache(t *template.Template) *rowCache {
	return &rowCache{t: t, rows: map[rowKey]template.HTML{}}
}

// row returns the register row of t as seen from page p. The row comes from
// html/template, escaped for its context like the rest of the page, so it
// is safe to insert as HTML.
func (c *rowCache) row(t *risk.Threat, p *Page) (template.HTML, error) {
	key := rowKey{t, p.u.Root(p.Path)}
	c.mu.Lock()
	html, ok := c.rows[key]
	c.mu.Unlock()
	if ok {
		return html, nil
	}
	var buf bytes.Buffer
	if err := c.t.ExecuteTemplate(&buf, "register-row", map[string]any{"Threat": t, "Page": p}); err != nil {
		return "", err
	}
	html = template.HTML(buf.String())
	c.mu.Lock()
	c.rows[key] = html
	c.mu.Unlock()
	return html, nil
}

// Row returns the register row of t for this page.
func (p *Page) Row(t *risk.Threat) (template.HTML, error) { return p.rows.row(t, p) }
