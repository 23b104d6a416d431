package main

import (
	"encoding/json"
	"io"
)

// jsonFinding is one finding of `secdoc check --format json`.
type jsonFinding struct {
	ID       string `json:"id"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Policy   string `json:"policy"`
	Message  string `json:"message"`
	Reason   string `json:"reason,omitempty"` // why it was waived, in "waived"
}

// jsonReport is the document `secdoc check --format json` prints.
type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Waived   []jsonFinding `json:"waived"`
	Summary  struct {
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
		Waived   int `json:"waived"`
		Files    int `json:"files"`
	} `json:"summary"`
}

func writeJSON(w io.Writer, r report) error {
	out := jsonReport{Findings: []jsonFinding{}, Waived: []jsonFinding{}}
	for _, f := range r.Findings {
		out.Findings = append(out.Findings, jsonFinding{ID: f.ID, File: f.Path, Line: max(f.Line, 1), Col: max(f.Col, 1),
			Severity: f.Severity.String(), Policy: f.Policy, Message: f.Message})
	}
	for _, wv := range r.Waived {
		f := wv.Finding
		out.Waived = append(out.Waived, jsonFinding{ID: f.ID, File: f.Path, Line: max(f.Line, 1), Col: max(f.Col, 1),
			Severity: f.Severity.String(), Policy: f.Policy, Message: f.Message, Reason: wv.Reason})
	}
	out.Summary.Errors, out.Summary.Warnings = r.Findings.Count()
	out.Summary.Waived, out.Summary.Files = len(r.Waived), r.Files
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
