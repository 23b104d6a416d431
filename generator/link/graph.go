package link

import (
	"slices"

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
	pos     map[*model.Record]int // each record's place in the slices below
	targets map[*model.Ref]*model.Record
	links   [][]*model.Record
	back    [][]*model.Record
	inverse []map[string][]*model.Record
	body    [][]BodyLink
	files   map[string]string // page resources: source path → output path
}

// BodyLink is the resolved destination of a link in a record's body.
type BodyLink struct {
	Link  *markdown.Link
	URL   string
	Title string // the target's title, a wiki link's text when it has no label
}

func newGraph(ix *Index, records []*model.Record) *Graph {
	n := len(records)
	g := &Graph{ix: ix, pos: make(map[*model.Record]int, n), targets: make(map[*model.Ref]*model.Record, 2*n),
		links: make([][]*model.Record, n), back: make([][]*model.Record, n),
		inverse: make([]map[string][]*model.Record, n), body: make([][]BodyLink, n)}
	for i, r := range records {
		g.pos[r] = i
	}
	return g
}

// at returns the place of r in the graph's slices, -1 for a record the
// graph was not made of (such as an older version of an edited one).
func (g *Graph) at(r *model.Record) int {
	if g == nil {
		return -1
	}
	if i, ok := g.pos[r]; ok {
		return i
	}
	return -1
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
	if i := g.at(r); i >= 0 {
		return g.links[i]
	}
	return nil
}

// Backlinks returns the records that link to r, each once, sorted by id.
func (g *Graph) Backlinks(r *model.Record) []*model.Record {
	if i := g.at(r); i >= 0 {
		return g.back[i]
	}
	return nil
}

// Inverse returns the records of the derived field key of r, such as the
// decisions that supersede it, sorted by id.
func (g *Graph) Inverse(r *model.Record, key string) []*model.Record {
	if i := g.at(r); i >= 0 {
		return g.inverse[i][key]
	}
	return nil
}

// Related returns the records of reference field key of r: those it
// names, in the order written, then, for one side of a relation written
// on either side (a ManyRefs field with Of), those whose field Of names r,
// sorted by id; each once.
func (g *Graph) Related(r *model.Record, key string) []*model.Record {
	out := g.Targets(r, key)
	for _, o := range g.Inverse(r, key) {
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// Body returns the resolved links of r's body, to apply before rendering it.
func (g *Graph) Body(r *model.Record) []BodyLink {
	if i := g.at(r); i >= 0 {
		return g.body[i]
	}
	return nil
}

// resolved records where a body link of r points.
func (g *Graph) resolved(r *model.Record, l BodyLink) {
	i := g.pos[r]
	g.body[i] = append(g.body[i], l)
}

// add records a link, once however often it is written.
func (g *Graph) add(from, to *model.Record) {
	if from == to {
		return
	}
	i := g.pos[from]
	for _, o := range g.links[i] {
		if o == to {
			return
		}
	}
	g.links[i] = append(g.links[i], to)
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
				if f := &t.Spec.Fields[i]; f.Of == ref.Field && (f.Type == model.Inverse || f.Type == model.ManyRefs) {
					j := g.pos[t]
					if g.inverse[j] == nil {
						g.inverse[j] = map[string][]*model.Record{}
					}
					g.inverse[j][f.Key] = append(g.inverse[j][f.Key], r)
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

// finish sorts the links and derives the backlinks from them.
func (g *Graph) finish(records []*model.Record) {
	for i, from := range records {
		for _, to := range g.links[i] {
			j := g.pos[to]
			g.back[j] = append(g.back[j], from)
		}
	}
	for i := range records {
		sortByID(g.links[i])
		sortByID(g.back[i])
	}
}
