package policy

import (
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/scan"
	"github.com/secdoc/secdoc/generator/vuln"
)

// vulnerabilityFix reports every open critical or high vulnerability whose
// report names a fixed version: the fix is one upgrade away.
func vulnerabilityFix(in *input, p *Policy) {
	if in.board == nil {
		return
	}
	for _, f := range in.board.Findings {
		if f.State != vuln.Open || f.Severity < scan.High || f.Fixed == "" {
			continue
		}
		pkg := f.Package
		if pkg == "" {
			pkg = "a package"
		} else if f.Version != "" {
			pkg += " " + f.Version
		}
		in.out.Add(diag.Diagnostic{Path: f.Report.File, Line: 1, Col: 1, Severity: p.Severity, Policy: p.Name,
			Message: f.Severity.String() + " " + f.ID + " in " + pkg + " is open and fixed in " + f.Fixed + ": upgrade, or record a decision in a threat naming it"})
	}
}

// reportStale reports the reports older than reports.stale_after (the scan
// pipeline stopped) and, as warnings, those that do not say when they were
// made.
func reportStale(in *input, p *Policy) {
	if in.board == nil {
		return
	}
	for _, r := range in.board.Reports {
		switch {
		case !r.AgeKnown():
			in.out.Add(diag.Diagnostic{Path: r.File, Line: 1, Col: 1, Severity: diag.Warning, Policy: p.Name,
				Message: "the " + r.Tool + " report does not say when it was generated, so its age is unknown: commit it from the scan job, or use a format with a timestamp"})
		case r.Stale:
			in.out.Add(diag.Diagnostic{Path: r.File, Line: 1, Col: 1, Severity: p.Severity, Policy: p.Name,
				Message: "the " + r.Tool + " report was generated " + vuln.AgeText(r.Age) + " ago, on " + r.Generated.UTC().Format("2006-01-02") + ": the scan pipeline has stopped"})
		}
	}
}
