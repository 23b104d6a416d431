package livereload

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sync"

	"github.com/secdoc/secdoc/generator/web"
)

// The endpoints, under the folder built sites keep free for them.
const (
	// ScriptPath is the URL of the client script.
	ScriptPath = "/" + web.LivePrefix + "/live.js"
	// EventsPath is the URL of the event stream the script listens to.
	EventsPath = "/" + web.LivePrefix + "/events"
)

// script is the live-reload client, served from its own URL so pages need
// no inline script.
//
//go:embed live.js
var script []byte

// Server serves the script and the event stream, and remembers what the
// browsers must show: nothing, or the errors of the last build. It is safe
// for concurrent use.
type Server struct {
	mu     sync.RWMutex
	errors []string // one line per finding of the failed build; nil after a good one
	hub    *hub
}

// New returns a server with no errors to show.
func New() *Server { return &Server{hub: newHub()} }

// Reload clears the errors and tells every browser to reload.
func (s *Server) Reload() {
	s.mu.Lock()
	s.errors = nil
	s.mu.Unlock()
	s.hub.publish(event{name: "reload", data: "{}"})
}

// Fail makes errors, one line per finding, what every browser shows over the
// page it keeps; no errors hides them again.
func (s *Server) Fail(errors []string) {
	s.mu.Lock()
	s.errors = slices.Clone(errors)
	s.mu.Unlock()
	s.hub.publish(s.state())
}

// Errors returns the lines Fail last set, or nil since the last Reload.
func (s *Server) Errors() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.Clone(s.errors)
}

// Close ends the event streams, so that a server can shut down.
func (s *Server) Close() { s.hub.close() }

// state is the event that tells a browser what to show: the errors, or none.
func (s *Server) state() event {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if len(s.errors) == 0 {
		return event{name: "ok", data: "{}"}
	}
	data, _ := json.Marshal(map[string][]string{"errors": s.errors})
	return event{name: "errors", data: string(data)}
}

// ServeHTTP serves ScriptPath and EventsPath, and nothing else.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case EventsPath:
		s.events(w, r)
	case ScriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		_, _ = w.Write(script)
	default:
		http.NotFound(w, r)
	}
}

// events streams the current state, then every reload and error event, to
// one browser.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	ch, done := s.hub.subscribe()
	defer done()
	send := func(e event) bool {
		if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send(s.state()) {
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
