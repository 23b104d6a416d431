package site

import (
	"sort"
	"strconv"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/render"
)

// changes lists what the commits of the days before the build date changed
// in the security posture, newest first: new threats and decisions, status
// changes (a decision superseded among them), rating changes and SOPs
// tested. A record created before the window appears only for what changed
// inside it.
func (s *Site) changes(days int) []render.Activity {
	if s.git == nil {
		return nil
	}
	end := s.now
	start := end.AddDate(0, 0, -days)
	current := map[string]*model.Record{}
	for _, r := range s.Records {
		current[r.Source] = r
	}
	var out []render.Activity
	sources := make([]string, 0, len(s.git.versions))
	for src := range s.git.versions {
		sources = append(sources, src)
	}
	sort.Strings(sources)
	for _, src := range sources {
		vs := s.git.versions[src]
		for i, v := range vs {
			when := v.Change.Commit.When
			if v.Record == nil || when.Before(start) || when.After(end) {
				continue
			}
			var before *model.Record
			if i+1 < len(vs) {
				before = vs[i+1].Record
			}
			for _, what := range describe(before, v.Record, v.Change.Status == 'A') {
				out = append(out, render.Activity{Commit: v.Change.Commit, Record: current[src], ID: v.Record.ID, Title: v.Record.Title, What: what})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Commit.When, out[j].Commit.When
		if !a.Equal(b) {
			return a.After(b)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// describe says what a commit changed in a record that matters to the
// changes page; before is nil when the commit created the file.
func describe(before, after *model.Record, created bool) []string {
	kind := after.Kind
	if created || before == nil {
		switch kind {
		case kinds.Threat:
			return []string{"new threat"}
		case kinds.Decision:
			return []string{"new decision (" + after.Status() + ")"}
		}
		return nil
	}
	var out []string
	if a, b := before.Status(), after.Status(); a != b && (kind == kinds.Threat || kind == kinds.Decision) {
		if kind == kinds.Decision && b == "superseded" {
			out = append(out, "superseded")
		} else {
			out = append(out, "status "+a+" → "+b)
		}
	}
	if kind == kinds.Threat {
		for _, key := range []string{"likelihood", "impact"} {
			if a, b := before.Int(key), after.Int(key); a != b {
				out = append(out, key+" "+rating(a)+" → "+rating(b))
			}
		}
	}
	if kind == kinds.SOP {
		if a, b := before.Day("last_tested"), after.Day("last_tested"); a.String() != b.String() && !b.IsZero() {
			out = append(out, "tested "+b.String())
		}
	}
	return out
}

// rating writes a likelihood or impact level, "unrated" for none.
func rating(n int) string {
	if n == 0 {
		return "unrated"
	}
	return strconv.Itoa(n)
}
