package site

import (
	"context"
	"errors"
	"io/fs"

	"github.com/secdoc/secdoc/generator/render"
)

// writeFunc stores a file of the built site.
type writeFunc func(path string, data []byte) error

// Write renders every page and copies the static files through write.
func (s *Site) Write(ctx context.Context, write writeFunc, res *Result) error {
	r, err := render.New(s.Templates(), s.md, s.urls)
	if err != nil {
		return err
	}
	site := &render.Site{
		Title: s.Config.Title, Language: s.Config.Language, EditURL: s.Config.EditURL,
		Built: s.opts.Now.UTC().Format("2006-01-02"), Version: s.opts.Version,
		Sections: render.Sections(s.Records), Pages: render.TopPages(s.Records),
	}
	pages := r.Pages(site, s.Records)
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		errs[i] = s.writePage(r, pages[i], write)
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	res.Pages, res.Files = len(pages), len(pages)
	n, err := s.writeData(r, pages, write)
	res.Files += n
	if err != nil {
		return err
	}
	n, err = s.copyStatic(write)
	res.Files += n
	return err
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
func (s *Site) writeData(r *render.Renderer, pages []*render.Page, write writeFunc) (int, error) {
	docs, err := r.Documents(s.Records)
	if err != nil {
		return 0, err
	}
	if err := write("api/documents.json", docs); err != nil {
		return 0, err
	}
	if s.urls.Base() == "" {
		return 1, nil
	}
	return 2, write("sitemap.xml", r.Sitemap(pages))
}

// copyStatic copies the theme's static files, the site's own winning.
func (s *Site) copyStatic(write writeFunc) (int, error) {
	fsys := s.Static()
	names, err := fsys.Files()
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
