package serve

import (
	"fmt"
	"html"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/livereload"
	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/generator/web"
)

// Handler serves the last good build and the live-reload endpoints.
type Handler struct {
	mu   sync.RWMutex
	snap *site.Snapshot
	live *livereload.Server
}

// NewHandler returns a handler with nothing built yet.
func NewHandler() *Handler { return &Handler{live: livereload.New()} }

// Publish makes snap the site served and tells browsers to reload.
func (h *Handler) Publish(snap *site.Snapshot) {
	h.mu.Lock()
	h.snap = snap
	h.mu.Unlock()
	h.live.Reload()
}

// Fail keeps serving the last good build and shows errs in the browsers.
func (h *Handler) Fail(errs diag.List) {
	lines := make([]string, 0, len(errs))
	for _, d := range errs {
		lines = append(lines, d.String())
	}
	h.live.Fail(lines)
}

// Close ends the event streams, so that a server can shut down.
func (h *Handler) Close() { h.live.Close() }

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", web.HeaderCSP)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path == livereload.EventsPath || r.URL.Path == livereload.ScriptPath {
		h.live.ServeHTTP(w, r)
		return
	}
	if !safePath(r) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	h.file(w, r)
}

// safePath refuses traversal in any spelling: "..", encoded dots and
// slashes, backslashes and NUL, in the decoded or the raw path.
func safePath(r *http.Request) bool {
	for _, p := range []string{r.URL.Path, r.URL.RawPath, r.RequestURI} {
		low := strings.ToLower(p)
		if strings.ContainsAny(p, "\\\x00") || strings.Contains(low, "%2e") || strings.Contains(low, "%2f") ||
			strings.Contains(low, "%5c") || strings.Contains(low, "%00") {
			return false
		}
		for _, seg := range strings.Split(strings.SplitN(p, "?", 2)[0], "/") {
			if seg == ".." || seg == "." {
				return false
			}
		}
	}
	return strings.HasPrefix(r.URL.Path, "/")
}

// file serves one file of the snapshot; folders serve their index.html.
func (h *Handler) file(w http.ResponseWriter, r *http.Request) {
	h.mu.RLock()
	snap := h.snap
	h.mu.RUnlock()
	if snap == nil {
		h.noBuild(w)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	data, ok := snap.Files[name]
	if !ok && path.Ext(name) == "" {
		if _, dir := snap.Files[name+"/index.html"]; dir {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
	}
	status := http.StatusOK
	if !ok {
		status, name = http.StatusNotFound, "404.html"
		if data, ok = snap.Files[name]; !ok {
			http.NotFound(w, r)
			return
		}
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasPrefix(ctype, "text/html") {
		data = livereload.Inject(data)
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// noBuild answers while no build has succeeded yet: the errors, if any, and
// the live-reload script, so the page recovers by itself once they are fixed.
func (h *Handler) noBuild(w http.ResponseWriter) {
	errs := h.live.Errors()
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>secdoc: no build yet</title>" + livereload.Tag + "</head><body><main>")
	if len(errs) == 0 {
		b.WriteString("<h1>Building…</h1><p>The first build is still running; this page reloads when it is done.</p>")
	} else {
		b.WriteString("<h1>The site does not build yet</h1><ol>")
		for _, line := range errs {
			b.WriteString("<li><code>" + html.EscapeString(line) + "</code></li>")
		}
		b.WriteString("</ol>")
	}
	b.WriteString("</main></body></html>\n")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = io.WriteString(w, b.String())
}
