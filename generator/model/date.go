package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day. The zero Date means "not given".
type Date struct {
	t time.Time
}

// NewDate returns the Date of t's calendar day.
func NewDate(t time.Time) Date {
	y, m, d := t.Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDate reads YYYY-MM-DD, also accepting a full RFC 3339 timestamp.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse(time.RFC3339, strings.Replace(s, " ", "T", 1)); err == nil {
			return NewDate(t), nil
		}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		if why := impossible(s); why != "" {
			return Date{}, fmt.Errorf("%q is not a date: %s", s, why)
		}
		return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	return Date{t}, nil
}

// impossible says why s, shaped YYYY-MM-DD (alone or opening a timestamp),
// names no day of the calendar, such as "February 2026 has 28 days"; it
// returns "" when s has another shape, which the caller reports as such.
func impossible(s string) string {
	if len(s) < 10 || len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
		return ""
	}
	y, errY := digits(s[0:4])
	m, errM := digits(s[5:7])
	d, errD := digits(s[8:10])
	if errY != nil || errM != nil || errD != nil || s[4] != '-' || s[7] != '-' {
		return ""
	}
	if m < 1 || m > 12 {
		return fmt.Sprintf("there is no month %02d", m)
	}
	days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	switch {
	case d < 1:
		return "there is no day 00"
	case d > days:
		return fmt.Sprintf("%s %04d has %d days", time.Month(m), y, days)
	}
	return ""
}

// digits reads a run of ASCII digits, refusing signs and spaces that
// strconv.Atoi would accept or that a date cannot hold.
func digits(s string) (int, error) {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, strconv.ErrSyntax
		}
	}
	return strconv.Atoi(s)
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns the date as midnight UTC.
func (d Date) Time() time.Time { return d.t }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }

// AddDays returns the date n days after d.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// String formats the date as YYYY-MM-DD, or "" when not given.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2006-01-02")
}

// MarshalText writes the date as YYYY-MM-DD, for JSON.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// ParseInterval reads a review interval in days: a number of days or a
// number followed by d, w, m (30 days) or y (365 days).
func ParseInterval(s string) (int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	unit := 1
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'd':
			s = s[:n-1]
		case 'w':
			unit, s = 7, s[:n-1]
		case 'm':
			unit, s = 30, s[:n-1]
		case 'y':
			unit, s = 365, s[:n-1]
		}
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 || n > 100000 {
		return 0, fmt.Errorf("is not a duration (want days, or a number with d, w, m or y such as 90d, 12w, 6m, 1y)")
	}
	return n * unit, nil
}
