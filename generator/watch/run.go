package watch

import (
	"context"
	"errors"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Run delivers batches of changes on batches until ctx is done or Close is
// called, and then returns nil; it closes nothing it does not own. It returns
// an error wrapping ErrLimit when a new folder cannot be watched because the
// system ran out of watches. A batch ends once Options.Quiet passes without
// events or Options.MaxWait after its first event; while the receiver is busy,
// finished batches are merged into one. Run must not be called twice at once.
func (w *Watcher) Run(ctx context.Context, batches chan<- Batch) error {
	d := newDebounce(w.opts.Quiet, w.opts.MaxWait)
	defer d.stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.events:
			if !ok {
				return nil
			}
			if err := w.handle(ev, d.gathering); err != nil {
				return err
			}
			d.touch()
		case err, ok := <-w.errs:
			if !ok {
				return nil
			}
			// Other errors are transient and concern one event: keep going.
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				d.gathering.overflow = true
				d.touch()
			}
		case <-d.quiet.C:
			d.finish()
		case <-d.max.C:
			d.finish()
		case d.out(batches) <- d.next:
			d.ready = nil
		}
	}
}

// debounce holds the batch being gathered, its two timers, and the finished
// batch waiting for the receiver.
type debounce struct {
	quietFor, maxWait time.Duration
	quiet, max        *time.Timer
	gathering         *changes
	started           bool     // the timers run for gathering
	ready             *changes // finished, not yet received; nil if none
	next              Batch    // ready as a Batch
}

func newDebounce(quiet, maxWait time.Duration) *debounce {
	d := &debounce{
		quietFor:  quiet,
		maxWait:   maxWait,
		quiet:     time.NewTimer(time.Hour),
		max:       time.NewTimer(time.Hour),
		gathering: newChanges(),
	}
	d.stop()
	return d
}

// touch restarts the quiet period after an event, and starts the maximum wait
// at the first event that changed anything.
func (d *debounce) touch() {
	if d.gathering.empty() {
		return
	}
	if !d.started {
		d.started = true
		d.max.Reset(d.maxWait)
	}
	d.quiet.Reset(d.quietFor)
}

// finish ends the batch being gathered and queues it for the receiver.
func (d *debounce) finish() {
	d.stop()
	if d.ready == nil {
		d.ready = d.gathering
	} else {
		d.ready.merge(d.gathering)
	}
	d.gathering = newChanges()
	d.next = d.ready.batch()
}

// out returns batches when a finished batch waits, and nil (never ready)
// otherwise.
func (d *debounce) out(batches chan<- Batch) chan<- Batch {
	if d.ready == nil {
		return nil
	}
	return batches
}

// stop stops both timers. Since Go 1.23 a stopped timer delivers no stale tick.
func (d *debounce) stop() {
	d.quiet.Stop()
	d.max.Stop()
	d.started = false
}
