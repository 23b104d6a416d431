package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// ids makes heading anchors that keep non-ASCII letters ("Überblick" →
// "überblick"), unlike goldmark's default which drops them. It lives for one
// document only.
type ids struct {
	seen map[string]bool
	last map[string]int // the last number tried after each base, so repeats stay linear
}

func newIDs() *ids { return &ids{seen: map[string]bool{}, last: map[string]int{}} }

// Generate returns a unique anchor for a heading's text.
func (s *ids) Generate(value []byte, _ ast.NodeKind) []byte {
	base := Slug(string(value))
	if base == "" {
		base = "heading"
	}
	id, i := base, s.last[base]
	for s.seen[id] {
		i++
		id = base + "-" + strconv.Itoa(i)
	}
	s.last[base] = i
	s.seen[id] = true
	return []byte(id)
}

// Put records an anchor written explicitly in the document.
func (s *ids) Put(value []byte) { s.seen[string(value)] = true }

// Slug lowercases s, keeps letters, digits, '-' and '_' in any script, turns
// runs of spaces into '-' and drops everything else.
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
