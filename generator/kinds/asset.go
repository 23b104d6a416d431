package kinds

import "github.com/secdoc/secdoc/generator/model"

// Asset is something of value, rated by what breaking its confidentiality,
// integrity or availability costs the business.
const Asset model.Kind = "asset"

// Levels are the ratings of an asset's confidentiality, integrity and
// availability, lowest first; a level's weight is its position, 1 to 5.
var Levels = []string{"none", "low", "medium", "high", "critical"}

// Goals are the three security goals, each a field of an asset.
var Goals = []string{"confidentiality", "integrity", "availability"}

// LevelWeight returns 1 for none up to 5 for critical, 0 for an unknown level.
func LevelWeight(level string) int {
	for i, l := range Levels {
		if l == level {
			return i + 1
		}
	}
	return 0
}

func level(key, label string) model.Field {
	return model.Field{Key: key, Type: model.Enum, Label: label, Values: Levels, Badge: "level-"}
}

var asset = &model.Spec{
	Name: Asset, Label: "Assets", Singular: "Asset", One: "asset", Many: "assets",
	Words: []string{"asset"}, Folders: []string{"assets"},
	IDs: model.IDRule{Prefix: "AST", Width: 3},
	Fields: []model.Field{
		level("confidentiality", "Confidentiality"),
		level("integrity", "Integrity"),
		level("availability", "Availability"),
		{Key: "value", Type: model.Text, Label: "Value"},
	},
	Facts: []string{"owner", "confidentiality", "integrity", "availability", "value", "date", "updated", "tags"},
	Columns: []model.Column{
		{Header: "Confidentiality", Field: "confidentiality", Show: model.Level},
		{Header: "Integrity", Field: "integrity", Show: model.Level},
		{Header: "Availability", Field: "availability", Show: model.Level},
		{Header: "Owner", Field: "owner"},
	},
	JSON:     []string{"confidentiality", "integrity", "availability", "value"},
	Related:  []model.Related{{Through: Threat, Field: "decision", Note: "on its threats"}},
	Skeleton: "asset.md",
}
