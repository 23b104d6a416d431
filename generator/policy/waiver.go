package policy

import (
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
)

// Waived is a finding a record waived, with the reason it gives.
type Waived struct {
	Finding diag.Diagnostic
	Reason  string
}

// Waive removes the findings that their record waives in its `waivers:`
// front matter and returns them apart, so a report can count them. Errors
// of the content itself (syntax, references) cannot be waived.
func Waive(findings diag.List, records []*model.Record) (diag.List, []Waived) {
	bySource := map[string]*model.Record{}
	for _, r := range records {
		bySource[r.Source] = r
	}
	var kept diag.List
	var waived []Waived
	for _, f := range findings {
		r := bySource[f.Path]
		if reason, ok := waiverFor(r, f.Policy); ok {
			waived = append(waived, Waived{Finding: f, Reason: reason})
			continue
		}
		kept = append(kept, f)
	}
	return kept, waived
}

// waiverFor returns the reason r waives policy. Only the checks can be
// waived, not the validation that keeps the site buildable.
func waiverFor(r *model.Record, policy string) (string, bool) {
	if r == nil || r.Waivers == nil {
		return "", false
	}
	switch policy {
	case "files", "schema", "reference", "duplicate-id", "duplicate-path", "supersede-cycle", "link", "":
		return "", false
	}
	reason, ok := r.Waivers[policy]
	return reason, ok
}
