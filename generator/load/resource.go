package load

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
)

// Resources lists the page resources under content/ in fsys: the images
// and other files beside the records that the build copies to the output
// (Hugo's page bundles), sorted by path. The rules of Walk hold: hidden
// files and folders are skipped and no symbolic link is followed (Walk
// reports them). Files a reader takes, and editors' temporary and backup
// files, are not resources; a file over MaxFileSize is an error.
func Resources(fsys fs.FS, readers []Reader) ([]string, diag.List, error) {
	var paths []string
	var diags diag.List
	err := fs.WalkDir(fsys, ContentDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == ContentDir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		if p != ContentDir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() || Matches(readers, p) || IsMarkdown(p) || editorFile(d.Name()) {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Size() > MaxFileSize {
			diags.Errorf(p, 0, 0, "file is larger than the %d MB limit", MaxFileSize>>20)
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		return nil, diags, fmt.Errorf("walk %s: %w", ContentDir, err)
	}
	sort.Strings(paths)
	return paths, diags, nil
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
