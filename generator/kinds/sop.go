package kinds

import "github.com/secdoc/secdoc/generator/model"

// SOP is a standard operating procedure: the runbook for an incident.
const SOP model.Kind = "sop"

var sop = &model.Spec{
	Name: SOP, Label: "SOPs", Singular: "SOP", One: "SOP", Many: "SOPs",
	Words: []string{"sop", "runbook"}, Folders: []string{"sops", "runbooks"},
	IDs: model.IDRule{Prefix: "SOP", Width: 3},
	Fields: []model.Field{
		refs("assets", "Assets", Asset),
		refs("threats", "Threats", Threat),
		{Key: "alerts", Type: model.Texts, Label: "Alerts"},
		{Key: "last_tested", Type: model.Day, Label: "Last tested"},
		{Key: "review_interval", Type: model.Days, Label: "Review interval", JSONName: "review_interval_days"},
	},
	Facts: []string{"owner", "assets", "threats", "alerts", "last_tested", "review_interval", "date", "updated", "tags"},
	Columns: []model.Column{
		{Header: "Owner", Field: "owner"},
		{Header: "Last tested", Field: "last_tested", Class: "date"},
		{Header: "Review every", Field: "review_interval", Class: "num", Show: model.Period},
	},
	JSON:     []string{"assets", "threats", "alerts", "last_tested", "review_interval"},
	Skeleton: "sop.md",
}
