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
