package e2e

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// searchResult is what the results panel shows, as the tests read it.
type searchResult struct {
	Status string   `json:"status"`
	Groups []string `json:"groups"`
	Links  []string `json:"links"`
	Texts  []string `json:"texts"`
}

const readResults = `(() => ({
  status: document.querySelector('.search-status').textContent,
  groups: [...document.querySelectorAll('.search-group h2')].map(h => h.textContent),
  links: [...document.querySelectorAll('a.search-link')].map(a => a.href),
  texts: [...document.querySelectorAll('.search-result')].map(li => li.textContent),
}))()`

// searchFor presses "/" to reach the box, types query and waits for the
// results' status line to name it.
func searchFor(t *testing.T, tb *tab, query string) searchResult {
	t.Helper()
	tb.do(chromedp.KeyEvent("/"))
	if !evaluate[bool](tb, `document.activeElement === document.getElementById('site-search-input')`) {
		t.Fatal(`"/" did not focus the search box`)
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('site-search-input').value = ''`))
	tb.do(chromedp.KeyEvent(query)) // the box has the focus
	if !tb.poll(`document.querySelector('.search-status').textContent.includes(`+jsString("“"+query+"”")+`)`, 10*time.Second) {
		t.Fatalf("no results for %q; status %q", query, evaluate[string](tb, `document.querySelector('.search-status').textContent`))
	}
	return evaluate[searchResult](tb, readResults)
}

// TestSearch searches the example site from a static web host sending the
// CSP header and from disk (file://, where the CSP is the pages' own meta
// element): ids, titles, bodies, owners and tags all find their record, the
// results are grouped by kind with their band or status, the keyboard
// reaches them and following one opens the record.
func TestSearch(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, static := serveStatic(t, snap)
	disk := buildToDisk(t, repoRoot, "")
	fileURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(disk, "threats", "index.html"))}).String()
	hosts := []struct{ name, start string }{
		{"static host", static + "/threats/"},
		{"file", fileURL},
	}
	queries := []struct {
		query, wantLink, wantText string
	}{
		{"THR-0009", "threats/thr-0009", "THR-0009"},         // an id
		{"skimmed checkout", "threats/thr-0002", "CRITICAL"}, // title words, and the band
		{"Natarajan", "threats/thr-0003", "Card numbers"},    // an owner
		{"referer", "threats/thr-0005", "Password reset"},    // a title word, as a prefix of none
		{"warehou", "threats/thr-0009", "warehouse"},         // a prefix
	}
	for _, h := range hosts {
		t.Run(h.name, func(t *testing.T) {
			tb := newTab(t, browser)
			tb.open(h.start)
			if evaluate[bool](tb, `!!window.MiniSearch || performance.getEntriesByType('resource').some(e => e.name.includes('/search/'))`) {
				t.Error("the search index loaded before the reader searched")
			}
			for _, q := range queries {
				res := searchFor(t, tb, q.query)
				if !containsAny(res.Links, q.wantLink) {
					t.Errorf("%q: no result links to %s; got %q", q.query, q.wantLink, res.Links)
				}
				if !containsAny(res.Texts, q.wantText) {
					t.Errorf("%q: no result says %q; got %q", q.query, q.wantText, res.Texts)
				}
				if len(res.Groups) == 0 {
					t.Errorf("%q: results not grouped by kind", q.query)
				}
			}
			res := searchFor(t, tb, "zzqqxx")
			if !strings.HasPrefix(res.Status, "No results") || len(res.Links) != 0 {
				t.Errorf("nonsense query: status %q, links %q", res.Status, res.Links)
			}
			// The keyboard: Down into the results, Enter follows the link.
			res = searchFor(t, tb, "THR-0009")
			tb.do(chromedp.KeyEvent(kb.ArrowDown))
			if got := evaluate[string](tb, `document.activeElement.href || ''`); got != res.Links[0] {
				t.Fatalf("Down from the box focused %q, want the first result %q", got, res.Links[0])
			}
			tb.do(chromedp.KeyEvent(kb.Enter))
			if !tb.poll(`location.href.includes('threats/thr-0009')`, 10*time.Second) {
				t.Errorf("Enter on the first result did not open it")
			}
			tb.settle()
			tb.check(h.name)
		})
	}
}

// TestSearchAccessible runs axe-core on a page with search results open.
func TestSearchAccessible(t *testing.T) {
	axe := axeSource(t)
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveStatic(t, snap)
	for _, scheme := range []string{"light", "dark"} {
		tb := newTab(t, browser)
		tb.colorScheme(scheme)
		tb.open(base + "/")
		searchFor(t, tb, "token")
		tb.do(evaluateScript(axe))
		res := evaluate[axeResult](tb, runAxe)
		if res.Passes == 0 {
			t.Errorf("axe-core passed no rule: it did not run")
		}
		for _, f := range res.Violations {
			if f.Impact == "serious" || f.Impact == "critical" {
				t.Errorf("search results (%s): %s", scheme, describeViolation(f))
			}
		}
		tb.check(base + "/")
		tb.close()
	}
}
