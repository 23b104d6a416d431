package site

import (
	"fmt"
	"sort"
	"time"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/render"
	"github.com/secdoc/secdoc/generator/risk"
)

// TrendWeeks is how many ISO weeks the debt trend covers.
const TrendWeeks = 26

// weekStart returns the Monday, at 00:00 UTC, of the ISO week holding t.
func weekStart(t time.Time) time.Time {
	t = t.UTC()
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
}

// isoWeek names the ISO week starting on the Monday m, such as 2026-W48.
func isoWeek(m time.Time) string {
	y, w := m.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

// trend reconstructs the open threats by band at the end of each of the
// last TrendWeeks ISO weeks (UTC) from the versions Git holds, counted with
// the radiator's rules; the current week is the radiator's own count at
// the build date. An old version's impact derived from its assets uses the
// assets as they are now.
func (s *Site) trend() []render.Week {
	if s.git == nil || s.git.root == nil {
		return nil
	}
	current := map[string]*model.Record{}
	for _, r := range s.Records {
		current[r.Source] = r
	}
	sources := make([]string, 0, len(s.git.versions))
	for src, vs := range s.git.versions {
		if len(vs) > 0 {
			sources = append(sources, src)
		}
	}
	sort.Strings(sources)
	this := weekStart(s.now)
	out := make([]render.Week, TrendWeeks)
	for i := range out {
		start := this.AddDate(0, 0, -7*(TrendWeeks-1-i))
		w := render.Week{Week: isoWeek(start), Start: start.Format("2006-01-02")}
		if i == TrendWeeks-1 {
			for _, band := range risk.BandNames {
				for range s.Risk.Radiator.Exposure[band] {
					w.Open.Add(band)
				}
			}
		} else {
			end := start.AddDate(0, 0, 7)
			for _, src := range sources {
				if r := asOf(s.git.versions[src], end); r != nil && r.Kind == kinds.Threat && risk.Exposed(r) {
					var assets []*model.Record
					if cur := current[src]; cur != nil {
						assets = s.Graph.Targets(cur, "assets")
					}
					if sc := risk.Rate(r, assets, s.Risk.Bands); sc.Rated() {
						w.Open.Add(sc.Band)
					}
				}
			}
		}
		out[i] = w
	}
	return out
}

// asOf returns the record as it stood just before end: the newest version
// committed before it, nil when the file did not exist then or was deleted.
func asOf(vs []Version, end time.Time) *model.Record {
	for _, v := range vs {
		if v.Change.Commit.When.Before(end) {
			return v.Record
		}
	}
	return nil
}
