package config

import (
	"fmt"

	"github.com/secdoc/secdoc/generator/model"
)

// Rotation is the firefighter rotation: people take turns of length, the
// first from start on, and the list repeats.
type Rotation struct {
	People []string `yaml:"people"`
	// Start is the date, YYYY-MM-DD, the first person's first turn begins.
	Start string `yaml:"start"`
	// Length is one turn, such as 7d or 2w.
	Length string `yaml:"length"`
}

// Duty is who fights fires on a date and who takes over next.
type Duty struct {
	Now  string // "" before the rotation starts or without one
	Next string // "" without a rotation
	// From is the day the next turn begins.
	From model.Date
}

// Set reports whether the site has a rotation.
func (r Rotation) Set() bool { return len(r.People) > 0 || r.Start != "" || r.Length != "" }

// problems checks the rotation's own rules.
func (r Rotation) problems() []problem {
	if !r.Set() {
		return nil
	}
	var out []problem
	if len(r.People) == 0 {
		out = append(out, problem{"rotation.people", "lists nobody"})
	}
	for i, p := range r.People {
		if p == "" {
			out = append(out, problem{fmt.Sprintf("rotation.people.%d", i), "is empty"})
		}
	}
	if _, err := model.ParseDate(r.Start); err != nil {
		out = append(out, problem{"rotation.start", err.Error()})
	}
	if n, err := model.ParseInterval(r.Length); err != nil {
		out = append(out, problem{"rotation.length", fmt.Sprintf("%q %v", r.Length, err)})
	} else if n < 1 {
		out = append(out, problem{"rotation.length", "must be at least one day"})
	}
	return out
}

// On returns who is on duty on the date. Before the start nobody is, and the
// first person is next from the start.
func (r Rotation) On(d model.Date) Duty {
	start, err := model.ParseDate(r.Start)
	days, err2 := model.ParseInterval(r.Length)
	if len(r.People) == 0 || err != nil || err2 != nil || days < 1 {
		return Duty{}
	}
	if d.Before(start) {
		return Duty{Next: r.People[0], From: start}
	}
	turn := start.DaysUntil(d) / days
	return Duty{
		Now:  r.People[turn%len(r.People)],
		Next: r.People[(turn+1)%len(r.People)],
		From: start.AddDays((turn + 1) * days),
	}
}
