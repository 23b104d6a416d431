package livereload

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestServesTheScript(t *testing.T) {
	srv := httptest.NewServer(New())
	defer srv.Close()
	res, err := http.Get(srv.URL + "/_secdoc/live.js")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Errorf("status: got %d, want 200", res.StatusCode)
	}
	if got, want := res.Header.Get("Content-Type"), "text/javascript; charset=utf-8"; got != want {
		t.Errorf("Content-Type: got %q, want %q", got, want)
	}
	if string(body) != string(script) {
		t.Errorf("got %d bytes, want the embedded script's %d", len(body), len(script))
	}
	// The script spells the stream's URL itself; the two must agree.
	if !strings.Contains(string(body), "'"+EventsPath+"'") {
		t.Errorf("the script does not listen to %s", EventsPath)
	}
}

func TestServesNothingElse(t *testing.T) {
	srv := httptest.NewServer(New())
	defer srv.Close()
	for _, p := range []string{"/", "/_secdoc/", "/_secdoc/other.js", "/live.js"} {
		res, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: got %d, want 404", p, res.StatusCode)
		}
	}
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name  string
		act   func(*Server)
		want  sse      // the event the stream then carries
		lines []string // what Errors then returns
	}{
		{"a failed build", func(s *Server) { s.Fail([]string{"content/a.md:2:1: unknown asset <b>"}) },
			sse{"errors", `{"errors":["content/a.md:2:1: unknown asset \u003cb\u003e"]}`}, []string{"content/a.md:2:1: unknown asset <b>"}},
		{"a good build", func(s *Server) { s.Reload() }, sse{"reload", "{}"}, nil},
		{"a failure without findings", func(s *Server) { s.Fail(nil) }, sse{"ok", "{}"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New()
			events := stream(t, s)
			if got, want := next(t, events), (sse{"ok", "{}"}); got != want {
				t.Fatalf("first event: got %v, want %v", got, want)
			}
			tc.act(s)
			if got := next(t, events); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if got := s.Errors(); strings.Join(got, "\n") != strings.Join(tc.lines, "\n") {
				t.Errorf("Errors: got %q, want %q", got, tc.lines)
			}
		})
	}
}

func TestNewStreamStartsWithTheErrors(t *testing.T) {
	s := New()
	s.Fail([]string{"secdoc.yaml:1:1: bad"})
	want := sse{"errors", `{"errors":["secdoc.yaml:1:1: bad"]}`}
	if got := next(t, stream(t, s)); got != want {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestCloseEndsStreams(t *testing.T) {
	s := New()
	events := stream(t, s)
	next(t, events)
	s.Close()
	select {
	case e, ok := <-events:
		if ok {
			t.Errorf("got %v, want the stream to end", e)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the stream did not end within 5 s of Close")
	}
}

// next returns the stream's next event, failing the test after 5 s.
func next(t *testing.T, events <-chan sse) sse {
	t.Helper()
	select {
	case e, ok := <-events:
		if !ok {
			t.Fatal("the stream ended, want an event")
		}
		return e
	case <-time.After(5 * time.Second):
		t.Fatal("no event within 5 s")
	}
	return sse{}
}

// sse is one event as a browser receives it.
type sse struct{ name, data string }

// stream connects to s's event stream and returns its events; the channel
// closes when the stream ends.
func stream(t *testing.T, s *Server) <-chan sse {
	t.Helper()
	srv := httptest.NewServer(s)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() {
		cancel()
		s.Close()
		srv.Close()
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/_secdoc/events", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Header.Get("Content-Type"), "text/event-stream"; got != want {
		t.Fatalf("Content-Type: got %q, want %q", got, want)
	}
	out := make(chan sse, 16)
	go func() {
		defer close(out)
		defer res.Body.Close()
		var e sse
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			line := sc.Text()
			if name, ok := strings.CutPrefix(line, "event: "); ok {
				e.name = name
			} else if data, ok := strings.CutPrefix(line, "data: "); ok {
				e.data = data
			} else if line == "" {
				out <- e
				e = sse{}
			}
		}
	}()
	return out
}
