package watch

import (
	"slices"
	"testing"
)

func TestSkip(t *testing.T) {
	ignore := []string{"public", "docs/out"}
	tests := []struct {
		rel  string
		want bool
	}{
		{".", false},
		{"content/x.md", false},
		{"secdoc.toml", false},
		{"content/notes~draft.md", false},
		{"content/#1.md", false},
		{"content/x.md~", true},
		{"content/.x.md.swp", true},
		{"content/x.md.swx", true},
		{"content/x.md.swo", true},
		{"content/4913", true},
		{"content/49130", false},
		{"content/.#x.md", true},
		{"content/#x.md#", true},
		{"content/#", false},
		{"content/.goutputstream-ABC123", true},
		{"content/x.md.jb_tmp___", true},
		{"content/x.md.jb_old___", true},
		{"content/x.md.jb_bak___", true},
		{"content/.DS_Store", true},
		{".git", true},
		{".git/HEAD", true},
		{"node_modules/pkg/a.js", true},
		{"static/node_modules/a.js", true},
		{"content/.obsidian/app.json", true},
		{"public", true},
		{"public/index.html", true},
		{"publication/index.md", false},
		{"docs/out/a.html", true},
		{"docs/outline.md", false},
	}
	for _, tc := range tests {
		if got := skip(tc.rel, ignore); got != tc.want {
			t.Errorf("skip(%q): got %v, want %v", tc.rel, got, tc.want)
		}
	}
}

func TestCleanIgnore(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{nil, nil},
		{[]string{"public"}, []string{"public"}},
		{[]string{"public/", "./out", "/dist", "a//b/../c"}, []string{"public", "out", "dist", "a/c"}},
		{[]string{".", "", "/"}, nil},
	}
	for _, tc := range tests {
		if got := cleanIgnore(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("cleanIgnore(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}
