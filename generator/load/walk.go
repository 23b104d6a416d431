package load

import (
	"context"
	"fmt"
	"io"
	"io/fs"

	"github.com/secdoc/secdoc/generator/diag"
)

// ContentDir is the folder under the site root that holds the records.
const ContentDir = "content"

// MaxFileSize bounds the size of one content file; larger files are reported
// instead of read, so a stray dump cannot exhaust memory. goldmark's tree
// takes about 60 bytes per byte of markdown, so 8 MB costs about 500 MB.
const MaxFileSize = 8 << 20

// Walk lists the files under content/ in fsys that one of readers may take,
// sorted by path: a Tree without mounts. fsys is the site root: an
// os.Root's FS for a real site, so no link can lead outside it, or a
// fstest.MapFS in tests.
func Walk(fsys fs.FS, readers []Reader) ([]string, diag.List, error) {
	return (&Tree{Root: fsys}).Walk(readers)
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
	return decodeAt(p, p, data, readers)
}

// decodeAt reads the file at p with the first reader that takes it where it
// appears, at place.
func decodeAt(p, place string, data []byte, readers []Reader) ([]*Document, diag.List) {
	for _, r := range readers {
		if !r.Match(place) {
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
	return (&Tree{Root: fsys}).ReadFile(p, readers)
}

// Load walks fsys and reads every file a reader takes, in parallel, and
// returns them in path order.
func Load(ctx context.Context, fsys fs.FS, readers []Reader) ([]*File, diag.List, error) {
	return (&Tree{Root: fsys}).Load(ctx, readers)
}
