package render

import (
	"strings"
	"unicode"
)

// classWord turns a word from content, such as a status kept as its ADR
// wrote it ("On hold"), into one CSS class word: lower case, with every run
// of characters other than letters and digits made one hyphen. Content
// can then neither add class names of its own nor split one in two.
func classWord(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "other"
	}
	return b.String()
}
