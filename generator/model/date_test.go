package model_test

import (
	"testing"

	"github.com/secdoc/secdoc/generator/model"
)

func TestParseDateErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-02-30", `"2026-02-30" is not a date: February 2026 has 28 days`},
		{"2024-02-30", `"2024-02-30" is not a date: February 2024 has 29 days`},
		{"2026-04-31", `"2026-04-31" is not a date: April 2026 has 30 days`},
		{"2026-13-01", `"2026-13-01" is not a date: there is no month 13`},
		{"2026-00-10", `"2026-00-10" is not a date: there is no month 00`},
		{"2026-01-00", `"2026-01-00" is not a date: there is no day 00`},
		{"2026-02-30T10:00:00Z", `"2026-02-30T10:00:00Z" is not a date: February 2026 has 28 days`},
		{"2026-1-2", `"2026-1-2" is not a date (want YYYY-MM-DD)`},
		{"next week", `"next week" is not a date (want YYYY-MM-DD)`},
		{"2026-+1-02", `"2026-+1-02" is not a date (want YYYY-MM-DD)`},
		{"2026/02/30", `"2026/02/30" is not a date (want YYYY-MM-DD)`},
		{"2026-02-28x", `"2026-02-28x" is not a date (want YYYY-MM-DD)`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, err := model.ParseDate(tc.in)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}
