package scaffold

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/site"
)

// TestInitBuilds builds the starter site on the day it is made and a year
// later: it must build without a single finding on day one, and still build
// (with whatever has aged) afterwards.
func TestInitBuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	written, err := Init(InitRequest{Dir: dir, Now: march})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{".github/workflows/secdoc.yml", ".gitignore", ".gitlab-ci.yml", "content/_index.md", "content/about.md",
		"content/exercises/ex-2026-03-account-takeover-tabletop.md", "content/models/tm-2026-03-login-and-accounts.md", "secdoc.yaml"}
	for _, w := range want {
		if !hasWritten(written, w) {
			t.Errorf("%s was not written", w)
		}
	}
	for _, now := range []time.Time{march, march.AddDate(1, 0, 0)} {
		res, err := site.Build(context.Background(), site.Options{Source: dir, Destination: filepath.Join(t.TempDir(), "out"), Now: site.FixedClock(now)})
		if err != nil {
			t.Fatalf("build on %s: %v", now.Format(time.DateOnly), err)
		}
		if now == march && len(res.Diagnostics) > 0 {
			t.Errorf("got findings on the first day: %v", res.Diagnostics)
		}
		if got := len(res.Records); got != 7 {
			t.Errorf("got records of %d kinds, want all 7", got)
		}
	}
}

func hasWritten(list []Written, p string) bool {
	for _, w := range list {
		if w.Path == p && !w.Skipped {
			return true
		}
	}
	return false
}

func TestInitRefusesAFolderInUse(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Init(InitRequest{Dir: dir, Now: march})
	if !errors.Is(err, ErrNotEmpty) || !strings.Contains(err.Error(), "notes.txt") {
		t.Fatalf("got %v, want ErrNotEmpty naming notes.txt", err)
	}
	if list, _ := os.ReadDir(dir); len(list) != 1 {
		t.Errorf("got %d entries, want nothing written", len(list))
	}
}

func TestInitBesideGit(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Init(InitRequest{Dir: dir, Now: march}); err != nil {
		t.Errorf("a folder holding only .git should be accepted: %v", err)
	}
}

func TestInitForceKeepsFiles(t *testing.T) {
	dir := t.TempDir()
	mine := "# mine\n"
	if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	written, err := Init(InitRequest{Dir: dir, Now: march, Force: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, ".gitignore")); string(got) != mine {
		t.Errorf("got %q, want the existing .gitignore kept", got)
	}
	skipped := 0
	for _, w := range written {
		if w.Skipped {
			skipped++
			if w.Path != ".gitignore" {
				t.Errorf("skipped %s, which did not exist", w.Path)
			}
		}
	}
	if skipped != 1 || !hasWritten(written, "secdoc.yaml") {
		t.Errorf("got %+v, want .gitignore kept and the rest written", written)
	}
}
