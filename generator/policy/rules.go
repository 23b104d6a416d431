package policy

import (
	"strconv"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

func threatOwner(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		if t.Owner == "" {
			in.report(p, t.Record, "owner", "threat %s has no owner: name who answers for it", t.ID)
		}
	}
}

func threatLikelihood(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		if t.Likelihood == 0 {
			in.report(p, t.Record, "likelihood", "threat %s has no likelihood, so it cannot be scored: rate it 1-5", t.ID)
		}
	}
}

func criticalAge(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		if !risk.Exposed(t.Record) || t.Risk.Band != risk.Critical {
			continue
		}
		if t.Date.IsZero() {
			in.report(p, t.Record, "date", "open critical threat %s has no date, so its age cannot be checked against %d days", t.ID, p.Days)
			continue
		}
		if age := t.Date.DaysUntil(in.now); age > p.Days {
			in.report(p, t.Record, "date", "critical threat %s has been open for %d days (limit %d)", t.ID, age, p.Days)
		}
	}
}

func responseDecision(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		if (t.Status == "accepted" || t.Status == "transferred" || t.Status == "avoided") && t.Decision == nil {
			in.report(p, t.Record, "status", "threat %s is %s without a decision: record the business's agreement in an ADR and set decision", t.ID, t.Status)
		}
	}
}

func acceptanceExpiry(in *input, p *Policy) {
	for _, t := range in.risk.Threats {
		switch {
		case t.Status != "accepted":
		case t.AcceptedUntil.IsZero():
			in.report(p, t.Record, "status", "accepted risk %s has no accepted_until: acceptances must expire and be reviewed", t.ID)
		case t.AcceptedUntil.Before(in.now):
			in.report(p, t.Record, "accepted_until", "the acceptance of %s expired on %s: review it", t.ID, t.AcceptedUntil)
		}
	}
}

func sopStale(in *input, p *Policy) {
	for _, it := range in.risk.Radiator.StaleSOPs.Items {
		in.report(p, it.Record, "last_tested", "%s: %s (review interval %s)", it.Record.ID, it.Note, interval(it.Record))
	}
}

func interval(r *model.Record) string {
	if r.ReviewInterval == 0 {
		return "default"
	}
	return strconv.Itoa(r.ReviewInterval) + " days"
}

func decisionPending(in *input, p *Policy) {
	for _, it := range in.risk.Radiator.PendingDecisions.Items {
		r := it.Record
		if r.Date.IsZero() {
			in.report(p, r, "status", "decision %s is proposed and has no date, so its age cannot be checked", r.ID)
			continue
		}
		if age := r.Date.DaysUntil(in.now); age > p.Days {
			in.report(p, r, "status", "decision %s has been proposed for %d days (limit %d): decide it", r.ID, age, p.Days)
		}
	}
}

func assetModelled(in *input, p *Policy) {
	for _, it := range in.risk.Radiator.UnmodelledAssets.Items {
		in.report(p, it.Record, "id", "no threat lists asset %s: model the threats against it", it.Record.ID)
	}
}
