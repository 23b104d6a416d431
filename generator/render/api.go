package render

import (
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

// document is one record in api/documents.json. Field names follow the front
// matter; empty fields are left out.
type document struct {
	ID           string            `json:"id"`
	Kind         model.Kind        `json:"kind"`
	Title        string            `json:"title"`
	URL          string            `json:"url"`
	Source       string            `json:"source"`
	Links        []string          `json:"links"`
	Backlinks    []string          `json:"backlinks"`
	Owner        string            `json:"owner,omitempty"`
	Tags         []string          `json:"tags,omitempty"`
	Date         string            `json:"date,omitempty"`
	Updated      string            `json:"updated,omitempty"`
	C            string            `json:"confidentiality,omitempty"`
	I            string            `json:"integrity,omitempty"`
	A            string            `json:"availability,omitempty"`
	Value        string            `json:"value,omitempty"`
	Stride       []string          `json:"stride,omitempty"`
	Assets       []string          `json:"assets,omitempty"`
	Likelihood   int               `json:"likelihood,omitempty"`
	Impact       int               `json:"impact,omitempty"`
	Derived      bool              `json:"impact_derived,omitempty"`
	Score        int               `json:"score,omitempty"`
	Band         string            `json:"band,omitempty"`
	ResidualL    int               `json:"residual_likelihood,omitempty"`
	ResidualI    int               `json:"residual_impact,omitempty"`
	Status       string            `json:"status,omitempty"`
	Decision     string            `json:"decision,omitempty"`
	Model        string            `json:"model,omitempty"`
	Accepted     string            `json:"accepted_until,omitempty"`
	Due          string            `json:"due,omitempty"`
	Votes        int               `json:"votes,omitempty"`
	Deciders     []string          `json:"deciders,omitempty"`
	Supersedes   []string          `json:"supersedes,omitempty"`
	SupersededBy []string          `json:"superseded_by,omitempty"`
	Threats      []string          `json:"threats,omitempty"`
	SOPs         []string          `json:"sops,omitempty"`
	Alerts       []string          `json:"alerts,omitempty"`
	LastTested   string            `json:"last_tested,omitempty"`
	Interval     int               `json:"review_interval_days,omitempty"`
	Scenario     string            `json:"scenario,omitempty"`
	Scope        string            `json:"scope,omitempty"`
	Participants []string          `json:"participants,omitempty"`
	Waivers      map[string]string `json:"waivers,omitempty"`
	Extra        map[string]string `json:"extra,omitempty"`
}

// Documents returns api/documents.json: every record sorted by id, threats
// with their score from the analysis a (which may be nil).
func (r *Renderer) Documents(records []*model.Record, a *risk.Analysis) ([]byte, error) {
	docs := make([]document, 0, len(records))
	for _, rec := range records {
		if !rec.Intro {
			d := r.document(rec)
			if t := a.Of(rec); t != nil {
				d.Impact, d.Derived, d.Score, d.Band = t.Risk.Impact, t.Risk.ImpactDerived, t.Risk.Score, t.Risk.Band
			}
			docs = append(docs, d)
		}
	}
	sort.Slice(docs, func(i, j int) bool {
		a, b := strings.ToLower(docs[i].ID), strings.ToLower(docs[j].ID)
		if a != b {
			return a < b
		}
		return docs[i].Source < docs[j].Source
	})
	return marshal(struct {
		Documents []document `json:"documents"`
	}{docs})
}

func (r *Renderer) document(rec *model.Record) document {
	d := document{
		ID: rec.ID, Kind: rec.Kind, Title: rec.Title, URL: r.u.Canonical(rec.Path), Source: rec.Source,
		Links: ids(rec.Links), Backlinks: ids(rec.Backlinks), Owner: rec.Owner, Tags: rec.Tags,
		Date: rec.Date.String(), Updated: rec.Updated.String(),
		C: rec.Confidentiality, I: rec.Integrity, A: rec.Availability, Value: rec.Value,
		Stride: rec.Stride, Assets: refIDs(rec.Assets), Likelihood: rec.Likelihood, Impact: rec.Impact,
		ResidualL: rec.ResidualLikelihood, ResidualI: rec.ResidualImpact, Status: rec.Status,
		Decision: refID(rec.Decision), Model: refID(rec.Model), Accepted: rec.AcceptedUntil.String(),
		Due: rec.Due.String(), Votes: rec.Votes, Deciders: rec.Deciders, Supersedes: refIDs(rec.Supersedes),
		SupersededBy: ids(rec.SupersededBy), Threats: refIDs(rec.Threats), SOPs: refIDs(rec.SOPs),
		Alerts: rec.Alerts, LastTested: rec.LastTested.String(), Interval: rec.ReviewInterval,
		Scenario: rec.Scenario, Scope: rec.Scope, Participants: rec.Participants, Waivers: rec.Waivers,
	}
	if len(rec.Extras) > 0 {
		d.Extra = map[string]string{}
		for _, e := range rec.Extras {
			d.Extra[e.Key] = e.Value
		}
	}
	return d
}

func ids(rs []*model.Record) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		if !r.Intro {
			out = append(out, r.ID)
		}
	}
	return out
}

func refIDs(refs []*model.Ref) []string {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		out = append(out, refID(r))
	}
	return out
}

// refID names a reference by its target's id as written there, or as written
// in the reference when it did not resolve.
func refID(r *model.Ref) string {
	if r == nil {
		return ""
	}
	if r.Target != nil {
		return r.Target.ID
	}
	return r.ID
}
