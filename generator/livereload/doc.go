// Package livereload tells the browsers open on a preview to reload after a
// good build, or to show a failed build's errors over the page until the
// next good one. It serves a client script and a Server-Sent Events stream
// under /_secdoc/, and adds the script's tag to the HTML pages it is given.
//
// Trust model: the error lines come from the content being edited, so they
// travel as JSON strings and the script inserts them as text, never as HTML.
// The script has its own URL, so pages need no inline script and keep their
// strict Content-Security-Policy. The package sets no security headers: the
// server it is mounted in does, for every response.
package livereload
