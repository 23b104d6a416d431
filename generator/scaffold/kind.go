package scaffold

import (
	"fmt"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/nearest"
)

// kindList names the kinds for messages, in the order pages present them.
const kindList = "asset, threat, decision (or adr), sop (or runbook), exercise, threat-model (or model), page"

// ParseKind reads a kind as written on the command line, with the words a
// `kind:` field takes. An unknown word gives an error that suggests the
// nearest kind when one is close.
func ParseKind(word string) (model.Kind, error) {
	if k, ok := model.ParseKind(word); ok {
		return k, nil
	}
	if s := suggestKind(strings.ToLower(word)); s != "" {
		return "", fmt.Errorf("unknown kind %q (did you mean %q?); kinds: %s", word, s, kindList)
	}
	return "", fmt.Errorf("unknown kind %q; kinds: %s", word, kindList)
}

// suggestKind returns the kind word w is a prefix, a plural or a typo of.
func suggestKind(w string) string {
	words := model.KindWords()
	for _, name := range words {
		if w != "" && (strings.HasPrefix(name, w) || strings.HasPrefix(w, name)) {
			return name
		}
	}
	return nearest.Word(w, words)
}

// defaultPrefixes are the id prefixes of a kind whose folder has no ids yet.
var defaultPrefixes = map[model.Kind]string{
	model.Asset: "AST", model.Threat: "THR", model.Decision: "ADR", model.SOP: "SOP",
	model.Exercise: "EX", model.ThreatModel: "TM",
}

// defaultWidths are the digit widths of a numbered kind's first id.
var defaultWidths = map[model.Kind]int{
	model.Asset: 3, model.Threat: 4, model.Decision: 4, model.SOP: 3,
}

// dated reports whether a kind's ids default to PREFIX-YYYY-MM.
func dated(k model.Kind) bool { return k == model.Exercise || k == model.ThreatModel }
