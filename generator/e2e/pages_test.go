package e2e

import (
	"net/http"
	"testing"
)

// TestEveryPageLoadsCleanly opens every page of the example site, served with
// its real headers, and fails on any console error, uncaught exception, failed
// request, error response or CSP violation.
func TestEveryPageLoadsCleanly(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveSnapshot(t, snap)
	pages := htmlPages(snap)
	if len(pages) < 50 {
		t.Fatalf("got %d pages, want the whole example site", len(pages))
	}
	tb := newTab(t, browser)
	for _, name := range pages {
		url := base + pageURL(name)
		tb.open(url)
		tb.check(url)
	}
	// The theme's 404 page, as a server sends it for any unknown address,
	// deep in the tree: its styles and scripts must still load.
	url := base + "/no/such/page/"
	tb.expectStatus(url, http.StatusNotFound)
	tb.open(url)
	if got := evaluate[string](tb, `getComputedStyle(document.querySelector('.site-header')).display`); got == "inline" {
		t.Errorf("%s: the 404 page is unstyled (header display %q)", url, got)
	}
	tb.check(url)
	t.Logf("%d pages and the 404 page loaded with no console error, failed request or CSP violation", len(pages))
}

// TestProblemsAreSeen proves the harness: a page that breaks the CSP, throws
// and requests a missing file must be reported, or the test above proves nothing.
func TestProblemsAreSeen(t *testing.T) {
	browser := newBrowser(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!DOCTYPE html><html lang="en"><head><title>bad</title>` +
			`<script>window.inline = 1</script><script src="/throws.js"></script><link rel="stylesheet" href="/missing.css"></head>` +
			`<body><p style="color: red">styled</p></body></html>`))
	})
	mux.HandleFunc("/throws.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		_, _ = w.Write([]byte(`throw new Error('boom')`))
	})
	mux.HandleFunc("/missing.css", http.NotFound)
	srv := newServer(t, mux)
	tb := newTab(t, browser)
	tb.open(srv + "/")
	problems := tb.takeProblems()
	for _, want := range []string{"script-src", "style-src", "boom", "missing.css"} {
		if !containsAny(problems, want) {
			t.Errorf("no problem mentions %q; got %q", want, problems)
		}
	}
}
