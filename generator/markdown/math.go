package markdown

import (
	"bytes"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// mathRenderer replaces passthrough's renderers, which write math raw and so
// let HTML through. It escapes the TeX source and strips the delimiters, for
// KaTeX in the browser; without JavaScript the source stays readable.
type mathRenderer struct{}

func (mathRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(passthrough.KindPassthroughInline, renderInlineMath)
	reg.Register(passthrough.KindPassthroughBlock, renderBlockMath)
}

func renderInlineMath(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		p := n.(*passthrough.PassthroughInline)
		tex := strip(p.Segment.Value(src), p.Delimiters)
		_, _ = w.WriteString(`<span class="math math-inline">`)
		_, _ = w.Write(util.EscapeHTML(tex))
		_, _ = w.WriteString(`</span>`)
	}
	return ast.WalkSkipChildren, nil
}

func renderBlockMath(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		p := n.(*passthrough.PassthroughBlock)
		var raw bytes.Buffer
		lines := p.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			raw.Write(seg.Value(src))
		}
		tex := strip(bytes.TrimSpace(raw.Bytes()), p.Delimiters)
		_, _ = w.WriteString(`<div class="math math-display">`)
		_, _ = w.Write(util.EscapeHTML(bytes.TrimSpace(tex)))
		_, _ = w.WriteString("</div>\n")
	}
	return ast.WalkSkipChildren, nil
}

// strip removes the opening and closing delimiters around math source.
func strip(b []byte, d *passthrough.Delimiters) []byte {
	if d == nil {
		return b
	}
	b = bytes.TrimPrefix(b, []byte(d.Open))
	return bytes.TrimSuffix(b, []byte(d.Close))
}
