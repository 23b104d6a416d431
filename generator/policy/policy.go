package policy

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/vuln"
)

// Setting configures one policy in secdoc.yaml. Built-in policies take
// Severity and, where they have a threshold, Days; a team's own policies
// also name the Kind they apply to and the fields they Require, optionally
// only for records whose status is one of Status.
type Setting struct {
	Severity string   `yaml:"severity"` // error, warning or off
	Days     int      `yaml:"days"`
	Kind     string   `yaml:"kind"`
	Require  []string `yaml:"require"`
	Status   []string `yaml:"status"`
	Message  string   `yaml:"message"`
}

// Policy is a built-in rule.
type Policy struct {
	Name     string
	Summary  string
	Severity diag.Severity
	Days     int // threshold in days, 0 when the policy has none
	check    func(in *input, p *Policy)
}

// Builtins are the policies on by default, in the order the README lists
// them: the field checks the record kinds declare, then the rules over the
// risk analysis.
func Builtins() []Policy {
	var out []Policy
	for _, spec := range kinds.Registry.Kinds() {
		for _, dp := range spec.Policies {
			out = append(out, Policy{Name: dp.Name, Summary: dp.Summary, check: declared(spec, dp)})
		}
	}
	return append(out, []Policy{
		{Name: "critical-age", Summary: "no open critical threat is older than N days (from its date)", Days: 30, check: criticalAge},
		{Name: "response-decision", Summary: "accepted, transferred and avoided threats reference a decision", check: responseDecision},
		{Name: "acceptance-expiry", Summary: "an accepted risk has an accepted_until date that has not passed", check: acceptanceExpiry},
		{Name: "sop-stale", Summary: "every SOP was tested, alone or in an exercise, within its review interval", Severity: diag.Warning, check: sopStale},
		{Name: "decision-pending", Summary: "no decision stays proposed for more than N days", Severity: diag.Warning, Days: 30, check: decisionPending},
		{Name: "asset-modelled", Summary: "every asset is listed by at least one threat", Severity: diag.Warning, check: assetModelled},
		{Name: "vulnerability-fix", Summary: "no open critical or high vulnerability of a scanner report has a fixed version available", check: vulnerabilityFix},
		{Name: "report-stale", Summary: "no scanner report is older than reports.stale_after (one of unknown age: a warning)", check: reportStale},
	}...)
}

// input is what the policies look at.
type input struct {
	records []*model.Record
	risk    *risk.Analysis
	board   *vuln.Board // the scanner reports' findings; nil without
	now     model.Date
	out     diag.List
}

// report adds a finding at a record's key (its file's start when the key is
// absent). A record whose front matter failed to parse gets none: what its
// fields say is unknown, and its parse error is the one finding to fix.
func (in *input) report(p *Policy, r *model.Record, key, format string, args ...any) {
	if r.Unparsed {
		return
	}
	line, col := r.KeyPos(key)
	if line == 1 && col == 1 {
		line, col = r.KeyPos("id")
	}
	in.out.Add(diag.Diagnostic{Path: r.Source, Line: line, Col: col, Severity: p.Severity, ID: r.ID,
		Policy: p.Name, Message: fmt.Sprintf(format, args...)})
}

// Evaluate applies the built-in policies, as configured by settings, and the
// site's own policies to the records. It returns the findings and reports
// settings that make no sense as errors of their own.
func Evaluate(records []*model.Record, a *risk.Analysis, settings map[string]Setting, now model.Date) (diag.List, error) {
	return EvaluateReports(records, a, nil, settings, now)
}

// EvaluateReports is Evaluate with the findings of the site's scanner
// reports, which the report policies look at.
func EvaluateReports(records []*model.Record, a *risk.Analysis, board *vuln.Board, settings map[string]Setting, now model.Date) (diag.List, error) {
	policies, custom, err := configure(settings)
	if err != nil {
		return nil, err
	}
	in := &input{records: records, risk: a, board: board, now: now}
	for i := range policies {
		policies[i].check(in, &policies[i])
	}
	names := map[string]bool{}
	for _, p := range Builtins() {
		names[p.Name] = true
	}
	for _, c := range custom {
		c.apply(in)
		names[c.policy.Name] = true
	}
	for name := range settings {
		names[name] = true
	}
	seen := map[*model.Spec]bool{}
	for _, r := range records {
		if !seen[r.Spec] {
			seen[r.Spec] = true
			for _, name := range r.Spec.Warnings() {
				names[name] = true
			}
		}
	}
	checkWaivers(in, names)
	return in.out, nil
}

// checkWaivers warns about waivers that name no policy, most likely a typo
// that leaves the finding it meant to waive in place.
func checkWaivers(in *input, names map[string]bool) {
	p := &Policy{Name: "waivers", Severity: diag.Warning}
	for _, r := range in.records {
		keys := make([]string, 0, len(r.Waivers))
		for k := range r.Waivers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !names[k] {
				in.report(p, r, "waivers", "waivers: %q names no policy", k)
			}
		}
	}
}

// CheckSetting returns what is wrong with the setting of the policy name,
// without the "policies.name: " that starts Evaluate's errors, or nil.
func CheckSetting(name string, s Setting) error {
	_, _, err := configure(map[string]Setting{name: s})
	if err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "policies."+name+": "))
	}
	return nil
}

// configure applies settings to the built-ins and reads the site's own policies.
func configure(settings map[string]Setting) ([]Policy, []custom, error) {
	builtins := Builtins()
	known := map[string]*Policy{}
	for i := range builtins {
		known[builtins[i].Name] = &builtins[i]
	}
	var customs []custom
	names := make([]string, 0, len(settings))
	for name := range settings {
		names = append(names, name)
	}
	sort.Strings(names)
	var errs []string
	off := map[string]bool{}
	for _, name := range names {
		s := settings[name]
		sev, on, err := severity(s.Severity, known[name] == nil)
		if err != nil {
			errs = append(errs, fmt.Sprintf("policies.%s: %v", name, err))
			continue
		}
		if p := known[name]; p != nil {
			if s.Kind != "" || len(s.Require) > 0 {
				errs = append(errs, fmt.Sprintf("policies.%s: a built-in policy takes only severity and days", name))
			}
			if s.Severity != "" {
				p.Severity = sev
			}
			if s.Days > 0 {
				p.Days = s.Days
			}
			off[name] = !on
			continue
		}
		c, err := newCustom(name, s, sev)
		if err != nil {
			errs = append(errs, fmt.Sprintf("policies.%s: %v", name, err))
			continue
		}
		if on {
			customs = append(customs, c)
		}
	}
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	var active []Policy
	for _, p := range builtins {
		if !off[p.Name] {
			active = append(active, p)
		}
	}
	return active, customs, nil
}

// severity reads a severity word; a site's own policies default to warning.
func severity(word string, own bool) (diag.Severity, bool, error) {
	switch strings.ToLower(word) {
	case "error":
		return diag.Error, true, nil
	case "warning":
		return diag.Warning, true, nil
	case "off":
		return diag.Warning, false, nil
	case "":
		if own {
			return diag.Warning, true, nil
		}
		return diag.Error, true, nil
	}
	return diag.Error, false, fmt.Errorf("severity %q is not error, warning or off", word)
}
