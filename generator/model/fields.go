package model

import (
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
)

// setter decodes one front-matter field into the record.
type setter func(d *decoder, fl load.Field)

// common holds the fields every kind has.
var common = map[string]setter{
	"id":      func(d *decoder, fl load.Field) { d.text(fl, &d.r.ID) },
	"title":   func(d *decoder, fl load.Field) { d.text(fl, &d.r.Title) },
	"owner":   func(d *decoder, fl load.Field) { d.text(fl, &d.r.Owner) },
	"tags":    func(d *decoder, fl load.Field) { d.r.Tags = d.texts(fl) },
	"date":    func(d *decoder, fl load.Field) { d.date(fl, &d.r.Date) },
	"updated": func(d *decoder, fl load.Field) { d.date(fl, &d.r.Updated) },
	"waivers": (*decoder).waivers,
}

// byKind holds the fields of each kind beyond the common ones.
var byKind = map[Kind]map[string]setter{
	Asset: {
		"confidentiality": func(d *decoder, fl load.Field) { d.level(fl, &d.r.Confidentiality) },
		"integrity":       func(d *decoder, fl load.Field) { d.level(fl, &d.r.Integrity) },
		"availability":    func(d *decoder, fl load.Field) { d.level(fl, &d.r.Availability) },
		"value":           func(d *decoder, fl load.Field) { d.text(fl, &d.r.Value) },
	},
	Threat: {
		"stride":              (*decoder).stride,
		"assets":              func(d *decoder, fl load.Field) { d.r.Assets = d.refs(fl) },
		"likelihood":          func(d *decoder, fl load.Field) { d.scale(fl, LikelihoodWords, &d.r.Likelihood) },
		"impact":              func(d *decoder, fl load.Field) { d.scale(fl, ImpactWords, &d.r.Impact) },
		"residual_likelihood": func(d *decoder, fl load.Field) { d.scale(fl, LikelihoodWords, &d.r.ResidualLikelihood) },
		"residual_impact":     func(d *decoder, fl load.Field) { d.scale(fl, ImpactWords, &d.r.ResidualImpact) },
		"status":              func(d *decoder, fl load.Field) { d.enum(fl, ParseThreatStatus, &d.r.Status) },
		"decision":            func(d *decoder, fl load.Field) { d.r.Decision = d.ref(fl) },
		"model":               func(d *decoder, fl load.Field) { d.r.Model = d.ref(fl) },
		"accepted_until":      func(d *decoder, fl load.Field) { d.date(fl, &d.r.AcceptedUntil) },
		"due":                 func(d *decoder, fl load.Field) { d.date(fl, &d.r.Due) },
		"votes":               func(d *decoder, fl load.Field) { d.integer(fl, &d.r.Votes) },
	},
	Decision: {
		"status":          func(d *decoder, fl load.Field) { d.enum(fl, ParseDecisionStatus, &d.r.Status) },
		"deciders":        func(d *decoder, fl load.Field) { d.r.Deciders = append(d.r.Deciders, d.texts(fl)...) },
		"decision-makers": func(d *decoder, fl load.Field) { d.r.Deciders = append(d.r.Deciders, d.texts(fl)...) },
		"supersedes":      func(d *decoder, fl load.Field) { d.r.Supersedes = d.refs(fl) },
		"threats":         func(d *decoder, fl load.Field) { d.r.Threats = d.refs(fl) },
		"assets":          func(d *decoder, fl load.Field) { d.r.Assets = d.refs(fl) },
	},
	SOP: {
		"assets":          func(d *decoder, fl load.Field) { d.r.Assets = d.refs(fl) },
		"threats":         func(d *decoder, fl load.Field) { d.r.Threats = d.refs(fl) },
		"alerts":          func(d *decoder, fl load.Field) { d.r.Alerts = d.texts(fl) },
		"last_tested":     func(d *decoder, fl load.Field) { d.date(fl, &d.r.LastTested) },
		"review_interval": (*decoder).interval,
	},
	Exercise: {
		"scenario":     func(d *decoder, fl load.Field) { d.text(fl, &d.r.Scenario) },
		"participants": func(d *decoder, fl load.Field) { d.r.Participants = d.texts(fl) },
		"sops":         func(d *decoder, fl load.Field) { d.r.SOPs = d.refs(fl) },
	},
	ThreatModel: {
		"scope":        func(d *decoder, fl load.Field) { d.text(fl, &d.r.Scope) },
		"participants": func(d *decoder, fl load.Field) { d.r.Participants = d.texts(fl) },
		"assets":       func(d *decoder, fl load.Field) { d.r.Assets = d.refs(fl) },
	},
}

// fieldsOf returns the setters for a kind's fields, common ones included.
func fieldsOf(k Kind) map[string]setter {
	out := make(map[string]setter, len(common)+len(byKind[k]))
	for name, s := range common {
		out[name] = s
	}
	for name, s := range byKind[k] {
		out[name] = s
	}
	return out
}

// scalar returns the field's text, reporting a list or map in its place.
func (d *decoder) scalar(fl load.Field) (string, bool) {
	switch fl.Value.Kind {
	case load.Scalar:
		return fl.Value.Text, true
	case load.Null:
		return "", false
	}
	d.errorf(fl.Value, "%s: must be a single value, not a list or mapping", fl.Key)
	return "", false
}

func (d *decoder) text(fl load.Field, dst *string) {
	if s, ok := d.scalar(fl); ok {
		*dst = s
	}
}

// texts reads a list of scalars; a single scalar counts as a list of one.
func (d *decoder) texts(fl load.Field) []string {
	items, ok := fl.Value.Strings()
	if !ok {
		d.errorf(fl.Value, "%s: must be a list of values", fl.Key)
		return nil
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Text)
	}
	return out
}

func (d *decoder) date(fl load.Field, dst *Date) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	t, err := ParseDate(s)
	if err != nil {
		d.errorf(fl.Value, "%s: %v", fl.Key, err)
		return
	}
	*dst = t
}

func (d *decoder) level(fl load.Field, dst *string) { d.enum(fl, ParseLevel, dst) }

func (d *decoder) enum(fl load.Field, parse func(string) (string, error), dst *string) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	v, err := parse(s)
	if err != nil {
		d.errorf(fl.Value, "%s: %v", fl.Key, err)
		return
	}
	*dst = v
}

func (d *decoder) scale(fl load.Field, words []string, dst *int) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	n, err := ParseScale(s, words)
	if err != nil {
		d.errorf(fl.Value, "%s: %v", fl.Key, err)
		return
	}
	*dst = n
}

func (d *decoder) integer(fl load.Field, dst *int) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		d.errorf(fl.Value, "%s: %q is not a whole number", fl.Key, s)
		return
	}
	*dst = n
}

func (d *decoder) interval(fl load.Field) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	n, err := ParseInterval(s)
	if err != nil {
		d.errorf(fl.Value, "%s: %q %v", fl.Key, s, err)
		return
	}
	d.r.ReviewInterval = n
}

func (d *decoder) stride(fl load.Field) {
	items, ok := fl.Value.Strings()
	if !ok {
		d.errorf(fl.Value, "stride: must be a list of STRIDE categories")
		return
	}
	for _, it := range items {
		c, err := ParseStride(it.Text)
		if err != nil {
			d.errorf(it, "stride: %v", err)
			continue
		}
		d.r.Stride = appendUnique(d.r.Stride, c)
	}
}

// ref reads a single reference by id.
func (d *decoder) ref(fl load.Field) *Ref {
	s, ok := d.scalar(fl)
	if !ok || s == "" {
		return nil
	}
	return &Ref{ID: s, Field: fl.Key, Line: fl.Value.Line, Col: fl.Value.Col}
}

// refs reads a list of references by id.
func (d *decoder) refs(fl load.Field) []*Ref {
	items, ok := fl.Value.Strings()
	if !ok {
		d.errorf(fl.Value, "%s: must be a list of ids", fl.Key)
		return nil
	}
	out := make([]*Ref, 0, len(items))
	for _, it := range items {
		if it.Text != "" {
			out = append(out, &Ref{ID: it.Text, Field: fl.Key, Line: it.Line, Col: it.Col})
		}
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// waivers reads a mapping of check policy names to the reason each is waived
// for this record.
func (d *decoder) waivers(fl load.Field) {
	if fl.Value.Kind != load.Map {
		d.errorf(fl.Value, "waivers: must map policy names to reasons, such as `response-decision: ADR drafted, awaiting sign-off`")
		return
	}
	d.r.Waivers = map[string]string{}
	for _, w := range fl.Value.Fields {
		if w.Value.Kind != load.Scalar || strings.TrimSpace(w.Value.Text) == "" {
			d.diags.Errorf(d.f.Path, w.Line, w.Col, "waivers: %s: give the reason the policy is waived", w.Key)
			continue
		}
		d.r.Waivers[w.Key] = w.Value.Text
	}
}
