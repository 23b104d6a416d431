package site

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/history"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var fixtureNow = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// build builds the site at src into a fresh folder and returns the folder.
func build(t testing.TB, src string, baseURL string) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), Options{Source: src, Destination: dest, BaseURL: baseURL, Now: FixedClock(fixtureNow), Version: "test"}); err != nil {
		t.Fatalf("build %s: %v", src, err)
	}
	return dest
}

// firstAddedOnly is the Git log without the full history: the golden
// site lies in this repository, whose last commit changes with every commit.
type firstAddedOnly struct{}

func (firstAddedOnly) FirstAdded(ctx context.Context, root string) map[string]time.Time {
	return history.Git{}.FirstAdded(ctx, root)
}

func TestGolden(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Build(context.Background(), Options{Source: "testdata/site", Destination: dest, Now: FixedClock(fixtureNow), Version: "test", History: firstAddedOnly{}}); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{
		"index.html", "threats/index.html", "threats/thr-1-order-tampering/index.html",
		"threats/thr-2-xss/index.html", "assets/ast-1-orders/index.html", "about/index.html",
		"decisions/0001-sign-basket/index.html", "404.html", "api/documents.json",
		"risks/index.html", "risks/l2-i3/index.html", "risks/by-due/index.html", "radiator/index.html", "api/risks.json", "api/radiator.json", "risks.csv", "search/docs.js", "search/t-0.js",
	} {
		t.Run(page, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dest, page))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", strings.ReplaceAll(page, "/", "__"))
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/site -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run with -update and review the diff\n--- got ---\n%s", page, golden, got)
			}
		})
	}
}

func TestHostileContentIsEscaped(t *testing.T) {
	dest := build(t, "testdata/site", "")
	page, err := os.ReadFile(filepath.Join(dest, "threats/thr-2-xss/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>alert", "onerror=", "javascript:"} {
		if bytes.Contains(page, []byte(bad)) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !bytes.Contains(page, []byte("Stored &lt;script&gt;alert(1)&lt;/script&gt; in reviews")) {
		t.Error("escaped title missing from the page")
	}
}

func TestBuildIsReproducible(t *testing.T) {
	a := build(t, "../../content/..", "")
	b := build(t, "../../content/..", "")
	ha, hb := tree(t, a), tree(t, b)
	if len(ha) < 50 {
		t.Fatalf("example site produced only %d files", len(ha))
	}
	for name, data := range ha {
		if !bytes.Equal(data, hb[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
	if len(ha) != len(hb) {
		t.Errorf("got %d and %d files", len(ha), len(hb))
	}
}

// tree reads every file under dir, keyed by slash path.
func tree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// writeSite creates a site root from path → content.
func writeSite(t testing.TB, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, src := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	root := writeSite(t, map[string]string{"content/threats/t.md": "---\nid: THR-1\n---\nok\n"})
	dest := filepath.Join(root, "public")
	opts := Options{Source: root, Now: FixedClock(fixtureNow)}
	if _, err := Build(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dest)
	errorClasses := map[string]string{
		"malformed yaml":     "---\nid: [\n---\n",
		"malformed toml":     "+++\nid = = 1\n+++\n",
		"malformed json":     ";;;\n{\"id\": }\n;;;\n",
		"wrong enumeration":  "---\nid: THR-1\nstatus: done\n---\n",
		"wrong type":         "---\nid: THR-1\nassets: {a: 1}\n---\n",
		"dangling reference": "---\nid: THR-1\nassets: [AST-9]\n---\n",
		"not utf-8":          "---\nid: THR-1\n---\n\xfe\n",
		"unclosed":           "---\nid: THR-1\n",
	}
	for name, src := range errorClasses {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(root, "content/threats/t.md"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Build(context.Background(), opts)
			var ce *diag.ContentError
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want a content error", err)
			}
			if !strings.HasPrefix(ce.Error(), "content/threats/t.md:") {
				t.Errorf("got %q, want it to start with the file's path", ce.Error())
			}
			after := tree(t, dest)
			if len(after) != len(before) || !bytes.Equal(after["threats/t/index.html"], before["threats/t/index.html"]) {
				t.Error("the previous output changed")
			}
		})
	}
}

func TestErrorsFromAllFilesAtOnce(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/threats/a.md": "---\nid: A\nlikelihood: 9\n---\n",
		"content/threats/b.md": "---\nid: [\n---\n",
		"content/threats/c.md": "---\nid: A\nassets: [NOPE]\n---\n",
	})
	_, err := Build(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
	var ce *diag.ContentError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a content error", err)
	}
	var files []string
	for _, d := range ce.List {
		files = append(files, d.Path)
	}
	sort.Strings(files)
	want := "content/threats/a.md content/threats/a.md content/threats/b.md content/threats/c.md content/threats/c.md"
	if got := strings.Join(files, " "); got != want {
		t.Errorf("got findings in %s, want %s\n%v", got, want, ce)
	}
}

func TestRefusesForeignDestination(t *testing.T) {
	root := writeSite(t, map[string]string{"content/about.md": "hi\n", "public/notes.txt": "mine"})
	_, err := Build(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
	if err == nil || !strings.Contains(err.Error(), "secdoc did not write") {
		t.Fatalf("got %v, want a refusal to replace the folder", err)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "public/notes.txt")); string(data) != "mine" {
		t.Error("the user's file was touched")
	}
}

func TestSymlinkOutsideRootNotFollowed(t *testing.T) {
	outside := writeSite(t, map[string]string{"secret.md": "---\nid: SECRET\n---\nsecret text\n"})
	root := writeSite(t, map[string]string{"content/about.md": "hi\n"})
	if err := os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(root, "content/secret.md")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(root, filepath.Join(root, "content/loop")); err != nil {
		t.Fatal(err)
	}
	res, err := Build(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "public/secret")); err == nil {
		t.Error("a file outside the site root was published")
	}
	if len(res.Diagnostics) != 2 {
		t.Errorf("got %v, want two warnings about the links", res.Diagnostics)
	}
}

func TestSitemapNeedsBaseURL(t *testing.T) {
	dest := build(t, "testdata/site", "https://docs.example.com/security/")
	sitemap, err := os.ReadFile(filepath.Join(dest, "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(sitemap, []byte("<loc>https://docs.example.com/security/threats/thr-1-order-tampering/</loc>")) {
		t.Errorf("sitemap lacks an absolute page URL:\n%s", sitemap)
	}
	if _, err := os.Stat(filepath.Join(build(t, "testdata/site", ""), "sitemap.xml")); err == nil {
		t.Error("sitemap.xml written without a base URL")
	}
}

func TestReservedPagePaths(t *testing.T) {
	for _, name := range []string{"content/risks.md", "content/api/x.md", "content/css.md", "content/radiator/index.md"} {
		root := writeSite(t, map[string]string{name: "# A page\n"})
		_, err := Build(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
		var ce *diag.ContentError
		if !errors.As(err, &ce) || !strings.Contains(ce.Error(), "is where secdoc writes") {
			t.Errorf("%s: got %v, want the reserved path reported", name, err)
		}
	}
}
