package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
)

// ContentDir is the folder under the site root that holds the records.
const ContentDir = "content"

// MaxFileSize bounds the size of one content file; larger files are reported
// instead of read, so a stray dump cannot exhaust memory. goldmark's tree
// takes about 60 bytes per byte of markdown, so 8 MB costs about 500 MB.
const MaxFileSize = 8 << 20

// Walk lists the markdown files under content/ in root, sorted by path.
// Hidden files and folders are skipped; symbolic links to folders are not
// followed and links that leave the root are reported as warnings.
func Walk(root *os.Root) ([]string, diag.List, error) {
	var paths []string
	var diags diag.List
	fsys := root.FS()
	err := fs.WalkDir(fsys, ContentDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == ContentDir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		name := d.Name()
		if p != ContentDir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return checkLink(root, p, &diags, &paths)
		}
		if !d.IsDir() && IsMarkdown(name) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, diags, fmt.Errorf("walk %s: %w", ContentDir, err)
	}
	sort.Strings(paths)
	return paths, diags, nil
}

// checkLink keeps a symbolic link to a markdown file inside the root and
// reports every other link.
func checkLink(root *os.Root, p string, diags *diag.List, paths *[]string) error {
	info, err := root.Stat(p)
	switch {
	case err != nil:
		diags.Warnf(p, 0, 0, "symbolic link not followed: it leaves the site root or points nowhere")
	case info.IsDir():
		diags.Warnf(p, 0, 0, "symbolic link to a folder not followed")
	case IsMarkdown(p):
		*paths = append(*paths, p)
	}
	return nil
}

// IsMarkdown reports whether name is a markdown file that is not an editor's
// temporary or backup file.
func IsMarkdown(name string) bool {
	base := path.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "#") {
		return false
	}
	ext := strings.ToLower(path.Ext(base))
	return ext == ".md" || ext == ".markdown"
}

// Read returns the bytes of the file at p inside root, refusing oversized files.
func Read(root *os.Root, p string) ([]byte, error) {
	f, err := root.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is larger than the %d MB limit", MaxFileSize>>20)
	}
	return data, nil
}
