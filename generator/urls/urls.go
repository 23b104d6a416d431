// Package urls computes the links between pages of the built site.
//
// Without a base URL every link is relative and names index.html, so the site
// works from any folder and when opened from disk (file://). With a base URL,
// links are absolute and end in a slash, as a web server expects.
package urls

import "strings"

// Builder makes links between page paths such as "threats/thr-0001/"; the
// home page's path is "".
type Builder struct {
	base   string // absolute site URL without a trailing slash, or ""
	rooted bool   // links start at "/" instead of being relative
}

// Rooted returns a Builder whose links start at the server's root when there
// is no base URL: for the 404 page, which a server returns at any path, so
// relative links would resolve against the wrong folder.
func (b Builder) Rooted() Builder {
	b.rooted = true
	return b
}

// New returns a Builder for a site published at base ("" for relative links).
func New(base string) Builder {
	return Builder{base: strings.TrimRight(base, "/")}
}

// Base returns the site's base URL without a trailing slash, or "".
func (b Builder) Base() string { return b.base }

// Page returns the link from the page at from to the page at to.
func (b Builder) Page(from, to string) string {
	if b.base != "" || b.rooted {
		return b.base + "/" + to
	}
	return b.Root(from) + to + "index.html"
}

// File returns the link from the page at from to a file at the site path p,
// such as "css/secdoc.css".
func (b Builder) File(from, p string) string {
	if b.base != "" || b.rooted {
		return b.base + "/" + p
	}
	return b.Root(from) + p
}

// Root returns the relative prefix that leads from the page at from back to
// the site root ("" for the home page, "../../" two folders down).
func (b Builder) Root(from string) string {
	return strings.Repeat("../", strings.Count(from, "/"))
}

// Canonical returns the page's path from the site root as documents.json
// gives it: "/threats/thr-0001/", with the base URL in front when one is set.
func (b Builder) Canonical(p string) string {
	return b.base + "/" + p
}
