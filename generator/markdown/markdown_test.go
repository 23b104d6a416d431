package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

func render(t *testing.T, e *Engine, src string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := e.Render(&buf, e.Parse([]byte(src))); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestRender(t *testing.T) {
	e := New(Options{})
	tests := []struct {
		name, src string
		want      []string // substrings that must appear
		not       []string // substrings that must not appear
	}{
		{"inline math escaped", `\(<img src=x onerror=alert(1)>\)`,
			[]string{`<span class="math math-inline">&lt;img src=x onerror=alert(1)&gt;</span>`}, []string{"<img"}},
		{"inline math keeps underscores", `\(a_1 * b_2 * c\)`,
			[]string{`<span class="math math-inline">a_1 * b_2 * c</span>`}, []string{"<em>"}},
		{"display math dollars", "$$\nALE = SLE \\times ARO\n$$\n",
			[]string{`<div class="math math-display">ALE = SLE \times ARO</div>`}, nil},
		{"display math brackets", "\\[\nx < y\n\\]\n",
			[]string{`<div class="math math-display">x &lt; y</div>`}, nil},
		{"single dollar is text", "costs $5,000 and saves $20,000",
			[]string{"costs $5,000 and saves $20,000"}, []string{"math"}},
		{"raw html omitted", "<script>alert(1)</script>\n\ntext <b onclick=x>bold</b>",
			[]string{"raw HTML omitted"}, []string{"<script", "onclick"}},
		{"javascript link dropped", "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(2))",
			[]string{`href=""`}, []string{"javascript:", "JaVaScRiPt:"}},
		{"data link dropped", "[x](data:text/html;base64,PHNjcmlwdD4=)", []string{`href=""`}, []string{"data:text"}},
		{"unsafe image becomes its alt text", "![a *chart*](javascript:alert(1)) ![b](DATA:image/svg+xml;base64,PHN2Zz4=)",
			[]string{"<p>a <em>chart</em> b</p>"}, []string{"<img", "javascript:", "svg"}},
		{"safe image kept", "![c](/img/c.png)", []string{`<img src="/img/c.png" alt="c">`}, nil},
		{"unicode heading id", "## Überblick der Risiken\n", []string{`id="überblick-der-risiken"`}, nil},
		{"gfm table", "| a | b |\n|---|---|\n| 1 | 2 |\n", []string{"<table>", "<td>1</td>"}, nil},
		{"task list", "- [x] done\n- [ ] todo\n", []string{`checked="" disabled="" type="checkbox" aria-label="done"`, `type="checkbox" aria-label="not done"`}, nil},
		{"footnote", "text[^1]\n\n[^1]: note\n", []string{`class="footnotes"`}, nil},
		{"typographer", `"quoted" -- dash`, []string{"&ldquo;quoted&rdquo;", "&ndash;"}, nil},
		{"unresolved wiki link is text", "see [[THR-1|<b>x</b>]]", []string{"see &lt;b&gt;x&lt;/b&gt;"}, []string{"<b>"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, e, tc.src)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want it to contain %q", got, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("got %q, want no %q", got, n)
				}
			}
		})
	}
}

func TestDollarMathOptIn(t *testing.T) {
	got := render(t, New(Options{DollarMath: true}), "inline $a_1$ here")
	if !strings.Contains(got, `<span class="math math-inline">a_1</span>`) {
		t.Errorf("got %q, want inline math from $...$", got)
	}
}

func TestParseLinks(t *testing.T) {
	src := "# Title\n\nSee [[THR-7]] and [[ADR-1|the decision]].\n\n[runbook](../sops/sop-1.md#steps), [web](https://example.com), [top](#title)\n"
	d := New(Options{}).Parse([]byte(src))
	if d.Title != "Title" {
		t.Errorf("title: got %q, want %q", d.Title, "Title")
	}
	type link struct {
		dest      string
		wiki      bool
		line, col int
	}
	var got []link
	for _, l := range d.Links {
		got = append(got, link{l.Dest, l.Wiki, l.Line, l.Col})
	}
	want := []link{{"THR-7", true, 3, 5}, {"ADR-1", true, 3, 19}, {"../sops/sop-1.md#steps", false, 5, 1}, {"#title", false, 5, 70}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].dest != want[i].dest || got[i].wiki != want[i].wiki || got[i].line != want[i].line {
			t.Errorf("link %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestResolveWikiLink(t *testing.T) {
	e := New(Options{})
	d := e.Parse([]byte("See [[thr-7]] and [[ADR-1|the <decision>]]."))
	d.Links[0].Resolve("../../threats/thr-7/index.html", "SQL <injection>")
	d.Links[1].Resolve("../../decisions/adr-1/index.html", "ignored")
	var buf bytes.Buffer
	if err := e.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	want := `<p>See <a href="../../threats/thr-7/index.html">SQL &lt;injection&gt;</a> and <a href="../../decisions/adr-1/index.html">the &lt;decision&gt;</a>.</p>`
	if got := strings.TrimSpace(buf.String()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestDropTitle(t *testing.T) {
	e := New(Options{})
	d := e.Parse([]byte("# Title\n\nbody\n"))
	d.DropTitle()
	var buf bytes.Buffer
	_ = e.Render(&buf, d)
	if strings.Contains(buf.String(), "<h1") {
		t.Errorf("got %q, want the title heading removed", buf.String())
	}
}

func TestResolveAgainUpdatesWikiText(t *testing.T) {
	e := New(Options{})
	d := e.Parse([]byte("[[THR-1]] and [[THR-2|label]]"))
	d.Links[0].Resolve("a/index.html", "Old title")
	d.Links[1].Resolve("b/index.html", "Ignored")
	d.Links[0].Resolve("c/index.html", "New title")
	d.Links[1].Resolve("d/index.html", "Still ignored")
	var buf bytes.Buffer
	_ = e.Render(&buf, d)
	want := `<p><a href="c/index.html">New title</a> and <a href="d/index.html">label</a></p>`
	if got := strings.TrimSpace(buf.String()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestTableAlignmentUsesClasses(t *testing.T) {
	got := render(t, New(Options{}), "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n")
	for _, want := range []string{`<td class="align-left">1</td>`, `<td class="align-center">2</td>`, `<td class="align-right">3</td>`} {
		if !strings.Contains(got, want) {
			t.Errorf("got %s, want %s", got, want)
		}
	}
	if strings.Contains(got, "style=") || strings.Contains(got, "align=") {
		t.Errorf("got %s, want no style or align attribute", got)
	}
}

func TestTitleIsPlainText(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"typographer quotes, apostrophe, ampersand and angle bracket", `# Don't "allow" a < b & c` + "\n", "Don’t “allow” a < b & c"},
		{"entities and escapes resolved", "# Fish &amp; chips \\*not\\* &#169; &lt;b&gt;\n", "Fish & chips *not* © <b>"},
		{"dashes and ellipsis", "# Before -- during --- after...\n", "Before – during — after…"},
		{"markup dropped, code kept", "# Use `a < b` in [the *guide*](g.md) ![logo](l.png)\n", "Use a < b in the guide"},
		{"setext over two lines", "Two\nlines\n===\n", "Two lines"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := New(Options{}).Parse([]byte(tc.src)).Title; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestResolvedWikiTextIsPlain(t *testing.T) {
	e := New(Options{})
	d := e.Parse([]byte("See [[ADR-1]]."))
	d.Links[0].Resolve("a/", `Allow “neutral” \*args\* &amp; <b>`)
	var buf bytes.Buffer
	if err := e.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	want := `<p>See <a href="a/">Allow “neutral” \*args\* &amp;amp; &lt;b&gt;</a>.</p>`
	if got := strings.TrimSpace(buf.String()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestUnderTitle(t *testing.T) {
	tests := []struct {
		name, title, src string
		want             []string // headings left, as h<level>#id
	}{
		{"opening heading repeats the title", "Use Postgres", "# use postgres \n\n## Context\n", []string{"h2#context"}},
		{"typographer's quotes and dashes match plain ones", `Allow "neutral" args -- maybe`, "# Allow \"neutral\" args -- maybe\n\n## Why\n", []string{"h2#why"}},
		{"different opening heading is demoted", "ADR-5: Postgres", "# Use PostgreSQL\n\n## Context\n", []string{"h2#use-postgresql", "h2#context"}},
		{"later level-1 headings are demoted", "Runbook", "# Runbook\n\n## Steps\n\n# Rollback\n\n### Check\n", []string{"h2#steps", "h2#rollback", "h3#check"}},
		{"heading not at the start is not the title", "Notes", "text\n\n# Notes\n", []string{"h2#notes"}},
		{"no level-1 heading", "T", "## A\n", []string{"h2#a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := New(Options{})
			d := e.Parse([]byte(tc.src))
			d.UnderTitle(tc.title)
			var buf bytes.Buffer
			if err := e.Render(&buf, d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range regexp.MustCompile(`<h(\d) id="([^"]*)"`).FindAllStringSubmatch(buf.String(), -1) {
				got = append(got, "h"+m[1]+"#"+m[2])
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			for _, h := range d.Headings {
				if h.Level == 1 && strings.Contains(buf.String(), `id="`+h.ID+`"`) {
					t.Errorf("heading %q still at level 1 in Headings", h.Text)
				}
			}
		})
	}
}

func TestImagesAreCollected(t *testing.T) {
	doc := New(Options{}).Parse([]byte("text\n\n![a](img/a.png) [b](b.pdf) ![c](https://x.example/c.png)\n"))
	var got []string
	for _, l := range doc.Links {
		got = append(got, fmt.Sprintf("%s image=%v %d:%d", l.Dest, l.Image, l.Line, l.Col))
	}
	if want := "img/a.png image=true 3:1, b.pdf image=false 3:17"; strings.Join(got, ", ") != want {
		t.Errorf("got %s, want %s", strings.Join(got, ", "), want)
	}
	doc.Links[0].Resolve("../img/a.png", "")
	if img := doc.Links[0].node.(*ast.Image); string(img.Destination) != "../img/a.png" {
		t.Errorf("got %s, want the image resolved", img.Destination)
	}
}

func TestDocText(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"paragraphs", "# Title\n\nFirst *para*.\n\nSecond [link](x.md).\n", "Title\nFirst para.\nSecond link.\n"},
		{"list and code", "- one\n- two\n\n```\ncode line\n```\n", "one\ntwo\ncode line\n\n"},
		{"raw html skipped", "<div>hidden</div>\n\ntext\n", "text\n"},
		{"table", "| a | b |\n|---|---|\n| c | d |\n", "a\nb\nc\nd\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(Options{}).Parse([]byte(tt.src)).Text(); got != tt.want {
				t.Errorf("Text() = %q, want %q", got, tt.want)
			}
		})
	}
}
