package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"strings"

	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/urls"
	"github.com/secdoc/secdoc/generator/web"
)

// Layouts maps each kind of page to its template files; the first is the one
// executed. Every layout also gets the files under partials/.
var Layouts = map[string][]string{
	"home":     {"base.html", "home.html"},
	"section":  {"base.html", "section.html"},
	"record":   {"base.html", "record.html"},
	"risks":    {"base.html", "risks.html"},
	"404":      {"base.html", "404.html"},
	"radiator": {"radiator.html"},
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
	"join":           strings.Join,
	"levelweight":    model.LevelWeight,
	"dict":           dict,
	"hasextra":       hasExtra,
	"upper":          strings.ToUpper,
	"title":          title,
	"topexposed":     topExposed,
	"registerorders": func() []Order { return RegisterOrders },
	"csp":            func() string { return web.CSP },
	"orderpath":      orderPath,
	"bandsdesc":      func() []string { return risk.BandNames },
	"impactword":     func(n int) string { return model.ImpactWords[n-1] },
	"likelihoodword": func(n int) string { return model.LikelihoodWords[n-1] },
	"seq":            func(from, to int) []int { return seq(from, to) },
}

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

// Render executes the page's layout and returns the HTML.
func (r *Renderer) Render(p *Page) ([]byte, error) {
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

// OutputPath returns the file the page is written to, relative to the output root.
func (p *Page) OutputPath() string {
	if p.Layout == "404" {
		return "404.html"
	}
	return p.Path + "index.html"
}

// body renders a record's markdown. It is the one place rendered markdown
// becomes trusted HTML.
func (r *Renderer) body(rec *model.Record) (template.HTML, error) {
	if rec == nil || rec.Body == nil {
		return "", nil
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

// orderPath is the page of the register in the order with the given key.
func orderPath(key string) string {
	if key == RegisterOrders[0].Key {
		return "risks/"
	}
	return "risks/by-" + key + "/"
}
