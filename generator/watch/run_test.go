package watch

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// fake is a Watcher on an empty folder whose events and errors come from the
// test instead of the kernel.
type fake struct {
	*session
	root   string
	events chan fsnotify.Event
	errs   chan error
}

func startFake(tb testing.TB, quiet, maxWait time.Duration) *fake {
	tb.Helper()
	root := tb.TempDir()
	w, err := New(Options{Root: root, Quiet: quiet, MaxWait: maxWait})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	f := &fake{root: root, events: make(chan fsnotify.Event), errs: make(chan error)}
	w.events, w.errs = f.events, f.errs
	f.session = run(tb, w)
	return f
}

// write sends a Write event for the slash path rel, or gives up when stop
// is closed.
func (f *fake) write(rel string, stop <-chan struct{}) {
	ev := fsnotify.Event{Name: filepath.Join(f.root, filepath.FromSlash(rel)), Op: fsnotify.Write}
	select {
	case f.events <- ev:
	case <-stop:
	}
}

// next returns the next batch, failing the test after the deadline.
func (f *fake) next() Batch {
	f.tb.Helper()
	select {
	case b := <-f.batches:
		return b
	case <-time.After(deadline):
		f.tb.Fatalf("got no batch after %v, want one", deadline)
		return Batch{}
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	f := startFake(t, testQuiet, testMaxWait)
	f.errs <- errors.New("transient")
	f.errs <- fmt.Errorf("read: %w", fsnotify.ErrEventOverflow)
	got := f.next()
	if !got.Overflow || len(got.Paths) != 0 {
		t.Errorf("got %+v, want an empty batch with Overflow", got)
	}
}

// TestMaxWait checks that a steady stream of events, never quiet long enough,
// is still delivered.
func TestMaxWait(t *testing.T) {
	t.Parallel()
	f := startFake(t, time.Second, 200*time.Millisecond)
	stop := make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				f.write(fmt.Sprintf("content/f%d.md", i), stop)
			}
		}
	}()
	started := time.Now()
	got := f.next()
	close(stop)
	if waited := time.Since(started); waited >= time.Second || len(got.Paths) == 0 {
		t.Errorf("got %d paths after %v, want some before the quiet period of 1s", len(got.Paths), waited)
	}
}

// TestBusyReceiver checks that batches finished while the receiver is busy
// are merged rather than queued.
func TestBusyReceiver(t *testing.T) {
	t.Parallel()
	quiet := 20 * time.Millisecond
	f := startFake(t, quiet, testMaxWait)
	f.write("content/a.md", nil)
	time.Sleep(5 * quiet) // the first batch finishes and waits
	f.write("content/b.md", nil)
	time.Sleep(5 * quiet)
	got := f.next()
	if want := []string{"content/a.md", "content/b.md"}; !slices.Equal(got.Paths, want) {
		t.Errorf("got %q, want %q", got.Paths, want)
	}
}

func TestRunReturns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		stop func(w *Watcher, cancel context.CancelFunc)
	}{
		{"context done", func(_ *Watcher, cancel context.CancelFunc) { cancel() }},
		{"closed", func(w *Watcher, _ context.CancelFunc) { w.Close() }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, err := New(Options{Root: t.TempDir()})
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			defer w.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- w.Run(ctx, make(chan Batch)) }()
			tc.stop(w, cancel)
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("got %v, want nil", err)
				}
			case <-time.After(deadline):
				t.Errorf("Run still running after %v, want it to return", deadline)
			}
		})
	}
}
