package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"strings"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
)

// plainText returns the text of n's inline content as a reader sees it, the
// way a browser's textContent would: escapes and entities resolved, the
// typographer's quotes and dashes as Unicode characters (“ ” – …), a link's
// text without its URL, code as written, and no markup. Images add nothing. A
// soft line break stays a newline. The result is plain text, to be escaped
// wherever it is written into HTML.
//
// With typed, the typographer's dashes are given back as typed ("--"), for
// anchors: GitHub, which has no typographer, keeps those hyphens.
func plainText(n ast.Node, src []byte, typed bool) string {
	var b strings.Builder
	walk(n, func(c ast.Node) ast.WalkStatus {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(textValue(c, src))
		case *ast.String:
			if d, ok := typedDashes[string(c.Value)]; ok && typed && c.IsCode() {
				b.WriteString(d)
			} else {
				b.WriteString(stringValue(c))
			}
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *WikiLink:
			if len(c.Label) > 0 {
				b.Write(c.Label)
			} else {
				b.Write(c.Target)
			}
		case *passthrough.PassthroughInline:
			b.Write(strip(c.Segment.Value(src), c.Delimiters))
		case *ast.Image:
			return ast.WalkSkipChildren
		}
		return ast.WalkContinue
	})
	return b.String()
}

// typedDashes maps the typographer's dashes back to what was typed.
var typedDashes = map[string]string{"&ndash;": "--", "&mdash;": "---"}

// textValue is what goldmark's renderer shows for a text node.
func textValue(t *ast.Text, src []byte) string {
	v := t.Segment.Value(src)
	if t.IsRaw() { // code span content: written as is, a line end as a space
		if bytes.HasSuffix(v, []byte("\n")) {
			v = append(v[:len(v)-1:len(v)-1], ' ')
		}
		return string(v)
	}
	s := unescape(v)
	if t.SoftLineBreak() || t.HardLineBreak() {
		s += "\n"
	}
	return s
}

// stringValue is what goldmark's renderer shows for a string node: the
// typographer's strings are HTML (entities), others text with escapes.
func stringValue(s *ast.String) string {
	switch {
	case s.IsCode():
		return stdhtml.UnescapeString(string(s.Value))
	case s.IsRaw():
		return string(s.Value)
	}
	return unescape(s.Value)
}

// unescape resolves backslash escapes and entity references in markdown text
// exactly as goldmark's writer does, by letting it write the HTML and
// decoding that.
func unescape(v []byte) string {
	if !bytes.ContainsAny(v, "\\&\x00") {
		return string(v) // nothing the writer would change: most text
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(w, v)
	_ = w.Flush()
	return stdhtml.UnescapeString(buf.String())
}
