package history

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// commit formats one commit as git log -z --name-only writes it with
// FirstAdded's format.
func commit(date string, names ...string) string {
	s := "\x00" + marker + date + "\x00\n"
	for _, n := range names {
		s += n + "\x00"
	}
	return s
}

func TestParse(t *testing.T) {
	d1, d2 := "2024-03-05T23:30:00-05:00", "2023-01-02T10:00:00+00:00"
	cases := []struct {
		name   string
		log    string
		prefix string
		want   map[string]string // path → day
	}{
		{"empty", "", "", map[string]string{}},
		{"one commit", commit(d1, "content/decisions/0001-a.md", "README.md"), "",
			map[string]string{"content/decisions/0001-a.md": "2024-03-05", "README.md": "2024-03-05"}},
		{"the earliest add wins, newest first", commit(d1, "a.md") + commit(d2, "a.md"), "",
			map[string]string{"a.md": "2023-01-02"}},
		{"a rename is an add of the new name", commit(d1, "new.md") + commit(d2, "old.md"), "",
			map[string]string{"new.md": "2024-03-05", "old.md": "2023-01-02"}},
		{"under the site's prefix", commit(d1, "site/content/a.md", "other/b.md", "site.md"), "site/",
			map[string]string{"content/a.md": "2024-03-05"}},
		{"odd names kept verbatim", commit(d1, "we ird\nname.md", "\"quoted\".md", "\nleading.md", "tab\there.md", "\xff.md"), "",
			map[string]string{"we ird\nname.md": "2024-03-05", "\"quoted\".md": "2024-03-05",
				"\nleading.md": "2024-03-05", "tab\there.md": "2024-03-05", "\xff.md": "2024-03-05"}},
		{"a name shaped like a header", commit(d1, "x.md", marker+d2), "",
			map[string]string{"x.md": "2024-03-05", marker + d2: "2024-03-05"}},
		{"a commit with no names", commit(d1) + commit(d2, "a.md"), "", map[string]string{"a.md": "2023-01-02"}},
		{"an unreadable date drops its names", commit("yesterday", "a.md") + commit(d2, "b.md"), "",
			map[string]string{"b.md": "2023-01-02"}},
		{"unclean names left out", commit(d1, "a/../b.md", "./c.md", "ok.md"), "", map[string]string{"ok.md": "2024-03-05"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Parse([]byte(tc.log), tc.prefix)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for p, day := range tc.want {
				if g := got[p].Format("2006-01-02"); g != day {
					t.Errorf("%q: got %s, want %s", p, g, day)
				}
			}
		})
	}
}

// gitEnv makes git deterministic and independent of the user's settings.
func gitEnv(date string) []string {
	return append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
}

// runGit runs git in dir with commits dated date, failing the test on error.
func runGit(tb testing.TB, dir, date string, args ...string) {
	tb.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = gitEnv(date)
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestGitFirstAdded(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	repo := t.TempDir()
	site := filepath.Join(repo, "site")
	write := func(name string) {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runGit(t, repo, "", "init", "-q")
	write("content/a.md")
	write("content/odd \"name\"\n.md")
	runGit(t, repo, "", "add", ".")
	runGit(t, repo, "2024-03-05T10:00:00+00:00", "commit", "-q", "-m", "one")
	runGit(t, repo, "", "mv", "site/content/a.md", "site/content/b.md")
	runGit(t, repo, "2024-04-01T10:00:00+00:00", "commit", "-q", "-m", "two")
	got := Git{}.FirstAdded(context.Background(), site)
	want := map[string]string{"content/b.md": "2024-04-01", "content/odd \"name\"\n.md": "2024-03-05"}
	for p, day := range want {
		if g := got[p].Format("2006-01-02"); g != day {
			t.Errorf("%q: got %s, want %s (all: %v)", p, g, day, got)
		}
	}
	if _, ok := got["content/a.md"]; !ok {
		t.Errorf("content/a.md: got no date, want its first add kept")
	}
}

func TestGitNoRepository(t *testing.T) {
	if got := (Git{}).FirstAdded(context.Background(), t.TempDir()); len(got) != 0 {
		t.Errorf("got %v, want an empty map outside a repository", got)
	}
	if got := (Git{Max: 1}).FirstAdded(context.Background(), "."); len(got) != 0 {
		t.Errorf("got %v, want an empty map when the output is over the bound", got)
	}
}

// BenchmarkFirstAddedNotARepository is what a site outside Git pays for an
// undated decision on every build and serve update: one failing rev-parse.
func BenchmarkFirstAddedNotARepository(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		Git{}.FirstAdded(context.Background(), dir)
	}
}
