package site

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// secret is written outside the site root; it must never reach the output.
const secret = "OUTSIDE-THE-ROOT-7f3a9c"

// sandbox lays out a site root beside a folder of secrets and an empty
// folder for the output, all in one temporary folder, so a test can check
// that a build touched nothing but its destination.
type sandbox struct {
	top, root, outside, out string
}

func newSandbox(t *testing.T, files map[string]string) *sandbox {
	t.Helper()
	top := t.TempDir()
	s := &sandbox{top: top, root: filepath.Join(top, "site"), outside: filepath.Join(top, "outside"), out: filepath.Join(top, "out")}
	writeFiles(t, s.outside, map[string]string{
		"secret.md":          "---\nid: SECRET\n---\n" + secret + "\n",
		"folder/secret.md":   "---\nid: SECRET-2\n---\n" + secret + "\n",
		"secret.css":         "body{}/*" + secret + "*/",
		"secdoc.yaml":        "title: " + secret + "\n",
		"templates/404.html": `{{define "404"}}` + secret + `{{end}}`,
	})
	writeFiles(t, s.root, files)
	if err := os.MkdirAll(s.out, 0o755); err != nil {
		t.Fatal(err)
	}
	return s
}

// writeFiles writes path → content under dir through an os.Root, so paths
// longer than PATH_MAX work.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for p, src := range files {
		if err := root.MkdirAll(path.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := root.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// link makes a symbolic link at the slash path p in the site root.
func (s *sandbox) link(t *testing.T, target, p string) {
	t.Helper()
	full := filepath.Join(s.root, filepath.FromSlash(p))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, full); err != nil {
		t.Skip("symbolic links unsupported:", err)
	}
}

// build builds the site into out/public and checks that nothing but that
// folder changed: the site root, the secrets and the rest of the sandbox
// are as they were, and no output file holds the secret.
func (s *sandbox) build(t *testing.T, dest string) (*Result, error) {
	t.Helper()
	before := snapshot(t, s.top)
	res, err := Build(context.Background(), Options{Source: s.root, Destination: dest, Now: FixedClock(fixtureNow), Version: "test"})
	after := snapshot(t, s.top)
	for p, v := range after {
		inDest := p == "out/public" || strings.HasPrefix(p, "out/public/")
		if !inDest && before[p] != v {
			t.Errorf("%s was written outside the destination", p)
		}
		if inDest && strings.Contains(v, secret) {
			t.Errorf("%s holds the contents of a file outside the site root", p)
		}
		if inDest && strings.HasPrefix(v, "link") {
			t.Errorf("%s is a symbolic link in the output", p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			t.Errorf("%s was deleted", p)
		}
	}
	if res != nil && strings.Contains(findings(res), secret) || err != nil && strings.Contains(err.Error(), secret) {
		t.Error("a finding shows the contents of a file outside the site root")
	}
	return res, err
}

// snapshot describes every entry under dir without following links: file
// contents, "dir", or "link " and the link's target. It reads through an
// os.Root, so paths longer than PATH_MAX work.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	out := map[string]string{}
	err = fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := root.Readlink(p)
			out[p] = "link " + target
			return err
		case d.IsDir():
			out[p] = "dir"
		default:
			data, err := root.ReadFile(p)
			out[p] = string(data)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// findings formats the build's findings, one per line.
func findings(res *Result) string {
	var b strings.Builder
	for _, d := range res.Diagnostics {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// warned returns the paths of the build's warnings, sorted.
func warned(res *Result) []string {
	var paths []string
	for _, d := range res.Diagnostics {
		paths = append(paths, d.Path)
	}
	sort.Strings(paths)
	return paths
}

// TestHostileIDsAndNamesStayInTheOutput builds ids and file names made of
// "..", absolute paths, Windows separators, encoded dots and slashes, NUL
// (in ids: Linux file names cannot hold one), newlines and very long names.
// Pages land at their slugs inside the output and nowhere else.
func TestHostileIDsAndNamesStayInTheOutput(t *testing.T) {
	long := strings.Repeat("x", 240)
	deep := strings.Repeat(long+"/", 17) // 4,097 bytes: longer than PATH_MAX
	other := strings.Repeat("y", 240)    // not long: its page would be the folder long/'s list
	files := map[string]string{
		"content/threats/dots.md":     "---\nid: ../../../../escape\ntags: [../../tag, /abs]\n---\n[[../../../../escape]] [[/etc/passwd]]\n",
		"content/threats/abs.md":      "---\nid: /etc/passwd\n---\n",
		"content/threats/win.md":      "---\nid: '..\\..\\..\\windows'\n---\n",
		"content/threats/enc.md":      "---\nid: '%2e%2e%2f%2e%2e%2fencoded'\n---\n[x](%2e%2e/%2e%2e/%2e%2e/outside/secret.txt)\n",
		"content/threats/nul.md":      "---\nid: \"nul\\0byte\"\ntitle: \"a\\0b\"\n---\n",
		"content/threats/longid.md":   "---\nid: " + strings.Repeat("L", 100000) + "\n---\n",
		"content/threats/..md":        "hidden: skipped\n",
		"content/a/...md":             "hidden: skipped\n",
		"content/...//y.md":           "in a hidden folder: skipped\n",
		"content/..%2f..%2fx.md":      "hidden: skipped\n",
		`content/..\..\win.md`:        "hidden: skipped\n",
		"content/threats/x..md":       "dots before the extension\n",
		"content/b/ .md":              "a space\n",
		"content/%2e%2e/p.md":         "encoded dots folder\n",
		"content/p%2f..%2f..%2fq.md":  "encoded slashes\n",
		`content/w\..\..\v.md`:        "windows separators\n",
		`content/f..\..\g/e.md`:       "windows separators in a folder\n",
		"content/new\nline.md":        "a newline in a name\n",
		"content/" + other + ".md":    "a long name\n",
		"content/" + deep + "deep.md": "a path longer than PATH_MAX\n",
	}
	s := newSandbox(t, files)
	res, err := s.build(t, filepath.Join(s.out, "public"))
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	out := snapshot(t, filepath.Join(s.out, "public"))
	for _, want := range []string{"threats/x/index.html", "b/page/index.html", "2e2e/p/index.html", "p2f2f2fq/index.html", "wv/index.html", "fg/e/index.html", "new-line/index.html", other + "/index.html", long + "/index.html", deep + "deep/index.html"} {
		if _, ok := out[want]; !ok {
			t.Errorf("no page %s", want)
		}
	}
	for p := range out {
		if strings.HasPrefix(p, "threats/page") || strings.HasPrefix(p, "a/") || strings.HasPrefix(p, "win/") {
			t.Errorf("hidden file published as %s", p)
		}
	}
	if n := len(res.Diagnostics); n != 0 {
		t.Errorf("got findings %v, want none", res.Diagnostics)
	}
}

// TestLinksOutOfTheRootAreNotRead checks that a markdown link climbing out
// of content/ is resolved against the loaded records only: it is reported as
// missing, and the file it names is never opened.
func TestLinksOutOfTheRootAreNotRead(t *testing.T) {
	for _, dest := range []string{"../../../outside/secret.md", "%2e%2e/%2e%2e/%2e%2e/outside/secret.md", "/../../outside/secret.md", "..%2f..%2f..%2foutside%2fsecret.md"} {
		t.Run(dest, func(t *testing.T) {
			s := newSandbox(t, map[string]string{"content/threats/t.md": "---\nid: THR-1\n---\n[x](" + dest + ")\n"})
			res, err := s.build(t, filepath.Join(s.out, "public"))
			if err == nil || !strings.Contains(findings(res), "link to missing file") {
				t.Errorf("got %v, want a link to a missing file", err)
			}
			if len(snapshot(t, s.out)) != 1 {
				t.Error("a failed build wrote output")
			}
		})
	}
}

// TestSymbolicLinks checks the documented rules: a link to a markdown file
// inside the root is followed; links leaving the root, links to folders,
// loops and dangling links are not, and each draws a warning; links in
// static/ are never copied and a templates/ link out of the root is ignored.
func TestSymbolicLinks(t *testing.T) {
	s := newSandbox(t, map[string]string{
		"content/about.md":      "about\n",
		"notes/inside.md":       "---\nid: INSIDE\n---\ninside text\n",
		"notes/folder/other.md": "---\nid: OTHER\n---\nother text\n",
	})
	s.link(t, "../../notes/inside.md", "content/threats/inside.md")
	s.link(t, filepath.Join(s.outside, "secret.md"), "content/threats/absolute.md")
	s.link(t, "../../../outside/secret.md", "content/threats/relative.md")
	s.link(t, "../notes/folder", "content/folder")
	s.link(t, filepath.Join(s.outside, "folder"), "content/outfolder")
	s.link(t, "loop-b.md", "content/loop-a.md")
	s.link(t, "loop-a.md", "content/loop-b.md")
	s.link(t, "self.md", "content/self.md")
	s.link(t, ".", "content/dirloop")
	s.link(t, "..", "content/up")
	s.link(t, "gone.md", "content/dangling.md")
	s.link(t, filepath.Join(s.outside, "secret.css"), "static/css/evil.css")
	s.link(t, "../../notes/inside.md", "static/css/inside.css")
	s.link(t, filepath.Join(s.outside, "templates"), "templates")
	res, err := s.build(t, filepath.Join(s.out, "public"))
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	out := snapshot(t, filepath.Join(s.out, "public"))
	if page := out["threats/inside/index.html"]; !strings.Contains(page, "inside text") {
		t.Error("a link to a file inside the root was not followed")
	}
	for _, p := range []string{"folder/other/index.html", "css/evil.css", "css/inside.css"} {
		if _, ok := out[p]; ok {
			t.Errorf("%s written through a symbolic link", p)
		}
	}
	want := []string{"content/dangling.md", "content/dirloop", "content/folder", "content/loop-a.md", "content/loop-b.md",
		"content/outfolder", "content/self.md", "content/threats/absolute.md", "content/threats/relative.md", "content/up"}
	if got := warned(res); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got warnings at %v, want %v", got, want)
	}
}

// TestLinkedConfigOrContentOutsideTheRootIsNotRead links secdoc.yaml and the
// whole content/ folder out of the root: the build fails without reading them.
func TestLinkedConfigOrContentOutsideTheRootIsNotRead(t *testing.T) {
	for _, name := range []string{"secdoc.yaml", "content"} {
		t.Run(name, func(t *testing.T) {
			s := newSandbox(t, nil)
			target := filepath.Join(s.outside, name)
			if name == "content" {
				target = filepath.Join(s.outside, "folder")
				writeFiles(t, s.root, map[string]string{"static/x.txt": "x"})
			}
			s.link(t, target, name)
			if _, err := s.build(t, filepath.Join(s.out, "public")); err == nil {
				t.Errorf("got no error for %s linking out of the root", name)
			}
			if len(snapshot(t, s.out)) != 1 {
				t.Error("a failed build wrote output")
			}
		})
	}
}

// TestDestinationHoldingTheSiteIsRefused checks that a destination that is
// the site root, or a folder above it, is refused and nothing is deleted,
// even when a repository plants the marker that lets a build replace a folder.
func TestDestinationHoldingTheSiteIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name   string
		dest   func(s *sandbox) string
		marker string // where a .secdoc-output marker is planted, relative to the sandbox
	}{
		{"site root", func(s *sandbox) string { return s.root }, ""},
		{"site root spelt differently", func(s *sandbox) string { return s.root + "/content/../." }, ""},
		{"parent of the root", func(s *sandbox) string { return s.top }, ""},
		{"site root with a planted marker", func(s *sandbox) string { return s.root }, "site"},
		{"parent with a planted marker", func(s *sandbox) string { return s.top }, "."},
		{"link to the root", func(s *sandbox) string { return filepath.Join(s.out, "alias") }, "site"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSandbox(t, map[string]string{"content/about.md": "about\n", "notes.txt": "mine"})
			if tc.marker != "" {
				writeFiles(t, filepath.Join(s.top, tc.marker), map[string]string{marker: "planted"})
			}
			if err := os.Symlink(s.root, filepath.Join(s.out, "alias")); err != nil {
				t.Skip("symbolic links unsupported:", err)
			}
			if _, err := s.build(t, tc.dest(s)); err == nil || !strings.Contains(err.Error(), "destination") {
				t.Errorf("got %v, want the destination refused", err)
			}
		})
	}
}
