package kinds

import "github.com/secdoc/secdoc/generator/model"

// ThreatModel is a threat-modelling session over a scope.
const ThreatModel model.Kind = "threat-model"

var threatModel = &model.Spec{
	Name: ThreatModel, Label: "Threat models", Singular: "Threat model", One: "threat model", Many: "threat models",
	Words: []string{"threat-model", "model"}, Folders: []string{"models", "threat-models"},
	IDs: model.IDRule{Prefix: "TM", Dated: true},
	Fields: []model.Field{
		{Key: "scope", Type: model.Text, Label: "Scope"},
		{Key: "participants", Type: model.Texts, Label: "Participants"},
		refs("assets", "Assets", Asset),
	},
	Facts: []string{"owner", "date", "scope", "participants", "assets", "updated", "tags"},
	Columns: []model.Column{
		{Header: "Date", Field: "date", Class: "date"},
		{Header: "Scope", Field: "scope"},
	},
	JSON:     []string{"assets", "scope", "participants"},
	Skeleton: "threat-model.md",
}
