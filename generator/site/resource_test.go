package site

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// bundleTree is the runbook tree with images beside its records: one
// present, one missing, an SVG in a subfolder, and files that must not be
// copied (hidden, an editor's backup, a name unsafe in a URL).
func bundleTree() map[string]string {
	files := map[string]string{}
	for p, src := range runbookTree {
		files[p] = src
	}
	files["content/sops/etcd/restore.md"] = "---\nid: SOP-002\n---\n# Restore etcd\n\n![The cluster](diagram.png)\n\n" +
		"See the [flow](backup/img/flow.svg#top) and [the PDF](runbook.pdf?raw=true).\n\n![gone](missing.png)\n"
	files["content/sops/etcd/_index.md"] = "---\ntitle: etcd\n---\nThe etcd cluster. ![map](diagram.png)\n"
	files["content/sops/etcd/backup/verify.md"] = "---\nid: SOP-003\n---\n# Verify a backup\n\n![flow](img/flow.svg)\n[missing](../nothing.txt)\n[register](/risks/)\n"
	files["content/sops/etcd/diagram.png"] = "\x89PNG\r\n\x1a\nnot really"
	files["content/sops/etcd/runbook.pdf"] = "%PDF-1.4"
	files["content/sops/etcd/backup/img/flow.svg"] = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`
	files["content/sops/etcd/.hidden.png"] = "hidden"
	files["content/sops/etcd/diagram.png~"] = "backup"
	files["content/sops/etcd/two words.png"] = "unsafe name"
	return files
}

var srcAttr = regexp.MustCompile(`(?:src|href)="([^"]*)"`)

func TestPageResourcesCopiedAndLinked(t *testing.T) {
	dest, res := buildTree(t, bundleTree())
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		`content/sops/etcd/backup/verify.md:7:1: warning: link to missing file "../nothing.txt" (looked for content/sops/etcd/nothing.txt)`,
		`content/sops/etcd/restore.md:10:1: warning: missing image "missing.png" (looked for content/sops/etcd/missing.png)`,
		`content/sops/etcd/two words.png:1:1: warning: file not copied: use letters, digits, '-', '_' and an extension in its name (and not index.html)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range []string{"sops/etcd/diagram.png", "sops/etcd/runbook.pdf", "sops/etcd/backup/img/flow.svg"} {
		if _, err := os.Stat(filepath.Join(dest, p)); err != nil {
			t.Errorf("no copy of %s: %v", p, err)
		}
	}
	for _, p := range []string{"sops/etcd/.hidden.png", "sops/etcd/diagram.png~", "sops/etcd/two words.png"} {
		if _, err := os.Stat(filepath.Join(dest, p)); err == nil {
			t.Errorf("got a copy of %s, want none", p)
		}
	}
	tests := []struct{ page, ref, want string }{
		{"sops/etcd/restore/index.html", "diagram.png", "sops/etcd/diagram.png"},
		{"sops/etcd/restore/index.html", "flow.svg#top", "sops/etcd/backup/img/flow.svg"},
		{"sops/etcd/restore/index.html", "runbook.pdf?raw=true", "sops/etcd/runbook.pdf"},
		{"sops/etcd/index.html", "diagram.png", "sops/etcd/diagram.png"},
		{"sops/etcd/backup/verify/index.html", "flow.svg", "sops/etcd/backup/img/flow.svg"},
	}
	for _, tc := range tests {
		page := readPage(t, dest, tc.page)
		found := false
		for _, m := range srcAttr.FindAllStringSubmatch(page, -1) {
			if !strings.HasSuffix(m[1], tc.ref) {
				continue
			}
			found = true
			u := strings.SplitN(strings.SplitN(m[1], "#", 2)[0], "?", 2)[0]
			resolved := path.Join(path.Dir(tc.page), u)
			if resolved != tc.want {
				t.Errorf("%s: %s resolves to %s, want %s", tc.page, m[1], resolved, tc.want)
			}
			if _, err := os.Stat(filepath.Join(dest, filepath.FromSlash(resolved))); err != nil {
				t.Errorf("%s: %s names no file in the output", tc.page, m[1])
			}
		}
		if !found {
			t.Errorf("%s: no link or image ending in %s", tc.page, tc.ref)
		}
	}
	if page := readPage(t, dest, "sops/etcd/backup/verify/index.html"); strings.Contains(page, "<svg") || strings.Contains(page, "alert(1)") {
		t.Error("the SVG was inlined into the page")
	}
	if page := readPage(t, dest, "sops/etcd/backup/verify/index.html"); !strings.Contains(page, `href="/risks/"`) {
		t.Error("a link from the site root was rewritten")
	}
}

func TestSessionPicksUpResources(t *testing.T) {
	s, root := newSession(t, bundleTree())
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	editFile(t, root, "content/sops/etcd/missing.png", "now here")
	snap, err := s.Update(context.Background(), []string{"content/sops/etcd/missing.png"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if string(snap.Files["sops/etcd/missing.png"]) != "now here" {
		t.Error("an added resource was not copied")
	}
	for _, d := range snap.Result.Diagnostics {
		if strings.Contains(d.Message, "missing.png") {
			t.Errorf("got %q after the image was added", d)
		}
	}
	editFile(t, root, "content/sops/etcd/diagram.png", "changed")
	if err := os.Remove(filepath.Join(root, "content/sops/etcd/runbook.pdf")); err != nil {
		t.Fatal(err)
	}
	snap, err = s.Update(context.Background(), []string{"content/sops/etcd/diagram.png", "content/sops/etcd/runbook.pdf"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if string(snap.Files["sops/etcd/diagram.png"]) != "changed" {
		t.Error("a changed resource was not copied again")
	}
	if _, ok := snap.Files["sops/etcd/runbook.pdf"]; ok {
		t.Error("a removed resource is still served")
	}
}

// TestResourcesThroughLinksAreNotCopied: a symbolic link beside a record,
// to a file outside the root or inside it, is never copied (Walk warns).
func TestResourcesThroughLinksAreNotCopied(t *testing.T) {
	s := newSandbox(t, map[string]string{
		"content/sops/a.md":     "---\nid: SOP-1\n---\n![x](leak.png) ![y](inside.png)\n",
		"content/sops/real.png": "inside",
	})
	if err := os.WriteFile(filepath.Join(s.outside, "secret.png"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.link(t, "../../../outside/secret.png", "content/sops/leak.png")
	s.link(t, "real.png", "content/sops/inside.png")
	res, err := s.build(t, filepath.Join(s.out, "public"))
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	out := snapshot(t, filepath.Join(s.out, "public"))
	for _, p := range []string{"sops/leak.png", "sops/inside.png"} {
		if _, ok := out[p]; ok {
			t.Errorf("got a copy of %s, want none", p)
		}
	}
	if _, ok := out["sops/real.png"]; !ok {
		t.Error("the real file was not copied")
	}
	if f := findings(res); !strings.Contains(f, `missing image "leak.png"`) || !strings.Contains(f, "symbolic link not followed") {
		t.Errorf("got findings %s, want the link and the missing image reported", f)
	}
}

func TestResourcesThatCannotBeCopied(t *testing.T) {
	_, res := buildTree(t, map[string]string{
		"content/sops/a.md":      "---\nid: SOP-1\n---\n",
		"content/sops/Img/x.png": "one",
		"content/sops/img/x.png": "two",
		"content/risks.csv":      "reserved",
		"content/index.html":     "a page's own file",
	})
	want := []string{
		"content/index.html:1:1: warning: file not copied: use letters, digits, '-', '_' and an extension in its name (and not index.html)",
		"content/risks.csv:1:1: warning: file not copied: /risks.csv is where secdoc writes the register as CSV",
		"content/sops/img/x.png:1:1: warning: file not copied: content/sops/Img/x.png is already copied to /sops/img/x.png",
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
