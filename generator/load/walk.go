package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/pool"
)

// ContentDir is the folder under the site root that holds the records.
const ContentDir = "content"

// MaxFileSize bounds the size of one content file; larger files are reported
// instead of read, so a stray dump cannot exhaust memory. goldmark's tree
// takes about 60 bytes per byte of markdown, so 8 MB costs about 500 MB.
const MaxFileSize = 8 << 20

// Walk lists the files under content/ in fsys that one of readers may take,
// sorted by path. Hidden files and folders are skipped; symbolic links to
// folders are not followed and links that leave the root are reported as
// warnings. fsys is the site root: an os.Root's FS for a real site, so no
// link can lead outside it, or a fstest.MapFS in tests.
func Walk(fsys fs.FS, readers []Reader) ([]string, diag.List, error) {
	var paths []string
	var diags diag.List
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
			checkLink(fsys, p, readers, &diags, &paths)
			return nil
		}
		if !d.IsDir() && Matches(readers, p) {
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

// checkLink keeps a symbolic link to a file inside the root that a reader
// takes and reports every other link.
func checkLink(fsys fs.FS, p string, readers []Reader, diags *diag.List, paths *[]string) {
	info, err := fs.Stat(fsys, p)
	switch {
	case err != nil:
		diags.Warnf(p, 0, 0, "symbolic link not followed: it leaves the site root or points nowhere")
	case info.IsDir():
		diags.Warnf(p, 0, 0, "symbolic link to a folder not followed")
	case Matches(readers, p):
		*paths = append(*paths, p)
	}
}

// ReadBytes returns the bytes of the file at p, refusing oversized files.
func ReadBytes(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
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

// File is one file as its reader saw it.
type File struct {
	Path  string
	Data  []byte // nil when the file could not be read
	Docs  []*Document
	Diags diag.List
}

// Decode reads data, the bytes of the file at p, with the first of readers
// that takes it.
func Decode(p string, data []byte, readers []Reader) ([]*Document, diag.List) {
	for _, r := range readers {
		if !r.Match(p) {
			continue
		}
		if docs, diags, ok := r.Read(p, data); ok {
			return docs, diags
		}
	}
	var l diag.List
	l.Errorf(p, 0, 0, "no reader understands this file")
	return nil, l
}

// ReadFile reads and decodes the file at p.
func ReadFile(fsys fs.FS, p string, readers []Reader) *File {
	f := &File{Path: p}
	data, err := ReadBytes(fsys, p)
	if err != nil {
		f.Diags.Errorf(p, 0, 0, "%v", err)
		return f
	}
	f.Data = data
	f.Docs, f.Diags = Decode(p, data, readers)
	return f
}

// Load walks fsys and reads every file a reader takes, in parallel, and
// returns them in path order.
func Load(ctx context.Context, fsys fs.FS, readers []Reader) ([]*File, diag.List, error) {
	paths, diags, err := Walk(fsys, readers)
	if err != nil {
		return nil, diags, err
	}
	files := make([]*File, len(paths))
	pool.Each(len(paths), func(i int) {
		if ctx.Err() != nil {
			return
		}
		files[i] = ReadFile(fsys, paths[i], readers)
	})
	return files, diags, ctx.Err()
}
