package serve

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// gitQuiet is how long the repository must be still before a commit or
// checkout (which writes several files) counts as done.
const gitQuiet = 300 * time.Millisecond

// watchGit watches the HEAD and refs of the repository holding root and
// sends on changed once a commit, checkout, merge or fetch has settled, so
// serve re-reads the history. Outside a repository, or without git, it
// watches nothing and returns a no-op stop.
func watchGit(ctx context.Context, root string, changed chan<- struct{}) (stop func()) {
	out, err := exec.CommandContext(ctx, "git", "-C", root, "rev-parse", "--absolute-git-dir", "--git-common-dir").Output()
	if err != nil {
		return func() {}
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		return func() {}
	}
	gitDir, common := lines[0], lines[1]
	if !filepath.IsAbs(common) {
		common = filepath.Join(root, common)
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return func() {}
	}
	dirs := []string{gitDir, common}
	_ = filepath.WalkDir(filepath.Join(common, "refs"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, p)
		}
		return nil
	})
	for _, d := range dirs {
		_ = w.Add(d)
	}
	go func() {
		var timer <-chan time.Time
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if gitEvent(ev.Name) {
					timer = time.After(gitQuiet)
				}
				if ev.Op&fsnotify.Create != 0 && strings.Contains(ev.Name, string(filepath.Separator)+"refs") {
					if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
						_ = w.Add(ev.Name)
					}
				}
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
			case <-timer:
				timer = nil
				select {
				case changed <- struct{}{}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return func() { w.Close() }
}

// gitEvent reports whether a change to the file at p moves the history:
// HEAD, packed refs or a ref, never the index or lock files alone.
func gitEvent(p string) bool {
	name := filepath.Base(p)
	if strings.HasSuffix(name, ".lock") {
		return false
	}
	return name == "HEAD" || name == "packed-refs" || strings.Contains(filepath.ToSlash(p), "/refs/")
}
