package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// pinClock makes the page's clock read at, so that the radiator's stale check
// gives the same answer on any day.
func (tb *tab) pinClock(at time.Time) {
	tb.t.Helper()
	tb.do(tb.addScript(fmt.Sprintf(`Date.now = function () { return %d; };`, at.UnixMilli())))
}

// box is an element's bounding rectangle in CSS pixels.
type box struct {
	Name                     string
	Left, Top, Right, Bottom float64
}

func (b box) inside(o box) bool {
	const slack = 0.5 // sub-pixel rounding
	return b.Left >= o.Left-slack && b.Top >= o.Top-slack && b.Right <= o.Right+slack && b.Bottom <= o.Bottom+slack
}

// radiatorLayout is what the fit test measures.
type radiatorLayout struct {
	ScrollWidth, ScrollHeight, InnerWidth, InnerHeight float64
	Tiles                                              []box
	Parts                                              [][]box // each tile's label and number
	Items                                              [][]box // each tile's shown items
	Lists                                              []tileList
	Stale, Banner                                      bool
}

// tileList is what a tile's list says about the items it left out.
type tileList struct {
	Name                string
	Total, Shown, Owned int
	More                int  // the N of "+N more", -1 when not shown
	MoreInside          bool // the "+N more" line lies inside its tile
}

const measureRadiator = `(() => {
  const rect = (e, name) => { const r = e.getBoundingClientRect(); return {Name: name, Left: r.left, Top: r.top, Right: r.right, Bottom: r.bottom}; };
  const d = document.documentElement, tiles = [...document.querySelectorAll('.tile')];
  const name = t => t.querySelector('.tile-label').textContent;
  const banner = document.querySelector('.radiator-stale');
  return {
    ScrollWidth: Math.max(d.scrollWidth, document.body.scrollWidth), ScrollHeight: Math.max(d.scrollHeight, document.body.scrollHeight),
    InnerWidth: innerWidth, InnerHeight: innerHeight,
    Tiles: tiles.map(t => rect(t, name(t))),
    Parts: tiles.map(t => [...t.querySelectorAll('.tile-label, .tile-number, .band-label')].map(e => rect(e, name(t) + ' ' + e.className))),
    Items: tiles.map(t => [...t.querySelectorAll('.tile-items > li')].filter(li => !li.hidden).map(li => rect(li, name(t) + ' ' + li.querySelector('.item-title').textContent))),
    Lists: tiles.filter(t => t.querySelector('.tile-items')).map(t => {
      const ol = t.querySelector('.tile-items'), more = t.querySelector('.tile-more'), shown = [...ol.children].filter(li => !li.hidden);
      const mr = more.getBoundingClientRect(), tr = t.getBoundingClientRect();
      return {Name: name(t), Total: parseInt(ol.dataset.total, 10), Shown: shown.length,
        Owned: shown.filter(li => (li.querySelector('.item-owner') || {}).textContent).length,
        More: more.hidden ? -1 : parseInt(more.querySelector('.tile-more-n').textContent, 10),
        MoreInside: more.hidden || (mr.top >= tr.top - 0.5 && mr.bottom <= tr.bottom + 0.5)};
    }),
    Stale: document.body.classList.contains('is-stale'),
    Banner: !!banner && !banner.hidden && banner.getBoundingClientRect().height > 0,
  };
})()`

// TestRadiatorFitsTheScreen opens the radiator on a laptop, a 1080p and a 4K
// wall monitor, fresh and stale: no scrolling; every tile, its label, its
// numbers and every item it shows inside the screen and the tile; and
// "+N more" counting exactly the items left out.
func TestRadiatorFitsTheScreen(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveSnapshot(t, snap)
	for _, size := range [][2]int64{{1366, 768}, {1920, 1080}, {3840, 2160}} {
		for _, stale := range []bool{false, true} {
			name := fmt.Sprintf("%dx%d stale=%v", size[0], size[1], stale)
			tb := newTab(t, browser)
			clock := buildDate.Add(time.Hour)
			if stale {
				clock = buildDate.AddDate(0, 0, 3)
			}
			tb.pinClock(clock)
			tb.do(chromedp.EmulateViewport(size[0], size[1]))
			tb.open(base + "/radiator/")
			l := evaluate[radiatorLayout](tb, measureRadiator)
			checkFit(t, name, l, stale)
			tb.check(name)
			tb.close()
		}
	}
}

func checkFit(t *testing.T, name string, l radiatorLayout, stale bool) {
	t.Helper()
	if l.ScrollWidth > l.InnerWidth || l.ScrollHeight > l.InnerHeight {
		t.Errorf("%s: the page is %vx%v, the screen %vx%v: it scrolls", name, l.ScrollWidth, l.ScrollHeight, l.InnerWidth, l.InnerHeight)
	}
	if len(l.Tiles) != 8 { // seven of the records, one of the scanner reports
		t.Errorf("%s: got %d tiles, want 8", name, len(l.Tiles))
	}
	screen := box{Right: l.InnerWidth, Bottom: l.InnerHeight}
	for i, tile := range l.Tiles {
		if !tile.inside(screen) {
			t.Errorf("%s: tile %q at %+v is not inside the %vx%v screen", name, tile.Name, tile, l.InnerWidth, l.InnerHeight)
		}
		for _, part := range l.Parts[i] {
			if !part.inside(tile) {
				t.Errorf("%s: %q at %+v is cut off by its tile %+v", name, part.Name, part, tile)
			}
		}
	}
	for i, tile := range l.Tiles {
		for _, item := range l.Items[i] {
			if !item.inside(tile) {
				t.Errorf("%s: item %q at %+v is cut off by its tile %+v", name, item.Name, item, tile)
			}
		}
	}
	if len(l.Lists) == 0 {
		t.Errorf("%s: no tile lists items", name)
	}
	for _, li := range l.Lists {
		if li.Shown == 0 {
			t.Errorf("%s: tile %q shows none of its %d items", name, li.Name, li.Total)
		}
		want := li.Total - li.Shown
		if want == 0 {
			want = -1
		}
		if li.More != want {
			t.Errorf("%s: tile %q shows %d of %d items and \"+N more\" says %d (-1: absent), want %d", name, li.Name, li.Shown, li.Total, li.More, want)
		}
		if !li.MoreInside {
			t.Errorf("%s: tile %q: \"+N more\" is cut off by its tile", name, li.Name)
		}
		if li.Owned != li.Shown {
			t.Errorf("%s: tile %q: %d of %d items name an owner", name, li.Name, li.Owned, li.Shown)
		}
	}
	if l.Stale != stale || l.Banner != stale {
		t.Errorf("%s: body.is-stale %v, banner shown %v; want %v", name, l.Stale, l.Banner, stale)
	}
}

// TestRadiatorReloadsItself serves the built radiator from a plain static
// host and changes the site under it: the page must reload by itself once
// api/radiator.json changes, and not before.
func TestRadiatorReloadsItself(t *testing.T) {
	browser := newBrowser(t)
	root := copySite(t)
	if err := os.WriteFile(filepath.Join(root, "secdoc.yaml"), []byte("radiator: {refresh: 5}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	session, snap := snapshot(t, root, buildDate)
	host, base := serveStatic(t, snap)
	tb := newTab(t, browser)
	tb.open(base + "/radiator/")
	highBefore := evaluate[string](tb, `document.querySelector('.band-count.band-high .tile-number').textContent`)
	tb.do(chromedp.Evaluate[chromedp.Void](`window.__marker = 1`))

	// One poll with nothing changed must leave the page alone.
	time.Sleep(6 * time.Second)
	if !evaluate[bool](tb, `window.__marker === 1`) {
		t.Fatal("the radiator reloaded although api/radiator.json did not change")
	}

	const threat = "content/threats/thr-0004-credential-stuffing-on-login.md"
	edit(t, root, threat, "status: in-progress", "status: mitigated")
	next, err := session.Update(context.Background(), []string{threat}, false)
	if err != nil {
		t.Fatal(err)
	}
	if string(next.Files["api/radiator.json"]) == string(snap.Files["api/radiator.json"]) {
		t.Fatal("the edit did not change api/radiator.json")
	}
	host.snap.Store(next)
	if !tb.poll(`typeof window.__marker === 'undefined' && document.readyState === 'complete'`, 15*time.Second) {
		t.Fatal("the radiator did not reload within 15 s of api/radiator.json changing")
	}
	highAfter := evaluate[string](tb, `document.querySelector('.band-count.band-high .tile-number').textContent`)
	if highAfter == highBefore {
		t.Errorf("after the reload the radiator still shows %s high threats", highAfter)
	}
	tb.settle()
	tb.check("radiator")
}

// TestRadiatorTurnsStale opens a radiator built long ago with the browser's
// real clock: the stale banner takes over.
func TestRadiatorTurnsStale(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	_, base := serveSnapshot(t, snap)
	tb := newTab(t, browser)
	tb.open(base + "/radiator/")
	l := evaluate[radiatorLayout](tb, measureRadiator)
	if !l.Stale || !l.Banner {
		t.Errorf("a radiator built on 2026-01-01 and shown on %s: body.is-stale %v, banner shown %v; want both",
			time.Now().Format(time.DateOnly), l.Stale, l.Banner)
	}
	tb.check("stale radiator")
}

// edit replaces old with new in the file at the slash path p under root.
func edit(t *testing.T, root, p, old, new string) {
	t.Helper()
	file := filepath.Join(root, filepath.FromSlash(p))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", p, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
