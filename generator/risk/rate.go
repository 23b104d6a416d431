package risk

import "github.com/secdoc/secdoc/generator/model"

// Rate scores a threat record as Analyse does, with the assets its impact
// may derive from given: the debt trend rates old versions of threats
// with it.
func Rate(r *model.Record, assets []*model.Record, b Bands) Score {
	return score(&Threat{Record: r, Assets: assets}, b)
}
