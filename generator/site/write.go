package site

import (
	"context"
	"errors"
	"io/fs"
	"time"

	"github.com/secdoc/secdoc/generator/render"
)

// writeFunc stores a file of the built site.
type writeFunc func(path string, data []byte) error

// Write renders every page and copies the static files through write.
func (s *Site) Write(ctx context.Context, write writeFunc, res *Result) error {
	return s.write(ctx, write, res, parts{data: true, static: true})
}

// parts says what a write produces: the pages want accepts (all when want is
// nil), the data files, the static files.
type parts struct {
	want         func(*render.Page) bool
	data, static bool
}

// write renders the pages, data files and static files that parts asks for.
func (s *Site) write(ctx context.Context, write writeFunc, res *Result, what parts) error {
	r, err := render.New(s.Templates(), s.md, s.urls)
	if err != nil {
		return err
	}
	site := s.renderSite()
	pages := r.Pages(site, s.Records)
	chosen := pages
	if what.want != nil {
		chosen = nil
		for _, p := range pages {
			if what.want(p) {
				chosen = append(chosen, p)
			}
		}
	}
	// The data files need no page, so they are written while pages render.
	var dataFiles int
	dataErr := make(chan error, 1)
	go func() {
		var err error
		if what.data {
			dataFiles, err = s.writeData(r, site, pages, write)
		}
		dataErr <- err
	}()
	errs := make([]error, len(chosen)+1)
	parallel(len(chosen), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		errs[i] = s.writePage(r, chosen[i], write)
	})
	errs[len(chosen)] = <-dataErr
	if err := errors.Join(errs...); err != nil {
		return err
	}
	res.Pages, res.Files = len(chosen), len(chosen)+dataFiles
	if !what.static {
		return nil
	}
	n, err := s.copyStatic(write)
	res.Files += n
	return err
}

// renderSite gathers what every page knows about the site.
func (s *Site) renderSite() *render.Site {
	now := s.now.UTC()
	site := &render.Site{
		Title: s.title(), Language: s.Config.Language, EditURL: s.Config.EditURL,
		Built: now.Format("2006-01-02"), BuiltAt: now.Format(time.RFC3339), BuiltLabel: now.Format("2006-01-02 15:04 UTC"),
		Version: s.opts.Version, Sections: render.Sections(s.Records), Pages: render.TopPages(s.Records),
		Radiator: render.RadiatorSettings{
			Refresh: s.Config.Radiator.Refresh, StaleAfter: s.Config.Radiator.StaleAfter, Items: s.Config.Radiator.Items,
		},
	}
	if len(s.Risk.Threats) > 0 {
		site.Risk = s.Risk
	}
	return site
}

func (s *Site) writePage(r *render.Renderer, p *render.Page, write writeFunc) error {
	if err := r.Fill(p); err != nil {
		return err
	}
	html, err := r.Render(p)
	if err != nil {
		return err
	}
	return write(p.OutputPath(), html)
}

// writeData writes the machine-readable files: documents.json and the sitemap.
func (s *Site) writeData(r *render.Renderer, site *render.Site, pages []*render.Page, write writeFunc) (int, error) {
	docs, err := r.Documents(s.Records, s.Risk)
	if err != nil {
		return 0, err
	}
	files := map[string][]byte{"api/documents.json": docs}
	if site.Risk != nil {
		if files["api/risks.json"], err = r.RisksJSON(site.Risk); err != nil {
			return 0, err
		}
		if files["api/radiator.json"], err = r.RadiatorJSON(site); err != nil {
			return 0, err
		}
		if files["risks.csv"], err = r.RisksCSV(site.Risk); err != nil {
			return 0, err
		}
	}
	if s.urls.Base() != "" {
		files["sitemap.xml"] = r.Sitemap(pages)
	}
	for name, data := range files {
		if err := write(name, data); err != nil {
			return 0, err
		}
	}
	return len(files), nil
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
	for _, r := range s.Records {
		if r.Intro && r.Path == "" && r.Title != r.ID {
			return r.Title
		}
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
