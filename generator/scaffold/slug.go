package scaffold

import (
	"strings"
	"unicode"
)

// maxSlug bounds the title part of a file name, in bytes.
const maxSlug = 60

// slugOf turns a title into the words of a file name: lower-case letters and
// digits (in any script) joined by single hyphens, at most about 60 bytes,
// cut at a word boundary. It never holds a dot or a separator.
func slugOf(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 && b.Len()+1+len(w) > maxSlug {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	s := b.String()
	if len(s) > maxSlug {
		s = strings.ToValidUTF8(s[:maxSlug], "")
	}
	return s
}
