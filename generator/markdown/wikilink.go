package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// KindWikiLink is the node kind of a [[wiki link]].
var KindWikiLink = ast.NewNodeKind("WikiLink")

// WikiLink is `[[TARGET]]` or `[[TARGET|label]]`. Resolution replaces it with
// an ordinary link; one left unresolved renders as its plain text.
type WikiLink struct {
	ast.BaseInline
	Target []byte
	Label  []byte
}

// Kind implements ast.Node.
func (n *WikiLink) Kind() ast.NodeKind { return KindWikiLink }

// Dump implements ast.Node.
func (n *WikiLink) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Target": string(n.Target), "Label": string(n.Label)}, nil)
}

// wikiLinkParser reads [[...]] on one line. It runs before goldmark's link
// parser (priority 200), which would otherwise see a bracketed text.
type wikiLinkParser struct{}

func (wikiLinkParser) Trigger() []byte { return []byte{'['} }

func (wikiLinkParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if !bytes.HasPrefix(line, []byte("[[")) {
		return nil
	}
	// Search only up to the next '[', which a wiki link may not hold: a
	// search to the end of the line from every '[' would be quadratic.
	rest := line[2:]
	if open := bytes.IndexByte(rest, '['); open >= 0 {
		rest = rest[:open]
	}
	end := bytes.Index(rest, []byte("]]"))
	if end < 0 {
		return nil
	}
	inner := line[2 : 2+end]
	target, label, _ := bytes.Cut(inner, []byte("|"))
	target = bytes.TrimSpace(target)
	if len(target) == 0 || bytes.ContainsAny(inner, "[\n") {
		return nil
	}
	n := &WikiLink{Target: target, Label: bytes.TrimSpace(label)}
	n.SetPos(seg.Start)
	block.Advance(end + 4)
	return n
}

// wikiLinkRenderer writes an unresolved wiki link as escaped text.
type wikiLinkRenderer struct{}

func (wikiLinkRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindWikiLink, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			wl := n.(*WikiLink)
			text := wl.Label
			if len(text) == 0 {
				text = wl.Target
			}
			_, _ = w.Write(util.EscapeHTML(text))
		}
		return ast.WalkSkipChildren, nil
	})
}
