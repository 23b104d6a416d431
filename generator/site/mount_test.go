package site

import (
	"context"
	"errors"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
)

// copyADRs copies the load stage's fixtures of one ADR tool's format into
// dir, unchanged.
func copyADRs(t *testing.T, format, dir string) {
	t.Helper()
	src := filepath.Join("..", "load", "testdata", "adr", format)
	files, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// lines returns the findings one per line.
func lines(l diag.List) string {
	var out []string
	for _, d := range l {
		out = append(out, d.String())
	}
	return strings.Join(out, "\n")
}

func buildMounted(t *testing.T, root string, mounts ...Mount) (string, *Result, error) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	res, err := Build(context.Background(), Options{Source: root, Destination: dest, Now: FixedClock(fixtureNow), Version: "test", Mounts: mounts})
	return dest, res, err
}

func readMounted(t *testing.T, dest, url string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(url), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestMountedCollection(t *testing.T) {
	root := writeSite(t, map[string]string{
		"secdoc.yaml": "edit_url: https://git.example/edit/main/\nmounts:\n" +
			"  - {source: doc/adr, target: decisions/platform, id_prefix: PLAT-}\n",
		// Ids the mounted collection also has: its references must stay in it.
		"content/decisions/0006-local.md": "---\nid: ADR-0006\ntitle: Local six\nstatus: accepted\ndate: 2020-01-01\n---\nBody.\n",
		"content/decisions/0002-local.md": "---\nid: ADR-0002\ntitle: Local two\nstatus: accepted\ndate: 2020-01-01\n---\nBody.\n",
		"doc/adr/0007-cache-tokens.md": "---\nstatus: accepted\ndate: 2019-01-01\nsupersedes: [ADR-0006]\n---\n# 7. Cache tokens\n\n" +
			"See [[ADR-0002]] and [the audit log](0005-keep-audit-log.md); [from the root](/decisions/platform/0001-record-architecture-decisions.md).\n",
	})
	copyADRs(t, "adr-tools", filepath.Join(root, "doc", "adr"))
	dest, res, err := buildMounted(t, root)
	if err != nil {
		t.Fatal(err)
	}
	docs := documents(t, dest)
	for id, url := range map[string]string{
		"PLAT-ADR-0002": "decisions/platform/0002-use-postgres-for-sessions/",
		"PLAT-ADR-0007": "decisions/platform/0007-cache-tokens/",
		"ADR-0002":      "decisions/0002-local/",
	} {
		if got := strings.TrimPrefix(docs[id].URL, "/"); got != url {
			t.Errorf("%s: got URL %q, want %q", id, got, url)
		}
	}
	if got := docs["PLAT-ADR-0003"].Supersedes; len(got) != 1 || got[0] != "PLAT-ADR-0002" {
		t.Errorf("PLAT-ADR-0003 supersedes %v, want [PLAT-ADR-0002] (its link line)", got)
	}
	if got := docs["PLAT-ADR-0007"].Supersedes; len(got) != 1 || got[0] != "PLAT-ADR-0006" {
		t.Errorf("PLAT-ADR-0007 supersedes %v, want [PLAT-ADR-0006] (within the mount first)", got)
	}
	page := readMounted(t, dest, docs["PLAT-ADR-0007"].URL)
	for _, want := range []string{
		"https://git.example/edit/main/doc/adr/0007-cache-tokens.md",
		"doc/adr/0007-cache-tokens.md",
		`href="../../../decisions/platform/0002-use-postgres-for-sessions/index.html">Use Postgres`,
		`href="../../../decisions/platform/0005-keep-audit-log/index.html">the audit log`,
		`href="../../../decisions/platform/0001-record-architecture-decisions/index.html">from the root`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page of PLAT-ADR-0007 lacks %s", want)
		}
	}
	all := lines(res.Diagnostics)
	for _, want := range []string{
		`doc/adr/0005-keep-audit-log.md:7:1: warning: status: "On hold"`,
		`doc/adr/0006-drop-memcached.md:9:12: warning: supersedes: "9. Use memcached" links to doc/adr/0009-use-memcached.md, which does not exist`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("got diagnostics\n%s\nwant one with %s", all, want)
		}
	}
}

func TestMountsNumberingAlike(t *testing.T) {
	mounts := "  - {source: doc/a, target: decisions/a}\n  - {source: doc/b, target: decisions/b}\n"
	root := writeSite(t, map[string]string{"secdoc.yaml": "mounts:\n" + mounts})
	copyADRs(t, "adr-tools", filepath.Join(root, "doc", "a"))
	copyADRs(t, "adr-tools", filepath.Join(root, "doc", "b"))
	_, _, err := buildMounted(t, root)
	var ce *diag.ContentError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want duplicate-id errors", err)
	}
	want := `doc/a/0001-record-architecture-decisions.md:1:1: duplicate id "ADR-0001": also claimed by doc/b/0001-record-architecture-decisions.md`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("got\n%v\nwant %s", err, want)
	}
	prefixed := "  - {source: doc/a, target: decisions/a, id_prefix: A-}\n  - {source: doc/b, target: decisions/b, id_prefix: B-}\n"
	if err := os.WriteFile(filepath.Join(root, "secdoc.yaml"), []byte("mounts:\n"+prefixed), 0o644); err != nil {
		t.Fatal(err)
	}
	dest, _, err := buildMounted(t, root)
	if err != nil {
		t.Fatalf("with prefixes: %v", err)
	}
	docs := documents(t, dest)
	if docs["A-ADR-0003"].Supersedes[0] != "A-ADR-0002" || docs["B-ADR-0003"].Supersedes[0] != "B-ADR-0002" {
		t.Errorf("got %v and %v, want each supersede within its collection", docs["A-ADR-0003"].Supersedes, docs["B-ADR-0003"].Supersedes)
	}
}

func TestMountExclude(t *testing.T) {
	root := writeSite(t, map[string]string{
		"secdoc.yaml":                       "exclude: [\"**/*.draft.md\", \"threats/old/**\"]\nmounts:\n  - {source: doc/adr, target: decisions/platform, exclude: [\"drafts/**\"]}\n",
		"content/threats/t.md":              "---\nid: THR-1\n---\nok\n",
		"content/threats/old/t.md":          "---\nid: THR-1\n---\nthe same id, but excluded\n",
		"content/threats/t2.draft.md":       "---\nid: THR-1\n---\nexcluded too\n",
		"doc/adr/drafts/0009-x.md":          "# 9. X\n\nnot { valid",
		"doc/adr/0008-kept.md":              "# 8. Kept\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n",
		"doc/adr/deeper/0010-half.draft.md": "---\nid: ADR-0008\n---\n",
	})
	dest, _, err := buildMounted(t, root)
	if err != nil {
		t.Fatal(err)
	}
	docs := documents(t, dest)
	if len(docs) != 2 || docs["ADR-0008"].ID == "" || docs["THR-1"].ID == "" {
		t.Errorf("got %v, want ADR-0008 and THR-1 alone", docs)
	}
}

func TestMountsWithoutContentFolder(t *testing.T) {
	root := writeSite(t, map[string]string{"secdoc.yaml": "mounts:\n  - {source: doc/adr, target: decisions}\n"})
	copyADRs(t, "adr-tools", filepath.Join(root, "doc", "adr"))
	dest, _, err := buildMounted(t, root)
	if err != nil {
		t.Fatal(err)
	}
	if docs := documents(t, dest); docs["ADR-0003"].ID == "" {
		t.Errorf("got %v, want the mounted decisions", docs)
	}
}

func TestMountFromCommandLine(t *testing.T) {
	root := writeSite(t, map[string]string{"content/threats/t.md": "---\nid: THR-1\n---\nok\n"})
	other := filepath.Join(t.TempDir(), "payments", "doc", "adr")
	copyADRs(t, "adr-tools", other)
	dest, res, err := buildMounted(t, root, Mount{Source: other, Target: "decisions/payments", IDPrefix: "PAY-"})
	if err != nil {
		t.Fatal(err)
	}
	docs := documents(t, dest)
	if got := strings.TrimPrefix(docs["PAY-ADR-0003"].URL, "/"); got != "decisions/payments/0003-use-redis-for-sessions/" {
		t.Errorf("got %q, want the page under decisions/payments", got)
	}
	src := filepath.ToSlash(other) + "/0005-keep-audit-log.md:7:1"
	if !strings.Contains(lines(res.Diagnostics), src) {
		t.Errorf("got\n%s\nwant a warning at %s", res.Diagnostics, src)
	}
	if _, _, err := buildMounted(t, root, Mount{Source: other, Target: "../x"}); err == nil {
		t.Errorf("got no error for target ../x, want one")
	}
	var setup *SetupError
	if _, _, err := buildMounted(t, root, Mount{Source: filepath.Join(other, "nope"), Target: "decisions/x"}); !errors.As(err, &setup) {
		t.Errorf("got %v for a missing folder, want a *SetupError", err)
	}
}

func TestMountOfCurrentFolder(t *testing.T) {
	root := writeSite(t, map[string]string{"content/threats/t.md": "---\nid: THR-1\n---\nok\n"})
	other := t.TempDir()
	copyADRs(t, "adr-tools", other)
	t.Chdir(other)
	dest, res, err := buildMounted(t, root, Mount{Source: ".", Target: "decisions"})
	if err != nil {
		t.Fatal(err)
	}
	if docs := documents(t, dest); docs["ADR-0003"].ID == "" {
		t.Errorf("got %v, want the decisions of the current folder", docs)
	}
	if want := filepath.ToSlash(other) + "/0005-keep-audit-log.md:7:1"; !strings.Contains(lines(res.Diagnostics), want) {
		t.Errorf("got\n%s\nwant a finding at %s", lines(res.Diagnostics), want)
	}
}

func TestSymlinkedFolderPointsToMounts(t *testing.T) {
	root := writeSite(t, map[string]string{"content/threats/t.md": "---\nid: THR-1\n---\nok\n", "doc/adr/0001-x.md": "# 1. X\n"})
	if err := os.Symlink(filepath.Join("..", "doc", "adr"), filepath.Join(root, "content", "decisions")); err != nil {
		t.Fatal(err)
	}
	_, res, err := buildMounted(t, root)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(lines(res.Diagnostics), "content/decisions:1:1: warning: symbolic link to a folder not followed: to read a folder from elsewhere, list it under mounts:") {
		t.Errorf("got\n%s\nwant a warning pointing to mounts:", res.Diagnostics)
	}
}

func TestSessionMapsMountedChanges(t *testing.T) {
	root := writeSite(t, map[string]string{
		"secdoc.yaml":          "mounts:\n  - {source: doc/adr, target: decisions/platform, exclude: [\"drafts/**\"]}\n",
		"content/threats/t.md": "---\nid: THR-1\n---\nok\n",
		"doc/adr/0001-x.md":    "# 1. X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\nFirst.\n",
	})
	s := NewSession(Options{Source: root, Now: FixedClock(fixtureNow)})
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{"doc/adr/0001-x.md": true, "doc/adr/drafts/0002-y.md": true, "doc/other.md": false, "content/x.md": true} {
		if got := s.Watches(p); got != want {
			t.Errorf("Watches(%s) = %v, want %v", p, got, want)
		}
	}
	if s.needsFull([]string{"doc/adr/0001-x.md"}) {
		t.Errorf("an edit of a mounted file asks for a full rebuild, want an incremental one")
	}
	if !s.needsFull([]string{"doc/adr/drafts/0002-y.md"}) {
		t.Errorf("an excluded file is read incrementally, want a full rebuild that leaves it out")
	}
	if err := os.WriteFile(filepath.Join(root, "doc", "adr", "0001-x.md"), []byte("# 1. X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\nSecond.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Update(context.Background(), []string{"doc/adr/0001-x.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if page := string(snap.Files["decisions/platform/0001-x/index.html"]); !strings.Contains(page, "Second.") {
		t.Errorf("got a page without the edit")
	}
}

// TestMountedResources: images beside a mounted collection's files are
// copied to where the collection appears, under the rules of content/.
func TestMountedResources(t *testing.T) {
	png := "\x89PNG\r\n\x1a\nthe flow"
	root := writeSite(t, map[string]string{
		"secdoc.yaml": "mounts:\n  - {source: doc/adr, target: decisions/platform, id_prefix: PLAT-}\n",
		"doc/adr/0008-draw-the-flow.md": "# 8. Draw the flow\n\nDate: 2019-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n" +
			"![the flow](img/flow.png)\n\n![gone](img/gone.png)\n",
		"doc/adr/img/flow.png":                  png,
		"doc/adr/img/.hidden.png":               "hidden",
		"doc/adr/img/flow.png~":                 "backup",
		"doc/adr/sketch.svg":                    "<svg/>",
		"content/decisions/platform/sketch.svg": "the same place",
	})
	if err := os.Symlink(filepath.Join(root, "secdoc.yaml"), filepath.Join(root, "doc", "adr", "img", "link.png")); err != nil {
		t.Fatal(err)
	}
	dest, res, err := buildMounted(t, root)
	if err != nil {
		t.Fatal(err)
	}
	all := lines(res.Diagnostics)
	for _, want := range []string{
		`doc/adr/0008-draw-the-flow.md:13:1: warning: missing image "img/gone.png" (looked for doc/adr/img/gone.png)`,
		`doc/adr/sketch.svg:1:1: warning: file not copied: content/decisions/platform/sketch.svg is already copied to /decisions/platform/sketch.svg`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("got diagnostics\n%s\nwant one with %s", all, want)
		}
	}
	pageURL := "decisions/platform/0008-draw-the-flow/"
	page := readMounted(t, dest, pageURL)
	var src string
	for _, m := range srcAttr.FindAllStringSubmatch(page, -1) {
		if strings.HasSuffix(m[1], "flow.png") {
			src = m[1]
		}
	}
	if src == "" {
		t.Fatalf("page of PLAT-ADR-0008 has no image ending in flow.png")
	}
	if got, want := path.Join(pageURL, src), "decisions/platform/img/flow.png"; got != want {
		t.Errorf("got image %s resolving to %s, want %s", src, got, want)
	}
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(path.Join(pageURL, src))))
	if err != nil || string(data) != png {
		t.Errorf("got copy %q (%v), want the image's bytes", data, err)
	}
	for _, p := range []string{"img/.hidden.png", "img/flow.png~", "img/link.png"} {
		if _, err := os.Stat(filepath.Join(dest, "decisions", "platform", filepath.FromSlash(p))); err == nil {
			t.Errorf("got a copy of doc/adr/%s, want none", p)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "decisions", "platform", "sketch.svg")); string(got) != "the same place" {
		t.Errorf("got sketch.svg %q, want content/'s copy", got)
	}
}
