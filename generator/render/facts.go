package render

import (
	"sort"
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/link"
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
	Path  string          // a page of the site for Text, such as the owner's
	Paths []string        // a page of the site for each of Items ("" for none)
	Extra bool            // an unknown field the team added
	Key   string          // the field's name, for tracker links; "" for computed facts
}

// facts lists the key facts of a record in the order its kind declares,
// then its waivers and the fields the team added.
func facts(r *model.Record, g *link.Graph, t *risk.Threat) []Fact {
	var fs factList
	for _, key := range r.Spec.Facts {
		if name, ok := strings.CutPrefix(key, "risk:"); ok {
			riskFacts(&fs, name, t)
			continue
		}
		fs.field(r, g, r.Spec.Field(key))
	}
	for _, name := range sortedKeys(r.Waivers) {
		fs.text("Waived check: "+name, r.Waivers[name])
	}
	for _, e := range r.Extras {
		f := Fact{Label: e.Key, Text: e.Value, Extra: true, Key: e.Key}
		if isWebURL(e.Value) {
			f.Href = e.Value
		}
		fs.add(f)
	}
	return fs
}

// field adds the fact of a declared field, shown as its type suggests.
func (fs *factList) field(r *model.Record, g *link.Graph, f *model.Field) {
	if fs.paged(r, f) {
		return
	}
	switch f.Type {
	case model.Texts, model.EnumList:
		fs.items(f.Label, r.Texts(f.Key))
	case model.Enum:
		if v := r.Text(f.Key); f.Badge != "" {
			if v == "" {
				v = f.Absent
			}
			fs.badge(f.Label, v, f.Badge)
		} else {
			fs.text(f.Label, r.Text(f.Key))
		}
	case model.Scale:
		if n := r.Int(f.Key); n > 0 {
			fs.text(f.Label, strconv.Itoa(n)+" ("+f.Values[n-1]+")")
		}
	case model.Count:
		if n := r.Int(f.Key); n > 0 {
			fs.text(f.Label, strconv.Itoa(n))
		}
	case model.Days:
		if n := r.Int(f.Key); n > 0 {
			fs.text(f.Label, strconv.Itoa(n)+" days")
		}
	case model.Day:
		fs.text(f.Label, r.Day(f.Key).String()+inferredNote(r.InferredFrom(f.Key)))
	case model.OneRef:
		fs.add(Fact{Label: f.Label, Refs: g.Targets(r, f.Key)})
	case model.ManyRefs:
		fs.add(Fact{Label: f.Label, Refs: g.Related(r, f.Key)})
	case model.Inverse:
		fs.add(Fact{Label: f.Label, Refs: g.Inverse(r, f.Key)})
	default:
		fs.add(Fact{Label: f.Label, Text: r.Text(f.Key), Key: f.Key})
	}
}

// inferredNotes say, after a value the record did not give, where it was
// found, by the source given to model.Record.Infer.
var inferredNotes = map[string]string{model.FromGit: "first commit"}

// inferredNote returns the note shown after a value found at from, "" for
// a value the record gives.
func inferredNote(from string) string {
	if from == "" {
		return ""
	}
	if note, ok := inferredNotes[from]; ok {
		return " (" + note + ")"
	}
	return " (from " + from + ")"
}

// riskFacts adds what the risk stage computed of a threat: the impact
// derived from its assets, its score and its residual score.
func riskFacts(fs *factList, name string, t *risk.Threat) {
	if t == nil {
		return
	}
	switch name {
	case "impact":
		if t.Risk.ImpactDerived {
			fs.text("Impact", strconv.Itoa(t.Risk.Impact)+" ("+impactWord(t.Risk.Impact)+"), derived from "+t.Risk.DerivedFrom)
		}
	case "score":
		if t.Risk.Rated() {
			fs.text("Score", strconv.Itoa(t.Risk.Score)+" of 25, "+t.Risk.Band)
		} else {
			fs.text("Score", "unrated: needs a likelihood and an impact")
		}
	case "residual":
		if t.Risk.ResidualScore > 0 {
			fs.text("Residual score", strconv.Itoa(t.Risk.ResidualScore)+" of 25, "+t.Risk.ResidualBand)
		}
	}
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
	fs.add(Fact{Label: label, Text: v, Badge: prefix + badgeWord(v)})
}

// badgeWord makes a CSS class word of a value, such as a status a team
// coined ("On hold" → "on-hold").
func badgeWord(v string) string { return strings.Join(strings.Fields(strings.ToLower(v)), "-") }

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
