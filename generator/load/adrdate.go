package load

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

var (
	isoDate   = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b`)
	slashDate = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b`)
)

// readDate reads a date as decision records write it: YYYY-MM-DD, or
// with slashes or dots either way round (09/04/2018, 10/04/18). A date
// whose order only a guess could settle is refused, never read
// month-first by default. It returns the date as YYYY-MM-DD or why not.
func readDate(s string) (iso, problem string) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return calendar(s, atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	m := slashDate.FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Sprintf("%q is not a date (want YYYY-MM-DD)", s)
	}
	a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if len(m[3]) == 2 {
		y += 2000
	}
	switch {
	case a > 12 && b <= 12:
		return calendar(s, y, b, a)
	case b > 12 && a <= 12, a == b:
		return calendar(s, y, a, b)
	}
	return "", fmt.Sprintf("%q could be day-first or month-first (write YYYY-MM-DD)", s)
}

// calendar returns the day as YYYY-MM-DD if it exists.
func calendar(s string, y, m, d int) (string, string) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return "", fmt.Sprintf("%q is not a day of the calendar", s)
	}
	return t.Format("2006-01-02"), ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
