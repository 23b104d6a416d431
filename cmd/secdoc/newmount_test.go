package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/site"
)

// copyFixture copies a folder of ADR fixtures to dir/to.
func copyFixture(t *testing.T, from, dir, to string) {
	t.Helper()
	if err := os.CopyFS(filepath.Join(dir, filepath.FromSlash(to)), os.DirFS(filepath.Join("../../generator/load/testdata/adr", from))); err != nil {
		t.Fatal(err)
	}
}

// TestNewInMountedCollection checks that secdoc new writes a record meant
// for a mounted collection into the mounted folder, in its format, numbered
// within the collection, and that the build reads it back with the
// collection's prefix.
func TestNewInMountedCollection(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, "madr4", dir, "content/decisions")
	copyFixture(t, "adr-tools", dir, "doc/adr")
	copyFixture(t, "log4brains", dir, "docs/adr")
	write(t, dir, "secdoc.yaml", "mounts:\n  - source: doc/adr\n    target: decisions/platform\n    id_prefix: PLAT-\n  - source: docs/adr\n    target: decisions/web\n")
	write(t, dir, ".log4brains.yml", "project:\n  name: shop\n  adrFolder: ./docs/adr\n")

	code, stdout, stderr := runCmd(t, "new", "decision", "Drop Redis", "--source", dir, "--now", "2026-11-25",
		"--in", "decisions/platform", "--supersedes", "PLAT-ADR-0006")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, want := strings.TrimSpace(stdout), filepath.Join(dir, "doc", "adr", "0007-drop-redis.md"); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "decisions", "platform")); err == nil {
		t.Error("new made content/decisions/platform/ beside the mount")
	}
	data, err := os.ReadFile(filepath.Join(dir, "doc", "adr", "0007-drop-redis.md"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "# 7. Drop Redis\n\nDate: 2026-11-25\n\n## Status\n\nAccepted\n\nSupersedes [6. Drop memcached](0006-drop-memcached.md)\n"; !strings.HasPrefix(string(data), want) {
		t.Errorf("new record:\n%s\nwant it to start %q", data, want)
	}
	if !strings.Contains(stderr, "marked PLAT-ADR-0006 superseded in "+filepath.Join(dir, "doc", "adr", "0006-drop-memcached.md")) {
		t.Errorf("stderr %q does not name the superseded file on the disk", stderr)
	}
	old, err := os.ReadFile(filepath.Join(dir, "doc", "adr", "0006-drop-memcached.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(old), "## Status\n\nSuperseded by [7. Drop Redis](0007-drop-redis.md)\n") {
		t.Errorf("the old decision's status was not marked as adr-tools marks it:\n%s", old)
	}

	// The log4brains collection gets a dated file name, without a prefix.
	code, stdout, stderr = runCmd(t, "new", "decision", "Use htmx", "--source", dir, "--now", "2026-11-25", "--in", "decisions/web")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, want := strings.TrimSpace(stdout), filepath.Join(dir, "docs", "adr", "20261125-use-htmx.md"); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}

	s := loadSite(t, dir)
	r := recordAt(t, s, "doc/adr/0007-drop-redis.md")
	if r.ID != "PLAT-ADR-0007" || r.Status() != "accepted" {
		t.Errorf("the new record reads as %s %q, want PLAT-ADR-0007 accepted", r.ID, r.Status())
	}
	if r := recordAt(t, s, "doc/adr/0006-drop-memcached.md"); r.Status() != "superseded" {
		t.Errorf("the old record reads %q, want superseded", r.Status())
	}
	if r := recordAt(t, s, "docs/adr/20261125-use-htmx.md"); r.ID != "20261125-USE-HTMX" {
		t.Errorf("the log4brains record has id %s", r.ID)
	}
}

// TestNewInCommandLineMount checks secdoc new with --mount: a folder outside
// the site root, in a site without content/ of its own.
func TestNewInCommandLineMount(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	copyFixture(t, "adr-tools", other, "adr")
	src := filepath.Join(other, "adr")
	code, stdout, stderr := runCmd(t, "new", "decision", "Pin certificates", "--source", dir, "--now", "2026-11-25",
		"--mount", src+":decisions/mobile:MOB-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, want := strings.TrimSpace(stdout), filepath.Join(src, "0007-pin-certificates.md"); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "content")); err == nil {
		t.Error("new made content/ in the site root")
	}
	code, _, stderr = runCmd(t, "new", "decision", "X", "--source", dir)
	if code != exitContent || !strings.Contains(stderr, "has no content/ folder") {
		t.Errorf("without the mount: exit %d, stderr %q, want exit 1 saying content/ is missing", code, stderr)
	}
}

// write writes a file under the site root dir.
func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// loadSite loads a site, findings and all.
func loadSite(t *testing.T, dir string) *site.Site {
	t.Helper()
	s, err := site.Load(context.Background(), site.Options{Source: dir, Now: site.FixedClock(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
