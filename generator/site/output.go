package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// marker is written into every output folder, so that a later build knows it
// may replace the folder without destroying someone's files.
const marker = ".secdoc-output"

// output is a temporary folder beside the destination that a build writes into.
type output struct {
	dest string
	tmp  string
	root *os.Root
	dirs sync.Map // folders already created, so each is made once
}

// newOutput creates the temporary folder for a build of dest.
func newOutput(dest string) (*output, error) {
	if err := checkReplaceable(dest); err != nil {
		return nil, err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".secdoc-tmp-")
	if err != nil {
		return nil, fmt.Errorf("create temporary output: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(tmp)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	o := &output{dest: dest, tmp: tmp, root: root}
	return o, o.write(marker, []byte("written by secdoc; replaced by every build\n"))
}

// write stores data at the slash-separated path p inside the output.
func (o *output) write(p string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(p)) || strings.Contains(p, "\\") {
		return fmt.Errorf("refusing to write %q outside the output folder", p)
	}
	if dir := path.Dir(p); dir != "." {
		if _, done := o.dirs.Load(dir); !done {
			if err := o.root.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("write %s: %w", p, err)
			}
			o.dirs.Store(dir, true)
		}
	}
	if err := o.root.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// discard removes the temporary folder, leaving the destination untouched.
func (o *output) discard() {
	o.root.Close()
	os.RemoveAll(o.tmp)
}

// commit replaces the destination with the finished output.
func (o *output) commit() error {
	o.root.Close()
	old := ""
	if _, err := os.Lstat(o.dest); err == nil {
		old = o.tmp + "-old"
		if err := os.Rename(o.dest, old); err != nil {
			os.RemoveAll(o.tmp)
			return fmt.Errorf("replace %s: %w", o.dest, err)
		}
	}
	if err := os.Rename(o.tmp, o.dest); err != nil {
		if old != "" {
			_ = os.Rename(old, o.dest)
		}
		os.RemoveAll(o.tmp)
		return fmt.Errorf("replace %s: %w", o.dest, err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// checkBeside refuses a destination that is the site root or a folder holding
// it: the swap would delete the sources, whatever marker a repository holds.
func checkBeside(source, dest string) error {
	src, err := realPath(source)
	if err != nil {
		return err
	}
	d, err := realPath(dest)
	if err != nil {
		return err
	}
	if rel, err := filepath.Rel(d, src); err == nil && filepath.IsLocal(rel) {
		return fmt.Errorf("destination %s holds the site root %s; choose a folder inside or beside it", dest, source)
	}
	return nil
}

// realPath returns p made absolute with its symbolic links resolved, as far
// as it exists.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	resolved, err := filepath.EvalSymlinks(abs)
	if err == nil {
		return resolved, nil
	}
	if parent := filepath.Dir(abs); errors.Is(err, fs.ErrNotExist) && parent != abs {
		resolved, err := realPath(parent)
		return filepath.Join(resolved, filepath.Base(abs)), err
	}
	return "", err
}

// checkReplaceable refuses a destination that holds files secdoc did not write.
func checkReplaceable(dest string) error {
	info, err := os.Lstat(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("destination %s exists and is not a folder", dest)
	}
	entries, err := os.ReadDir(dest)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dest, marker)); err != nil {
		return fmt.Errorf("destination %s holds files secdoc did not write; choose an empty folder or remove it", dest)
	}
	return nil
}
