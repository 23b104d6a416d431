package link

import (
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

// Graph is what the link stage found: where every reference lands, the
// links between records (front matter and body together), the derived
// inverse relations such as superseded_by, and the destination of every
// body link. Later stages read it; records are never written. The methods
// of a nil Graph report no relations.
type Graph struct {
	ix      *Index
	targets map[*model.Ref]*model.Record
	out     map[*model.Record]map[*model.Record]bool
	links   map[*model.Record][]*model.Record
	back    map[*model.Record][]*model.Record
	inverse map[*model.Record]map[string][]*model.Record
	body    map[*model.Record][]BodyLink
}

// BodyLink is the resolved destination of a link in a record's body.
type BodyLink struct {
	Link  *markdown.Link
	URL   string
	Title string // the target's title, a wiki link's text when it has no label
}

func newGraph(ix *Index) *Graph {
	return &Graph{ix: ix, targets: map[*model.Ref]*model.Record{}, out: map[*model.Record]map[*model.Record]bool{},
		links: map[*model.Record][]*model.Record{}, back: map[*model.Record][]*model.Record{},
		inverse: map[*model.Record]map[string][]*model.Record{}, body: map[*model.Record][]BodyLink{}}
}

// Lookup returns the record with the given id, case-insensitively.
func (g *Graph) Lookup(id string) *model.Record {
	if g == nil {
		return nil
	}
	return g.ix.Lookup(id)
}

// Target returns the record a reference lands on, or nil.
func (g *Graph) Target(ref *model.Ref) *model.Record {
	if g == nil || ref == nil {
		return nil
	}
	return g.targets[ref]
}

// Targets returns the records that field key of r refers to, in the order
// written, leaving out references that did not resolve.
func (g *Graph) Targets(r *model.Record, key string) []*model.Record {
	var out []*model.Record
	for _, ref := range r.Refs(key) {
		if t := g.Target(ref); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// Links returns the records r links to, each once, sorted by id.
func (g *Graph) Links(r *model.Record) []*model.Record {
	if g == nil {
		return nil
	}
	return g.links[r]
}

// Backlinks returns the records that link to r, each once, sorted by id.
func (g *Graph) Backlinks(r *model.Record) []*model.Record {
	if g == nil {
		return nil
	}
	return g.back[r]
}

// Inverse returns the records of the derived field key of r, such as the
// decisions that supersede it, sorted by id.
func (g *Graph) Inverse(r *model.Record, key string) []*model.Record {
	if g == nil {
		return nil
	}
	return g.inverse[r][key]
}

// Body returns the resolved links of r's body, to apply before rendering it.
func (g *Graph) Body(r *model.Record) []BodyLink {
	if g == nil {
		return nil
	}
	return g.body[r]
}

func (g *Graph) add(from, to *model.Record) {
	if from == to {
		return
	}
	if g.out[from] == nil {
		g.out[from] = map[*model.Record]bool{}
	}
	g.out[from][to] = true
}

// invert derives every Inverse field: for each record, the records whose
// field Of refers to it.
func (g *Graph) invert(records []*model.Record) {
	for _, r := range records {
		for _, ref := range r.AllRefs() {
			t := g.targets[ref]
			if t == nil {
				continue
			}
			for i := range t.Spec.Fields {
				if f := &t.Spec.Fields[i]; f.Type == model.Inverse && f.Of == ref.Field {
					if g.inverse[t] == nil {
						g.inverse[t] = map[string][]*model.Record{}
					}
					g.inverse[t][f.Key] = append(g.inverse[t][f.Key], r)
				}
			}
		}
	}
	for _, byKey := range g.inverse {
		for _, rs := range byKey {
			sortByID(rs)
		}
	}
}

// finish turns the collected edges into sorted links and backlinks.
func (g *Graph) finish() {
	for from, tos := range g.out {
		for to := range tos {
			g.links[from] = append(g.links[from], to)
			g.back[to] = append(g.back[to], from)
		}
	}
	for _, rs := range g.links {
		sortByID(rs)
	}
	for _, rs := range g.back {
		sortByID(rs)
	}
	g.out = nil
}
