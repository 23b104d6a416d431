package render

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
)

// documentsFile declares api/documents.json: every record sorted by id,
// each with the fields its kind's JSON lists, empty ones left out.
func documentsFile(b *builder, k *PageKind) []*Page {
	return []*Page{b.file(k, "api/documents.json", documents)}
}

func documents(b *builder) ([]byte, error) {
	var recs []*model.Record
	for _, rec := range b.site.Records {
		if !rec.Intro {
			recs = append(recs, rec)
		}
	}
	sort.Slice(recs, func(i, j int) bool {
		a, b := strings.ToLower(recs[i].ID), strings.ToLower(recs[j].ID)
		if a != b {
			return a < b
		}
		return recs[i].Source < recs[j].Source
	})
	var buf bytes.Buffer
	buf.WriteString(`{"documents":[`)
	for i, rec := range recs {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := b.document(&buf, rec); err != nil {
			return nil, err
		}
	}
	buf.WriteString("]}\n")
	return buf.Bytes(), nil
}

// object writes a JSON object key by key, in the order given, leaving out
// empty values.
type object struct {
	buf *bytes.Buffer
	n   int
	err error
}

func (o *object) put(key string, v any, always bool) {
	if o.err != nil || !always && empty(v) {
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		o.err = err
		return
	}
	if o.n > 0 {
		o.buf.WriteByte(',')
	}
	o.n++
	k, _ := json.Marshal(key)
	o.buf.Write(k)
	o.buf.WriteByte(':')
	o.buf.Write(data)
}

func empty(v any) bool {
	switch x := v.(type) {
	case string:
		return x == ""
	case int:
		return x == 0
	case bool:
		return !x
	case []string:
		return len(x) == 0
	case map[string]string:
		return len(x) == 0
	}
	return v == nil
}

func (b *builder) document(buf *bytes.Buffer, rec *model.Record) error {
	g := b.site.Graph
	o := &object{buf: buf}
	buf.WriteByte('{')
	o.put("id", rec.ID, true)
	o.put("kind", rec.Kind, true)
	o.put("title", rec.Title, true)
	o.put("url", b.r.u.Canonical(rec.Path), true)
	o.put("source", rec.Source, true)
	o.put("links", ids(g.Links(rec)), true)
	o.put("backlinks", ids(g.Backlinks(rec)), true)
	for _, key := range []string{"owner", "tags", "date", "updated"} {
		o.field(rec, g, rec.Spec.Field(key))
	}
	t := b.site.Risk.Of(rec)
	for _, key := range rec.Spec.JSON {
		if name, ok := strings.CutPrefix(key, "risk:"); ok {
			riskJSONField(o, name, t)
			continue
		}
		o.field(rec, g, rec.Spec.Field(key))
	}
	o.put("waivers", rec.Waivers, false)
	if len(rec.Extras) > 0 {
		extra := map[string]string{}
		for _, e := range rec.Extras {
			extra[e.Key] = e.Value
		}
		o.put("extra", extra, false)
	}
	buf.WriteByte('}')
	return o.err
}

// field writes a declared field's value as its type suggests.
func (o *object) field(r *model.Record, g *link.Graph, f *model.Field) {
	key := f.JSONKey()
	switch f.Type {
	case model.Texts, model.EnumList:
		o.put(key, r.Texts(f.Key), false)
	case model.Scale, model.Count, model.Days:
		o.put(key, r.Int(f.Key), false)
	case model.Day:
		o.put(key, r.Day(f.Key).String(), false)
		o.put(key+"_from", r.InferredFrom(f.Key), false)
	case model.OneRef:
		o.put(key, refID(g, r.Ref(f.Key)), false)
	case model.ManyRefs:
		written := refIDs(g, r.Refs(f.Key))
		derived := ids(g.Related(r, f.Key)[len(g.Targets(r, f.Key)):])
		o.put(key, append(written, derived...), false)
	case model.Inverse:
		o.put(key, ids(g.Inverse(r, f.Key)), false)
	default:
		o.put(key, r.Text(f.Key), false)
	}
}

// riskJSONField writes what the risk stage computed of a threat.
func riskJSONField(o *object, name string, t *risk.Threat) {
	if t == nil {
		return
	}
	switch name {
	case "impact":
		o.put("impact", t.Risk.Impact, false)
	case "impact_derived":
		o.put("impact_derived", t.Risk.ImpactDerived, false)
	case "score":
		o.put("score", t.Risk.Score, false)
	case "band":
		o.put("band", t.Risk.Band, false)
	}
}

// ids returns the ids of records, leaving out section introductions.
func ids(rs []*model.Record) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		if !r.Intro {
			out = append(out, r.ID)
		}
	}
	return out
}

func refIDs(g *link.Graph, refs []*model.Ref) []string {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		out = append(out, refID(g, r))
	}
	return out
}

// refID names a reference by its target's id as written there, or as written
// in the reference when it did not resolve.
func refID(g *link.Graph, r *model.Ref) string {
	if r == nil {
		return ""
	}
	if t := g.Target(r); t != nil {
		return t.ID
	}
	return r.ID
}
