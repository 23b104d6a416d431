package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
)

// ExistsError reports a file that exists where a new one was to be created.
// It matches fs.ErrExist.
type ExistsError struct {
	Path string
}

// Error says which file was kept.
func (e *ExistsError) Error() string { return e.Path + " already exists; not overwriting it" }

// Unwrap makes errors.Is(err, fs.ErrExist) hold.
func (e *ExistsError) Unwrap() error { return fs.ErrExist }

// create writes a new file, refusing to replace one that exists.
func create(root *os.Root, p string, data []byte) error {
	if err := root.MkdirAll(path.Dir(p), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", path.Dir(p), err)
	}
	f, err := root.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &ExistsError{Path: p}
	}
	if err != nil {
		return fmt.Errorf("create %s: %w", p, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		root.Remove(p)
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// replace writes data over the file at p: through a temporary file and a
// rename, so the file is never half-written, unless p is a symbolic link,
// which is written through in place.
func replace(root *os.Root, p string, data []byte) error {
	info, err := root.Lstat(p)
	if err != nil {
		return err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		return root.WriteFile(p, data, 0)
	}
	tmp := path.Join(path.Dir(p), "."+path.Base(p)+".secdoc-tmp")
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, p)
	}
	if err != nil {
		root.Remove(tmp)
	}
	return err
}
