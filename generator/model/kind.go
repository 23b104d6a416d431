package model

import "strings"

// Kind is the type of a record.
type Kind string

// The kinds of record.
const (
	Asset       Kind = "asset"
	Threat      Kind = "threat"
	Decision    Kind = "decision"
	SOP         Kind = "sop"
	Exercise    Kind = "exercise"
	ThreatModel Kind = "threat-model"
	Page        Kind = "page"
)

// Kinds lists the record kinds in the order pages present them.
var Kinds = []Kind{Asset, Threat, Decision, SOP, Exercise, ThreatModel, Page}

// Label returns the plural, capitalised name of the kind for headings.
func (k Kind) Label() string {
	switch k {
	case Asset:
		return "Assets"
	case Threat:
		return "Threats"
	case Decision:
		return "Decisions"
	case SOP:
		return "SOPs"
	case Exercise:
		return "Exercises"
	case ThreatModel:
		return "Threat models"
	}
	return "Pages"
}

// Singular returns the capitalised singular name of the kind.
func (k Kind) Singular() string {
	switch k {
	case SOP:
		return "SOP"
	case ThreatModel:
		return "Threat model"
	case Decision:
		return "Decision"
	}
	s := string(k)
	return strings.ToUpper(s[:1]) + s[1:]
}

// kindNames maps the words accepted in a `kind:` field to a kind.
var kindNames = map[string]Kind{
	"asset": Asset, "threat": Threat, "decision": Decision, "adr": Decision,
	"sop": SOP, "runbook": SOP, "exercise": Exercise, "tabletop": Exercise,
	"threat-model": ThreatModel, "model": ThreatModel, "page": Page,
}

// folderKinds maps a top content folder to the kind of the records in it.
var folderKinds = map[string]Kind{
	"assets": Asset, "threats": Threat, "decisions": Decision, "adr": Decision,
	"adrs": Decision, "sops": SOP, "runbooks": SOP, "exercises": Exercise,
	"models": ThreatModel, "threat-models": ThreatModel,
}

// ParseKind reads a kind as written in a `kind:` field or a policy setting.
func ParseKind(word string) (Kind, bool) {
	k, ok := kindNames[normalWord(word)]
	return k, ok
}

// KindOfFolder returns the kind implied by a top content folder name.
func KindOfFolder(folder string) Kind {
	if k, ok := folderKinds[strings.ToLower(folder)]; ok {
		return k
	}
	return Page
}

// Noun returns the kind's name for a count of n records: "1 threat", "2 SOPs".
func (k Kind) Noun(n int) string {
	switch {
	case k == SOP && n == 1:
		return "SOP"
	case k == SOP:
		return "SOPs"
	case n == 1:
		return strings.ToLower(k.Singular())
	}
	return strings.ToLower(k.Label())
}
