package serve

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/generator/web"
)

// liveScript is the live-reload client, served from its own URL so pages
// need no inline script.
//
//go:embed live.js
var liveScript []byte

const (
	livePath   = "/" + web.LivePrefix + "/live.js"
	eventsPath = "/" + web.LivePrefix + "/events"
	liveTag    = `<script src="` + livePath + `" defer></script>`
)

// Handler serves the last good build and the live-reload endpoints.
type Handler struct {
	mu     sync.RWMutex
	snap   *site.Snapshot
	errors diag.List
	hub    *hub
}

// NewHandler returns a handler with nothing built yet.
func NewHandler() *Handler { return &Handler{hub: newHub()} }

// Publish makes snap the site served and tells browsers to reload.
func (h *Handler) Publish(snap *site.Snapshot) {
	h.mu.Lock()
	h.snap, h.errors = snap, nil
	h.mu.Unlock()
	h.hub.publish(event{name: "reload", data: "{}"})
}

// Fail keeps serving the last good build and shows errors in the browsers.
func (h *Handler) Fail(errs diag.List) {
	h.mu.Lock()
	h.errors = errs
	h.mu.Unlock()
	h.hub.publish(h.state())
}

// Close ends the event streams, so that a server can shut down.
func (h *Handler) Close() { h.hub.close() }

// state is the event that tells a browser what to show: the errors, or none.
func (h *Handler) state() event {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if len(h.errors) == 0 {
		return event{name: "ok", data: "{}"}
	}
	lines := make([]string, 0, len(h.errors))
	for _, d := range h.errors {
		lines = append(lines, d.String())
	}
	data, _ := json.Marshal(map[string][]string{"errors": lines})
	return event{name: "errors", data: string(data)}
}

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
	switch r.URL.Path {
	case eventsPath:
		h.events(w, r)
		return
	case livePath:
		hdr.Set("Content-Type", "text/javascript; charset=utf-8")
		_, _ = w.Write(liveScript)
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
		data = inject(data)
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// inject adds the live-reload script to an HTML page.
func inject(page []byte) []byte {
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return page
	}
	out := make([]byte, 0, len(page)+len(liveTag)+1)
	out = append(out, page[:i]...)
	out = append(out, liveTag...)
	out = append(out, '\n')
	return append(out, page[i:]...)
}

// events streams reload and error events to one browser.
func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	ch, done := h.hub.subscribe()
	defer done()
	send := func(e event) bool {
		if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send(h.state()) {
		return
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case e, ok := <-ch:
			if !ok || !send(e) {
				return
			}
		}
	}
}

// noBuild answers while no build has succeeded yet: the errors, if any, and
// the live-reload script, so the page recovers by itself once they are fixed.
func (h *Handler) noBuild(w http.ResponseWriter) {
	h.mu.RLock()
	errs := h.errors
	h.mu.RUnlock()
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>secdoc: no build yet</title>" + liveTag + "</head><body><main>")
	if len(errs) == 0 {
		b.WriteString("<h1>Building…</h1><p>The first build is still running; this page reloads when it is done.</p>")
	} else {
		b.WriteString("<h1>The site does not build yet</h1><ol>")
		for _, d := range errs {
			b.WriteString("<li><code>" + html.EscapeString(d.String()) + "</code></li>")
		}
		b.WriteString("</ol>")
	}
	b.WriteString("</main></body></html>\n")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusServiceUnavailable)
	_, _ = io.WriteString(w, b.String())
}
