package render

import (
	"sort"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

// Fact is one row of a record's key facts.
type Fact struct {
	Label string
	Text  string          // the value as text, "" when shown another way
	Items []string        // a list of text values
	Refs  []*model.Record // linked records
	Badge string          // a CSS modifier when the value is shown as a badge, e.g. "level-high"
	Href  string          // an external http(s) link for Text
	Extra bool            // an unknown field the team added
}

// facts lists the key facts of a record, in the order the kind's readers want them.
func facts(r *model.Record, t *risk.Threat) []Fact {
	var fs factList
	fs.text("Owner", r.Owner)
	switch r.Kind {
	case model.Asset:
		fs.badge("Confidentiality", r.Confidentiality, "level-")
		fs.badge("Integrity", r.Integrity, "level-")
		fs.badge("Availability", r.Availability, "level-")
		fs.text("Value", r.Value)
	case model.Threat:
		fs.badge("Status", r.Status, "status-")
		fs.items("STRIDE", r.Stride)
		fs.refs("Assets", r.Assets)
		fs.scale("Likelihood", r.Likelihood, model.LikelihoodWords)
		fs.scale("Impact", r.Impact, model.ImpactWords)
		if t != nil && t.Risk.ImpactDerived {
			fs.text("Impact", strconv.Itoa(t.Risk.Impact)+" ("+model.ImpactWords[t.Risk.Impact-1]+"), derived from "+t.Risk.DerivedFrom)
		}
		if t != nil && t.Risk.Rated() {
			fs.text("Score", strconv.Itoa(t.Risk.Score)+" of 25, "+t.Risk.Band)
		} else if t != nil {
			fs.text("Score", "unrated: needs a likelihood and an impact")
		}
		fs.scale("Residual likelihood", r.ResidualLikelihood, model.LikelihoodWords)
		fs.scale("Residual impact", r.ResidualImpact, model.ImpactWords)
		if t != nil && t.Risk.ResidualScore > 0 {
			fs.text("Residual score", strconv.Itoa(t.Risk.ResidualScore)+" of 25, "+t.Risk.ResidualBand)
		}
		fs.refs("Decision", single(r.Decision))
		fs.text("Due", r.Due.String())
		fs.text("Accepted until", r.AcceptedUntil.String())
		if r.Votes > 0 {
			fs.text("Votes", strconv.Itoa(r.Votes))
		}
		fs.refs("Threat model", single(r.Model))
	case model.Decision:
		fs.badge("Status", r.Status, "status-")
		fs.text("Date", r.Date.String())
		fs.items("Deciders", r.Deciders)
		fs.refs("Supersedes", r.Supersedes)
		fs.add(Fact{Label: "Superseded by", Refs: r.SupersededBy})
		fs.refs("Threats", r.Threats)
		fs.refs("Assets", r.Assets)
	case model.SOP:
		fs.refs("Assets", r.Assets)
		fs.refs("Threats", r.Threats)
		fs.items("Alerts", r.Alerts)
		fs.text("Last tested", r.LastTested.String())
		if r.ReviewInterval > 0 {
			fs.text("Review interval", strconv.Itoa(r.ReviewInterval)+" days")
		}
	case model.Exercise:
		fs.text("Date", r.Date.String())
		fs.text("Scenario", r.Scenario)
		fs.items("Participants", r.Participants)
		fs.refs("SOPs exercised", r.SOPs)
	case model.ThreatModel:
		fs.text("Date", r.Date.String())
		fs.text("Scope", r.Scope)
		fs.items("Participants", r.Participants)
		fs.refs("Assets", r.Assets)
	}
	if r.Kind != model.Decision && r.Kind != model.Exercise && r.Kind != model.ThreatModel {
		fs.text("Date", r.Date.String())
	}
	fs.text("Updated", r.Updated.String())
	fs.items("Tags", r.Tags)
	for _, name := range sortedKeys(r.Waivers) {
		fs.text("Waived check: "+name, r.Waivers[name])
	}
	for _, e := range r.Extras {
		f := Fact{Label: e.Key, Text: e.Value, Extra: true}
		if isWebURL(e.Value) {
			f.Href = e.Value
		}
		fs.add(f)
	}
	return fs
}

type factList []Fact

func (fs *factList) add(f Fact) {
	if f.Text != "" || len(f.Items) > 0 || len(f.Refs) > 0 {
		*fs = append(*fs, f)
	}
}

func (fs *factList) text(label, v string) { fs.add(Fact{Label: label, Text: v}) }

func (fs *factList) items(label string, v []string) { fs.add(Fact{Label: label, Items: v}) }

func (fs *factList) badge(label, v, prefix string) {
	fs.add(Fact{Label: label, Text: v, Badge: prefix + v})
}

func (fs *factList) scale(label string, n int, words []string) {
	if n > 0 {
		fs.text(label, strconv.Itoa(n)+" ("+words[n-1]+")")
	}
}

func (fs *factList) refs(label string, refs []*model.Ref) {
	var rs []*model.Record
	for _, ref := range refs {
		if ref.Target != nil {
			rs = append(rs, ref.Target)
		}
	}
	fs.add(Fact{Label: label, Refs: rs})
}

func single(r *model.Ref) []*model.Ref {
	if r == nil {
		return nil
	}
	return []*model.Ref{r}
}

// isWebURL reports whether s is an http or https link, the only kind of
// front-matter value shown as a link.
func isWebURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && !strings.ContainsAny(s, " \t\n\"<>")
}

func itoa(n int) string { return strconv.Itoa(n) }

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
