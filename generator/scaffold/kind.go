package scaffold

import (
	"fmt"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/nearest"
)

// ParseKind reads a kind as written on the command line, with the words a
// `kind:` field takes. An unknown word gives an error that suggests the
// nearest kind when one is close.
func ParseKind(word string) (*model.Spec, error) {
	if k := kinds.Registry.ByWord(word); k != nil {
		return k, nil
	}
	if s := suggestKind(strings.ToLower(word)); s != "" {
		return nil, fmt.Errorf("unknown kind %q (did you mean %q?); kinds: %s", word, s, kinds.Registry.List())
	}
	return nil, fmt.Errorf("unknown kind %q; kinds: %s", word, kinds.Registry.List())
}

// suggestKind returns the kind word w is a prefix, a plural or a typo of.
func suggestKind(w string) string {
	words := kinds.Registry.Words()
	for _, name := range words {
		if w != "" && (strings.HasPrefix(name, w) || strings.HasPrefix(w, name)) {
			return name
		}
	}
	return nearest.Word(w, words)
}

// firstSeries is the id series of a kind whose folder has no ids yet.
func firstSeries(k *model.Spec) series {
	width := k.IDs.Width
	if width == 0 {
		width = 3
	}
	return series{prefix: k.IDs.Prefix, width: width}
}
