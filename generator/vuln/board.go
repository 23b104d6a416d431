package vuln

import (
	"sort"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/scan"
)

// State is what the documentation says about a vulnerability.
type State string

// The states of a vulnerability.
const (
	Open        State = "open"
	Accepted    State = "accepted"     // a threat naming it holds a valid acceptance
	NotAffected State = "not-affected" // a mitigated or false-positive threat names it
)

// Report is a scanner report with what the site knows of it.
type Report struct {
	*scan.Report
	Asset *model.Record // the asset reports.map gives it; nil for "no asset"
	Stale bool          // older than the stale_after setting
	// Age is how old the report is at the build, 0 when unknown.
	Age time.Duration
	// FromGit is set when the report does not say when it was made and
	// its age is its file's last commit.
	FromGit bool
}

// AgeKnown reports whether the report says when it was generated.
func (r *Report) AgeKnown() bool { return !r.Generated.IsZero() }

// Finding is one vulnerability of one report, with its state.
type Finding struct {
	*scan.Vuln
	Report *Report
	State  State
	Threat *model.Record // the threat that decides the state, if any
	Until  model.Date    // for an accepted one, the day its acceptance runs to (zero: open-ended)
	Why    string        // why an open one is open again, such as "acceptance expired 2026-10-01"
}

// Anchor is the HTML id of the finding's entry on the vulnerabilities page.
func (f *Finding) Anchor() string { return anchor(f.Report.File, f.ID, f.Package, f.Version) }

// Code is one code finding of one report.
type Code struct {
	*scan.CodeFinding
	Report *Report
}

// Anchor is the HTML id of the code finding's entry.
func (c *Code) Anchor() string {
	return anchor(c.Report.File, c.Rule, c.Path, itoa(c.Line)+"-"+itoa(c.Col))
}

// Board is every finding of a site's reports.
type Board struct {
	Reports  []*Report  // by file
	Findings []*Finding // by severity, most severe first, then id
	Code     []*Code    // by severity, then path
}

// Options configures Build.
type Options struct {
	Dir        string // the reports folder, from the site root
	Now        time.Time
	StaleAfter time.Duration
	Map        []Mapping
	FromGit    map[string]bool // the files whose Generated is their last commit
}

// Mapping gives the reports whose path inside the reports folder matches
// Match (a glob, ** for any folders) to the asset with id Asset.
type Mapping struct {
	Match string
	Asset *model.Record
}

// Build puts the reports beside the records.
func Build(reports []*scan.Report, records []*model.Record, g *link.Graph, opts Options) *Board {
	b := &Board{}
	names := namers(records)
	for _, sr := range reports {
		r := &Report{Report: sr, Asset: assetOf(sr.File, opts.Dir, opts.Map), FromGit: opts.FromGit[sr.File]}
		if r.AgeKnown() {
			r.Age = max(opts.Now.Sub(sr.Generated), 0)
			r.Stale = scan.Stale(sr.Generated, opts.Now, opts.StaleAfter)
		}
		b.Reports = append(b.Reports, r)
		for _, v := range sr.Vulns {
			f := &Finding{Vuln: v, Report: r, State: Open}
			decide(f, names, g, model.NewDate(opts.Now))
			b.Findings = append(b.Findings, f)
		}
		for _, c := range sr.Code {
			b.Code = append(b.Code, &Code{CodeFinding: c, Report: r})
		}
	}
	sort.Slice(b.Reports, func(i, j int) bool { return b.Reports[i].File < b.Reports[j].File })
	sort.SliceStable(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.Severity != y.Severity {
			return x.Severity > y.Severity
		}
		return x.ID+x.Report.File < y.ID+y.Report.File
	})
	sort.SliceStable(b.Code, func(i, j int) bool {
		x, y := b.Code[i], b.Code[j]
		if x.Severity != y.Severity {
			return x.Severity > y.Severity
		}
		return x.Report.File+x.Path < y.Report.File+y.Path
	})
	return b
}

// assetOf returns the asset of the first mapping matching the report's
// path inside the reports folder dir.
func assetOf(file, dir string, m []Mapping) *model.Record {
	inside := strings.TrimPrefix(file, dir+"/")
	for _, mp := range m {
		if load.Globs([]string{mp.Match}).Match(inside) {
			return mp.Asset
		}
	}
	return nil
}

// namers maps each vulnerability id, upper case, to the threats naming it.
func namers(records []*model.Record) map[string][]*model.Record {
	out := map[string][]*model.Record{}
	for _, r := range records {
		if r.Kind != kinds.Threat {
			continue
		}
		for _, id := range r.Texts("vulnerabilities") {
			out[strings.ToUpper(id)] = append(out[strings.ToUpper(id)], r)
		}
	}
	return out
}

// Named returns the threats naming any id of v.
func named(v *scan.Vuln, names map[string][]*model.Record) []*model.Record {
	var out []*model.Record
	for _, id := range v.IDs() {
		for _, t := range names[strings.ToUpper(id)] {
			if !contains(out, t) {
				out = append(out, t)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return model.Less(out[i], out[j]) })
	return out
}

// decide sets the state of f from the threats naming it: a valid
// acceptance wins, then a mitigation or false positive; an acceptance that
// expired or lacks its decision leaves it open, saying why.
func decide(f *Finding, names map[string][]*model.Record, g *link.Graph, today model.Date) {
	for _, t := range named(f.Vuln, names) {
		switch {
		case risk.Responded(t):
			until := t.Day("accepted_until")
			switch {
			case g.Target(t.Ref("decision")) == nil:
				f.setWhy(t, t.ID+" is "+t.Status()+" without a recorded decision")
			case !until.IsZero() && until.Before(today):
				f.setWhy(t, "the acceptance in "+t.ID+" expired on "+until.String())
			default:
				f.State, f.Threat, f.Until, f.Why = Accepted, t, until, ""
				return
			}
		case t.Status() == "mitigated" || t.Status() == "false-positive":
			if f.State == Open {
				f.State, f.Threat, f.Why = NotAffected, t, ""
			}
		default:
			if f.Threat == nil {
				f.Threat = t
			}
		}
	}
}

func (f *Finding) setWhy(t *model.Record, why string) {
	if f.State == Open && f.Why == "" {
		f.Threat, f.Why = t, why
	}
}

func contains(rs []*model.Record, r *model.Record) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
