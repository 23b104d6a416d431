package markdown

import (
	"sort"
	"strings"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
)

// Doc is a parsed markdown body.
type Doc struct {
	Root     ast.Node
	Source   []byte
	Title    string    // text of a level-1 heading that opens the body, if any
	Headings []Heading // every heading, in order
	Links    []*Link   // wiki links, and links and images with a relative destination
	HasMath  bool
	lines    []int           // byte offset where each line starts
	anchors  map[string]bool // the IDs of Headings, so each link is checked in constant time
	title    ast.Node
	nodes    []*ast.Heading // the node of each of Headings
}

// Heading is one heading of a document.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// HasAnchor reports whether id names a heading of the document.
func (d *Doc) HasAnchor(id string) bool { return d.anchors[id] }

// DropTitle removes the level-1 heading that opens the body, for pages that
// show the title in their own header.
func (d *Doc) DropTitle() {
	if d.title != nil && d.title.Parent() != nil {
		d.title.Parent().RemoveChild(d.title.Parent(), d.title)
	}
}

// UnderTitle fits the body under a page header that shows title as the page's
// one level-1 heading. The level-1 heading that opens the body is removed
// when it repeats title (ignoring case, surrounding space and the
// typographer's quotes and dashes); every other level-1 heading becomes level
// 2 and keeps its anchor, so no text is lost and links to it still work.
func (d *Doc) UnderTitle(title string) {
	if d.title != nil && sameTitle(d.Title, title) {
		d.DropTitle()
	}
	for i, n := range d.nodes {
		if n.Level == 1 && n.Parent() != nil {
			n.Level = 2
			d.Headings[i].Level = 2
		}
	}
}

// untypeset undoes the typographer, whose output a heading's text has and a
// front-matter title lacks.
var untypeset = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "--", "—", "---", "…", "...", "«", "<<", "»", ">>")

// sameTitle reports whether a heading's text says the same as a title.
func sameTitle(heading, title string) bool {
	norm := func(s string) string { return strings.Join(strings.Fields(untypeset.Replace(s)), " ") }
	return strings.EqualFold(norm(heading), norm(title))
}

// Link is a reference the body makes to another page or a file: a [[wiki
// link]], or a markdown link or image whose destination has no scheme.
type Link struct {
	Dest  string // target as written: a wiki link's target or a link's destination
	Wiki  bool
	Image bool // an image's source
	Line  int  // 1-based position within the body
	Col   int
	node  ast.Node
	label string // a wiki link's label, kept once the node is replaced
}

// Resolve points the link at url. A wiki link becomes an ordinary link whose
// text is its label or, without one, title. Resolving again (after the target
// changed) updates the destination and a wiki link's text.
func (l *Link) Resolve(url, title string) {
	switch n := l.node.(type) {
	case *ast.Image:
		n.Destination = []byte(url)
	case *ast.Link:
		n.Destination = []byte(url)
		if l.Wiki {
			n.RemoveChildren(n)
			n.AppendChild(n, plainString(l.text(title)))
		}
	case *WikiLink:
		l.label = string(n.Label)
		link := ast.NewLink()
		link.Destination = []byte(url)
		link.AppendChild(link, plainString(l.text(title)))
		n.Parent().ReplaceChild(n.Parent(), n, link)
		l.node = link
	}
}

// text is a wiki link's text: its label, else the target's title.
func (l *Link) text(title string) string {
	if l.label != "" {
		return l.label
	}
	return title
}

// plainString is a node that shows s as it is: a title is plain text, whose
// backslashes and ampersands are not markdown escapes.
func plainString(s string) *ast.String {
	n := ast.NewString([]byte(s))
	n.SetRaw(true)
	return n
}

// collect gathers headings, links and the title after parsing.
func (d *Doc) collect() {
	d.anchors = map[string]bool{}
	walk(d.Root, func(n ast.Node) ast.WalkStatus {
		switch n := n.(type) {
		case *ast.Heading:
			id, _ := n.AttributeString("id")
			idText, _ := id.([]byte)
			h := Heading{Level: n.Level, ID: string(idText), Text: d.text(n)}
			if n.Level == 1 && d.title == nil && n.PreviousSibling() == nil {
				d.title, d.Title = n, h.Text
			}
			d.Headings, d.nodes = append(d.Headings, h), append(d.nodes, n)
			d.anchors[h.ID] = true
		case *ast.Link:
			if dest := string(n.Destination); isRelative(dest) {
				d.addLink(n, dest, false)
			}
		case *ast.Image:
			if dest := string(n.Destination); isRelative(dest) {
				d.addLink(n, dest, false)
				d.Links[len(d.Links)-1].Image = true
			}
		case *WikiLink:
			d.addLink(n, string(n.Target), true)
		case *passthrough.PassthroughInline, *passthrough.PassthroughBlock:
			d.HasMath = true
		}
		return ast.WalkContinue
	})
}

func (d *Doc) addLink(n ast.Node, dest string, wiki bool) {
	line, col := d.position(n)
	d.Links = append(d.Links, &Link{Dest: dest, Wiki: wiki, Line: line, Col: col, node: n})
}

// isRelative reports whether a link destination points inside the site.
func isRelative(dest string) bool {
	if dest == "" || strings.HasPrefix(dest, "//") {
		return false
	}
	if i := strings.IndexAny(dest, ":/?#"); i >= 0 && dest[i] == ':' {
		return false // has a scheme
	}
	return true
}

// position returns the 1-based line and column of n in the source.
func (d *Doc) position(n ast.Node) (int, int) {
	off := -1
	for p := n; p != nil && off < 0; p = p.Parent() {
		if p.Pos() >= 0 {
			off = p.Pos()
		} else if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			off = p.Lines().At(0).Start
		}
	}
	if off < 0 {
		return 1, 1
	}
	line := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off })
	return line, off - d.lines[line-1] + 1
}

// text returns the plain text of n's inline content on one line.
func (d *Doc) text(n ast.Node) string {
	return strings.TrimSpace(strings.ReplaceAll(plainText(n, d.Source, false), "\n", " "))
}

// lineStarts returns the byte offset at which each line of src starts.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
