package markdown

import (
	"bytes"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Options configures an Engine.
type Options struct {
	// DollarMath makes a single `$` an inline math delimiter. It is off by
	// default because it turns prices such as "$5,000 and $20,000" into math.
	DollarMath bool
}

// Engine parses and renders markdown. One Engine is safe for concurrent use.
type Engine struct {
	md goldmark.Markdown
}

// New returns an Engine configured with opts.
func New(opts Options) *Engine {
	inline := []passthrough.Delimiters{{Open: `\(`, Close: `\)`}}
	if opts.DollarMath {
		inline = append(inline, passthrough.Delimiters{Open: "$", Close: "$"})
	}
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignNone)),
			extension.Strikethrough,
			extension.Linkify,
			extension.TaskList,
			extension.Footnote,
			extension.Typographer,
			passthrough.New(passthrough.Config{
				InlineDelimiters: inline,
				BlockDelimiters: []passthrough.Delimiters{
					{Open: "$$", Close: "$$"},
					{Open: `\[`, Close: `\]`},
				},
			}),
		),
		goldmark.WithParserOptions(
			parser.WithInlineParsers(util.Prioritized(wikiLinkParser{}, 199)),
			parser.WithASTTransformers(util.Prioritized(headingIDs{}, 100), util.Prioritized(alignClasses{}, 500), util.Prioritized(unsafeImages{}, 500)),
		),
		goldmark.WithRendererOptions(
			renderer.WithNodeRenderers(
				util.Prioritized(mathRenderer{}, 50),
				util.Prioritized(wikiLinkRenderer{}, 50),
				util.Prioritized(taskCheckBoxRenderer{}, 50),
			),
		),
	)
	return &Engine{md: md}
}

// Parse reads src into a Doc. src must not be modified afterwards.
func (e *Engine) Parse(src []byte) *Doc {
	ids := newIDs()
	ctx := parser.NewContext(parser.WithIDs(ids))
	root := e.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	d := &Doc{Root: root, Source: src, lines: lineStarts(src)}
	d.collect()
	return d
}

// Render writes the document's HTML to buf.
func (e *Engine) Render(buf *bytes.Buffer, d *Doc) error {
	return e.md.Renderer().Render(buf, d.Source, d.Root)
}

// walk visits every node below n.
func walk(n ast.Node, fn func(ast.Node) ast.WalkStatus) {
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		return fn(n), nil
	})
}
