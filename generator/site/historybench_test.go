package site

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/corpus"
)

// BenchmarkHistory10k measures the history pass (one git log --raw, one
// git cat-file --batch, the old versions decoded, the change histories,
// changes page and trend worked out) on the 10,000-document corpus
// committed in 300 commits, and reports a whole build with and without it.
func BenchmarkHistory10k(b *testing.B) {
	if _, err := exec.LookPath("git"); err != nil {
		b.Skip("git not on PATH")
	}
	src := b.TempDir()
	if err := corpus.Write(src, 10000); err != nil {
		b.Fatal(err)
	}
	commitInBatches(b, src, 300)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"with-history", Options{Source: src, Now: FixedClock(fixtureNow)}},
		{"without-history", Options{Source: src, Now: FixedClock(fixtureNow), History: firstAddedOnly{}}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				opts := tc.opts
				opts.Destination = filepath.Join(b.TempDir(), "public")
				if _, err := Build(ctx, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("history-pass", func(b *testing.B) {
		s, err := Load(ctx, Options{Source: src, Now: FixedClock(fixtureNow)})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		for b.Loop() {
			s.git = s.readHistory(ctx)
			s.changes(30)
			s.trend()
		}
	})
}

// commitInBatches commits the files under dir in n commits a day apart.
func commitInBatches(b *testing.B, dir string, n int) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, rel)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(files)
	git := func(date time.Time, args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		d := date.Format(time.RFC3339)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1", "GIT_AUTHOR_NAME=b",
			"GIT_AUTHOR_EMAIL=b@example.com", "GIT_COMMITTER_NAME=b", "GIT_COMMITTER_EMAIL=b@example.com",
			"GIT_AUTHOR_DATE="+d, "GIT_COMMITTER_DATE="+d)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("git %v: %v\n%s", args[:1], err, out)
		}
	}
	day := fixtureNow.AddDate(0, 0, -n)
	git(day, "init", "-q")
	per := (len(files) + n - 1) / n
	for i := 0; i < len(files); i += per {
		git(day, append([]string{"add", "--"}, files[i:min(i+per, len(files))]...)...)
		git(day, "commit", "-q", "-m", "batch")
		day = day.AddDate(0, 0, 1)
	}
}
