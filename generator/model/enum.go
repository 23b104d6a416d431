package model

import (
	"fmt"
	"strconv"
	"strings"
)

// normalWord lowercases s and joins its words with hyphens.
func normalWord(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '_' || r == '-'
	}), "-")
}

// ParseEnum reads one word of an Enum or EnumList field: one of its values
// or aliases, in any case, with spaces, hyphens or underscores between
// words, or, where the field allows it, a value's initial letter.
func ParseEnum(s string, f *Field) (string, error) {
	w := normalWord(s)
	if f.Initial && len(w) == 1 {
		for _, v := range f.Values {
			if v[0] == w[0] {
				return v, nil
			}
		}
	}
	if a, ok := f.Aliases[w]; ok {
		return a, nil
	}
	for _, v := range f.Values {
		if w == v {
			return v, nil
		}
	}
	return "", fmt.Errorf("%q is not one of %s", s, strings.Join(f.Values, ", "))
}

// ParseScale reads a rating 1-5 given as a number or as one of words.
func ParseScale(s string, words []string) (int, error) {
	w := normalWord(s)
	if n, err := strconv.Atoi(w); err == nil {
		if n >= 1 && n <= 5 {
			return n, nil
		}
	}
	for i, word := range words {
		if w == word {
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf("%q is not 1-5 or one of %s", s, strings.Join(words, ", "))
}

// Weight returns the 1-based position of value among the field's values,
// 0 when it is not one: a level's weight, a scale word's number.
func (f *Field) Weight(value string) int {
	for i, v := range f.Values {
		if v == value {
			return i + 1
		}
	}
	return 0
}
