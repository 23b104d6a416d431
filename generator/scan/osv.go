package scan

import (
	"encoding/json"
	"slices"
)

// osvReport is the part of OSV-Scanner's `--format json` report secdoc reads.
type osvReport struct {
	Results []struct {
		Source   struct{ Path string }
		Packages []struct {
			Package struct {
				Name, Version, Ecosystem, PURL string
			}
			Groups []struct {
				IDs         []string
				Aliases     []string
				MaxSeverity string `json:"max_severity"`
			}
			Vulnerabilities []osvEntry
		}
	}
}

// osvEntry is the part of an OSV record secdoc reads, in OSV-Scanner's and
// govulncheck's output alike.
type osvEntry struct {
	ID               string
	Aliases          []string
	Summary          string
	DatabaseSpecific json.RawMessage `json:"database_specific"`
	Affected         []struct {
		Package struct{ Name, Ecosystem, PURL string }
		Ranges  []struct {
			Events []struct{ Fixed string }
		}
	}
}

// word returns the severity word a database_specific object holds, such
// as GitHub's "MODERATE".
func (e *osvEntry) word() Severity {
	var ds struct{ Severity string }
	if len(e.DatabaseSpecific) > 0 && json.Unmarshal(e.DatabaseSpecific, &ds) == nil {
		return Word(ds.Severity)
	}
	return Unknown
}

// fixed returns the first fixed version the entry gives for package name.
func (e *osvEntry) fixed(name string) string {
	for _, a := range e.Affected {
		if a.Package.Name != name {
			continue
		}
		for _, rg := range a.Ranges {
			for _, ev := range rg.Events {
				if ev.Fixed != "" {
					return ev.Fixed
				}
			}
		}
	}
	return ""
}

func readOSV(r *Report, data []byte) error {
	var o osvReport
	if err := decodeAll(data, &o); err != nil {
		return err
	}
	for _, res := range o.Results {
		for _, p := range res.Packages {
			entries := map[string]*osvEntry{}
			for i := range p.Vulnerabilities {
				entries[p.Vulnerabilities[i].ID] = &p.Vulnerabilities[i]
			}
			base := Vuln{Package: p.Package.Name, Version: p.Package.Version, PURL: p.Package.PURL, Target: res.Source.Path}
			grouped := map[string]bool{}
			for _, g := range p.Groups {
				if len(g.IDs) == 0 {
					continue
				}
				v := base
				v.ID, v.Aliases, v.Severity = g.IDs[0], append(slices.Clone(g.IDs[1:]), g.Aliases...), ScoreText(g.MaxSeverity)
				scoreless := v.Severity == Unknown
				for _, id := range g.IDs {
					grouped[id] = true
					if e := entries[id]; e != nil {
						fillOSV(&v, e, scoreless)
					}
				}
				r.Vulns = append(r.Vulns, &v)
			}
			for i := range p.Vulnerabilities {
				if e := &p.Vulnerabilities[i]; !grouped[e.ID] {
					v := base
					v.ID, v.Aliases = e.ID, e.Aliases
					fillOSV(&v, e, true)
					r.Vulns = append(r.Vulns, &v)
				}
			}
		}
	}
	return nil
}

// fillOSV completes v from one of its OSV entries: the highest severity
// word when the group had no score (scoreless), the fixed version, the summary.
func fillOSV(v *Vuln, e *osvEntry, scoreless bool) {
	if scoreless {
		v.Severity = max(v.Severity, e.word())
	}
	if v.Fixed == "" {
		v.Fixed = e.fixed(v.Package)
	}
	if v.Title == "" {
		v.Title = e.Summary
	}
	v.Aliases = append(v.Aliases, e.Aliases...)
}
