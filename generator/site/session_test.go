package site

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
)

func newSession(t *testing.T, files map[string]string) (*Session, string) {
	t.Helper()
	root := writeSite(t, files)
	return NewSession(Options{Source: root, Now: FixedClock(fixtureNow), Version: "test"}), root
}

func editFile(t *testing.T, root, p, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(p)), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

var sessionSite = map[string]string{
	"content/assets/a1.md":  "---\nid: AST-1\ntitle: Orders\nintegrity: high\n---\n",
	"content/assets/a2.md":  "---\nid: AST-2\ntitle: Images\n---\n",
	"content/threats/t1.md": "---\nid: THR-1\ntitle: Tampering\nassets: [AST-1]\nlikelihood: 3\nimpact: 3\n---\nSee [[AST-1]].\n",
	"content/threats/t2.md": "---\nid: THR-2\ntitle: Other\nassets: [AST-2]\nlikelihood: 1\nimpact: 1\n---\n",
}

func TestSessionIncrementalTitleChange(t *testing.T) {
	s, root := newSession(t, sessionSite)
	first, err := s.Update(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	editFile(t, root, "content/assets/a1.md", "---\nid: AST-1\ntitle: Customer orders\nintegrity: high\n---\n")
	snap, err := s.Update(context.Background(), []string{"content/assets/a1.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Result.Pages >= first.Result.Pages {
		t.Errorf("incremental update rendered %d pages, a full build %d: want fewer", snap.Result.Pages, first.Result.Pages)
	}
	threat := string(snap.Files["threats/t1/index.html"])
	if !strings.Contains(threat, "Customer orders") {
		t.Error("the page linking to the changed asset still shows its old title")
	}
	if !strings.Contains(string(snap.Files["assets/index.html"]), "Customer orders") {
		t.Error("the section list still shows the old title")
	}
	if string(snap.Files["threats/t2/index.html"]) != string(first.Files["threats/t2/index.html"]) {
		t.Error("an unrelated page changed")
	}
	full := build(t, root, "")
	for _, p := range []string{"threats/t1/index.html", "assets/a1/index.html", "assets/index.html", "risks/index.html", "api/documents.json"} {
		want, _ := os.ReadFile(filepath.Join(full, p))
		if string(snap.Files[p]) != string(want) {
			t.Errorf("%s differs from a full build's", p)
		}
	}
}

func TestSessionKeepsLastGoodBuild(t *testing.T) {
	s, root := newSession(t, sessionSite)
	good, err := s.Update(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(root, "content/assets/a1.md")); err != nil {
		t.Fatal(err)
	}
	_, err = s.Update(context.Background(), []string{"content/assets/a1.md"}, false)
	var ce *diag.ContentError
	if !errors.As(err, &ce) || !strings.Contains(ce.Error(), `content/threats/t1.md:4:10: assets: unknown asset "AST-1"`) {
		t.Fatalf("got %v, want the dangling reference reported", err)
	}
	if s.last != good {
		t.Error("the last good snapshot was replaced by a failed build")
	}
	editFile(t, root, "content/assets/a1.md", sessionSite["content/assets/a1.md"])
	snap, err := s.Update(context.Background(), []string{"content/assets/a1.md"}, false)
	if err != nil {
		t.Fatalf("recovery: %v", err)
	}
	if len(snap.Files) != len(good.Files) {
		t.Errorf("got %d files after recovery, want %d", len(snap.Files), len(good.Files))
	}
}

func TestSessionNewAndDeletedFiles(t *testing.T) {
	s, root := newSession(t, sessionSite)
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	editFile(t, root, "content/threats/t3.md", "---\nid: THR-3\ntitle: New one\nassets: [AST-2]\nlikelihood: 2\nimpact: 2\n---\n")
	snap, err := s.Update(context.Background(), []string{"content/threats/t3.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := snap.Files["threats/t3/index.html"]; !ok {
		t.Error("the new record has no page")
	}
	if !strings.Contains(string(snap.Files["assets/a2/index.html"]), "New one") {
		t.Error("the asset page does not list the new threat")
	}
	if err := os.Remove(filepath.Join(root, "content/threats/t3.md")); err != nil {
		t.Fatal(err)
	}
	snap, err = s.Update(context.Background(), []string{"content/threats/t3.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := snap.Files["threats/t3/index.html"]; ok {
		t.Error("the deleted record's page is still served")
	}
}

func TestLocalIgnoresConfiguredBaseURL(t *testing.T) {
	files := map[string]string{"secdoc.yaml": "base_url: https://security.example.com/\n"}
	for k, v := range sessionSite {
		files[k] = v
	}
	root := writeSite(t, files)
	snap, err := NewSession(Options{Source: root, Now: FixedClock(fixtureNow), Local: true}).Update(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	page := string(snap.Files["threats/t1/index.html"])
	if strings.Contains(page, "security.example.com") || !strings.Contains(page, `href="../../assets/a1/index.html"`) {
		t.Error("a local preview links to the configured base URL")
	}
}

func TestSessionBodyOnlyEdit(t *testing.T) {
	s, root := newSession(t, sessionSite)
	first, err := s.Update(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	const t2 = "---\nid: THR-2\ntitle: Other\nassets: [AST-2]\nlikelihood: 1\nimpact: 1\n---\n"
	editFile(t, root, "content/threats/t2.md", t2+"Now with prose.\n")
	snap, err := s.Update(context.Background(), []string{"content/threats/t2.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Result.Pages != 1 || !strings.Contains(string(snap.Files["threats/t2/index.html"]), "Now with prose.") {
		t.Errorf("a body edit rendered %d pages, want the edited one alone, showing the edit", snap.Result.Pages)
	}
	if string(snap.Files["api/documents.json"]) != string(first.Files["api/documents.json"]) {
		t.Error("documents.json changed though no link did")
	}

	editFile(t, root, "content/threats/t2.md", t2+"Now linking [[AST-1]].\n")
	snap, err = s.Update(context.Background(), []string{"content/threats/t2.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Result.Pages != 2 || !strings.Contains(string(snap.Files["assets/a1/index.html"]), "Other") {
		t.Errorf("a new body link rendered %d pages, want 2, with the backlink on the asset", snap.Result.Pages)
	}
	full := build(t, root, "")
	for _, p := range []string{"threats/t2/index.html", "assets/a1/index.html", "assets/a2/index.html", "api/documents.json", "threats/index.html"} {
		want, _ := os.ReadFile(filepath.Join(full, p))
		if string(snap.Files[p]) != string(want) {
			t.Errorf("%s differs from a full build's", p)
		}
	}
}

func TestSessionTitleFromHeadingIsNotBodyOnly(t *testing.T) {
	s, root := newSession(t, map[string]string{"content/about.md": "# About\n\ntext\n", "content/threats/t.md": "---\nid: T\n---\nSee [[about]].\n"})
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	editFile(t, root, "content/about.md", "# About us\n\ntext\n")
	snap, err := s.Update(context.Background(), []string{"content/about.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(snap.Files["threats/t/index.html"]), "About us") {
		t.Error("a title taken from the body changed, but the page linking to it kept the old one")
	}
}
