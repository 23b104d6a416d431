package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// alignClasses gives aligned table cells a class (align-left, align-center,
// align-right) instead of goldmark's style attribute, which a strict
// Content-Security-Policy blocks, or the align attribute, which HTML has made
// obsolete. The theme's stylesheet aligns the classes.
type alignClasses struct{}

func (alignClasses) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	walk(doc, func(n ast.Node) ast.WalkStatus {
		if cell, ok := n.(*east.TableCell); ok && cell.Alignment != east.AlignNone {
			cell.SetAttributeString("class", []byte("align-"+cell.Alignment.String()))
		}
		return ast.WalkContinue
	})
}
