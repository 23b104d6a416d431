package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/urls"
	"github.com/secdoc/secdoc/generator/web"
)

// Layouts maps each template set to its files; the first is the one
// executed. Every layout also gets the files under partials/.
var Layouts = map[string][]string{
	"home":            {"base.html", "home.html"},
	"section":         {"base.html", "section.html"},
	"record":          {"base.html", "record.html"},
	"risks":           {"base.html", "risks.html"},
	"404":             {"base.html", "404.html"},
	"radiator":        {"radiator.html"},
	"vulnerabilities": {"base.html", "vulnerabilities.html"},
	"changes":         {"base.html", "changes.html"},
	"collection":      {"base.html", "collection.html"},
}

// Renderer renders pages with a theme's templates. It is safe for concurrent use.
type Renderer struct {
	layouts map[string]*template.Template
	md      *markdown.Engine
	u       urls.Builder
}

// New parses the theme's templates from fsys.
func New(fsys fs.FS, md *markdown.Engine, u urls.Builder) (*Renderer, error) {
	r := &Renderer{layouts: map[string]*template.Template{}, md: md, u: u}
	partials, err := fs.Glob(fsys, "partials/*.html")
	if err != nil {
		return nil, err
	}
	for name, files := range Layouts {
		t, err := template.New(files[0]).Funcs(funcs).ParseFS(fsys, append(files, partials...)...)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		r.layouts[name] = t
	}
	return r, nil
}

var funcs = template.FuncMap{
	"lower":          strings.ToLower,
	"classword":      classWord,
	"join":           strings.Join,
	"levelweight":    kinds.LevelWeight,
	"dict":           dict,
	"hasextra":       hasExtra,
	"upper":          strings.ToUpper,
	"title":          title,
	"topexposed":     topExposed,
	"exposed":        func(r risk.Radiator) []*risk.Threat { return topExposed(r, math.MaxInt) },
	"more":           func(total, n int) int { return max(total-n, 0) },
	"registerorders": func() []Order { return RegisterOrders },
	"csp":            func() string { return web.CSP },
	"orderpath":      RegisterPath,
	"pagepath":       pagePath,
	"cellpath":       func(m string, c *risk.Cell) string { return CellPath(m == "residual", c) },
	"bandsdesc":      func() []string { return risk.BandNames },
	"impactword":     impactWord,
	"likelihoodword": func(n int) string { return kinds.LikelihoodWords[n-1] },
	"seq":            func(from, to int) []int { return seq(from, to) },
	"vulntile":       vulnTile,
	"vulnalert":      vulnAlert,
	"vulnempty":      vulnEmpty,
	"vulnsummary":    vulnSummary,
	"reportage":      reportAge,
	"list":           func(s ...string) []string { return s },
	"fieldwords":     fieldWords,
	"add":            func(a, b int) int { return a + b },
	"sub":            func(a, b int) int { return a - b },
	"ownerpath":      OwnerPath,
	"tagpath":        TagPath,
}

func impactWord(n int) string { return kinds.ImpactWords[n-1] }

// seq returns the integers from from to to inclusive, counting down when
// to < from; heatmap axes use it.
func seq(from, to int) []int {
	step := 1
	if to < from {
		step = -1
	}
	var out []int
	for i := from; ; i += step {
		out = append(out, i)
		if i == to {
			return out
		}
	}
}

// dict builds a map from alternating keys and values, to pass several values
// to a template.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: odd number of arguments")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

func hasExtra(fs []Fact) bool {
	for _, f := range fs {
		if f.Extra {
			return true
		}
	}
	return false
}

// Pages lists every page and data file of the site, kind by kind in the
// order PageKinds declares. Bodies are rendered later, by Render, so the
// list is cheap to make.
func (r *Renderer) Pages(site *Site) []*Page {
	site.gatherGroups()
	b := &builder{r: r, site: site, rows: newRowCache(r.layouts["risks"])}
	var all []*Page
	for _, k := range PageKinds {
		pages := k.Pages(b, k)
		if k.Layout != "" {
			b.pages = append(b.pages, pages...)
		}
		all = append(all, pages...)
	}
	return all
}

// file makes the page of a data file of kind k.
func (b *builder) file(k *PageKind, path string, data func(*builder) ([]byte, error)) *Page {
	p := b.page(k, path, "")
	p.data = func() ([]byte, error) { return data(b) }
	return p
}

// Render renders the page: the record's facts and markdown body, then the
// kind's layout; a data file is encoded instead.
func (r *Renderer) Render(p *Page) ([]byte, error) {
	if p.data != nil {
		data, err := p.data()
		if err != nil {
			return nil, fmt.Errorf("render %s: %w", p.Path, err)
		}
		return data, nil
	}
	if err := r.fill(p); err != nil {
		return nil, err
	}
	t := r.layouts[p.Layout]
	if t == nil {
		return nil, fmt.Errorf("no layout %q", p.Layout)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, p); err != nil {
		return nil, fmt.Errorf("render %s: %w", p.OutputPath(), err)
	}
	return buf.Bytes(), nil
}

// fill renders the markdown body and the key facts of the page's record.
func (r *Renderer) fill(p *Page) error {
	if p.Kind.Name == "404" || p.Record == nil {
		return nil
	}
	if p.Kind.Name == "record" {
		p.Facts = trackerLinks(facts(p.Record, p.Site.Graph, p.Threat()), p.Site.Links)
	}
	body, err := r.body(p)
	p.Body, p.HasMath = body, p.Record.Body != nil && p.Record.Body.HasMath
	return err
}

// body renders a record's markdown, its links pointed where the link stage
// resolved them. It is the one place rendered markdown becomes trusted HTML.
func (r *Renderer) body(p *Page) (template.HTML, error) {
	rec := p.Record
	if rec.Body == nil {
		return "", nil
	}
	for _, l := range p.Site.Graph.Body(rec) {
		l.Link.Resolve(l.URL, l.Title)
	}
	var buf bytes.Buffer
	if err := r.md.Render(&buf, rec.Body); err != nil {
		return "", fmt.Errorf("render %s: %w", rec.Source, err)
	}
	return template.HTML(buf.String()), nil
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// topExposed returns the n highest-scoring exposed threats across all bands.
func topExposed(r risk.Radiator, n int) []*risk.Threat {
	var out []*risk.Threat
	for _, b := range risk.BandNames {
		out = append(out, r.Exposure[b]...)
	}
	return out[:min(n, len(out))]
}
