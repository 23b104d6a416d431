package scaffold

import (
	"io/fs"
	"os"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// entry is a content file as id allocation sees it.
type entry struct {
	Path   string     // slash path relative to the site root
	Kind   model.Kind // from its `kind:` field, else from its top folder
	ID     string     // the `id:` field, "" when absent
	Format string     // front-matter format: yaml, toml, json or ""
}

// key returns the id the record is known by, in lower case: its `id:`, else
// its file name, as the build names it.
func (e entry) key() string {
	if e.ID != "" {
		return strings.ToLower(e.ID)
	}
	return strings.ToLower(baseName(e.Path))
}

// baseName returns the file name of p without its extension.
func baseName(p string) string {
	b := path.Base(p)
	return strings.TrimSuffix(b, path.Ext(b))
}

// section returns the top folder under content/ of a path, "" at the top.
func section(p string) string {
	rel := strings.TrimPrefix(p, load.ContentDir+"/")
	if dir, _, ok := strings.Cut(rel, "/"); ok {
		return dir
	}
	return ""
}

// scan reads the front matter of every content file of the site, several
// files at a time since waiting for the disk dominates. Files that do not
// parse still count by their file name; section introductions (_index.md)
// are not records and are left out.
func scan(root *os.Root) ([]entry, error) {
	paths, _, err := load.Walk(root)
	if err != nil {
		return nil, err
	}
	all := make([]entry, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(len(paths), 4*runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				all[i] = read(root, paths[i])
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	entries := all[:0]
	for _, e := range all {
		if baseName(e.Path) != "_index" {
			entries = append(entries, e)
		}
	}
	return entries, nil
}

// read describes one content file.
func read(root *os.Root, p string) entry {
	e := entry{Path: p, Kind: model.KindOfFolder(section(p))}
	data, err := load.Read(root, p)
	if err != nil {
		return e
	}
	f, _ := load.Parse(p, data)
	if f == nil {
		return e
	}
	e.Format = f.Format
	if fl, ok := f.Field("kind"); ok && fl.Value.Kind == load.Scalar {
		if k, err := ParseKind(fl.Value.Text); err == nil {
			e.Kind = k
		}
	}
	if fl, ok := f.Field("id"); ok && fl.Value.Kind == load.Scalar {
		e.ID = fl.Value.Text
	}
	return e
}

// topFolders lists the folders directly under content/.
func topFolders(root *os.Root) []string {
	list, err := fs.ReadDir(root.FS(), load.ContentDir)
	if err != nil {
		return nil
	}
	var dirs []string
	for _, d := range list {
		if d.IsDir() {
			dirs = append(dirs, d.Name())
		}
	}
	return dirs
}
