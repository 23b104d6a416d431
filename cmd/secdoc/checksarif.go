package main

import (
	"encoding/json"
	"io"
	"net/url"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/policy"
)

// sarifSchema is the SARIF 2.1.0 schema the log names, the OASIS one.
const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version,omitempty"`
	Rules   []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription *sarifText   `json:"shortDescription,omitempty"`
	Default          sarifDefault `json:"defaultConfiguration"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	Physical sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	Artifact sarifArtifact `json:"artifactLocation"`
	Region   sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// writeSARIF writes the findings as a SARIF 2.1.0 log, for GitHub code
// scanning: one rule per policy, one result per finding at its record's
// path, line and column. Waived findings are left out, as elsewhere.
func writeSARIF(w io.Writer, r report) error {
	summaries := map[string]string{}
	for _, p := range policy.Builtins() {
		summaries[p.Name] = p.Summary
	}
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: "secdoc", Version: buildVersion(), Rules: []sarifRule{}}}, Results: []sarifResult{}}
	index := map[string]int{}
	for _, f := range r.Findings {
		rule := f.Policy
		if rule == "" {
			rule = "secdoc"
		}
		i, ok := index[rule]
		if !ok {
			i = len(run.Tool.Driver.Rules)
			index[rule] = i
			sr := sarifRule{ID: rule, Default: sarifDefault{Level: level(f.Severity)}}
			if s := summaries[rule]; s != "" {
				sr.ShortDescription = &sarifText{Text: s}
			}
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sr)
		}
		run.Results = append(run.Results, sarifResult{RuleID: rule, RuleIndex: i, Level: level(f.Severity),
			Message: sarifText{Text: f.Message},
			Locations: []sarifLocation{{Physical: sarifPhysical{Artifact: sarifArtifact{URI: uri(f.Path)},
				Region: sarifRegion{StartLine: max(f.Line, 1), StartColumn: max(f.Col, 1)}}}}})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func level(s diag.Severity) string {
	if s == diag.Warning {
		return "warning"
	}
	return "error"
}

// uri writes a slash path relative to the site root as a relative URI
// reference, each segment escaped.
func uri(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}
