package vuln

import (
	"testing"
	"time"
)

func TestAgeText(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0 hours"},
		{time.Hour, "1 hour"},
		{47*time.Hour + 59*time.Minute, "47 hours"},
		{48 * time.Hour, "2 days"},
		{30 * 24 * time.Hour, "30 days"},
	} {
		if got := AgeText(tc.d); got != tc.want {
			t.Errorf("AgeText(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}
