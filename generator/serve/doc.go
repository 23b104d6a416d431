// Package serve previews a site while it is being edited: it builds the site
// into memory, serves it over HTTP, watches the site root and rebuilds only
// what an edit touches, then tells open browsers to reload over Server-Sent
// Events.
//
// Trust model: the server serves nothing but the built site held in memory,
// so no request can reach the file system; paths with "..", backslashes or
// NUL are refused before lookup. Responses carry the same strict
// Content-Security-Policy the pages declare, nosniff and no-referrer headers.
// A failed build never replaces the last good one: the errors are shown in
// the terminal and as an overlay drawn by package livereload's script, which
// inserts them as text, never as HTML.
package serve
