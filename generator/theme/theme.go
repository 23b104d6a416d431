// Package theme layers a site's own templates/ and static/ folders over the
// default theme embedded in the binary, file by file, as Hugo does with
// layouts: a file in the site wins over the embedded file of the same name.
package theme

import (
	"errors"
	"io/fs"
	"path"
	"sort"
)

// Overlay is a file system that looks a name up in each layer in turn.
type Overlay []fs.FS

// Open opens name from the first layer that has it.
func (o Overlay) Open(name string) (fs.File, error) {
	var firstErr error
	for _, layer := range o {
		if layer == nil {
			continue
		}
		f, err := layer.Open(name)
		if err == nil {
			return f, nil
		}
		if firstErr == nil || !errors.Is(err, fs.ErrNotExist) {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = fs.ErrNotExist
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: firstErr}
}

// Files lists the regular files of every layer, each name once, sorted.
func (o Overlay) Files() ([]string, error) {
	seen := map[string]bool{}
	for _, layer := range o {
		if layer == nil {
			continue
		}
		err := fs.WalkDir(layer, ".", func(p string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && p == "." {
				return fs.SkipAll
			}
			if err != nil {
				return err
			}
			// Go files are the theme's own embed.go: this repository's
			// templates/ and static/ are both the default theme and, for the
			// example site at its root, the site's override folders.
			if d.Type().IsRegular() && path.Ext(p) != ".go" {
				seen[p] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}
