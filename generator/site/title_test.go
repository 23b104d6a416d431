package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// page reads one built page.
func page(t *testing.T, dest, p string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// A title taken from a body heading is plain text: the typographer's quotes
// show as characters and html/template escapes the title once.
func TestTitleFromHeadingEscapedOnce(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/decisions/0001-neutral.md": "---\nid: ADR-0001\nstatus: accepted\ndate: 2026-01-02\n---\n" +
			`# Allow "neutral" arguments & a < b` + "\n\nbody\n",
	})
	dest := build(t, root, "")
	for _, p := range []string{"decisions/index.html", "decisions/0001-neutral/index.html"} {
		t.Run(p, func(t *testing.T) {
			got := page(t, dest, p)
			if !strings.Contains(got, "Allow “neutral” arguments &amp; a &lt; b") {
				t.Errorf("got %s, want the title escaped once", got)
			}
			for _, bad := range []string{"&amp;ldquo;", "&ldquo;", "&amp;amp;", "&amp;lt;"} {
				if strings.Contains(got, bad) {
					t.Errorf("got %q in the page, want the title escaped once", bad)
				}
			}
		})
	}
}

// A page shows one level-1 heading however the title is given.
func TestOneH1PerPage(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/decisions/0001-same.md":      "---\nid: ADR-0001\ntitle: Use Postgres\n---\n# Use Postgres\n\n## Context\n",
		"content/decisions/0002-different.md": "---\nid: ADR-0002\ntitle: Use Redis\n---\n# Cache decision\n\n## Context\n\n# Appendix\n",
		"content/decisions/_index.md":         "---\ntitle: Decisions\n---\n# Our decisions\n\ntext\n",
		"content/about.md":                    "# About\n\ntext\n\n# More\n",
	})
	dest := build(t, root, "")
	tests := []struct{ page, h1, h2 string }{
		{"decisions/0001-same/index.html", "<h1>Use Postgres</h1>", `<h2 id="context">`},
		{"decisions/0002-different/index.html", "<h1>Use Redis</h1>", `<h2 id="cache-decision">Cache decision</h2>`},
		{"decisions/index.html", "<h1>Decisions</h1>", `<h2 id="our-decisions">`},
		{"about/index.html", "<h1>About</h1>", `<h2 id="more">`},
	}
	for _, tc := range tests {
		t.Run(tc.page, func(t *testing.T) {
			got := page(t, dest, tc.page)
			if n := strings.Count(got, "<h1"); n != 1 || !strings.Contains(got, tc.h1) || !strings.Contains(got, tc.h2) {
				t.Errorf("got %d <h1> in %s, want one, %s and %s", n, got, tc.h1, tc.h2)
			}
		})
	}
}
