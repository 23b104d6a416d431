package load

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// DatePolicy names the warning about a date read from prose that was left
// out: unreadable, or with an order of day and month nothing settles.
const DatePolicy = "date-format"

var (
	isoDate = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b`)
	// slashDate is day or month first; which, the model decides from the
	// other dates of the collection.
	slashDate = regexp.MustCompile(`^\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b`)
)

// readDate reads a date as decision records write it: YYYY-MM-DD (also
// with slashes), returned as YYYY-MM-DD, or with slashes or dots either
// way round (09/04/2018, 10/04/18), returned as written. problem says why
// s is not a date.
func readDate(s string) (date, problem string) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
			return "", fmt.Sprintf("%q is not a day of the calendar", s)
		}
		return t.Format("2006-01-02"), ""
	}
	if m := slashDate.FindString(s); m != "" {
		return m, ""
	}
	return "", fmt.Sprintf("%q is not a date (want YYYY-MM-DD)", s)
}
