package kinds

import "github.com/secdoc/secdoc/generator/model"

// Decision is an architecture decision record: the business's agreement
// to a response.
const Decision model.Kind = "decision"

// DecisionStatuses are the states of an architecture decision record.
var DecisionStatuses = []string{"proposed", "accepted", "rejected", "deprecated", "superseded"}

var decision = &model.Spec{
	Name: Decision, Label: "Decisions", Singular: "Decision", One: "decision", Many: "decisions",
	Words: []string{"decision", "adr"}, Folders: []string{"decisions", "adr", "adrs"},
	IDs: model.IDRule{Prefix: "ADR", Width: 4, FileNumber: true},
	Fields: []model.Field{
		statusField(DecisionStatuses, nil, ""),
		{Key: "deciders", Also: []string{"decision-makers"}, Type: model.Texts, Label: "Deciders"},
		{Key: "supersedes", Type: model.ManyRefs, Label: "Supersedes", Target: Decision, Acyclic: "supersede-cycle"},
		{Key: "superseded_by", Type: model.Inverse, Label: "Superseded by", Of: "supersedes"},
		refs("threats", "Threats", Threat),
		refs("assets", "Assets", Asset),
	},
	Facts: []string{"owner", "status", "date", "deciders", "supersedes", "superseded_by", "threats", "assets", "updated", "tags"},
	Columns: []model.Column{
		{Header: "Status", Field: "status", Show: model.Status},
		{Header: "Date", Field: "date", Class: "date"},
		{Header: "Superseded by", Field: "superseded_by", Show: model.IDs},
	},
	JSON:     []string{"assets", "status", "deciders", "supersedes", "superseded_by", "threats"},
	Skeleton: "decision.md",
}
