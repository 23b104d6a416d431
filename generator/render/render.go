package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"strings"

	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

// Layouts are the page templates a theme provides, each beside base.html.
var Layouts = []string{"home", "section", "record", "404"}

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
	for _, name := range Layouts {
		files := append([]string{"base.html", name + ".html"}, partials...)
		t, err := template.New(name).Funcs(funcs).ParseFS(fsys, files...)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		r.layouts[name] = t
	}
	return r, nil
}

var funcs = template.FuncMap{
	"lower":       strings.ToLower,
	"join":        strings.Join,
	"levelweight": model.LevelWeight,
	"dict":        dict,
	"hasextra":    hasExtra,
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
	if err := t.ExecuteTemplate(&buf, "base.html", p); err != nil {
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
