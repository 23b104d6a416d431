package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// colorScheme emulates the reader's prefers-color-scheme setting.
func (tb *tab) colorScheme(scheme string) {
	tb.t.Helper()
	tb.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	}))
}

// screenshot loads url in a new tab at the given viewport and returns a PNG
// of the viewport, checking the page for problems on the way.
func screenshot(t *testing.T, browser context.Context, url string, w, h int64, clock time.Time) []byte {
	t.Helper()
	tb := newTab(t, browser)
	defer tb.close()
	tb.pinClock(clock)
	tb.colorScheme("light")
	tb.do(chromedp.EmulateViewport(w, h))
	tb.open(url)
	ctx, cancel := context.WithTimeout(tb.ctx, loadTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot of %s: %v", url, err)
	}
	tb.check(url)
	return png
}

// TestScreenshots writes the README's screenshots: the home page, the threat
// page with math, the risk register and the radiator, with the page clock
// pinned an hour after the build so that they are the same on any day.
func TestScreenshots(t *testing.T) {
	browser := newBrowser(t)
	_, snap := snapshot(t, repoRoot, buildDate)
	_, base := serveSnapshot(t, snap)
	dir := screenshotDir(t)
	shots := []struct {
		file, page string
		w, h       int64
	}{
		{"home.png", "index.html", 1280, 1000},
		{"threat.png", firstPage(t, snap, "threats/", `class="math`), 1280, 1300},
		{"risks.png", "risks/index.html", 1280, 1400},
		{"radiator.png", "radiator/index.html", 1920, 1080},
	}
	for _, s := range shots {
		png := screenshot(t, browser, base+pageURL(s.page), s.w, s.h, buildDate.Add(time.Hour))
		file := filepath.Join(dir, s.file)
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%s at %dx%d)", file, pageURL(s.page), s.w, s.h)
	}
}
