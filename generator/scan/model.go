package scan

import (
	"strconv"
	"strings"
	"time"
)

// Severity is how bad a finding is, on the CVSS v3 qualitative scale.
type Severity int

// The severities, least to most severe; Unknown sorts lowest.
const (
	Unknown Severity = iota
	Low
	Medium
	High
	Critical
)

// Severities lists the severities most severe first, the order pages and
// counts use.
var Severities = []Severity{Critical, High, Medium, Low, Unknown}

var severityNames = [...]string{"unknown", "low", "medium", "high", "critical"}

// String returns the lowercase name: "critical", "high", ..., "unknown".
func (s Severity) String() string { return severityNames[s] }

// Word reads a scanner's severity word: CRITICAL, HIGH, MEDIUM or MODERATE,
// LOW or NEGLIGIBLE (Grype's lowest), in any case; anything else is Unknown.
func Word(w string) Severity {
	switch strings.ToLower(strings.TrimSpace(w)) {
	case "critical":
		return Critical
	case "high", "important":
		return High
	case "medium", "moderate":
		return Medium
	case "low", "negligible", "minor":
		return Low
	}
	return Unknown
}

// Score maps a CVSS base score to its CVSS v3 band: 9.0 and above
// critical, 7.0 high, 4.0 medium, above 0 low. A score of 0 (CVSS "none")
// or one out of range is Unknown.
func Score(score float64) Severity {
	switch {
	case score > 10 || score <= 0:
		return Unknown
	case score >= 9:
		return Critical
	case score >= 7:
		return High
	case score >= 4:
		return Medium
	}
	return Low
}

// ScoreText reads a score written as text, such as OSV-Scanner's
// max_severity "7.5"; empty or unreadable text is Unknown.
func ScoreText(s string) Severity {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return Unknown
	}
	return Score(f)
}

// Report is one scanner report file.
type Report struct {
	File   string // path from the site root, slash-separated
	Tool   string // "trivy", "grype", "osv-scanner", "govulncheck", or the SARIF driver name
	Format string // "trivy", "grype", "osv-scanner", "govulncheck" or "sarif"
	Target string // what was scanned, when the report says: an image, a folder
	// Generated is when the scan ran, from the report itself; zero when
	// it does not say (the caller may fall back on Git).
	Generated time.Time
	Vulns     []*Vuln
	Code      []*CodeFinding
}

// Vuln is one vulnerability in one package of a report.
type Vuln struct {
	ID       string   // the id the scanner leads with
	Aliases  []string // the other ids it is known by, sorted
	Severity Severity
	Package  string // name; "" for a SARIF vulnerability
	Version  string // installed version
	Fixed    string // the first fixed version, "" when none is known
	PURL     string // package URL, when the report gives one
	Target   string // the target or source it was found in (the first)
	Title    string
}

// IDs returns the vulnerability's id and aliases.
func (v *Vuln) IDs() []string { return append([]string{v.ID}, v.Aliases...) }

// Names reports whether id is the vulnerability's id or one of its aliases,
// ignoring case.
func (v *Vuln) Names(id string) bool {
	for _, x := range v.IDs() {
		if strings.EqualFold(x, id) {
			return true
		}
	}
	return false
}

// CodeFinding is a SARIF result whose rule is not a vulnerability id: a
// finding of a code scanner such as Semgrep, CodeQL or gosec.
type CodeFinding struct {
	Rule     string
	Severity Severity
	Message  string
	Path     string // the location's artifact URI, "" when it has none
	Line     int
	Col      int
}
