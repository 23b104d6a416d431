package model

import "github.com/secdoc/secdoc/generator/nearest"

// suggest returns the known field of kind k that key is one typo away from,
// or "" when there is none.
func suggest(key string, k Kind) string {
	names := make([]string, 0, 32)
	for name := range fieldsOf(k) {
		names = append(names, name)
	}
	return nearest.Word(key, names)
}
