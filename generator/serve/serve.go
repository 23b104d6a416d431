package serve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/logs"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/generator/watch"
)

// Options configures a preview server.
type Options struct {
	Site site.Options // what to build; Destination is ignored, nothing is written
	Addr string       // host:port to listen on; port 0 picks a free one
	Log  io.Writer    // where the one-line summaries and errors go
	// Logger, when set, takes the log instead as JSON events: each
	// rebuild, each finding and each request (with its request id).
	Logger *slog.Logger
	// Tick is how often the server reads the site's clock, so that a new
	// date rebuilds the site with no edit; one minute when 0.
	Tick time.Duration
	// Ready, when set, receives the server's URL once it listens.
	Ready func(url string)
	// Built, when set, is called after every build attempt, with its error.
	Built func(*site.Snapshot, error)
}

// Run builds the site, serves it and rebuilds on every change, and when the
// date changes, until ctx is done.
func Run(ctx context.Context, opts Options) error {
	if err := site.Verify(opts.Site); err != nil {
		return err
	}
	ln, err := listen(opts.Addr)
	if err != nil {
		return err
	}
	h := NewHandler()
	var handler http.Handler = h
	if opts.Logger != nil {
		handler = logs.Requests(opts.Logger, h)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(h.Close)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	defer shutdown(srv)

	b := &builder{opts: opts, session: site.NewSession(opts.Site), h: h}
	b.rebuild(ctx, nil, true, "built")
	batches := make(chan watch.Batch)
	watched := make(chan error, 1+len(opts.Site.Mounts))
	stop, err := watchAll(ctx, opts.Site, batches, watched)
	if err != nil {
		return err
	}
	defer stop()
	gitChanged := make(chan struct{})
	defer watchGit(ctx, opts.Site.Source, gitChanged)()
	b.git = gitChanged
	if opts.Ready != nil {
		opts.Ready("http://" + ln.Addr().String() + "/")
	}
	return b.loop(ctx, served, watched, batches)
}

// listen opens the server's socket, with a hint when the port is taken.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("listen on %s: %w (another server runs there; pick another with --port, or --port 0 for any free one)", addr, err)
	}
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// builder keeps the session between builds and publishes each build to the
// handler.
type builder struct {
	opts    Options
	session *site.Session
	h       *Handler
	day     model.Date      // the clock's date at the last build attempt
	git     <-chan struct{} // a commit or checkout moved the repository's history
}

// loop rebuilds after every relevant batch of changes and whenever the date
// moves on, until ctx is done or the server or the watcher stops.
func (b *builder) loop(ctx context.Context, served, watched <-chan error, batches <-chan watch.Batch) error {
	tick := time.NewTicker(cmp.Or(b.opts.Tick, time.Minute))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-served:
			return err
		case err := <-watched:
			if ctx.Err() != nil {
				return nil
			}
			return err
		case batch := <-batches:
			b.changed(ctx, batch)
		case <-tick.C:
			b.newDate(ctx)
		case <-b.git:
			b.rebuild(ctx, nil, true, "git history changed")
		}
	}
}

// changed rebuilds after a batch of changes that can alter the site.
func (b *builder) changed(ctx context.Context, batch watch.Batch) {
	if paths := b.relevant(batch.Paths); len(paths) > 0 || batch.Overflow {
		b.rebuild(ctx, paths, batch.Overflow, describe(paths, batch.Overflow))
	}
}

// newDate rebuilds when the clock has reached another date since the last
// build attempt: the ageing rules (overdue, expired, stale) and every page's
// build date depend on it, with no edit at all.
func (b *builder) newDate(ctx context.Context) {
	if today := model.NewDate(b.opts.Site.Now()); today != b.day {
		b.rebuild(ctx, nil, false, "rebuilt for the new date "+today.String())
	}
}

// rebuild updates the session and publishes the result or its errors; why
// says what caused it, for the log.
func (b *builder) rebuild(ctx context.Context, changed []string, full bool, why string) {
	start := time.Now()
	b.day = model.NewDate(b.opts.Site.Now())
	snap, err := b.session.Update(ctx, changed, full)
	if b.opts.Built != nil {
		defer b.opts.Built(snap, err)
	}
	h, log := b.h, b.opts.Log
	if b.opts.Logger != nil {
		b.logJSON(snap, err, why, start)
		log = io.Discard
	}
	var ce *diag.ContentError
	var se *config.Error
	if errors.As(err, &se) {
		ce = &diag.ContentError{List: se.List} // settings problems show as findings do
	}
	switch {
	case ce != nil || errors.As(err, &ce):
		h.Fail(ce.List)
		for _, d := range ce.List {
			fmt.Fprintln(log, d.String())
		}
		e, w := ce.List.Count()
		fmt.Fprintf(log, "%s build failed: %d errors, %d warnings; still serving the last good build\n", stamp(), e, w)
	case err != nil:
		h.Fail(diag.List{{Path: b.opts.Site.Source, Message: err.Error()}})
		fmt.Fprintf(log, "%s build failed: %v\n", stamp(), err)
	default:
		for _, d := range snap.Result.Diagnostics {
			fmt.Fprintln(log, d.String())
		}
		h.Publish(snap)
		fmt.Fprintf(log, "%s %s: %d pages rendered in %d ms\n", stamp(), why, snap.Result.Pages, time.Since(start).Milliseconds())
	}
}

// ignored lists the folders under the site root the watcher must skip: the
// build's output, which a concurrent `secdoc build` may be writing.
func ignored(o site.Options) []string {
	list := []string{"public"}
	if o.Destination != "" {
		if rel, err := filepath.Rel(o.Source, o.Destination); err == nil && !strings.HasPrefix(rel, "..") {
			list = append(list, filepath.ToSlash(rel))
		}
	}
	return list
}

// relevant keeps the changed paths that can change the site (see
// site.Session.Watches).
func (b *builder) relevant(paths []string) []string {
	var out []string
	for _, p := range paths {
		if b.session.Watches(p) {
			out = append(out, p)
		}
	}
	return out
}

// describe says what triggered a build.
func describe(changed []string, full bool) string {
	switch {
	case len(changed) == 0 && full:
		return "built"
	case len(changed) == 1:
		return "rebuilt after " + changed[0] + " changed"
	}
	return fmt.Sprintf("rebuilt after %d changes", len(changed))
}

func stamp() string { return time.Now().Format("15:04:05") }

func shutdown(srv *http.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
