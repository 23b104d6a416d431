package markdown

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// renderSeeds are hostile and ordinary bodies shared by the render fuzzer.
var renderSeeds = []string{
	"# Title\n\nSee [[THR-7]] and [[ADR-1|the decision]].\n\n[runbook](../sops/sop-1.md#steps), [web](https://example.com)\n",
	"<script>alert(1)</script>\n\ntext <b onclick=x>bold</b> <img src=x onerror=alert(1)>",
	"[x](javascript:alert(1)) [y](JaVaScRiPt:alert(2)) [z](&#106;avascript:alert(3)) [w](java\tscript:x)",
	"[a](vbscript:x) [b](data:text/html;base64,PHNjcmlwdD4=) ![i](data:image/svg+xml,<svg onload=alert(1)>) [c](file:///etc/passwd)",
	"<javascript:alert(1)> <https://example.com/?q=<x>> www.example.com/\"onmouseover=\"x",
	"[x](<javascript:alert(1)>) [ref]\n\n[ref]: javascript:alert(1) \"t\" ",
	"![alt\" onerror=\"x](https://e.com/a.png \"t\\\" onload=\\\"y\")",
	`\(<img src=x onerror=alert(1)>\) and \(a_1 < b\)`,
	"$$\n</div><script>x</script>\n$$\n\n\\[\n<svg/onload=alert(1)>\n\\]\n",
	"| a | b |\n|:--|--:|\n| <i>1</i> | `<b>` |\n",
	"- [x] done\n- [ ] todo\n\n1. one\n2. two\n",
	"text[^1]\n\n[^1]: note <script>\n",
	"```html\n<script>alert(1)</script>\n```\n\n    <iframe>\n",
	"<!-- comment --> <?php x ?> <![CDATA[x]]> <!DOCTYPE html>",
	"## Überblick {#x onclick=y}\n\n## <em>h</em>\n",
	"\"quoted\" -- dash... 'single'",
	"[[<script>|<img src=x onerror=y>]] [[x#\"><script>]]",
	"> > > nested\n>\n> - list\n>   > quote",
	"\x00\x01\u2028\u202e [a](\x01javascript:x)",
}

// FuzzRender renders arbitrary markdown: it must never panic, and the HTML
// must hold only the tags and attributes goldmark's safe mode and our
// extensions write, no script URL, and math only as escaped text.
func FuzzRender(f *testing.F) {
	for _, s := range renderSeeds {
		f.Add(s, false)
	}
	f.Add("inline $<b>x</b>$ and $$<i>$$", true)
	engines := map[bool]*Engine{false: New(Options{}), true: New(Options{DollarMath: true})}
	f.Fuzz(func(t *testing.T, src string, dollar bool) {
		e := engines[dollar]
		d := e.Parse([]byte(src))
		d.DropTitle()
		var buf bytes.Buffer
		if err := e.Render(&buf, d); err != nil {
			t.Fatalf("render: %v", err)
		}
		if err := checkSafeHTML(buf.String()); err != nil {
			t.Errorf("%v\nin output:\n%s", err, buf.String())
		}
	})
}

// allowedTags are the elements the renderer may write, with their attributes.
var allowedTags = map[string][]string{
	"p": nil, "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
	"em": nil, "strong": nil, "del": nil, "code": {"class"}, "pre": nil, "blockquote": nil,
	"ul": nil, "ol": {"start"}, "li": {"id"}, "hr": nil, "br": nil,
	"a": {"href", "title", "id", "class", "role"}, "img": {"src", "alt", "title"},
	"table": nil, "thead": nil, "tbody": nil, "tr": nil, "th": {"class"}, "td": {"class"},
	"input": {"checked", "disabled", "type", "aria-label"}, "sup": {"id"},
	"div": {"class", "role"}, "span": {"class"},
}

var (
	tagPattern  = regexp.MustCompile(`^<(/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*/?>`)
	attrPattern = regexp.MustCompile(`([a-z-]+)(?:="([^"]*)")?`)
)

// checkSafeHTML scans html tag by tag. Text is escaped by the renderer, so
// every '<' must open a tag it writes.
func checkSafeHTML(out string) error {
	mathClose := ""
	for i := 0; i < len(out); i++ {
		if out[i] != '<' {
			continue
		}
		rest := out[i:]
		if strings.HasPrefix(rest, "<!-- raw HTML omitted -->") {
			i += len("<!-- raw HTML omitted -->") - 1
			continue
		}
		m := tagPattern.FindStringSubmatch(rest)
		if m == nil {
			return fmt.Errorf("raw markup at byte %d: %.40q", i, rest)
		}
		closing, name, attrs := m[1] == "/", m[2], m[3]
		if mathClose != "" && m[0] != mathClose {
			return fmt.Errorf("tag %q inside math", m[0])
		}
		mathClose = ""
		if err := checkTag(name, attrs); err != nil {
			return err
		}
		if !closing && (strings.HasPrefix(m[0], `<span class="math`) || strings.HasPrefix(m[0], `<div class="math`)) {
			mathClose = "</" + name + ">"
		}
		i += len(m[0]) - 1
	}
	return nil
}

func checkTag(name, attrs string) error {
	allowed, ok := allowedTags[name]
	if !ok {
		return fmt.Errorf("tag <%s> is not one the renderer writes", name)
	}
	for _, a := range attrPattern.FindAllStringSubmatch(attrs, -1) {
		key, value := a[1], html.UnescapeString(a[2])
		if !contains(allowed, key) {
			return fmt.Errorf("attribute %s on <%s> is not one the renderer writes", key, name)
		}
		if (key == "href" || key == "src") && dangerousURL(value) {
			return fmt.Errorf("dangerous URL %q in <%s %s>", value, name, key)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var safeDataImage = regexp.MustCompile(`^data:image/(png|gif|jpeg|webp)`)

// dangerousURL reports whether a browser would run u as script or open it as
// a document of its own. Browsers strip leading controls and spaces and every
// tab and newline, and read schemes case-insensitively.
func dangerousURL(u string) bool {
	u = strings.TrimLeftFunc(u, func(r rune) bool { return r <= ' ' })
	u = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return unicode.ToLower(r)
	}, u)
	for _, scheme := range []string{"javascript:", "vbscript:", "file:"} {
		if strings.HasPrefix(u, scheme) {
			return true
		}
	}
	return strings.HasPrefix(u, "data:") && !safeDataImage.MatchString(u)
}

// FuzzSlug checks the property page paths rely on: a slug never holds a path
// separator, a dot or a NUL, so it can never name another folder.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"THR 1", "..", "../../etc/passwd", `..\..\win`, "%2e%2e%2f", "a\x00b", "/abs",
		"Überblick der Risiken", "-lead", " -- ", "a.b.c", "\u2024\u2025\uff0e\uff0f\u2215\u29f8", "\xff\xfe", "İı"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slug(s)
		if strings.ContainsAny(slug, "/\\.\x00") || slug == "." || slug == ".." {
			t.Fatalf("Slug(%q) = %q, holds a separator, dot or NUL", s, slug)
		}
		if !utf8.ValidString(slug) {
			t.Fatalf("Slug(%q) = %q, not valid UTF-8", s, slug)
		}
		for _, r := range slug {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
				t.Fatalf("Slug(%q) = %q, holds %q", s, slug, r)
			}
		}
		if again := Slug(slug); again != slug {
			t.Errorf("Slug(%q) = %q, but Slug(%q) = %q", s, slug, slug, again)
		}
	})
}
