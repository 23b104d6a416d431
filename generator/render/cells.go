package render

import (
	"strconv"
	"strings"

	"github.com/secdoc/secdoc/generator/model"
)

// Cell is one cell of a section list row, as its kind's column declares it.
type Cell struct {
	Class string // CSS class of the cell, "" for none
	Sort  string // data-sort value, "" for none
	Badge string // the badge's CSS class when the value shows as one, such as "level-high"
	Text  string
	Links []CellLink // the records an IDs cell links to
}

// CellLink is a link to a record in a list cell.
type CellLink struct {
	Href, ID string
}

// Cells returns the cells of record r on this section page, one per column
// of the section's kind. A record of another kind in the folder shows its
// own value of each field, or nothing.
func (p *Page) Cells(r *model.Record) []Cell {
	cols := p.Section.Kind.Columns
	cells := make([]Cell, len(cols))
	for i, c := range cols {
		cells[i] = p.cell(r, c)
	}
	return cells
}

func (p *Page) cell(r *model.Record, c model.Column) Cell {
	f := p.Section.Kind.Field(c.Field)
	cell := Cell{Class: c.Class}
	switch c.Show {
	case model.Level, model.Status:
		cell.Text = r.Text(c.Field)
		if cell.Text == "" {
			cell.Text = f.Absent
		}
		if cell.Text != "" {
			cell.Badge = f.Badge + badgeWord(cell.Text)
		}
		if c.Show == model.Level {
			cell.Sort = strconv.Itoa(f.Weight(cell.Text))
		}
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
		recs := p.Site.Graph.Related(r, c.Field)
		if f.Type == model.Inverse {
			recs = p.Site.Graph.Inverse(r, c.Field)
		}
		for _, t := range recs {
			cell.Links = append(cell.Links, CellLink{Href: p.Link(t), ID: t.ID})
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
