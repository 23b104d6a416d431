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

// kindWords are the words a `kind:` field accepts, in the order messages list them.
var kindWords = []struct {
	word string
	kind Kind
}{
	{"asset", Asset}, {"threat", Threat}, {"decision", Decision}, {"adr", Decision},
	{"sop", SOP}, {"runbook", SOP}, {"exercise", Exercise}, {"tabletop", Exercise},
	{"threat-model", ThreatModel}, {"model", ThreatModel}, {"page", Page},
}

// kindFolders are the top content folders that imply a kind, the usual
// folder of each kind first.
var kindFolders = []struct {
	folder string
	kind   Kind
}{
	{"assets", Asset}, {"threats", Threat}, {"decisions", Decision}, {"adr", Decision},
	{"adrs", Decision}, {"sops", SOP}, {"runbooks", SOP}, {"exercises", Exercise},
	{"models", ThreatModel}, {"threat-models", ThreatModel},
}

// KindWords returns the words a `kind:` field accepts.
func KindWords() []string {
	out := make([]string, len(kindWords))
	for i, w := range kindWords {
		out[i] = w.word
	}
	return out
}

// ParseKind reads a kind as written in a `kind:` field or on a command line.
func ParseKind(word string) (Kind, bool) {
	w := normalWord(word)
	for _, kw := range kindWords {
		if kw.word == w {
			return kw.kind, true
		}
	}
	return "", false
}

// KindOfFolder returns the kind implied by a top content folder name.
func KindOfFolder(folder string) Kind {
	f := strings.ToLower(folder)
	for _, kf := range kindFolders {
		if kf.folder == f {
			return kf.kind
		}
	}
	return Page
}

// Folders returns the top content folders that hold records of kind k, the
// usual one first; none for pages, which live anywhere.
func Folders(k Kind) []string {
	var out []string
	for _, kf := range kindFolders {
		if kf.kind == k {
			out = append(out, kf.folder)
		}
	}
	return out
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
