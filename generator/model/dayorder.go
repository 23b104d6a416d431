package model

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
)

// slashDay is a date written with slashes or dots, day or month first:
// 09/04/2018, 10/04/18, 13.04.2018.
var slashDay = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$`)

// pendingDay is a date read from prose whose order of day and month its
// folder decides: see SettleDays.
type pendingDay struct {
	key, text string
	line, col int
}

// dayOrder is what the dates of a folder say of their order.
type dayOrder int

const (
	dayFirst   dayOrder = 1 << iota // a date whose first number is above 12
	monthFirst                      // a date whose second number is above 12
)

// isSlashDay reports whether s is a date written with slashes or dots.
func isSlashDay(s string) bool { return slashDay.MatchString(s) }

// parts returns a slash date's two numbers, its year and what it says of
// the order.
func parts(s string) (a, b, y int, says dayOrder) {
	m := slashDay.FindStringSubmatch(s)
	a, _ = strconv.Atoi(m[1])
	b, _ = strconv.Atoi(m[2])
	y, _ = strconv.Atoi(m[3])
	if len(m[3]) == 2 {
		y += 2000
	}
	switch {
	case a > 12 && b <= 12:
		says = dayFirst
	case b > 12 && a <= 12:
		says = monthFirst
	}
	return a, b, y, says
}

// SettleDays fills the dates read from prose as 09/04/2018 or 10/04/18.
// Teams write them day-first or month-first; the dates of the same folder
// whose numbers settle the order (13/04/2018) decide it for those that
// could be read either way. A date nothing settles, or whose folder holds
// both orders, is left out with a warning, never read month-first by
// default. It runs on every link of the records, so an edit to one file
// settles the others of its folder afresh.
func SettleDays(records []*Record) diag.List {
	order := map[string]dayOrder{}
	for _, r := range records {
		for _, p := range r.pending {
			_, _, _, says := parts(p.text)
			order[path.Dir(r.Source)] |= says
		}
	}
	var diags diag.List
	for _, r := range records {
		for _, p := range r.pending {
			day, problem := settle(p.text, order[path.Dir(r.Source)])
			v := r.values[p.key]
			v.Day = day
			r.values[p.key] = v
			if problem != "" {
				diags.Add(diag.Diagnostic{Path: r.Source, Line: p.line, Col: p.col, Severity: diag.Warning, ID: r.ID,
					Policy: load.DatePolicy, Message: fmt.Sprintf("%s: %q %s; left out (write YYYY-MM-DD)", p.key, p.text, problem)})
			}
		}
	}
	return diags
}

// settle reads a slash date in the order its folder's dates say.
func settle(s string, folder dayOrder) (Date, string) {
	a, b, y, says := parts(s)
	if says == 0 && a != b {
		switch folder {
		case dayFirst, monthFirst:
			says = folder
		case dayFirst | monthFirst:
			return Date{}, "could be day-first or month-first, and its folder has dates written both ways"
		default:
			return Date{}, "could be day-first or month-first, and no date of its folder settles which"
		}
	}
	d, m := a, b
	if says == monthFirst {
		d, m = b, a
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return Date{}, "is not a day of the calendar"
	}
	return Date{t}, ""
}

// PendingDays reports whether the record has dates its folder settles.
func (r *Record) PendingDays() bool { return len(r.pending) > 0 }
