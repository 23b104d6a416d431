package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Text returns the document's text as a reader sees it, for the search
// index: each leaf block's text (a paragraph, a heading, a table cell, a code
// block's lines) on its own line, without markup. Raw HTML adds nothing.
func (d *Doc) Text() string {
	var b strings.Builder
	walk(d.Root, func(n ast.Node) ast.WalkStatus {
		if n.Type() != ast.TypeBlock {
			return ast.WalkContinue
		}
		switch n.(type) {
		case *ast.HTMLBlock:
			return ast.WalkSkipChildren
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(d.Source))
			}
			b.WriteByte('\n')
			return ast.WalkSkipChildren
		}
		if leafBlock(n) {
			b.WriteString(plainText(n, d.Source, false))
			b.WriteByte('\n')
			return ast.WalkSkipChildren
		}
		return ast.WalkContinue
	})
	return b.String()
}

// leafBlock reports whether block n holds inline content alone.
func leafBlock(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() == ast.TypeBlock {
			return false
		}
	}
	return true
}
