// Package e2e holds secdoc's end-to-end tests: the example site, and a corpus
// of hostile content, built and opened in a real browser, as a reader sees
// them. The package has no code of its own; everything is in its tests.
//
// The tests serve a built site on loopback from memory, with the real
// serve.Handler (so the Content-Security-Policy header and nosniff apply),
// drive Debian's chromium through the DevTools protocol with chromedp, and
// fail on any console error, uncaught exception, failed request or CSP
// violation. They check the radiator on wall-monitor screens and its
// self-refresh, the heatmap links, KaTeX math, live reload in serve,
// accessibility with axe-core, the HTML with the Nu HTML Checker and every
// internal link of the output, and they write screenshots.
//
// Trust model: testdata/xss is hostile on purpose. Its titles, ids, front
// matter, bodies and file names try to run alert(1) and to set window.__xss;
// the tests open every page it builds, with and without the page's CSP, and
// fail if any of it runs or reaches the DOM as markup instead of text.
//
// Tools come from the environment. Without chromium (/usr/bin/chromium or
// chromium on PATH), axe-core (SECDOC_AXE, the path of axe.min.js) or the
// Nu HTML Checker (SECDOC_VNU, the path of vnu.jar, run with java) the tests
// that need them skip, so `go test ./...` passes on a new machine; with
// SECDOC_BROWSER_TESTS=1, as .ci/run sets, a missing tool fails them.
// SECDOC_SCREENSHOTS names the folder the screenshots go to (relative paths
// are taken from the repository root); without it they go to a temporary
// folder, named in the test log. The link checker needs nothing and always
// runs.
package e2e
