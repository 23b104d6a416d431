package model

import "github.com/secdoc/secdoc/generator/nearest"

// suggest returns the field of kind s that key is one typo away from, or ""
// when there is none.
func suggest(key string, s *Spec) string {
	names := make([]string, 0, 32)
	for name, f := range s.byKey {
		if f.Decoded() {
			names = append(names, name)
		}
	}
	return nearest.Word(key, names)
}
