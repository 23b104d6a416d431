package model

import "testing"

func TestLocation(t *testing.T) {
	tests := []struct{ src, section, path string }{
		{"content/threats/thr-0001-sql-injection.md", "threats", "threats/thr-0001-sql-injection/"},
		{"content/about.md", "", "about/"},
		{"content/_index.md", "", ""},
		{"content/threats/_index.md", "threats", "threats/"},
		{"content/Threats/Payments/THR 1.md", "threats", "threats/payments/thr-1/"},
		{"content/threats/..md", "threats", "threats/page/"},
		{"content/a/b.c.md", "a", "a/bc/"},
	}
	for _, tc := range tests {
		section, path, _ := location(tc.src)
		if section != tc.section || path != tc.path {
			t.Errorf("%s: got %q %q, want %q %q", tc.src, section, path, tc.section, tc.path)
		}
	}
}

func TestParseInterval(t *testing.T) {
	tests := map[string]int{"90": 90, "90d": 90, "12w": 84, "6m": 180, "1y": 365, " 2Y ": 730}
	for in, want := range tests {
		if got, err := ParseInterval(in); err != nil || got != want {
			t.Errorf("ParseInterval(%q): got %d, %v, want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "d", "-5", "0", "1.5y", "often"} {
		if _, err := ParseInterval(bad); err == nil {
			t.Errorf("ParseInterval(%q): got no error", bad)
		}
	}
}
