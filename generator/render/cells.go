package render

import (
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
)

// Cell is one cell of a section list row, as its kind's column declares it.
type Cell struct {
	Page    *Page
	Class   string // CSS class of the cell, "" for none
	Sort    string // data-sort value, "" for none
	Show    string // "level", "status", "ids" or "" for text
	Text    string
	Records []*model.Record // the records an "ids" cell links to
}

// Cell returns the cell of record r in column c of this section page. The
// column is the section kind's; a record of another kind in the folder
// shows its own value of the field, or nothing.
func (p *Page) Cell(r *model.Record, c model.Column) Cell {
	f := p.Section.Kind.Field(c.Field)
	cell := Cell{Page: p, Class: c.Class}
	switch c.Show {
	case model.Level:
		cell.Show, cell.Text = "level", r.Text(c.Field)
		cell.Sort = strconv.Itoa(f.Weight(cell.Text))
	case model.Status:
		cell.Show, cell.Text = "status", r.Text(c.Field)
	case model.Joined:
		cell.Text = strings.Join(r.Texts(c.Field), ", ")
	case model.Number:
		if n := r.Int(c.Field); n > 0 {
			cell.Text = strconv.Itoa(n)
		}
	case model.Period:
		n := r.Int(c.Field)
		cell.Sort = strconv.Itoa(n)
		if n > 0 {
			cell.Text = strconv.Itoa(n) + " days"
		}
	case model.IDs:
		cell.Show = "ids"
		if f.Type == model.Inverse {
			cell.Records = p.Site.Graph.Inverse(r, c.Field)
		} else {
			cell.Records = p.Site.Graph.Targets(r, c.Field)
		}
	default:
		cell.Text = p.plain(r, f)
	}
	return cell
}

// plain returns a field's value as text.
func (p *Page) plain(r *model.Record, f *model.Field) string {
	switch f.Type {
	case model.Day:
		return r.Day(f.Key).String()
	case model.Texts, model.EnumList:
		return strings.Join(r.Texts(f.Key), ", ")
	case model.Scale, model.Count, model.Days:
		return strconv.Itoa(r.Int(f.Key))
	}
	return r.Text(f.Key)
}
