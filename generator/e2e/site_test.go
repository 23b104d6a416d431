package e2e

import (
	"context"
	"encoding/json"
	"io/fs"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/serve"
	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/generator/web"
)

// buildDate is the build date of the example site in every test: the date the
// README's figures and the committed screenshots were made with.
var buildDate = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// snapshot builds the site at root into memory, as serve does.
func snapshot(tb testing.TB, root string, now time.Time) (*site.Session, *site.Snapshot) {
	tb.Helper()
	s := site.NewSession(site.Options{Source: root, Now: site.FixedClock(now), Version: "test"})
	snap, err := s.Update(context.Background(), nil, true)
	if err != nil {
		tb.Fatalf("build %s: %v", root, err)
	}
	return s, snap
}

// serveSnapshot serves snap with the preview server's handler, which sends the
// CSP header, nosniff and the theme's 404 page, and returns the server's URL
// without the trailing slash.
func serveSnapshot(tb testing.TB, snap *site.Snapshot) (*serve.Handler, string) {
	tb.Helper()
	h := serve.NewHandler()
	h.Publish(snap)
	srv := httptest.NewServer(h)
	tb.Cleanup(func() {
		h.Close() // ends the live-reload streams, which would keep Close waiting
		srv.Close()
	})
	return h, srv.URL
}

// staticHost serves the current snapshot as any static web host would: files
// only, with the CSP header but without serve's live-reload script, so that
// what reloads a page is the page's own script.
type staticHost struct{ snap atomic.Pointer[site.Snapshot] }

func (s *staticHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	data, ok := s.snap.Load().Files[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Security-Policy", web.HeaderCSP)
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	_, _ = w.Write(data)
}

// serveStatic serves snap from a staticHost and returns the host and its URL.
func serveStatic(tb testing.TB, snap *site.Snapshot) (*staticHost, string) {
	tb.Helper()
	host := &staticHost{}
	host.snap.Store(snap)
	srv := httptest.NewServer(host)
	tb.Cleanup(srv.Close)
	return host, srv.URL
}

// htmlPages lists the HTML files of snap, sorted.
func htmlPages(snap *site.Snapshot) []string {
	var list []string
	for name := range snap.Files {
		if path.Ext(name) == ".html" {
			list = append(list, name)
		}
	}
	sort.Strings(list)
	return list
}

// pageURL is the address a server gives the page file name: folders end in /.
func pageURL(name string) string {
	if name == "index.html" {
		return "/"
	}
	if strings.HasSuffix(name, "/index.html") {
		return "/" + strings.TrimSuffix(name, "index.html")
	}
	return "/" + name
}

// copySite copies the example site's content into a new site root, for the
// tests that edit it.
func copySite(tb testing.TB) string {
	tb.Helper()
	return copyTree(tb, filepath.Join(repoRoot, "content"), filepath.Join(tb.TempDir(), "site"), "content")
}

// copyTree copies the folder src to dst/under and returns dst.
func copyTree(tb testing.TB, src, dst, under string) string {
	tb.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, under, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		tb.Fatalf("copy %s: %v", src, err)
	}
	return dst
}

// riskData is the part of api/risks.json the tests compare pages with.
type riskData struct {
	Threats []struct {
		ID         string `json:"id"`
		Likelihood int    `json:"likelihood"`
		Impact     int    `json:"impact"`
		Status     string `json:"status"`
	} `json:"threats"`
	Heatmap [][]int `json:"heatmap"`
}

func readRisks(tb testing.TB, snap *site.Snapshot) riskData {
	tb.Helper()
	var r riskData
	if err := json.Unmarshal(snap.Files["api/risks.json"], &r); err != nil {
		tb.Fatalf("api/risks.json: %v", err)
	}
	return r
}

// firstPage returns the first HTML page whose name has the prefix and
// contains the text, or fails.
func firstPage(tb testing.TB, snap *site.Snapshot, prefix, text string) string {
	tb.Helper()
	for _, name := range htmlPages(snap) {
		if strings.HasPrefix(name, prefix) && strings.Contains(string(snap.Files[name]), text) {
			return name
		}
	}
	tb.Fatalf("no page under %q contains %q", prefix, text)
	return ""
}

// newServer serves h on loopback until the test ends and returns its URL.
func newServer(tb testing.TB, h http.Handler) string {
	tb.Helper()
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv.URL
}

// containsAny reports whether any of list contains sub.
func containsAny(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
