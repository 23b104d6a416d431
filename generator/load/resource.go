package load

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
)

// Resources lists the page resources of the tree by source path, sorted:
// the images and other files beside the records, in content/ and in the
// mounted folders, that the build copies to the output (Hugo's page
// bundles). The rules of Walk hold: hidden and excluded files and folders
// are skipped and no symbolic link is followed (Walk reports them). Files a
// reader takes, and editors' temporary and backup files, are not
// resources; a file over MaxFileSize is an error.
func (t *Tree) Resources(readers []Reader) ([]string, diag.List, error) {
	w := &walker{tree: t, readers: readers}
	if err := w.resources(t.Root, ContentDir, "", nil); err != nil {
		return nil, w.diags, err
	}
	for i := range t.Mounts {
		m := &t.Mounts[i]
		if err := w.resources(m.FS, ".", m.Source, m); err != nil {
			return nil, w.diags, err
		}
	}
	sort.Strings(w.paths)
	return w.paths, w.diags, nil
}

// resources gathers the resources under top in fsys, the site root (m nil)
// or a mount shown as source.
func (w *walker) resources(fsys fs.FS, top, source string, m *Mount) error {
	return w.visit(fsys, top, source, m, func(p, src, place string, d fs.DirEntry) {
		if d.IsDir() || !d.Type().IsRegular() || Matches(w.readers, place) || IsMarkdown(p) || editorFile(d.Name()) {
			return
		}
		if info, err := d.Info(); err == nil && info.Size() > MaxFileSize {
			w.diags.Errorf(src, 0, 0, "file is larger than the %d MB limit", MaxFileSize>>20)
			return
		}
		w.paths = append(w.paths, src)
	})
}

// editorFile reports whether name is an editor's temporary, swap or backup
// file (vim, emacs, JetBrains, GNOME), never content.
func editorFile(name string) bool {
	for _, suffix := range []string{"~", ".swp", ".swx", ".tmp", ".bak"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	for _, prefix := range []string{"#", ".#", ".goutputstream", "jb_tmp___", "jb_old___", "jb_bak___"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return name == "4913"
}
