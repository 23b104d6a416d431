package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// hostileFiles are content files whose names carry payloads. Go module zips
// refuse such names (and Windows cannot hold them), so the test writes them
// next to a copy of testdata/xss instead of committing them. Each one's id is
// its file name.
var hostileFiles = map[string]string{
	"content/threats/<svg onload=alert(1)>.md": "---\ntitle: A threat named by its file\nlikelihood: 2\nimpact: 2\n" +
		"assets: ['\"><img src=x onerror=window.__xss=1>']\n---\nSee [[javascript:alert(1)]] and [['-alert(1)-'|the runbook]].\n",
	"content/assets/\"><img src=x onerror=window.__xss=1>.md": "---\ntitle: An asset named by its file\nconfidentiality: low\n---\n",
	"content/sops/'-alert(1)-'.md":                            "---\ntitle: A runbook named by its file\nthreats: ['<svg onload=alert(1)>']\n---\n",
	"content/decisions/javascript:alert(1).md":                "---\ntitle: A decision named by its file\nstatus: proposed\ndate: 2026-11-01\n---\n",
}

// xssSite copies the hostile corpus into a new site root, adds the files with
// hostile names and a real image for the image payloads to point at.
func xssSite(t *testing.T) string {
	t.Helper()
	root := copyTree(t, filepath.Join("testdata", "xss"), filepath.Join(t.TempDir(), "xss"), "")
	var pixel bytes.Buffer
	if err := png.Encode(&pixel, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"static/pixel.png": pixel.String()}
	for name, src := range hostileFiles {
		files[name] = src
	}
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// auditDOM lists what in the page could run script or has no business in it:
// event handler attributes, URLs of any scheme but http(s) and mailto,
// scripts other than the theme's, frames, objects, forms, base and style
// elements, refreshes to a URL, and style attributes outside KaTeX's output
// (the CSP would block those, so the generator must never write them).
const auditDOM = `(() => {
  const bad = [];
  const theme = /\/(katex\/katex\.min|js\/(math|tables|radiator|radiator-fit|search)|vendor\/minisearch\/minisearch|search\/(docs|t-[0-9]+))\.js$|\/_secdoc\/live\.js$/;
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping'];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase(), inMath = !!el.closest('.katex');
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith('on') || n === 'srcdoc') bad.push(tag + '[' + n + '=' + a.value + ']');
      if (urlAttrs.includes(n)) {
        let u = null;
        try { u = new URL(a.value, location.href); } catch (e) {}
        if (u && !['http:', 'https:', 'mailto:'].includes(u.protocol)) bad.push(tag + '[' + n + '=' + a.value + ']');
      }
      if (n === 'style' && !inMath) bad.push(tag + '[style=' + a.value + ']');
    }
    if (tag === 'script' && !theme.test(el.src)) bad.push('script ' + (el.src || el.textContent.slice(0, 60)));
    if (['iframe', 'frame', 'object', 'embed', 'form', 'base', 'style', 'applet', 'template', 'portal'].includes(tag)) bad.push('<' + tag + '>');
    if ((tag === 'svg' || tag === 'math') && !inMath) bad.push('<' + tag + '> outside KaTeX');
    if (tag === 'meta' && /url\s*=/i.test(el.content || '')) bad.push('meta refresh to ' + el.content);
  }
  return bad;
})()`

// provoke fires the events inline handlers listen for on every element, so
// that a handler that slipped through runs now rather than on a hover.
const provoke = `(() => {
  for (const el of document.querySelectorAll('body *')) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'error', 'load', 'animationstart', 'toggle']) {
      el.dispatchEvent(new Event(type));
    }
  }
  return true;
})()`

// document is an entry of api/documents.json.
type document struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// TestXSSCorpus builds the hostile corpus and opens every page it produces,
// once under the page's CSP and once with the CSP switched off, so that
// escaping alone must hold: no dialog opens, window.__xss stays undefined
// after every inline handler was provoked, the DOM holds no handler, script
// URL or foreign element, nothing breaks the CSP, and every record page shows
// its hostile title and id as text.
func TestXSSCorpus(t *testing.T) {
	browser := newBrowser(t)
	root := xssSite(t)
	_, snap := snapshot(t, root, buildDate)
	docs := xssDocuments(t, snap.Files["api/documents.json"])
	_, base := serveSnapshot(t, snap)
	pages := htmlPages(snap)
	for _, csp := range []bool{true, false} {
		tb := newTab(t, browser)
		suffix := ""
		if !csp {
			suffix = " (CSP off)"
			tb.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				_, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true})
				return err
			}))
		}
		for _, name := range pages {
			d, isRecord := docs[pageURL(name)]
			checkHostilePage(t, tb, base+pageURL(name), suffix, d, isRecord)
		}
		if n := tb.dialogCount(); n > 0 {
			t.Errorf("payloads opened %d dialogs%s", n, suffix)
		}
		tb.close()
	}
	t.Logf("%d pages of the hostile corpus opened with and without the CSP; nothing ran, and the %d records' titles and ids showed as text", len(pages), len(docs))
}

// xssDocuments reads api/documents.json by page URL, and checks that every
// file with a hostile name became a record with that name as its id.
func xssDocuments(t *testing.T, data []byte) map[string]document {
	t.Helper()
	var docs struct{ Documents []document }
	if err := json.Unmarshal(data, &docs); err != nil {
		t.Fatal(err)
	}
	byURL, ids := map[string]document{}, map[string]bool{}
	for _, d := range docs.Documents {
		byURL[d.URL] = d
		ids[d.ID] = true
	}
	for name := range hostileFiles {
		if id := strings.TrimSuffix(filepath.Base(name), ".md"); !ids[id] {
			t.Errorf("no document has the id %q of file %s", id, name)
		}
	}
	return byURL
}

// checkHostilePage opens one page of the corpus, provokes every inline
// handler and checks that nothing ran, nothing dangerous is in the DOM and
// nothing went wrong, and that a record's title and id show as text.
func checkHostilePage(t *testing.T, tb *tab, url, suffix string, d document, isRecord bool) {
	t.Helper()
	where := url + suffix
	tb.open(url)
	evaluate[bool](tb, provoke)
	tb.settle() // focus on the search box loads the search index: let it finish
	if got := evaluate[string](tb, `typeof window.__xss`); got != "undefined" {
		t.Errorf("%s: a payload ran: window.__xss is a %s", where, got)
	}
	for _, b := range evaluate[[]string](tb, auditDOM) {
		t.Errorf("%s: %s", where, b)
	}
	if isRecord {
		checkShownAsText(t, tb, where, d)
	}
	tb.check(where)
}

// checkShownAsText checks that a record's page shows its title and id as the
// very text they are, markup characters included.
func checkShownAsText(t *testing.T, tb *tab, where string, d document) {
	t.Helper()
	shown := evaluate[[]string](tb, `[document.querySelector('main h1').textContent, document.querySelector('.id-chip').textContent, document.title]`)
	if shown[0] != d.Title {
		t.Errorf("%s: the heading shows %q, want the title %q as text", where, shown[0], d.Title)
	}
	if shown[1] != d.ID {
		t.Errorf("%s: the id chip shows %q, want %q", where, shown[1], d.ID)
	}
	if !strings.Contains(shown[2], "<script>window.__xss=1</script>") {
		t.Errorf("%s: the document title %q does not show the site title's payload as text", where, shown[2])
	}
}

// TestXSSHarnessSeesPayloads proves the checks above on a page that lets
// payloads through, with the CSP off: they must see the handler run, the
// dialog open and the markup in the DOM.
func TestXSSHarnessSeesPayloads(t *testing.T) {
	browser := newBrowser(t)
	base := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!DOCTYPE html><html lang="en"><head><title>leaky</title></head><body>` +
			`<p onmouseover="window.__xss = 1; alert(1)">hover</p><a href="javascript:alert(2)">link</a></body></html>`))
	}))
	tb := newTab(t, browser)
	tb.open(base + "/")
	evaluate[bool](tb, provoke)
	tb.settle() // focus on the search box loads the search index: let it finish
	if got := evaluate[string](tb, `typeof window.__xss`); got != "number" {
		t.Errorf("window.__xss is %s after the handler was provoked, want number", got)
	}
	if bad := evaluate[[]string](tb, auditDOM); len(bad) != 2 {
		t.Errorf("the audit found %q, want the handler and the javascript: link", bad)
	}
	if n := tb.dialogCount(); n != 1 || !containsAny(tb.takeProblems(), "dialog") {
		t.Errorf("saw %d dialogs, want 1", n)
	}
}
