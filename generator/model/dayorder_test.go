package model_test

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// decodeADRs decodes decision files (path → body) with the ADR reader and
// settles their dates.
func decodeADRs(t *testing.T, files [][2]string) ([]*model.Record, []string) {
	t.Helper()
	var records []*model.Record
	r := load.ADR{Folders: []string{"decisions"}}
	for _, f := range files {
		docs, diags, _ := r.Read(f[0], []byte(f[1]))
		if len(diags) > 0 {
			t.Fatalf("%s: %v", f[0], diags)
		}
		rec, diags := model.Decode(docs[0], kinds.Registry, engine)
		if len(diags) > 0 {
			t.Fatalf("%s: %v", f[0], diags)
		}
		records = append(records, rec)
	}
	var out []string
	for _, d := range model.SettleDays(records) {
		out = append(out, d.String())
	}
	return records, out
}

func TestSettleDaysPerFolder(t *testing.T) {
	tests := []struct {
		name  string
		dates []string // the Date lines of content/decisions/a/, then of content/decisions/b/
		want  string   // the dates read, in order
		diags []string
	}{
		{"day-first settled by 13/04", []string{"a:09/04/2018", "a:13/04/2018", "b:2019-01-01"}, "2018-04-09 2018-04-13 2019-01-01", nil},
		{"month-first settled by 04/13", []string{"a:09/04/2018", "a:04/13/2018"}, "2018-09-04 2018-04-13", nil},
		{"two-digit years and dots", []string{"a:10.04.18", "a:25.12.17"}, "2018-04-10 2017-12-25", nil},
		{"the same number twice needs no order", []string{"a:04/04/2018"}, "2018-04-04", nil},
		{"another folder does not settle", []string{"a:09/04/2018", "b:13/04/2018"}, "- 2018-04-13",
			[]string{`content/decisions/a/0001-x.md:3:7: warning: date: "09/04/2018" could be day-first or month-first, and no date of its folder settles which; left out (write YYYY-MM-DD)`}},
		{"both orders in one folder", []string{"a:09/04/2018", "a:13/04/2018", "a:04/13/2018"}, "- 2018-04-13 2018-04-13",
			[]string{`content/decisions/a/0001-x.md:3:7: warning: date: "09/04/2018" could be day-first or month-first, and its folder has dates written both ways; left out (write YYYY-MM-DD)`}},
		{"not a day", []string{"a:31/02/2018"}, "-",
			[]string{`content/decisions/a/0001-x.md:3:7: warning: date: "31/02/2018" is not a day of the calendar; left out (write YYYY-MM-DD)`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var files [][2]string
			for i, d := range tc.dates {
				folder, date, _ := strings.Cut(d, ":")
				p := "content/decisions/" + folder + "/" + []string{"0001", "0002", "0003"}[i] + "-x.md"
				files = append(files, [2]string{p, "# X\n\nDate: " + date + "\n"})
			}
			records, diags := decodeADRs(t, files)
			var got []string
			for _, r := range records {
				if d := r.Day("date"); !d.IsZero() {
					got = append(got, d.String())
				} else {
					got = append(got, "-")
				}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got %s, want %s", strings.Join(got, " "), tc.want)
			}
			if strings.Join(diags, "\n") != strings.Join(tc.diags, "\n") {
				t.Errorf("got %q, want %q", diags, tc.diags)
			}
		})
	}
}

func TestFrontMatterDatesStayStrict(t *testing.T) {
	_, diags := decode(t, "content/decisions/0001-x.md", "---\ndate: 13/04/2018\n---\n")
	if len(diags) != 1 || !strings.Contains(diags[0], `date: "13/04/2018" is not a date (want YYYY-MM-DD)`) {
		t.Errorf("got %q, want the front-matter date refused", diags)
	}
}
