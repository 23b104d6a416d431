package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Default timings, chosen so that an editor's save (a burst of events within
// a few milliseconds) makes one batch while a rebuild still feels immediate.
const (
	// DefaultQuiet is the quiet period that ends a batch when Options.Quiet is zero.
	DefaultQuiet = 120 * time.Millisecond
	// DefaultMaxWait caps a batch's gathering when Options.MaxWait is zero.
	DefaultMaxWait = 2 * time.Second
)

// Options configures a Watcher.
type Options struct {
	// Root is the site root, watched recursively.
	Root string
	// Ignore lists slash paths relative to Root that are never watched, such
	// as "public" (the output). ".git", "node_modules" and every folder whose
	// name starts with "." are always ignored.
	Ignore []string
	// Quiet ends a batch after this long without events (DefaultQuiet if zero).
	Quiet time.Duration
	// MaxWait ends a batch this long after its first event, even while events
	// keep coming (DefaultMaxWait if zero).
	MaxWait time.Duration
}

// withDefaults returns o with unset durations replaced by the defaults.
func (o Options) withDefaults() Options {
	if o.Quiet <= 0 {
		o.Quiet = DefaultQuiet
	}
	if o.MaxWait <= 0 {
		o.MaxWait = DefaultMaxWait
	}
	return o
}

// Watcher watches a site's folders and delivers the changes in batches.
type Watcher struct {
	opts   Options
	root   string   // absolute, cleaned Options.Root
	ignore []string // cleaned Options.Ignore
	fsw    *fsnotify.Watcher
	events <-chan fsnotify.Event // fsw's channels; tests substitute their own
	errs   <-chan error
	dirs   map[string]bool // watched folders by slash path; used by New, then by Run only
}

// New watches every folder under opts.Root that is not ignored. When the
// system runs out of watches it returns an error wrapping ErrLimit whose
// message tells how to raise the limit.
func New(opts Options) (*Watcher, error) {
	root, err := rootDir(opts.Root)
	if err != nil {
		return nil, err
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, watchError(root, err)
	}
	w := &Watcher{
		opts:   opts.withDefaults(),
		root:   root,
		ignore: cleanIgnore(opts.Ignore),
		fsw:    fsw,
		events: fsw.Events,
		errs:   fsw.Errors,
		dirs:   map[string]bool{},
	}
	if _, err := w.addTree("."); err != nil {
		fsw.Close()
		return nil, err
	}
	return w, nil
}

// rootDir returns the absolute path of the folder root, checking that it is one.
func rootDir(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", fmt.Errorf("watch %s: %w", root, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("watch: %w", err)
	}
	if !info.IsDir() {
		return "", fmt.Errorf("watch %s: not a folder", root)
	}
	return abs, nil
}

// Close stops watching. A running Run returns.
func (w *Watcher) Close() error {
	if err := w.fsw.Close(); err != nil {
		return fmt.Errorf("close watcher: %w", err)
	}
	return nil
}
