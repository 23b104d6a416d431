package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMathRendersWithKaTeX opens every page with math and waits until KaTeX
// has rendered each formula, under the page's CSP.
func TestMathRendersWithKaTeX(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveSnapshot(t, snap)
	tb := newTab(t, browser)
	pages := 0
	for _, name := range htmlPages(snap) {
		html := string(snap.Files[name])
		if !strings.Contains(html, `class="math`) {
			continue
		}
		pages++
		url := base + pageURL(name)
		tb.open(url)
		n := evaluate[int](tb, `document.querySelectorAll('.math').length`)
		if n == 0 {
			t.Errorf("%s: no .math element in the browser", url)
		}
		if !tb.poll(`[...document.querySelectorAll('.math')].every(e => e.querySelector('.katex') && e.getAttribute('data-math-rendered') === 'ok')`, 10*time.Second) {
			bad := evaluate[[]string](tb, `[...document.querySelectorAll('.math')].filter(e => !e.querySelector('.katex')).map(e => e.textContent)`)
			t.Errorf("%s: KaTeX did not render %d of %d formulas: %q", url, len(bad), n, bad)
		}
		if errs := evaluate[int](tb, `document.querySelectorAll('.math .katex-error').length`); errs > 0 {
			t.Errorf("%s: KaTeX reports %d formulas it could not parse", url, errs)
		}
		tb.check(url)
		t.Logf("%s: %d formulas rendered", url, n)
	}
	if pages == 0 {
		t.Fatal("no page of the example site has math")
	}
}

// TestMathErrorsStayText opens a formula KaTeX cannot parse: the page shows
// its source, marked as an error, and breaks no CSP rule doing so.
func TestMathErrorsStayText(t *testing.T) {
	browser := newBrowser(t)
	root := t.TempDir()
	file := filepath.Join(root, "content", "threats", "t.md")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "---\nid: THR-1\ntitle: Bad math\n---\nA typo: \\(\\frac{1}{\\).\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, snap := snapshot(t, root, buildDate)
	_, base := serveSnapshot(t, snap)
	tb := newTab(t, browser)
	tb.open(base + "/threats/t/")
	got := evaluate[[]string](tb, `(e => [e.getAttribute('data-math-rendered'), e.className, e.textContent, e.title])(document.querySelector('.math'))`)
	if got[0] != "error" || !strings.Contains(got[1], "katex-error") || got[2] != `\frac{1}{` || got[3] == "" {
		t.Errorf("the formula shows as %q; want state error, class katex-error, its source and KaTeX's message as title", got)
	}
	tb.check("bad math")
}
