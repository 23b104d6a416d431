// Package scan reads the JSON reports dependency and code scanners write
// (OSV-Scanner, govulncheck, Trivy, Grype and any SARIF 2.1.0 producer) into
// one model of findings: vulnerabilities in packages, and code findings at a
// place in the source.
//
// The format of a report is detected from its content, never its name. Each
// vulnerability is counted once per report and package, merged across its
// aliases (CVE, GHSA, GO and other ids naming the same flaw); merged entries
// that disagree take the highest severity.
//
// Reports are untrusted content: they are parsed as data only, a malformed
// or truncated one is an error at a position (file:line:col) and never a
// crash, and nothing in them is executed or followed.
package scan
