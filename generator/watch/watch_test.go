package watch

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"testing"
)

// base is the site every integration test starts from.
var base = map[string]string{
	"secdoc.toml":               "title = 'x'\n",
	"content/x.md":              "old\n",
	"content/a/y.md":            "y\n",
	"content/a/sub/z.md":        "z\n",
	"public/index.html":         "<p>built</p>\n",
	".git/HEAD":                 "ref: refs/heads/main\n",
	"node_modules/pkg/index.js": "\n",
	"content/.hidden/h.md":      "h\n",
	"drafts/d.md":               "d\n",
}

func TestReports(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		act  func(tb testing.TB, root string)
		want []string
	}{
		{"plain write", func(tb testing.TB, root string) {
			write(tb, root, "content/x.md", "new\n")
		}, []string{"content/x.md"}},
		{"new file", func(tb testing.TB, root string) {
			write(tb, root, "content/new.md", "new\n")
		}, []string{"content/new.md"}},
		{"JetBrains or VS Code atomic save", func(tb testing.TB, root string) {
			write(tb, root, "content/x.md.jb_tmp___", "new\n")
			rename(tb, root, "content/x.md.jb_tmp___", "content/x.md")
		}, []string{"content/x.md"}},
		{"GNOME atomic save", func(tb testing.TB, root string) {
			write(tb, root, "content/.goutputstream-ABC123", "new\n")
			rename(tb, root, "content/.goutputstream-ABC123", "content/x.md")
		}, []string{"content/x.md"}},
		{"vim save", vimSave, []string{"content/x.md"}},
		{"delete", func(tb testing.TB, root string) {
			remove(tb, root, "content/x.md")
		}, []string{"content/x.md"}},
		{"delete and re-create", func(tb testing.TB, root string) {
			remove(tb, root, "content/x.md")
			write(tb, root, "content/x.md", "new\n")
		}, []string{"content/x.md"}},
		{"rename a file", func(tb testing.TB, root string) {
			rename(tb, root, "content/x.md", "content/renamed.md")
		}, []string{"content/renamed.md", "content/x.md"}},
		{"new folders with files inside at once", func(tb testing.TB, root string) {
			write(tb, root, "content/new/deep/b.md", "b\n")
			write(tb, root, "content/new/a.md", "a\n")
		}, []string{"content/new/a.md", "content/new/deep/b.md"}},
		{"file in a nested folder", func(tb testing.TB, root string) {
			write(tb, root, "content/a/sub/z.md", "new\n")
		}, []string{"content/a/sub/z.md"}},
		{"ignored, hidden and temporary paths", touchIgnored, []string{"content/real.md"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := site(t, base)
			s := start(t, root, "public", "drafts/")
			tc.act(t, root)
			s.expect(tc.want...)
		})
	}
}

// vimSave saves content/x.md the way vim does with its default settings.
func vimSave(tb testing.TB, root string) {
	write(tb, root, "content/4913", "")
	remove(tb, root, "content/4913")
	rename(tb, root, "content/x.md", "content/x.md~")
	write(tb, root, "content/x.md", "new\n")
	chmod(tb, root, "content/x.md", 0o644)
	remove(tb, root, "content/x.md~")
}

// touchIgnored changes paths that must never be reported, then one that must.
func touchIgnored(tb testing.TB, root string) {
	for _, rel := range []string{
		"public/index.html", "public/new/page.html", ".git/HEAD", ".git/objects/ab/cd",
		"node_modules/pkg/index.js", "content/node_modules/x.js", "drafts/d.md",
		"content/.hidden/h.md", "content/.cache/new/c.md", "content/.DS_Store",
		"content/.x.md.swp", "content/x.md.swx", "content/x.md.swo", "content/.#x.md",
		"content/#x.md#", "content/x.md.jb_old___", "content/x.md.jb_bak___",
	} {
		write(tb, root, rel, "changed\n")
	}
	write(tb, root, "content/real.md", "real\n")
}

func TestNewFolderIsWatched(t *testing.T) {
	t.Parallel()
	root := site(t, base)
	s := start(t, root)
	write(t, root, "content/new/a.md", "a\n")
	s.expect("content/new/a.md")
	write(t, root, "content/new/b.md", "b\n")
	s.expect("content/new/b.md")
}

func TestRemovedFolder(t *testing.T) {
	t.Parallel()
	root := site(t, base)
	s := start(t, root)
	remove(t, root, "content/a")
	s.expect("content/a", "content/a/sub", "content/a/sub/z.md", "content/a/y.md")
	write(t, root, "content/a/sub/new.md", "new\n")
	s.expect("content/a/sub/new.md")
}

// TestMovedFolder checks that files in a folder moved within the site are
// reported under their new names, then and afterwards.
func TestMovedFolder(t *testing.T) {
	t.Parallel()
	root := site(t, base)
	s := start(t, root)
	rename(t, root, "content/a", "content/b")
	s.expect("content/a", "content/b/sub/z.md", "content/b/y.md")
	write(t, root, "content/b/sub/z.md", "new\n")
	s.expect("content/b/sub/z.md")
}

func TestManyFilesFewBatches(t *testing.T) {
	t.Parallel()
	root := site(t, base)
	s := startWith(t, Options{Root: root}) // the default timings, as in use
	var want []string
	for i := range 300 {
		rel := fmt.Sprintf("content/many/f%03d.md", i)
		write(t, root, rel, "x\n")
		want = append(want, rel)
	}
	batches := s.expect(want...)
	if len(batches) > 3 {
		t.Errorf("got %d batches, want at most 3", len(batches))
	}
}

func TestChmodOnlyIsIgnored(t *testing.T) {
	t.Parallel()
	root := site(t, base)
	s := start(t, root)
	chmod(t, root, "content/x.md", 0o600)
	if got := s.quiet(settle); len(got) != 0 {
		t.Errorf("got %+v, want no batch", got)
	}
	write(t, root, "content/x.md", "new\n") // the watcher is still alive
	s.expect("content/x.md")
}

func TestNewWatchesFolders(t *testing.T) {
	root := site(t, base)
	w, err := New(Options{Root: root, Ignore: []string{"./public/", "drafts"}})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer w.Close()
	var got []string
	for d := range w.dirs {
		got = append(got, d)
	}
	sort.Strings(got)
	want := []string{".", "content", "content/a", "content/a/sub"}
	if !slices.Equal(got, want) {
		t.Errorf("got folders %q, want %q", got, want)
	}
	if n := len(w.fsw.WatchList()); n != len(want) {
		t.Errorf("got %d watches, want %d", n, len(want))
	}
}

func TestNewErrors(t *testing.T) {
	root := site(t, map[string]string{"file.md": "x\n"})
	for _, r := range []string{filepath.Join(root, "missing"), filepath.Join(root, "file.md")} {
		if w, err := New(Options{Root: r}); err == nil {
			w.Close()
			t.Errorf("New(%q): got no error, want one", r)
		}
	}
}
