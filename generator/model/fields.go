package model

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
)

// field decodes one front-matter field by its declaration.
func (d *decoder) field(f *Field, fl load.Field) {
	switch f.Key {
	case "id":
		d.text(fl, &d.r.ID)
		return
	case "title":
		d.text(fl, &d.r.Title)
		return
	}
	v := d.r.values[f.Key]
	switch f.Type {
	case Text:
		d.text(fl, &v.Text)
	case Texts:
		v.Texts = append(v.Texts, d.texts(fl)...)
	case Enum:
		d.enum(fl, f, &v.Text)
	case EnumList:
		d.enumList(fl, f, &v.Texts)
	case Scale:
		d.scale(fl, f.Values, &v.Int)
	case Count:
		d.integer(fl, &v.Int)
	case Days:
		d.interval(fl, &v.Int)
	case Day:
		if fl.Inferred && isSlashDay(fl.Value.Text) {
			d.r.pending = append(d.r.pending, pendingDay{key: f.Key, text: fl.Value.Text, line: fl.Value.Line, col: fl.Value.Col})
			break
		}
		d.date(fl, &v.Day)
	case OneRef:
		if ref := d.ref(fl); ref != nil {
			v.Refs = []*Ref{ref}
		}
	case ManyRefs:
		v.Refs = append(v.Refs, d.refs(fl)...)
	case Waivers:
		d.waivers(fl)
		return
	}
	d.r.values[f.Key] = v
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

func (d *decoder) enum(fl load.Field, f *Field, dst *string) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	v, err := ParseEnum(s, f)
	if err != nil && f.Open {
		d.diags.Add(diag.Diagnostic{Path: d.f.Path, Line: fl.Value.Line, Col: fl.Value.Col, Severity: diag.Warning,
			Policy: f.OpenPolicy(), Message: fmt.Sprintf("%s: %v; kept as written", fl.Key, err)})
		*dst = strings.TrimSpace(s)
		return
	}
	if err != nil {
		d.errorf(fl.Value, "%s: %v", fl.Key, err)
		return
	}
	*dst = v
}

func (d *decoder) enumList(fl load.Field, f *Field, dst *[]string) {
	items, ok := fl.Value.Strings()
	if !ok {
		d.errorf(fl.Value, "%s: must be a list of %s values", fl.Key, f.Label)
		return
	}
	for _, it := range items {
		v, err := ParseEnum(it.Text, f)
		if err != nil {
			d.errorf(it, "%s: %v", fl.Key, err)
			continue
		}
		*dst = appendUnique(*dst, v)
	}
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

func (d *decoder) interval(fl load.Field, dst *int) {
	s, ok := d.scalar(fl)
	if !ok {
		return
	}
	n, err := ParseInterval(s)
	if err != nil {
		d.errorf(fl.Value, "%s: %q %v", fl.Key, s, err)
		return
	}
	*dst = n
}

// ref reads a single reference by id.
func (d *decoder) ref(fl load.Field) *Ref {
	s, ok := d.scalar(fl)
	if !ok || s == "" {
		return nil
	}
	return d.newRef(fl, fl.Value)
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
			out = append(out, d.newRef(fl, it))
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
