package scaffold

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
)

// siteWith makes a site root holding the given files.
func siteWith(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for p, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCreateNeverOverwrites(t *testing.T) {
	dir := siteWith(t, map[string]string{"content/threats/x.md": "mine\n"})
	err := create(mustRoot(t, dir), "content/threats/x.md", []byte("new\n"))
	var exists *ExistsError
	if !errors.As(err, &exists) || !errors.Is(err, fs.ErrExist) {
		t.Fatalf("got %v, want an ExistsError", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "content/threats/x.md")); string(got) != "mine\n" {
		t.Errorf("got %q, want the file left as it was", got)
	}
}

// TestNewNeverWritesThroughALink plants a symbolic link where the new record
// goes, pointing out of the site. The scan does not follow it, so New plans
// that very name, and must refuse rather than write through the link.
func TestNewNeverWritesThroughALink(t *testing.T) {
	dir := siteWith(t, nil)
	victim := filepath.Join(t.TempDir(), "victim")
	if err := os.WriteFile(victim, []byte("keep\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content", "threats"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, filepath.Join(dir, "content", "threats", "thr-0001-x.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err := New(Request{Source: dir, Kind: spec(kinds.Threat), Title: "X", Now: march})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("got %v, want an error saying the file exists", err)
	}
	if got, _ := os.ReadFile(victim); string(got) != "keep\n" {
		t.Errorf("got %q, want the link's target left as it was", got)
	}
}

func mustRoot(t *testing.T, dir string) *os.Root {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return root
}

func TestNewRefusals(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"content/decisions/0001-a.md": "---\nid: ADR-0001\nstatus: accepted\n---\n",
		"content/threats/thr-1.md":    "---\nid: THR-1\n---\n",
		"content/decisions/0002-b.md": ";;;\n{\"id\": \"ADR-0002\", \"status\": \"accepted\"}\n;;;\n",
	})
	tests := []struct {
		name string
		req  Request
		want string
	}{
		{"no content folder", Request{Source: t.TempDir(), Kind: spec(kinds.Threat), Title: "X"}, "has no content/ folder"},
		{"empty title", Request{Source: dir, Kind: spec(kinds.Threat), Title: "  "}, "title is empty"},
		{"supersedes on a threat", Request{Source: dir, Kind: spec(kinds.Threat), Title: "X", Supersedes: []string{"ADR-0001"}}, "only a decision"},
		{"unknown id", Request{Source: dir, Kind: spec(kinds.Decision), Title: "X", Supersedes: []string{"ADR-0009"}}, "ADR-0009: no record has that id"},
		{"not a decision", Request{Source: dir, Kind: spec(kinds.Decision), Title: "X", Supersedes: []string{"thr-1"}}, "is a threat, not a decision"},
		{"json front matter", Request{Source: dir, Kind: spec(kinds.Decision), Title: "X", Supersedes: []string{"ADR-0001", "ADR-0002"}}, "JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.req)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "content", "decisions"))
	if len(entries) != 2 {
		t.Errorf("got %d decisions, want the 2 there were: a refused command writes nothing", len(entries))
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "content/decisions/0001-a.md")); !strings.Contains(string(got), "status: accepted") {
		t.Errorf("ADR-0001 was changed by a refused command: %q", got)
	}
}

func TestNewSupersedes(t *testing.T) {
	old := "---\nid: ADR-0001\ntitle: Old\nstatus: accepted   # agreed 2025\ndate: 2025-01-01\n---\n\nstatus: accepted in the body stays.\n"
	dir := siteWith(t, map[string]string{"content/adr/0001-old.md": old})
	c, err := New(Request{Source: dir, Kind: spec(kinds.Decision), Title: "New way", Now: march, Supersedes: []string{"adr-0001"}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != "content/adr/0002-new-way.md" || c.ID != "ADR-0002" {
		t.Errorf("got %s %s, want ADR-0002 in content/adr/0002-new-way.md", c.ID, c.Path)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/adr/0001-old.md"))
	want := strings.Replace(old, "status: accepted   #", "status: superseded   #", 1)
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	created, _ := os.ReadFile(filepath.Join(dir, "content/adr/0002-new-way.md"))
	if !strings.Contains(string(created), "supersedes: [ADR-0001]") {
		t.Errorf("the new decision does not list ADR-0001 as written:\n%s", created)
	}
	if len(c.Superseded) != 1 || c.Superseded[0].Already {
		t.Errorf("got %+v, want ADR-0001 reported as marked", c.Superseded)
	}
}
