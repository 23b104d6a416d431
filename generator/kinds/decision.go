package kinds

import (
	"io/fs"

	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// Decision is an architecture decision record: the business's agreement
// to a response.
const Decision model.Kind = "decision"

// DecisionStatuses are the states of an architecture decision record.
var DecisionStatuses = []string{"proposed", "accepted", "rejected", "deprecated", "superseded"}

// decisionAliases are the other words ADR tools and teams write for them.
var decisionAliases = map[string]string{
	"draft": "proposed", "pending": "proposed", "approved": "accepted", "superceded": "superseded",
}

// decisionStatus is open: a status a team coined ("on hold") is kept and
// warned about, and a decision without one shows "unknown".
func decisionStatus() model.Field {
	f := statusField(DecisionStatuses, decisionAliases, "")
	f.Open, f.Absent = true, "unknown"
	return f
}

// relation declares one side of a relation between decisions that either
// side may state, such as supersedes and superseded_by.
func relation(key, label, of string) model.Field {
	return model.Field{Key: key, Type: model.ManyRefs, Label: label, Target: Decision, Of: of}
}

var decision = &model.Spec{
	Name: Decision, Label: "Decisions", Singular: "Decision", One: "decision", Many: "decisions",
	Words: []string{"decision", "adr"}, Folders: []string{"decisions", "adr", "adrs"},
	IDs: model.IDRule{Prefix: "ADR", Width: 4, FileNumber: true, FromName: true},
	Fields: []model.Field{
		decisionStatus(),
		// ADR tools often leave the date out; the file's first commit tells it.
		{Key: "date", Type: model.Day, Label: "Date", GitFallback: true},
		{Key: "deciders", Also: []string{"decision-makers"}, Type: model.Texts, Label: "Deciders"},
		{Key: "supersedes", Type: model.ManyRefs, Label: "Supersedes", Target: Decision, Acyclic: "supersede-cycle", Of: "superseded_by"},
		relation("superseded_by", "Superseded by", "supersedes"),
		relation("amends", "Amends", "amended_by"),
		relation("amended_by", "Amended by", "amends"),
		relation("clarifies", "Clarifies", "clarified_by"),
		relation("clarified_by", "Clarified by", "clarifies"),
		refs("threats", "Threats", Threat),
		refs("assets", "Assets", Asset),
	},
	Facts: []string{"owner", "status", "date", "deciders", "supersedes", "superseded_by", "amends", "amended_by",
		"clarifies", "clarified_by", "threats", "assets", "updated", "tags"},
	Columns: []model.Column{
		{Header: "Status", Field: "status", Show: model.Status},
		{Header: "Date", Field: "date", Class: "date"},
		{Header: "Superseded by", Field: "superseded_by", Show: model.IDs},
	},
	JSON: []string{"assets", "status", "deciders", "supersedes", "superseded_by", "amends", "amended_by",
		"clarifies", "clarified_by", "threats"},
	Skeleton: "decision.md",
	// Decisions may be written as adr-tools, MADR or log4brains write them.
	Reader: func(folders []string, root fs.FS) load.Reader {
		return load.ADR{Folders: folders, Log4brains: load.Log4brainsFolders(root)}
	},
}
