package site

import (
	"context"
	"errors"
	"github.com/secdoc/secdoc/generator/model"
	"io/fs"
	"time"

	"github.com/secdoc/secdoc/generator/pool"
	"github.com/secdoc/secdoc/generator/render"
)

// writeFunc stores a file of the built site.
type writeFunc func(path string, data []byte) error

// Write renders every page and data file and copies the static files through write.
func (s *Site) Write(ctx context.Context, write writeFunc, res *Result) error {
	return s.write(ctx, write, res, nil)
}

// write renders the pages and data files whose kind says change alters
// them (all of them, and the static files, when change is nil).
func (s *Site) write(ctx context.Context, write writeFunc, res *Result, change *render.Change) error {
	r, err := render.New(s.Templates(), s.md, s.urls)
	if err != nil {
		return err
	}
	site := s.renderSite()
	chosen := r.Pages(site)
	if change != nil {
		chosen = selected(chosen, change)
	}
	errs := make([]error, len(chosen))
	pool.Each(len(chosen), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		errs[i] = writePage(r, chosen[i], write)
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for _, p := range chosen {
		res.Files++
		if p.Kind.Layout != "" {
			res.Pages++
		}
	}
	if change != nil {
		return nil
	}
	n, err := s.copyStatic(write)
	res.Files += n
	if err != nil {
		return err
	}
	n, err = s.copyResources(write)
	res.Files += n
	return err
}

// selected keeps the pages whose kind depends on the change.
func selected(pages []*render.Page, c *render.Change) []*render.Page {
	var out []*render.Page
	for _, p := range pages {
		if p.Kind.Depends(p, c) {
			out = append(out, p)
		}
	}
	return out
}

// renderSite gathers what every page knows about the site.
func (s *Site) renderSite() *render.Site {
	now := s.now.UTC()
	site := &render.Site{
		Title: s.title(), Language: s.Config.Language, EditURL: s.Config.EditURL,
		Built: now.Format("2006-01-02"), BuiltAt: now.Format(time.RFC3339), BuiltLabel: now.Format("2006-01-02 15:04 UTC"),
		Version: s.opts.Version, Sections: render.Sections(s.Records, s.Kinds), Pages: render.TopPages(s.Records),
		Radiator: render.RadiatorSettings{
			Refresh: s.Config.Radiator.Refresh, StaleAfter: s.Config.Radiator.StaleAfter, Items: s.Config.Radiator.Items,
		},
		Kinds: s.Kinds, Graph: s.Graph, Records: s.Records, Vulns: s.Vulns, Links: s.Config.Links,
	}
	s.addHistory(site)
	if len(s.Risk.Threats) > 0 {
		site.Risk = s.Risk
	}
	if today, err := model.ParseDate(site.Built); err == nil {
		d := s.Config.Rotation.On(today)
		site.Radiator.Firefighter, site.Radiator.Next = d.Now, d.Next
		if !d.From.IsZero() {
			site.Radiator.NextFrom = d.From.String()
		}
	}
	return site
}

func writePage(r *render.Renderer, p *render.Page, write writeFunc) error {
	data, err := r.Render(p)
	if err != nil {
		return err
	}
	return write(p.OutputPath(), data)
}

// copyStatic copies the theme's static files, the site's own winning.
func (s *Site) copyStatic(write writeFunc) (int, error) {
	fsys := s.Static()
	names, err := s.staticFiles()
	if err != nil {
		return 0, err
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return 0, err
		}
		if err := write(name, data); err != nil {
			return 0, err
		}
	}
	return len(names), nil
}

// title returns the configured site title, else the home page's, else a default.
func (s *Site) title() string {
	if s.Config.Title != "" {
		return s.Config.Title
	}
	if r := render.HomeIntro(s.Records); r != nil && r.Title != r.ID {
		return r.Title
	}
	return "Security documentation"
}

// staticFiles lists the static files once per site: the list is needed by
// every analysis (reserved paths) and every full write, and changes only
// when static/ does, which loads the site anew.
func (s *Site) staticFiles() ([]string, error) {
	if s.static == nil {
		names, err := s.Static().Files()
		if err != nil {
			return nil, err
		}
		s.static = names
	}
	return s.static, nil
}
