package scaffold

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/site"
)

// store is where New reads and writes: content/ of the site root and the
// mounted folders, each file found by the place under content/ where the
// build shows it, so that a record meant for a mounted collection is written
// into the collection's own folder (doc/adr/), not into content/.
type store struct {
	source  string // the site root as given on the command line
	root    *os.Root
	content *site.Content
}

// spot is where one file of the content tree lies on the disk.
type spot struct {
	root   *os.Root // the root it is written through
	path   string   // its path in root
	src    string   // its source path, as the build names it
	file   string   // its path on the disk, as the operator can open it
	prefix string   // the id prefix of its collection
}

// locate returns where the file shown at place (content/...) lies.
func (s *store) locate(place string) spot {
	i, in := mountAt(s.content.Tree.Mounts, place)
	if i < 0 {
		return spot{root: s.root, path: place, src: place, file: filepath.Join(s.source, filepath.FromSlash(place))}
	}
	m, f := s.content.Tree.Mounts[i], s.content.Folders[i]
	sp := spot{root: f.Root, path: path.Join(f.Path, in), src: path.Join(m.Source, in), prefix: m.IDPrefix}
	if f.Root == s.root {
		sp.file = filepath.Join(s.source, filepath.FromSlash(sp.src))
	} else {
		sp.file = filepath.FromSlash(sp.src) // a --mount folder, named as given
	}
	return sp
}

// mountAt returns the index of the mount whose target holds place (the
// deepest, when targets nest) and the path inside it, or -1.
func mountAt(mounts []load.Mount, place string) (int, string) {
	rel, ok := strings.CutPrefix(place, load.ContentDir+"/")
	if !ok {
		return -1, ""
	}
	best, in := -1, ""
	for i, m := range mounts {
		r, ok := strings.CutPrefix(rel, m.Target)
		if !ok || (r != "" && !strings.HasPrefix(r, "/")) {
			continue
		}
		if best < 0 || len(m.Target) > len(mounts[best].Target) {
			best, in = i, strings.TrimPrefix(r, "/")
		}
	}
	if in == "" {
		in = "."
	}
	return best, in
}
