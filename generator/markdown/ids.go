package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// ids makes heading anchors as GitHub does, so a link that works on GitHub
// (`#keystroke--mouse-dynamics`) works on the site too: see anchor. It lives
// for one document only.
type ids struct {
	used map[string]int // every anchor given, and for a base the last number added to it
}

func newIDs() *ids { return &ids{used: map[string]int{}} }

// Generate returns a unique anchor for a heading's text. A repeated anchor
// gets -1, -2, ... in order, skipping any already taken, as github-slugger
// does ("echo", "echo", "echo 1" → echo, echo-1, echo-1-1).
func (s *ids) Generate(value []byte, _ ast.NodeKind) []byte {
	base := anchor(string(value))
	if base == "" {
		base = "heading" // an empty id attribute is invalid HTML; GitHub would give ""
	}
	id := base
	for _, taken := s.used[id]; taken; _, taken = s.used[id] {
		s.used[base]++
		id = base + "-" + strconv.Itoa(s.used[base])
	}
	s.used[id] = 0
	return []byte(id)
}

// Put records an anchor written explicitly in the document.
func (s *ids) Put(value []byte) {
	if _, taken := s.used[string(value)]; !taken {
		s.used[string(value)] = 0
	}
}

// anchor is github-slugger's slug of a heading's text: lower-cased, every
// character dropped that is not a letter, mark, decimal or letter number,
// connector (such as '_'), space or '-', and each space turned into '-'.
// Runs of spaces and hyphens are kept, and nothing is trimmed.
func anchor(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || keepInAnchor(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// keepInAnchor reports whether GitHub keeps r in an anchor: it removes other
// numbers, punctuation but connectors, symbols, separators and control,
// format and private-use characters, yet keeps alphabetic symbols (Ⓐ).
func keepInAnchor(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.Nd, unicode.Nl, unicode.Pc, unicode.Other_Alphabetic)
}

// headingIDs gives every heading its anchor once inline parsing is done, so
// the anchor comes from the text a reader sees, as on GitHub: a link's text
// without its URL, `__init__` in bold as "init", `&amp;` as "&", "--" as
// typed rather than the typographer's dash. (goldmark's own auto IDs slug the
// heading's markdown source.)
type headingIDs struct{}

func (headingIDs) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	walk(doc, func(n ast.Node) ast.WalkStatus {
		h, ok := n.(*ast.Heading)
		if !ok {
			return ast.WalkContinue
		}
		if _, set := h.AttributeString("id"); !set {
			h.SetAttributeString("id", pc.IDs().Generate([]byte(plainText(h, reader.Source(), true)), ast.KindHeading))
		}
		return ast.WalkSkipChildren
	})
}

// Slug lowercases s, keeps letters, digits, '-' and '_' in any script, turns
// runs of spaces into '-' and drops everything else. It makes URL path
// segments; heading anchors follow GitHub instead (see anchor).
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			b.WriteRune(unicode.ToLower(r))
			dash = false
		case r == '-' || unicode.IsSpace(r):
			if !dash || r == '-' {
				b.WriteByte('-')
			}
			dash = unicode.IsSpace(r)
		}
	}
	return b.String()
}
