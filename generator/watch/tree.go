package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/fsnotify/fsnotify"
)

// addTree watches the folder at the slash path rel and every folder below it
// that is not skipped, and returns the files found there. Each folder is
// watched before it is listed, so a file created meanwhile is either listed or
// raises an event. Entries that vanish during the walk are passed over.
func (w *Watcher) addTree(rel string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(w.abs(rel), func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("watch: %w", err)
		}
		r, ok := w.rel(p)
		if !ok || skip(r, w.ignore) {
			return skipEntry(d)
		}
		if !d.IsDir() {
			files = append(files, r)
			return nil
		}
		return w.addDir(r)
	})
	return files, err
}

// skipEntry returns what WalkDir needs to pass over the entry d.
func skipEntry(d fs.DirEntry) error {
	if d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

// addDir watches the folder at the slash path rel.
func (w *Watcher) addDir(rel string) error {
	err := w.fsw.Add(w.abs(rel))
	if errors.Is(err, fs.ErrNotExist) {
		return filepath.SkipDir // removed meanwhile: its event will follow
	}
	if err != nil {
		return watchError(rel, err)
	}
	w.dirs[rel] = true
	return nil
}

// removeTree stops watching the folder at the slash path rel and the folders
// below it. Errors are ignored: the kernel drops the watches of deleted
// folders by itself, and nothing can be done about the others.
func (w *Watcher) removeTree(rel string) {
	for d := range w.dirs {
		if d == rel || rel == "." || strings.HasPrefix(d, rel+"/") {
			_ = w.fsw.Remove(w.abs(d))
			delete(w.dirs, d)
		}
	}
}

// abs returns the file-system path of the slash path rel.
func (w *Watcher) abs(rel string) string {
	return filepath.Join(w.root, filepath.FromSlash(rel))
}

// rel returns the slash path of the file-system path p relative to the root,
// and false when p lies outside it.
func (w *Watcher) rel(p string) (string, bool) {
	r, err := filepath.Rel(w.root, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// handle records in c what the event ev changed, watching new folders and
// dropping removed ones. It returns an error only when the system refuses
// more watches.
func (w *Watcher) handle(ev fsnotify.Event, c *changes) error {
	rel, ok := w.rel(ev.Name)
	if !ok || skip(rel, w.ignore) {
		return nil
	}
	switch { // a pure Chmod (chmod, touch) matches no case: no content changed
	case ev.Has(fsnotify.Create):
		return w.created(rel, c)
	case ev.Has(fsnotify.Remove), ev.Has(fsnotify.Rename):
		if w.dirs[rel] {
			w.removeTree(rel)
		}
		c.add(rel)
	case ev.Has(fsnotify.Write):
		c.add(rel)
	}
	return nil
}

// created records the new entry at rel: a file as itself, a folder by
// watching it and recording the files already inside.
func (w *Watcher) created(rel string, c *changes) error {
	info, err := os.Lstat(w.abs(rel))
	if err != nil || !info.IsDir() {
		c.add(rel) // a file, or gone already: the caller will find out
		return nil
	}
	if w.dirs[rel] {
		return nil // found by an earlier walk
	}
	files, err := w.addTree(rel)
	c.add(files...)
	if errors.Is(err, ErrLimit) {
		return err
	}
	if err != nil {
		c.overflow = true // part of the folder is unwatched: rebuild it all
	}
	return nil
}
