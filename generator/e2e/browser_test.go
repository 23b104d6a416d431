package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// loadTimeout bounds one page load and the quiet period after it.
const loadTimeout = 20 * time.Second

// newBrowser starts a headless chromium for one test, with a fresh profile and
// nothing that reaches the network by itself, and stops it when the test ends.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath(t)
	// The defaults hold most of these flags already; the ones the tests rely
	// on are named here, so that a change of defaults cannot drop them.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return ctx
}

// cspReporter turns every CSP violation into a console error, so that none
// goes unnoticed whatever the browser logs by itself. Scripts added through
// DevTools are not subject to the page's CSP.
const cspReporter = `document.addEventListener('securitypolicyviolation', function (e) {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code') +
    ' in ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
}, true);`

// tab is a browser tab that records what goes wrong in it: console errors,
// uncaught exceptions, failed requests, error responses, CSP violations and
// JavaScript dialogs (which it dismisses, so that the page does not stall).
type tab struct {
	t      *testing.T
	ctx    context.Context
	cancel context.CancelFunc

	mu       sync.Mutex
	problems []string
	urls     map[network.RequestID]string // every request seen, for messages
	inflight map[network.RequestID]bool   // requests not finished, but event streams
	expect   map[string]int               // URLs whose error status is expected
	dialogs  int
}

// newTab opens a tab in the browser of ctx; it closes when the test ends or
// when close is called.
func newTab(t *testing.T, browser context.Context) *tab {
	t.Helper()
	tb := &tab{t: t, urls: map[network.RequestID]string{}, inflight: map[network.RequestID]bool{}, expect: map[string]int{}}
	tb.ctx, tb.cancel = chromedp.NewContext(browser, chromedp.WithListener(tb.listen))
	t.Cleanup(tb.cancel)
	// The first run opens the tab and binds its life to the context it is
	// given, so it must be one without a timeout.
	if err := chromedp.Do(tb.ctx, tb.addScript(cspReporter)); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	return tb
}

func (tb *tab) close() { tb.cancel() }

// addScript runs src in every document the tab loads, before the page's own scripts.
func (tb *tab) addScript(src string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	})
}

// do runs the actions with a timeout, and fails the test on an error.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, loadTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
}

// expectStatus says that url answers with an error status on purpose.
func (tb *tab) expectStatus(url string, status int) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.expect[url] = status
}

// open loads url and waits until the page and every request it started have
// finished and the fonts are ready.
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(url))
	tb.settle()
}

// settle waits until no request but event streams has been in flight for a
// while, and the page's fonts are ready.
func (tb *tab) settle() {
	tb.t.Helper()
	deadline := time.Now().Add(loadTimeout)
	for quiet := 0; quiet < 3; {
		if time.Now().After(deadline) {
			tb.t.Fatalf("requests still in flight after %v: %v", loadTimeout, tb.pending())
		}
		time.Sleep(50 * time.Millisecond)
		if len(tb.pending()) == 0 {
			quiet++
		} else {
			quiet = 0
		}
	}
	tb.do(chromedp.Evaluate[chromedp.Void](`document.fonts.ready.then(() => true)`, chromedp.EvalAwaitPromise))
}

func (tb *tab) pending() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var list []string
	for id := range tb.inflight {
		list = append(list, tb.urls[id])
	}
	return list
}

// evaluate runs a script in the page and decodes its result.
func evaluate[T any](tb *tab, script string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, loadTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluate %.60q: %v", script, err)
	}
	return v
}

// poll waits until the script's value is true, up to timeout. It survives
// the page reloading under it, which is what some tests wait for.
func (tb *tab) poll(script string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(tb.ctx, time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](script))
		cancel()
		if err == nil && ok {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}

// dialogCount says how many JavaScript dialogs the tab's pages opened.
func (tb *tab) dialogCount() int {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.dialogs
}

// takeProblems returns what went wrong since the last call and forgets it.
func (tb *tab) takeProblems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	p := tb.problems
	tb.problems = nil
	return p
}

// check fails the test with every problem seen on the page at url.
func (tb *tab) check(url string) {
	tb.t.Helper()
	for _, p := range tb.takeProblems() {
		tb.t.Errorf("%s: %s", url, p)
	}
}

func (tb *tab) add(format string, args ...any) {
	tb.problems = append(tb.problems, fmt.Sprintf(format, args...))
}

// listen runs in the tab's event loop: it must return fast and run no command.
func (tb *tab) listen(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			tb.add("console.%s: %s", ev.Type, argsText(ev.Args))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		tb.add("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, msg)
	case *log.EventEntryAdded:
		e := ev.Entry
		if tb.expect[e.URL] != 0 || isFavicon(e.URL) {
			return
		}
		if e.Level == log.EntryLevelError || e.Source == log.EntrySourceSecurity {
			tb.add("browser log (%s, %s): %s %s", e.Source, e.Level, e.Text, e.URL)
		}
	case *network.EventRequestWillBeSent:
		tb.urls[ev.RequestID] = ev.Request.URL
		if ev.Type != network.ResourceTypeEventSource {
			tb.inflight[ev.RequestID] = true
		}
	case *network.EventResponseReceived:
		url, status := ev.Response.URL, int(ev.Response.Status)
		if status >= 400 && tb.expect[url] != status && !isFavicon(url) {
			tb.add("%s answered %d %s", url, status, ev.Response.StatusText)
		}
	case *network.EventLoadingFinished:
		delete(tb.inflight, ev.RequestID)
	case *network.EventLoadingFailed:
		delete(tb.inflight, ev.RequestID)
		if ev.Canceled && ev.Type == network.ResourceTypeEventSource {
			return // live reload's stream, ended by the next navigation
		}
		tb.add("request for %s failed: %s %s", tb.urls[ev.RequestID], ev.ErrorText, ev.BlockedReason)
	case *page.EventJavascriptDialogOpening:
		tb.dialogs++
		tb.add("a script opened a %s dialog: %q", ev.Type, ev.Message)
		go func() {
			_, _ = chromedp.Call(tb.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}()
	}
}

// isFavicon reports whether url is the icon a browser asks every site for by
// itself. The theme declares none and a static host may have none; that
// request is the browser's, not the page's.
func isFavicon(url string) bool {
	return strings.HasSuffix(url, "/favicon.ico")
}

// argsText renders console arguments as the DevTools console does, roughly.
func argsText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		switch {
		case a.Type == runtime.RemoteObjectTypeString:
			var s string
			_ = json.Unmarshal(a.Value, &s)
			parts = append(parts, s)
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Value))
		}
	}
	return strings.Join(parts, " ")
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// evaluateScript runs a script, such as a library, in the page. DevTools
// evaluation is not subject to the page's CSP.
func evaluateScript(src string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](src + "\n;undefined")
}
