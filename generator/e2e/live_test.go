package e2e

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/serve"
	"github.com/secdoc/secdoc/generator/site"
)

// TestLiveReload runs secdoc serve on a copy of the example site, opens a
// threat page and edits the threat's title on disk: the open page must show
// the new title by itself.
func TestLiveReload(t *testing.T) {
	browser := newBrowser(t)
	root := copySite(t)
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve.Run(ctx, serve.Options{
			Site:  site.Options{Source: root, Now: site.FixedClock(buildDate)},
			Addr:  "127.0.0.1:0",
			Log:   io.Discard,
			Ready: func(url string) { ready <- url },
		})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	var base string
	select {
	case base = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start within 30 s")
	}
	tb := newTab(t, browser)
	tb.open(base + "threats/thr-0004-credential-stuffing-on-login/")
	const old, new = "Credential stuffing against customer login", "Credential stuffing, renamed while the page was open"
	if got := evaluate[string](tb, `document.querySelector('main h1').textContent`); got != old {
		t.Fatalf("the page shows %q, want %q", got, old)
	}
	edit(t, root, "content/threats/thr-0004-credential-stuffing-on-login.md", "title: "+old, "title: "+new)
	if !tb.poll(`document.readyState === 'complete' && document.querySelector('main h1').textContent === `+jsString(new), 10*time.Second) {
		got := evaluate[string](tb, `document.querySelector('main h1').textContent`)
		t.Fatalf("10 s after the edit the page shows %q, want %q", got, new)
	}
	tb.settle()
	tb.check("live reload")
}
