package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/secdoc/secdoc/generator/site"
)

// buildToDisk builds the site at root into a new folder, as secdoc build
// does, and returns the folder.
func buildToDisk(tb testing.TB, root, baseURL string) string {
	tb.Helper()
	dest := filepath.Join(tb.TempDir(), "public")
	_, err := site.Build(context.Background(), site.Options{Source: root, Destination: dest, BaseURL: baseURL, Now: site.FixedClock(buildDate), Version: "test"})
	if err != nil {
		tb.Fatalf("build %s: %v", root, err)
	}
	return dest
}

// urlAttrs are the attributes that hold a URL, by element; "*" is any element.
var urlAttrs = map[string][]string{
	"a": {"href"}, "area": {"href"}, "link": {"href"}, "base": {"href"},
	"script": {"src"}, "img": {"src", "srcset"}, "source": {"src", "srcset"}, "iframe": {"src"},
	"embed": {"src"}, "audio": {"src"}, "video": {"src", "poster"}, "track": {"src"},
	"object": {"data"}, "form": {"action"}, "button": {"formaction"}, "input": {"formaction", "src"},
	"blockquote": {"cite"}, "q": {"cite"}, "del": {"cite"}, "ins": {"cite"},
	"use": {"href", "xlink:href"}, "image": {"href", "xlink:href"},
}

// ref is one URL a file of the site refers to.
type ref struct {
	from, tag, url string
}

// pageRefs reads an HTML page with a real HTML tokenizer, which decodes
// entities in attribute values as a browser does and does not mistake text
// for markup, and returns its ids and the URLs it refers to.
func pageRefs(name string, data []byte) (ids map[string]bool, refs []ref) {
	ids = map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return ids, refs
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		for _, a := range tok.Attr {
			key := a.Key
			if a.Namespace != "" {
				key = a.Namespace + ":" + a.Key
			}
			switch {
			case key == "id" || tok.Data == "a" && key == "name":
				ids[a.Val] = true
			case key == "srcset":
				for _, cand := range strings.Split(a.Val, ",") {
					if f := strings.Fields(cand); len(f) > 0 {
						refs = append(refs, ref{name, tok.Data + " " + key, f[0]})
					}
				}
			case contains(urlAttrs[tok.Data], key):
				refs = append(refs, ref{name, tok.Data + " " + key, a.Val})
			case tok.Data == "meta" && key == "content" && strings.Contains(strings.ToLower(a.Val), "url="):
				v := a.Val[strings.Index(strings.ToLower(a.Val), "url=")+4:]
				refs = append(refs, ref{name, "meta refresh", strings.Trim(v, `'" `)})
			}
		}
	}
}

var (
	cssURL      = regexp.MustCompile(`url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)`)
	fontFaceSrc = regexp.MustCompile(`src:([^;}]*)`)
)

// cssRefs returns the URLs a stylesheet refers to. Of an @font-face src list
// only the first counts: browsers take the first format they support, and
// every current one supports the first (woff2), so the older formats listed
// after it (which the vendored KaTeX does not ship) are never requested.
func cssRefs(name string, data []byte) []ref {
	css := fontFaceSrc.ReplaceAllStringFunc(string(data), func(src string) string {
		if first := cssURL.FindString(src); first != "" {
			return "src:" + first
		}
		return src
	})
	var refs []ref
	for _, m := range cssURL.FindAllStringSubmatch(css, -1) {
		refs = append(refs, ref{name, "css url()", m[1] + m[2] + m[3]})
	}
	return refs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// linkReport is what a check saw.
type linkReport struct {
	internal, external int
	hosts              map[string]int
	broken             []string
}

func (rep *linkReport) fail(r ref, format string, args ...any) {
	rep.broken = append(rep.broken, fmt.Sprintf("%s: %s %q: ", r.from, r.tag, r.url)+fmt.Sprintf(format, args...))
}

// checkLinks resolves every reference in the built site at dir: internal ones
// must name a file of the site (a folder meaning its index.html) and, with a
// fragment, an id in that page. baseURL, when set, is where the site lives, so
// absolute links under it are internal. External links are counted, not fetched.
func checkLinks(t *testing.T, dir, baseURL string) linkReport {
	t.Helper()
	fsys := os.DirFS(dir)
	ids := map[string]map[string]bool{}
	var refs []ref
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		switch path.Ext(name) {
		case ".html":
			var r []ref
			ids[name], r = pageRefs(name, data)
			refs = append(refs, r...)
		case ".css":
			refs = append(refs, cssRefs(name, data)...)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rep := linkReport{hosts: map[string]int{}}
	for _, r := range refs {
		target, frag, external, problem := resolve(r, baseURL)
		switch {
		case problem != "":
			rep.fail(r, "%s", problem)
			continue
		case external:
			rep.external++
			rep.hosts[target]++
			continue
		}
		rep.internal++
		if info, err := fs.Stat(fsys, target); err == nil && info.IsDir() {
			target = path.Join(target, "index.html")
		}
		if _, err := fs.Stat(fsys, target); err != nil {
			rep.fail(r, "no file %s in the site", target)
			continue
		}
		if frag != "" && path.Ext(target) == ".html" && !ids[target][frag] {
			rep.fail(r, "%s has no id %q", target, frag)
		}
	}
	return rep
}

// resolve turns a reference into the file it names, relative to the site
// root, and its fragment; or says it is external (with its host); or what is
// wrong with it.
func resolve(r ref, baseURL string) (target, frag string, external bool, problem string) {
	raw := r.url
	if baseURL != "" && strings.HasPrefix(raw, baseURL) {
		raw = "/" + strings.TrimPrefix(raw, baseURL)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", false, err.Error()
	}
	switch strings.ToLower(u.Scheme) {
	case "":
	case "http", "https":
		return u.Host, "", true, ""
	case "mailto", "tel":
		return u.Scheme + ":", "", true, ""
	case "data":
		if r.tag == "css url()" {
			return "data:", "", true, "" // an image inlined in the theme's stylesheet
		}
		return "", "", false, "a data: URL in a page is content the generator should have dropped"
	default:
		return "", "", false, "scheme " + u.Scheme + ": has no place in the site"
	}
	if u.Host != "" {
		return u.Host, "", true, ""
	}
	var p string
	switch {
	case u.Path == "":
		p = r.from
	case strings.HasPrefix(u.Path, "/"):
		p = path.Clean(u.Path)[1:]
	default:
		p = path.Join(path.Dir(r.from), u.Path)
	}
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", "", false, "leaves the site"
	}
	if p == "" {
		p = "."
	}
	return p, u.Fragment, false, ""
}

// TestLinksResolve checks every internal link and asset reference of the
// built example site, with relative links (the default) and with a base URL.
// It needs no browser and always runs.
func TestLinksResolve(t *testing.T) {
	for _, base := range []string{"", "https://security.example.com/docs/"} {
		t.Run("base="+base, func(t *testing.T) {
			rep := checkLinks(t, buildToDisk(t, repoRoot, base), base)
			for _, b := range rep.broken {
				t.Error(b)
			}
			if rep.internal < 1000 {
				t.Errorf("checked only %d internal references: the checker is not seeing the site", rep.internal)
			}
			var hosts []string
			for h, n := range rep.hosts {
				hosts = append(hosts, fmt.Sprintf("%s ×%d", h, n))
			}
			sort.Strings(hosts)
			t.Logf("%d internal links and references resolve; %d external links, not fetched: %s", rep.internal, rep.external, strings.Join(hosts, ", "))
		})
	}
}

// TestLinkCheckerFindsBrokenLinks proves the checker on a site with one of
// each fault.
func TestLinkCheckerFindsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": `<!DOCTYPE html><link rel="stylesheet" href="css/a.css"><a href="a/">ok</a><a href="a/index.html#top">ok</a>` +
			`<a href="missing/">1</a><a href="a/#nowhere">2</a><a href="JavaScript&#58;alert(1)">3</a><img src="../../etc/passwd"><a href="https://example.com/">ext</a>`,
		"a/index.html": `<h1 id="top">A</h1><a href="#top">ok</a><a href="../index.html#gone">4</a>`,
		"css/a.css":    `@font-face{src:url(f.woff2) format("woff2"),url(f.ttf)} body{background:url("../img/none.png")}`,
		"css/f.woff2":  "",
	}
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep := checkLinks(t, dir, "")
	for _, want := range []string{`"missing/"`, `"a/#nowhere"`, `"JavaScript:alert(1)"`, `"../../etc/passwd"`, `"../index.html#gone"`, `"../img/none.png"`} {
		if !containsAny(rep.broken, want) {
			t.Errorf("the checker missed %s; it found %q", want, rep.broken)
		}
	}
	if len(rep.broken) != 6 || rep.internal != 9 || rep.external != 1 {
		t.Errorf("got %d broken, %d internal, %d external; want 6, 9, 1: %q", len(rep.broken), rep.internal, rep.external, rep.broken)
	}
}
