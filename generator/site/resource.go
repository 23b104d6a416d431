package site

import (
	"fmt"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// findResources lists the page resources of the content tree, mounted
// folders included, and where each is copied (model.ResourcePath of the
// place it appears at under content/). A file whose name cannot be copied
// safely, or whose copy would land where secdoc writes something itself,
// is left out with a warning: links to it then warn as missing.
func (s *Site) findResources() error {
	paths, diags, err := s.tree.Resources(s.readers)
	if err != nil {
		return err
	}
	names, err := s.staticFiles()
	if err != nil {
		return err
	}
	taken := Reserved(names)
	s.resources = map[string]string{}
	copied := map[string]string{} // output path → the source copied there
	for _, p := range paths {
		place, _ := s.tree.Place(p)
		out, ok := model.ResourcePath(place)
		top, _, _ := strings.Cut(out, "/")
		what, reserved := taken[top]
		switch first, twice := copied[out]; {
		case !ok:
			diags.Warnf(p, 0, 0, "file not copied: use letters, digits, '-', '_' and an extension in its name (and not index.html)")
		case reserved:
			diags.Warnf(p, 0, 0, "file not copied: /%s is where secdoc writes %s", out, what)
		case twice:
			diags.Warnf(p, 0, 0, "file not copied: %s is already copied to /%s", first, out)
		default:
			s.resources[p], copied[out] = out, p
		}
	}
	s.resourceDiags = tag(diags, "files")
	return nil
}

// copyResources copies the page resources as files, whatever their type:
// an SVG or HTML file is never inlined into a page, so script in it runs
// at most in its own document, under the server's policy for it.
func (s *Site) copyResources(write writeFunc) (int, error) {
	n := 0
	for src, out := range s.resources {
		data, err := load.ReadBytes(s.tree, src)
		if err != nil {
			return n, fmt.Errorf("copy %s: %w", src, err)
		}
		if err := write(out, data); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
