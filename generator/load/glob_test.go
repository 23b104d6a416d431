package load

import (
	"strings"
	"testing"
)

func TestGlobs(t *testing.T) {
	cases := []struct {
		pattern, path string
		want          bool
	}{
		{"drafts/**", "drafts", true},
		{"drafts/**", "drafts/x.md", true},
		{"drafts/**", "drafts/a/b/x.md", true},
		{"drafts/**", "notdrafts/x.md", false},
		{"drafts/**", "a/drafts/x.md", false},
		{"**/drafts/**", "a/drafts/x.md", true},
		{"**/*.draft.md", "x.draft.md", true},
		{"**/*.draft.md", "a/b/x.draft.md", true},
		{"**/*.draft.md", "a/b/x.md", false},
		{"*.md", "x.md", true},
		{"*.md", "a/x.md", false},
		{"a/**/z.md", "a/z.md", true},
		{"a/**/z.md", "a/b/c/z.md", true},
		{"a/**/z.md", "a/b/c/y.md", false},
		{"decisions/0001-*.md", "decisions/0001-x.md", true},
		{"[", "[", false},
		{"**", "anything/at/all", true},
	}
	for _, tc := range cases {
		t.Run(tc.pattern+" "+tc.path, func(t *testing.T) {
			if got := (Globs{tc.pattern}).Match(tc.path); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	// Many ** against a deep path: the recursion this replaced took
	// minutes; the table takes microseconds.
	deep := strings.Repeat("a/", 60) + "b"
	if (Globs{strings.Repeat("**/a/", 30) + "c"}).Match(deep) {
		t.Errorf("got a match of a pattern ending in c against %s", deep)
	}
	if CheckGlob("a/[") == nil {
		t.Errorf("got no error for a/[, want one")
	}
	if err := CheckGlob("a/**/*.md"); err != nil {
		t.Errorf("got %v for a/**/*.md, want nil", err)
	}
}
