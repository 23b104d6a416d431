package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// unsafeImages replaces each image whose source goldmark's renderer would
// refuse (javascript:, vbscript:, data: other than raster images) by its alt
// text. The renderer would write it as <img src="">, which is invalid HTML
// and shows a broken picture; the text at least says what the picture was.
type unsafeImages struct{}

func (unsafeImages) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	var unsafe []*ast.Image
	walk(doc, func(n ast.Node) ast.WalkStatus {
		if img, ok := n.(*ast.Image); ok && html.IsDangerousURL(util.URLEscape(img.Destination, true)) {
			unsafe = append(unsafe, img)
		}
		return ast.WalkContinue
	})
	for _, img := range unsafe {
		parent := img.Parent()
		for c := img.FirstChild(); c != nil; c = img.FirstChild() {
			parent.InsertBefore(parent, img, c)
		}
		parent.RemoveChild(parent, img)
	}
}
