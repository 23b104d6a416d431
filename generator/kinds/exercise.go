package kinds

import "github.com/secdoc/secdoc/generator/model"

// Exercise is a tabletop exercise that proves SOPs.
const Exercise model.Kind = "exercise"

var exercise = &model.Spec{
	Name: Exercise, Label: "Exercises", Singular: "Exercise", One: "exercise", Many: "exercises",
	Words: []string{"exercise", "tabletop"}, Folders: []string{"exercises"},
	IDs: model.IDRule{Prefix: "EX", Dated: true},
	Fields: []model.Field{
		{Key: "scenario", Type: model.Text, Label: "Scenario"},
		{Key: "participants", Type: model.Texts, Label: "Participants"},
		refs("sops", "SOPs exercised", SOP),
	},
	Facts: []string{"owner", "date", "scenario", "participants", "sops", "updated", "tags"},
	Columns: []model.Column{
		{Header: "Date", Field: "date", Class: "date"},
		{Header: "SOPs exercised", Field: "sops", Show: model.IDs},
	},
	JSON:     []string{"sops", "scenario", "participants"},
	Skeleton: "exercise.md",
}
