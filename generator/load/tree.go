package load

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/pool"
)

// Mount is a folder outside content/ read as though it lay at Target under
// content/: its records get their URL and section from there, but keep
// their real path as their source, shown in every diagnostic.
type Mount struct {
	// FS is the folder itself: an os.Root's FS (or fs.Sub of the site
	// root's), so nothing read through it can leave it.
	FS fs.FS
	// Source is the folder's path as shown: from the site root for a
	// folder of secdoc.yaml's mounts, as given for a --mount.
	Source string
	// Target is where the folder appears under content/, such as
	// decisions/platform.
	Target string
	// IDPrefix is put in front of the id of every record in the folder.
	IDPrefix string
	// Exclude drops the files it matches, by their path in the folder.
	Exclude Globs
}

// Tree is a site's content: content/ of the site root and the mounted
// folders. It is an fs.FS over source paths: a path inside a mount's Source
// opens the file in the mount, every other path the file in Root.
type Tree struct {
	Root   fs.FS
	Mounts []Mount
	// Exclude drops the files it matches, by their path under content/
	// (where a mounted file appears), before any reader sees them.
	Exclude Globs
}

// Open opens the file at the source path name.
func (t *Tree) Open(name string) (fs.File, error) {
	if m, rel := t.mount(name); m != nil {
		return m.FS.Open(rel)
	}
	return t.Root.Open(name)
}

// mount returns the mount a source path lies in, and the path inside it.
func (t *Tree) mount(p string) (*Mount, string) {
	var best *Mount
	var rel string
	for i := range t.Mounts {
		m := &t.Mounts[i]
		if r, ok := strings.CutPrefix(p, m.Source+"/"); ok && (best == nil || len(m.Source) > len(best.Source)) {
			best, rel = m, r
		}
	}
	return best, rel
}

// Place returns the path under content/ the file at the source path p
// appears at, and the ID prefix of its collection.
func (t *Tree) Place(p string) (place, prefix string) {
	if m, rel := t.mount(p); m != nil {
		return path.Join(ContentDir, m.Target, rel), m.IDPrefix
	}
	return p, ""
}

// Excluded reports whether the file at the source path p is one an exclude
// glob drops.
func (t *Tree) Excluded(p string) bool {
	place, _ := t.Place(p)
	m, rel := t.mount(p)
	return (m != nil && m.Exclude.Match(rel)) || t.Exclude.Match(strings.TrimPrefix(place, ContentDir+"/"))
}

// Walk lists the source paths of the files in content/ and in the mounts
// that one of readers may take, sorted. Readers judge a file by where it
// appears under content/. Hidden files and folders and excluded ones are
// skipped; symbolic links to folders are not followed and links that leave
// their root are reported as warnings.
func (t *Tree) Walk(readers []Reader) ([]string, diag.List, error) {
	w := &walker{tree: t, readers: readers}
	if err := w.walk(t.Root, ContentDir, "", nil); err != nil {
		return nil, w.diags, err
	}
	for i := range t.Mounts {
		m := &t.Mounts[i]
		if err := w.walk(m.FS, ".", m.Source, m); err != nil {
			return nil, w.diags, err
		}
	}
	sort.Strings(w.paths)
	return w.paths, w.diags, nil
}

// walker gathers the files of a tree.
type walker struct {
	tree    *Tree
	readers []Reader
	paths   []string
	diags   diag.List
}

// walk walks top in fsys, the site root (m nil) or a mount shown as source,
// keeping the files a reader takes.
func (w *walker) walk(fsys fs.FS, top, source string, m *Mount) error {
	return w.visit(fsys, top, source, m, func(p, src, place string, d fs.DirEntry) {
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			w.link(fsys, p, src, place)
		case !d.IsDir() && Matches(w.readers, place):
			w.paths = append(w.paths, src)
		}
	})
}

// visit calls fn with every entry under top that the walk rules keep: a
// missing top is empty, and hidden or excluded files and folders are
// skipped. Both the walk for records and the one for resources use it, so
// they skip the same things.
func (w *walker) visit(fsys fs.FS, top, source string, m *Mount, fn func(p, src, place string, d fs.DirEntry)) error {
	err := fs.WalkDir(fsys, top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == top && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		src, place := w.names(p, source, m)
		if p != top && (strings.HasPrefix(d.Name(), ".") || w.excluded(p, place, m)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		fn(p, src, place, d)
		return nil
	})
	if err != nil {
		return fmt.Errorf("walk %s: %w", path.Join(source, top), err)
	}
	return nil
}

// names returns the source path and the place under content/ of the file
// at p in the walked folder.
func (w *walker) names(p, source string, m *Mount) (string, string) {
	if m == nil {
		return p, p
	}
	return path.Join(source, p), path.Join(ContentDir, m.Target, p)
}

func (w *walker) excluded(p, place string, m *Mount) bool {
	if m != nil && m.Exclude.Match(p) {
		return true
	}
	return w.tree.Exclude.Match(strings.TrimPrefix(place, ContentDir+"/"))
}

// link keeps a symbolic link to a file inside its root that a reader takes
// and reports every other link.
func (w *walker) link(fsys fs.FS, p, src, place string) {
	info, err := fs.Stat(fsys, p)
	switch {
	case err != nil:
		w.diags.Warnf(src, 0, 0, "symbolic link not followed: it leaves the site root or points nowhere")
	case info.IsDir():
		w.diags.Warnf(src, 0, 0, "symbolic link to a folder not followed: to read a folder from elsewhere, list it under mounts: in secdoc.yaml (or pass --mount SRC:TARGET for one outside the site root)")
	case Matches(w.readers, place):
		w.paths = append(w.paths, src)
	}
}

// Decode reads data, the bytes of the file at the source path p, with the
// first of readers that takes it where it appears, and marks the documents
// with that place and their collection's ID prefix.
func (t *Tree) Decode(p string, data []byte, readers []Reader) ([]*Document, diag.List) {
	place, prefix := t.Place(p)
	docs, diags := decodeAt(p, place, data, readers)
	for _, doc := range docs {
		if place != p {
			doc.Place = place
		}
		doc.IDPrefix = prefix
	}
	return docs, diags
}

// ReadFile reads and decodes the file at the source path p.
func (t *Tree) ReadFile(p string, readers []Reader) *File {
	f := &File{Path: p}
	data, err := ReadBytes(t, p)
	if err != nil {
		f.Diags.Errorf(p, 0, 0, "%v", err)
		return f
	}
	f.Data = data
	f.Docs, f.Diags = t.Decode(p, data, readers)
	return f
}

// Load walks the tree and reads every file a reader takes, in parallel,
// and returns them in source path order.
func (t *Tree) Load(ctx context.Context, readers []Reader) ([]*File, diag.List, error) {
	paths, diags, err := t.Walk(readers)
	if err != nil {
		return nil, diags, err
	}
	files := make([]*File, len(paths))
	pool.Each(len(paths), func(i int) {
		if ctx.Err() != nil {
			return
		}
		files[i] = t.ReadFile(paths[i], readers)
	})
	return files, diags, ctx.Err()
}
