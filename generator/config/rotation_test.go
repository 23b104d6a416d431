package config

import (
	"testing"

	"github.com/secdoc/secdoc/generator/model"
)

func TestRotationOn(t *testing.T) {
	r := Rotation{People: []string{"Amara", "Bo", "Chidi"}, Start: "2026-11-02", Length: "7d"}
	tests := []struct {
		day, now, next, from string
	}{
		{"2026-10-01", "", "Amara", "2026-11-02"}, // before the start
		{"2026-11-01", "", "Amara", "2026-11-02"}, // the day before
		{"2026-11-02", "Amara", "Bo", "2026-11-09"},
		{"2026-11-08", "Amara", "Bo", "2026-11-09"}, // last day of the first turn
		{"2026-11-09", "Bo", "Chidi", "2026-11-16"}, // first day of the second
		{"2026-11-16", "Chidi", "Amara", "2026-11-23"},
		{"2026-11-23", "Amara", "Bo", "2026-11-30"},    // the list repeats
		{"2027-03-01", "Chidi", "Amara", "2027-03-08"}, // 119 days in: turn 17
	}
	for _, tt := range tests {
		d := Rotation.On(r, date(t, tt.day))
		if d.Now != tt.now || d.Next != tt.next || d.From != date(t, tt.from) {
			t.Errorf("%s: got %q then %q from %s, want %q then %q from %s", tt.day, d.Now, d.Next, d.From, tt.now, tt.next, tt.from)
		}
	}
	if d := (Rotation{}).On(date(t, "2026-11-02")); d != (Duty{}) {
		t.Errorf("no rotation: got %+v, want nobody", d)
	}
	one := Rotation{People: []string{"Amara"}, Start: "2026-11-02", Length: "1d"}
	if d := one.On(date(t, "2026-11-05")); d.Now != "Amara" || d.Next != "Amara" {
		t.Errorf("one person: got %+v", d)
	}
}

func date(t *testing.T, s string) model.Date {
	t.Helper()
	d, err := model.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
