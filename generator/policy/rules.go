package policy

import (
	"strconv"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

// declared returns the check of a kind's declared policy: every record of
// the kind gives the field.
func declared(spec *model.Spec, dp model.Policy) func(in *input, p *Policy) {
	return func(in *input, p *Policy) {
		for _, r := range in.records {
			if r.Kind == spec.Name && !r.Intro && !r.Given(dp.Field) {
				in.report(p, r, dp.Field, "%s %s has no %s%s", spec.One, r.ID, dp.Field, dp.Hint)
			}
		}
	}
}

func criticalAge(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		if !risk.Exposed(t.Record) || t.Risk.Band != risk.Critical {
			continue
		}
		date := t.Day("date")
		if date.IsZero() {
			in.report(p, t.Record, "date", "open critical threat %s has no date, so its age cannot be checked against %d days", t.ID, p.Days)
			continue
		}
		if age := date.DaysUntil(in.now); age > p.Days {
			in.report(p, t.Record, "date", "critical threat %s has been open for %d days (limit %d)", t.ID, age, p.Days)
		}
	}
}

func responseDecision(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		if risk.Responded(t.Record) && t.Ref("decision") == nil {
			in.report(p, t.Record, "status", "threat %s is %s without a decision: record the business's agreement in an ADR and set decision", t.ID, t.Status())
		}
	}
}

func acceptanceExpiry(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		until := t.Day("accepted_until")
		switch {
		case t.Status() != "accepted":
		case until.IsZero():
			in.report(p, t.Record, "status", "accepted risk %s has no accepted_until: acceptances must expire and be reviewed", t.ID)
		case until.Before(in.now):
			in.report(p, t.Record, "accepted_until", "the acceptance of %s expired on %s: review it", t.ID, until)
		}
	}
}

func sopStale(in *input, p *Policy) {
	for _, it := range in.risk.Radiator.StaleSOPs.Items {
		in.report(p, it.Record, "last_tested", "%s: %s (review interval %s)", it.Record.ID, it.Note, interval(it.Record))
	}
}

func interval(r *model.Record) string {
	if r.Int("review_interval") == 0 {
		return "default"
	}
	return strconv.Itoa(r.Int("review_interval")) + " days"
}

func decisionPending(in *input, p *Policy) {
	for _, it := range in.risk.Radiator.PendingDecisions.Items {
		r := it.Record
		date := r.Day("date")
		if date.IsZero() {
			in.report(p, r, "status", "decision %s is proposed and has no date, so its age cannot be checked", r.ID)
			continue
		}
		if age := date.DaysUntil(in.now); age > p.Days {
			in.report(p, r, "status", "decision %s has been proposed for %d days (limit %d): decide it", r.ID, age, p.Days)
		}
	}
}

func assetModelled(in *input, p *Policy) {
	for _, it := range in.risk.Radiator.UnmodelledAssets.Items {
		in.report(p, it.Record, "id", "no threat lists asset %s: model the threats against it", it.Record.ID)
	}
}
