package watch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"
)

// Test timings: short enough for fast tests, long enough that one editor save
// stays in one batch under the race detector.
const (
	testQuiet   = 30 * time.Millisecond
	testMaxWait = 2 * time.Second
	deadline    = 5 * time.Second        // for changes that must arrive
	settle      = 100 * time.Millisecond // for changes that must not
)

// session is a running Watcher and the batches it delivered.
type session struct {
	tb      testing.TB
	w       *Watcher
	batches chan Batch
}

// start runs a Watcher with the test timings on root until the test ends.
func start(tb testing.TB, root string, ignore ...string) *session {
	tb.Helper()
	return startWith(tb, Options{Root: root, Ignore: ignore, Quiet: testQuiet, MaxWait: testMaxWait})
}

// startWith runs a Watcher configured by opts until the test ends.
func startWith(tb testing.TB, opts Options) *session {
	tb.Helper()
	w, err := New(opts)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return run(tb, w)
}

// run runs w until the test ends, checking that Run then returns nil.
func run(tb testing.TB, w *Watcher) *session {
	tb.Helper()
	s := &session{tb: tb, w: w, batches: make(chan Batch)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, s.batches) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("Run: got %v, want nil", err)
		}
		if err := w.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

// collect receives batches until their paths include all of want (or the
// deadline passes), then for a settling period to catch stray paths. It
// returns the union of the paths, sorted, and the batches.
func (s *session) collect(want ...string) ([]string, []Batch) {
	s.tb.Helper()
	seen := map[string]bool{}
	var got []Batch
	timeout := time.After(deadline)
	for !hasAll(seen, want) {
		select {
		case b := <-s.batches:
			got = append(got, b)
			addAll(seen, b.Paths)
		case <-timeout:
			s.tb.Fatalf("after %v: got %d paths, want %d; missing %s", deadline, len(seen), len(want), missing(seen, want))
		}
	}
	for _, b := range s.quiet(settle) {
		got = append(got, b)
		addAll(seen, b.Paths)
	}
	return keys(seen), got
}

// expect checks that the changes reported are exactly want.
func (s *session) expect(want ...string) []Batch {
	s.tb.Helper()
	got, batches := s.collect(want...)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		s.tb.Errorf("got paths %q, want %q", got, want)
	}
	return batches
}

// quiet returns the batches delivered within d; an absence can only be
// asserted by waiting.
func (s *session) quiet(d time.Duration) []Batch {
	var got []Batch
	timeout := time.After(d)
	for {
		select {
		case b := <-s.batches:
			got = append(got, b)
		case <-timeout:
			return got
		}
	}
}

func hasAll(seen map[string]bool, want []string) bool {
	for _, p := range want {
		if !seen[p] {
			return false
		}
	}
	return true
}

// missing lists the first few paths of want not in seen.
func missing(seen map[string]bool, want []string) string {
	var out []string
	for _, p := range want {
		if !seen[p] {
			out = append(out, p)
		}
	}
	if len(out) > 5 {
		return fmt.Sprintf("%q and %d more", out[:5], len(out)-5)
	}
	return fmt.Sprintf("%q", out)
}

func addAll(seen map[string]bool, paths []string) {
	for _, p := range paths {
		seen[p] = true
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// site creates a site tree holding files (slash path → content) and returns
// its root.
func site(tb testing.TB, files map[string]string) string {
	tb.Helper()
	root := tb.TempDir()
	for rel, data := range files {
		write(tb, root, rel, data)
	}
	return root
}

// write writes data to the file at rel, creating its folders.
func write(tb testing.TB, root, rel, data string) {
	tb.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// rename moves the file or folder at from to to.
func rename(tb testing.TB, root, from, to string) {
	tb.Helper()
	err := os.Rename(filepath.Join(root, filepath.FromSlash(from)), filepath.Join(root, filepath.FromSlash(to)))
	if err != nil {
		tb.Fatal(err)
	}
}

// remove deletes the file or folder tree at rel.
func remove(tb testing.TB, root, rel string) {
	tb.Helper()
	if err := os.RemoveAll(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
		tb.Fatal(err)
	}
}

// chmod changes the mode of the file at rel.
func chmod(tb testing.TB, root, rel string, mode os.FileMode) {
	tb.Helper()
	if err := os.Chmod(filepath.Join(root, filepath.FromSlash(rel)), mode); err != nil {
		tb.Fatal(err)
	}
}
