package scan

import (
	"encoding/json"
	"strconv"
	"strings"
)

// sarifLog is the part of a SARIF 2.1.0 log secdoc reads.
type sarifLog struct {
	Version string
	Runs    []sarifRun
}

type sarifRun struct {
	Tool struct {
		Driver struct {
			Name  string
			Rules []sarifRule
		}
	}
	Invocations []struct {
		EndTimeUTC string `json:"endTimeUtc"`
	}
	Results []struct {
		RuleID    string `json:"ruleId"`
		RuleIndex *int   `json:"ruleIndex"`
		Rule      *struct {
			ID    string
			Index *int
		}
		Level     string
		Message   struct{ Text string }
		Locations []struct {
			PhysicalLocation struct {
				ArtifactLocation struct{ URI string }
				Region           struct{ StartLine, StartColumn int }
			}
		}
	}
}

type sarifRule struct {
	ID                   string
	ShortDescription     struct{ Text string }
	DefaultConfiguration struct{ Level string }
	Properties           map[string]json.RawMessage
}

func readSARIF(r *Report, data []byte) error {
	var l sarifLog
	if err := decodeAll(data, &l); err != nil {
		return err
	}
	if l.Version != "2.1.0" {
		return &atError{off: 0, msg: "SARIF version " + strconv.Quote(l.Version) + ": expected \"2.1.0\""}
	}
	r.Format = "sarif"
	for _, run := range l.Runs {
		readRun(r, &run)
	}
	return nil
}

func readRun(r *Report, run *sarifRun) {
	if n := run.Tool.Driver.Name; n != "" {
		r.Tool = n
	}
	for _, inv := range run.Invocations {
		if t := parseTime(inv.EndTimeUTC); t.After(r.Generated) {
			r.Generated = t
		}
	}
	rules := map[string]*sarifRule{}
	for i := range run.Tool.Driver.Rules {
		rules[run.Tool.Driver.Rules[i].ID] = &run.Tool.Driver.Rules[i]
	}
	for _, res := range run.Results {
		id, idx := res.RuleID, res.RuleIndex
		if res.Rule != nil {
			id, idx = cmpOr(id, res.Rule.ID), cmpOrPtr(idx, res.Rule.Index)
		}
		rule := rules[id]
		if idx != nil && *idx >= 0 && *idx < len(run.Tool.Driver.Rules) {
			rule = &run.Tool.Driver.Rules[*idx]
			id = cmpOr(id, rule.ID)
		}
		sev := sarifSeverity(res.Level, rule)
		if isVulnID(id) {
			title := ""
			if rule != nil {
				title = rule.ShortDescription.Text
			}
			r.Vulns = append(r.Vulns, &Vuln{ID: id, Severity: sev, Title: title})
			continue
		}
		f := &CodeFinding{Rule: id, Severity: sev, Message: res.Message.Text}
		if len(res.Locations) > 0 {
			p := res.Locations[0].PhysicalLocation
			f.Path, f.Line, f.Col = p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn
		}
		r.Code = append(r.Code, f)
	}
}

// sarifSeverity follows GitHub's convention: the rule's security-severity
// score in the CVSS bands, else the result's level, else the rule's default
// level, else warning (SARIF's default): error high, warning medium, note
// low, none unknown.
func sarifSeverity(level string, rule *sarifRule) Severity {
	if rule != nil {
		if raw, ok := rule.Properties["security-severity"]; ok {
			if s := rawScore(raw); s != Unknown {
				return s
			}
		}
		if level == "" {
			level = rule.DefaultConfiguration.Level
		}
	}
	switch strings.ToLower(cmpOr(level, "warning")) {
	case "error":
		return High
	case "warning":
		return Medium
	case "note":
		return Low
	}
	return Unknown
}

// rawScore reads security-severity written as a number or a numeric string.
func rawScore(raw json.RawMessage) Severity {
	var f float64
	if json.Unmarshal(raw, &f) == nil {
		return Score(f)
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return ScoreText(s)
	}
	return Unknown
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func cmpOrPtr(a, b *int) *int {
	if a != nil {
		return a
	}
	return b
}
