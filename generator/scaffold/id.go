package scaffold

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/model"
)

// idParts is an id read from an `id:` field or from the start of a file name.
type idParts struct {
	text   string // the id as written
	prefix string // THR in THR-0015, EX in EX-2026-03
	n      int    // 15 in THR-0015; 0 for a dated id
	digits int    // 4 in THR-0015: the digits as written, zeros included
	dated  bool   // PREFIX-YYYY-MM, with an optional -N
	named  bool   // read from a file name, so its prefix is lower case
}

var (
	numberedID   = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*)-([0-9]{1,9})$`)
	numberedName = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*?)-([0-9]{1,9})(?:-|$)`)
	datedID      = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*)-[0-9]{4}-[0-9]{2}(?:-[0-9]{1,4})?$`)
	datedName    = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9]*)-[0-9]{4}-[0-9]{2}(?:-[0-9]{1,4})?(?:-|$)`)
	adrNumber    = regexp.MustCompile(`^([0-9]{1,9})-`)
)

// parseID reads an id written in front matter.
func parseID(s string) (idParts, bool) {
	if m := datedID.FindStringSubmatch(s); m != nil {
		return idParts{text: s, prefix: m[1], dated: true}, true
	}
	if m := numberedID.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[2])
		return idParts{text: s, prefix: m[1], n: n, digits: len(m[2])}, true
	}
	return idParts{}, false
}

// parseName reads the id a file name starts with, such as thr-0015 in
// thr-0015-stolen-cookies.
func parseName(base string) (idParts, bool) {
	if m := datedName.FindStringSubmatch(base); m != nil {
		return idParts{text: strings.TrimSuffix(m[0], "-"), prefix: m[1], dated: true, named: true}, true
	}
	if m := numberedName.FindStringSubmatch(base); m != nil {
		n, _ := strconv.Atoi(m[2])
		return idParts{text: strings.TrimSuffix(m[0], "-"), prefix: m[1], n: n, digits: len(m[2]), named: true}, true
	}
	return idParts{}, false
}

// idsOf returns the ids a record's `id:` field and file name show.
func idsOf(e entry) []idParts {
	var out []idParts
	if p, ok := parseID(e.ownID()); ok {
		out = append(out, p)
	}
	if p, ok := parseName(baseName(e.Path)); ok {
		out = append(out, p)
	}
	return out
}

// takenIDs returns the ids in use, in lower case and counting the ids file
// names start with, as a new record of the collection with the id prefix
// sees them: every id of the site, without the prefix (an id of another
// collection that lacks the prefix cannot collide).
func takenIDs(entries []entry, prefix string) map[string]bool {
	taken := map[string]bool{}
	p := strings.ToLower(prefix)
	for _, e := range entries {
		if k, ok := strings.CutPrefix(e.key(), p); ok {
			taken[k] = true
		}
		if !strings.EqualFold(e.Prefix, prefix) {
			continue
		}
		for _, id := range idsOf(e) {
			taken[strings.ToLower(id.text)] = true
		}
	}
	return taken
}

// series is a run of numbered ids: THR-0001, THR-0002...
type series struct {
	prefix string
	width  int // zero-padded digits; 0 for no padding
	last   int // highest number in use
}

// format writes the id with number n.
func (s series) format(n int) string { return fmt.Sprintf("%s-%0*d", s.prefix, s.width, n) }

// seriesOf finds the series most ids belong to: its prefix, the widest zero
// padding used with it and its highest number. Without ids it returns def.
func seriesOf(ids []idParts, def series) series {
	if len(ids) == 0 {
		return def
	}
	s := series{prefix: choosePrefix(ids)}
	for _, id := range ids {
		if !strings.EqualFold(id.prefix, s.prefix) {
			continue
		}
		s.last = max(s.last, id.n)
		if id.digits > len(strconv.Itoa(id.n)) {
			s.width = max(s.width, id.digits)
		}
	}
	return s
}

// choosePrefix returns the prefix most ids use (ties go to the one with the
// highest number, then the first in order), spelt as an `id:` field spells
// it, or in upper case when only file names show it.
func choosePrefix(ids []idParts) string {
	count, top := map[string]int{}, map[string]int{}
	best := ""
	for _, id := range ids {
		u := strings.ToUpper(id.prefix)
		count[u]++
		top[u] = max(top[u], id.n)
	}
	for u := range count {
		if best == "" || count[u] > count[best] || count[u] == count[best] && (top[u] > top[best] || top[u] == top[best] && u < best) {
			best = u
		}
	}
	spelling, high := best, -1
	for _, id := range ids {
		if !id.named && strings.ToUpper(id.prefix) == best && id.n > high {
			spelling, high = id.prefix, id.n
		}
	}
	return spelling
}

// split separates dated ids from numbered ones.
func split(ids []idParts) (dated, numbered []idParts) {
	for _, id := range ids {
		if id.dated {
			dated = append(dated, id)
		} else {
			numbered = append(numbered, id)
		}
	}
	return dated, numbered
}

// nextNumbered returns the next free id of a series.
func nextNumbered(s series, taken map[string]bool) string {
	n := s.last + 1
	for taken[strings.ToLower(s.format(n))] {
		n++
	}
	return s.format(n)
}

// nextDated returns PREFIX-YYYY-MM for the month of now, or the first free
// PREFIX-YYYY-MM-N from 2 on when that is taken.
func nextDated(prefix string, now time.Time, taken map[string]bool) string {
	base := prefix + "-" + now.Format("2006-01")
	id := base
	for i := 2; taken[strings.ToLower(id)]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	return id
}

// nextOfKind returns the next free id for a kind other than decision and
// page, given the ids its records use.
func nextOfKind(k *model.Spec, ids []idParts, now time.Time, taken map[string]bool) string {
	datedIDs, numberedIDs := split(ids)
	if k.IDs.Dated && (len(datedIDs) > 0 || len(numberedIDs) == 0) {
		prefix := k.IDs.Prefix
		if len(datedIDs) > 0 {
			prefix = choosePrefix(datedIDs)
		}
		return nextDated(prefix, now, taken)
	}
	return nextNumbered(seriesOf(numberedIDs, firstSeries(k)), taken)
}
