package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/generator/watch"
)

// Options configures a preview server.
type Options struct {
	Site site.Options // what to build; Destination is ignored, nothing is written
	Addr string       // host:port to listen on; port 0 picks a free one
	Log  io.Writer    // where the one-line summaries and errors go
	// Ready, when set, receives the server's URL once it listens.
	Ready func(url string)
	// Built, when set, is called after every build attempt, with its error.
	Built func(*site.Snapshot, error)
}

// Run builds the site, serves it and rebuilds on every change until ctx is done.
func Run(ctx context.Context, opts Options) error {
	ln, err := net.Listen("tcp", opts.Addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("listen on %s: %w (another server runs there; pick another with --port, or --port 0 for any free one)", opts.Addr, err)
	}
	if err != nil {
		return fmt.Errorf("listen on %s: %w", opts.Addr, err)
	}
	h := NewHandler()
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(h.Close)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	defer shutdown(srv)

	session := site.NewSession(opts.Site)
	rebuild(ctx, session, h, opts, nil, true)
	w, err := watch.New(watch.Options{Root: opts.Site.Source, Ignore: ignored(opts.Site)})
	if err != nil {
		return err
	}
	defer w.Close()
	batches := make(chan watch.Batch)
	watched := make(chan error, 1)
	go func() { watched <- w.Run(ctx, batches) }()
	if opts.Ready != nil {
		opts.Ready("http://" + ln.Addr().String() + "/")
	}
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
		case b := <-batches:
			if paths := relevant(b.Paths); len(paths) > 0 || b.Overflow {
				rebuild(ctx, session, h, opts, paths, b.Overflow)
			}
		}
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

// rebuild updates the session and publishes the result or its errors.
func rebuild(ctx context.Context, s *site.Session, h *Handler, opts Options, changed []string, full bool) {
	start := time.Now()
	snap, err := s.Update(ctx, changed, full)
	if opts.Built != nil {
		defer opts.Built(snap, err)
	}
	var ce *diag.ContentError
	switch {
	case errors.As(err, &ce):
		h.Fail(ce.List)
		for _, d := range ce.List {
			fmt.Fprintln(opts.Log, d.String())
		}
		e, w := ce.List.Count()
		fmt.Fprintf(opts.Log, "%s build failed: %d errors, %d warnings; still serving the last good build\n", stamp(), e, w)
	case err != nil:
		h.Fail(diag.List{{Path: opts.Site.Source, Message: err.Error()}})
		fmt.Fprintf(opts.Log, "%s build failed: %v\n", stamp(), err)
	default:
		for _, d := range snap.Result.Diagnostics {
			fmt.Fprintln(opts.Log, d.String())
		}
		h.Publish(snap)
		fmt.Fprintf(opts.Log, "%s %s: %d pages rendered in %d ms\n", stamp(), describe(changed, full), snap.Result.Pages, time.Since(start).Milliseconds())
	}
}

// relevant keeps the changed paths that can change the site: content,
// templates, static files and the configuration. A site root is often a code
// repository, whose other files must not cause rebuilds.
func relevant(paths []string) []string {
	var out []string
	for _, p := range paths {
		top, _, nested := strings.Cut(p, "/")
		if nested && (top == "content" || top == "templates" || top == "static") || !nested && strings.HasPrefix(p, "secdoc.") {
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
