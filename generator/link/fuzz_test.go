package link

import (
	"bytes"
	"html"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

// fuzzSite is the fixed site a fuzzed body links into.
var fuzzSite = map[string]string{
	"content/_index.md":           "# Home\n\nWelcome.\n",
	"content/about.md":            "# About\n\n## Überblick\n",
	"content/assets/ast-1.md":     "---\nid: AST-1\n---\n# Orders\n## Disaster scenarios\n",
	"content/threats/thr-1.md":    "---\nid: THR-1\nassets: [AST-1]\n---\n# Tampering\n",
	"content/decisions/0001-a.md": "---\nid: ADR-1\nstatus: accepted\n---\n# Sign baskets\n",
	"content/sops/sop-1.md":       "---\nid: SOP-1\n---\n# Steps <b>\n## Steps\n",
}

const fuzzBase = "https://docs.example.com/sec"

// FuzzResolve links one arbitrary body into a small site and renders it: no
// panic, every finding has a position, and every link points inside the site,
// to an http(s) URL, or is left harmless.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"See [[THR-1]], [[ast-1|the orders]] and [[AST-1#disaster-scenarios]].",
		"[runbook](../sops/sop-1.md#steps) [abs](/assets/ast-1.md) [home](../_index.md) [me](fuzz.md#top)",
		"[up](../../../../etc/passwd.md) [enc](..%2fsops%2fsop-1.md) [dots](%2e%2e/about.md) [bs](..\\about.md)",
		"[[THR-404]] [[]] [[ |x]] [[a|b|c]] [[SOP-1#\"><script>alert(1)</script>]]",
		"[[ADR-1#javascript:alert(1)]] [x](javascript:alert(1)) [y](../about.md#javascript:x) [z](?q=1)",
		"[w](https://example.com) <mailto:a@b.c> www.example.com [d](data:text/html,x) [f](//evil.example/x.md)",
		"[x](about.md\x00.md) [y](../about.md%00) [[AST-1\x00]] [z](%zz.md)",
		"# Top\n\n[frag](#top) [bad](#nowhere) [[fuzz-1#top]]",
		"[ref][r]\n\n[r]: ../threats/thr-1.md \"title\"\n",
	} {
		f.Add(s, false)
	}
	f.Add("[[THR-1]] [x](../about.md)", true)
	f.Fuzz(func(t *testing.T, body string, withBase bool) {
		base := ""
		if withBase {
			base = fuzzBase
		}
		rec, out := resolveFuzzed(t, body, base)
		if rec == nil {
			return // not UTF-8: reported by the loader, never linked
		}
		for _, href := range hrefs(out) {
			if err := checkHref(href, base); err != "" {
				t.Errorf("href %q: %s\nbody %q\nhtml %s", href, err, body, out)
			}
		}
		if base == "" && rec.Path != "threats/fuzz/" {
			t.Errorf("page path %q, want threats/fuzz/", rec.Path)
		}
	})
}

// resolveFuzzed decodes the fixed site and the fuzzed body, resolves them and
// returns the fuzzed record with its rendered body.
func resolveFuzzed(t *testing.T, body, base string) (*model.Record, string) {
	t.Helper()
	files := map[string]string{"content/threats/fuzz.md": "---\nid: FUZZ-1\n---\n" + body}
	for p, src := range fuzzSite {
		files[p] = src
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var records []*model.Record
	var fuzzed *model.Record
	for _, p := range paths {
		f, diags := load.Parse(p, []byte(files[p]))
		if f == nil {
			return nil, ""
		}
		r, more := model.Decode(f, kinds.Registry, engine)
		checkPositions(t, append(diags, more...))
		records = append(records, r)
		if p == "content/threats/fuzz.md" {
			fuzzed = r
		}
	}
	g, diags := Resolve(records, nil, urls.New(base))
	checkPositions(t, diags)
	for _, l := range g.Body(fuzzed) {
		l.Link.Resolve(l.URL, l.Title)
	}
	var buf bytes.Buffer
	if err := engine.Render(&buf, fuzzed.Body); err != nil {
		t.Fatalf("render: %v", err)
	}
	return fuzzed, buf.String()
}

func checkPositions(t *testing.T, diags diag.List) {
	t.Helper()
	for _, d := range diags {
		if d.Line < 1 || d.Col < 1 {
			t.Errorf("finding without a position: %q", d)
		}
	}
}

var hrefPattern = regexp.MustCompile(`\shref="([^"]*)"`)

func hrefs(out string) []string {
	var list []string
	for _, m := range hrefPattern.FindAllStringSubmatch(out, -1) {
		list = append(list, html.UnescapeString(m[1]))
	}
	return list
}

// safeDataImage matches the inline images goldmark keeps, which run no script.
var safeDataImage = regexp.MustCompile(`^data:image/(png|gif|jpeg|webp)`)

var scheme = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// checkHref returns what is wrong with a link of the rendered body, or "".
// Links the resolver wrote are relative (or under the base URL); links it
// left as written may carry a scheme, but never one a browser would run.
func checkHref(href, base string) string {
	trimmed := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, strings.TrimLeft(href, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))
	lower := strings.ToLower(trimmed)
	switch {
	case href == "", strings.HasPrefix(href, "#"):
		return ""
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"):
		if strings.Contains(href, "index.html") && base != "" && !strings.HasPrefix(href, base+"/") {
			return "resolved link outside the base URL"
		}
		return ""
	case !scheme.MatchString(trimmed):
		return ""
	}
	for _, bad := range []string{"javascript:", "vbscript:", "file:", "data:"} {
		if strings.HasPrefix(lower, bad) && !safeDataImage.MatchString(lower) {
			return "a browser would run or open it"
		}
	}
	if strings.Contains(href, "index.html") {
		return "resolved link with a scheme"
	}
	return ""
}
