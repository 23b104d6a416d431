package site

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/model"
)

func TestISOWeekBoundaries(t *testing.T) {
	cases := []struct {
		at          string
		week, start string
	}{
		{"2026-11-25T12:00:00Z", "2026-W48", "2026-11-23"},
		{"2026-11-29T23:59:59Z", "2026-W48", "2026-11-23"},      // Sunday night is still the week
		{"2026-11-30T00:00:00Z", "2026-W49", "2026-11-30"},      // Monday 00:00 UTC opens the next
		{"2026-11-30T00:30:00+01:00", "2026-W48", "2026-11-23"}, // weeks are in UTC: still Sunday there
		{"2026-01-01T08:00:00Z", "2026-W01", "2025-12-29"},      // a Thursday: week 1 starts in the old year
		{"2027-01-01T08:00:00Z", "2026-W53", "2026-12-28"},      // 2026 has 53 ISO weeks
		{"2027-01-04T00:00:00Z", "2027-W01", "2027-01-04"},
	}
	for _, tc := range cases {
		at, err := time.Parse(time.RFC3339, tc.at)
		if err != nil {
			t.Fatal(err)
		}
		m := weekStart(at)
		if got := isoWeek(m) + " " + m.Format("2006-01-02"); got != tc.week+" "+tc.start {
			t.Errorf("%s: got %s, want %s %s", tc.at, got, tc.week, tc.start)
		}
	}
}

func TestAsOfWeekEnd(t *testing.T) {
	rec := func(id string) *model.Record { return &model.Record{ID: id} }
	at := func(s string) *history.Commit {
		w, _ := time.Parse(time.RFC3339, s)
		return &history.Commit{When: w}
	}
	vs := []Version{ // newest first
		{Change: history.Change{Commit: at("2026-11-30T00:00:00Z")}, Record: rec("monday")},
		{Change: history.Change{Commit: at("2026-11-29T23:59:59Z")}, Record: rec("sunday")},
	}
	end := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	if got := asOf(vs, end); got == nil || got.ID != "sunday" {
		t.Errorf("at the end of W48: got %v, want the version of Sunday 23:59:59", got)
	}
	if got := asOf(vs, end.AddDate(0, 0, -7)); got != nil {
		t.Errorf("before the first version: got %v, want nil", got)
	}
}

func TestTrendFromRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	dest := build(t, historySite(t), "")
	var h struct {
		Weeks []struct {
			Week, Start string
			Open        map[string]int
		}
	}
	if err := json.Unmarshal([]byte(readOut(t, dest, "api/history.json")), &h); err != nil {
		t.Fatal(err)
	}
	if len(h.Weeks) != TrendWeeks {
		t.Fatalf("got %d weeks, want %d", len(h.Weeks), TrendWeeks)
	}
	// Build date 2026-11-25 is in W48; 26 weeks end there.
	high := map[string]int{
		"2026-W23": 0, "2026-W39": 0,
		"2026-W40": 3, // THR-1, THR-2 and THR-9 added on Thursday 2026-10-01
		"2026-W41": 2, // THR-1 mitigated on 2026-10-10
		"2026-W42": 2,
		"2026-W43": 1, // THR-9 deleted on 2026-10-20
		"2026-W44": 1, "2026-W48": 1,
	}
	for _, w := range h.Weeks {
		if want, ok := high[w.Week]; ok && (w.Open["high"] != want || w.Open["critical"]+w.Open["medium"]+w.Open["low"] != 0) {
			t.Errorf("%s: got %v, want %d high", w.Week, w.Open, want)
		}
	}
	if first, last := h.Weeks[0], h.Weeks[len(h.Weeks)-1]; first.Week != "2026-W23" || first.Start != "2026-06-01" || last.Week != "2026-W48" || last.Start != "2026-11-23" {
		t.Errorf("weeks run from %s (%s) to %s (%s), want 2026-W23 (2026-06-01) to 2026-W48 (2026-11-23)", first.Week, first.Start, last.Week, last.Start)
	}
	var rad struct {
		Open map[string]int `json:"open_threats"`
	}
	if err := json.Unmarshal([]byte(readOut(t, dest, "api/radiator.json")), &rad); err != nil {
		t.Fatal(err)
	}
	for band, n := range rad.Open {
		if h.Weeks[len(h.Weeks)-1].Open[band] != n {
			t.Errorf("the last week's %s is %d, radiator.json's open_threats %d", band, h.Weeks[len(h.Weeks)-1].Open[band], n)
		}
	}
	if page := readOut(t, dest, "risks/index.html"); !strings.Contains(page, `class="trend-chart"`) || !strings.Contains(page, ">2026-W48<") {
		t.Error("the register does not show the trend chart with its week labels")
	}
}
