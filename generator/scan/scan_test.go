package scan

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// summary writes a report as text, one line per finding, for golden files.
func summary(r *Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format %s, tool %s, target %q, generated %s\n", r.Format, r.Tool, r.Target, r.Generated.Format(time.RFC3339))
	for _, v := range r.Vulns {
		fmt.Fprintf(&b, "vuln %s %v %s@%s fixed %q aliases %v purl %q\n", v.ID, v.Severity, v.Package, v.Version, v.Fixed, v.Aliases, v.PURL)
	}
	for _, c := range r.Code {
		fmt.Fprintf(&b, "code %s %v %s:%d:%d %q\n", c.Rule, c.Severity, c.Path, c.Line, c.Col, c.Message)
	}
	return b.String()
}

func readFixture(t *testing.T, name string) *Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Read("reports/"+name, data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return r
}

func TestReadGolden(t *testing.T) {
	for _, name := range []string{"trivy.json", "trivy-stale.json", "grype.json", "osv-scanner.json", "govulncheck.json", "sarif-semgrep.sarif", "sarif-trivy.sarif"} {
		t.Run(name, func(t *testing.T) {
			got := summary(readFixture(t, name))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestCounts pins the counting rules the issue states, independently of the
// golden files.
func TestCounts(t *testing.T) {
	tests := []struct {
		file             string
		format           string
		vulns, code      int
		bySeverity       map[Severity]int
		id, alias, fixed string // one vulnerability, found by an alias
	}{
		// libssl3 twice, x/net@v0.15.0 CVE-2023-44487 under two targets once,
		// CVE-2024-45338, x/net@v0.14.0 CVE-2023-39325.
		{"trivy.json", "trivy", 5, 0, map[Severity]int{High: 2, Medium: 1, Low: 1, Unknown: 1}, "CVE-2023-44487", "CVE-2023-44487", "0.17.0"},
		// GHSA-qppj and CVE-2023-44487 in one package merge; Negligible is low.
		{"grype.json", "grype", 2, 0, map[Severity]int{High: 1, Low: 1}, "GHSA-qppj-fm5r-hxr3", "CVE-2023-44487", "0.17.0"},
		// semver in two lockfiles once (7.5 high), cookie's LOW word, braces' MODERATE.
		{"osv-scanner.json", "osv-scanner", 3, 0, map[Severity]int{High: 1, Medium: 1, Low: 1}, "GHSA-c2qf-rxjj-qqgw", "CVE-2022-25883", "7.5.2"},
		// Five findings, two vulnerabilities; GO-2022-0969 has no finding.
		{"govulncheck.json", "govulncheck", 2, 0, map[Severity]int{Unknown: 2}, "GO-2023-2102", "GHSA-4374-p667-p6c8", "v0.17.0"},
		// Two results for one CVE count once; the GHSA has no alias in SARIF.
		{"sarif-trivy.sarif", "sarif", 2, 0, map[Severity]int{High: 1, Medium: 1}, "CVE-2023-44487", "cve-2023-44487", ""},
		{"sarif-semgrep.sarif", "sarif", 0, 3, nil, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := readFixture(t, tt.file)
			if r.Format != tt.format || len(r.Vulns) != tt.vulns || len(r.Code) != tt.code {
				t.Fatalf("format %s, %d vulns, %d code findings; want %s, %d, %d", r.Format, len(r.Vulns), len(r.Code), tt.format, tt.vulns, tt.code)
			}
			got := map[Severity]int{}
			for _, v := range r.Vulns {
				got[v.Severity]++
			}
			for _, s := range Severities {
				if got[s] != tt.bySeverity[s] {
					t.Errorf("%v: %d, want %d", s, got[s], tt.bySeverity[s])
				}
			}
			if tt.alias == "" {
				return
			}
			for _, v := range r.Vulns {
				if v.Names(tt.alias) {
					if v.ID != tt.id || v.Fixed != tt.fixed {
						t.Errorf("%s: id %s fixed %q, want %s %q", tt.alias, v.ID, v.Fixed, tt.id, tt.fixed)
					}
					return
				}
			}
			t.Errorf("no vulnerability is named %s", tt.alias)
		})
	}
}

func TestSARIFSeverity(t *testing.T) {
	r := readFixture(t, "sarif-semgrep.sarif")
	want := []Severity{High, Low, High} // security-severity "8.1"; level note; default level error
	for i, c := range r.Code {
		if c.Severity != want[i] {
			t.Errorf("%s: %v, want %v", c.Rule, c.Severity, want[i])
		}
	}
	if got := r.Generated.Format(time.RFC3339); got != "2026-11-30T02:20:31Z" {
		t.Errorf("generated %s", got)
	}
}

func TestSeverityBands(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Severity
	}{{"9.0", Critical}, {"8.9", High}, {"7.0", High}, {"6.9", Medium}, {"4.0", Medium}, {"3.9", Low}, {"0.1", Low}, {"0", Unknown}, {"", Unknown}, {"high", Unknown}, {"10.5", Unknown}} {
		if got := ScoreText(tt.in); got != tt.want {
			t.Errorf("ScoreText(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		in   string
		want Severity
	}{{"CRITICAL", Critical}, {"High", High}, {"MODERATE", Medium}, {"medium", Medium}, {"Negligible", Low}, {"LOW", Low}, {"UNKNOWN", Unknown}, {"", Unknown}} {
		if got := Word(tt.in); got != tt.want {
			t.Errorf("Word(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestStale(t *testing.T) {
	now := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	fresh, old := readFixture(t, "trivy.json"), readFixture(t, "trivy-stale.json")
	if Stale(fresh.Generated, now, DefaultStaleAfter) {
		t.Errorf("%s is stale at %s", fresh.Generated, now)
	}
	if !Stale(old.Generated, now, DefaultStaleAfter) {
		t.Errorf("%s is not stale at %s", old.Generated, now)
	}
	if Stale(time.Time{}, now, DefaultStaleAfter) {
		t.Error("an unknown age is stale")
	}
}

func TestReadErrors(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"truncated-trivy.json", "reports/truncated-trivy.json:51:7: the report ends early (truncated?): expected the rest of the JSON"},
		{"trailing.json", "reports/trailing.json:2:2: unexpected data after the report's JSON object"},
		{"wrongtype.json", `reports/wrongtype.json:1:128: "Results.Vulnerabilities.VulnerabilityID" is a number, expected string`},
		{"unknown.json", "reports/unknown.json:1:1: not a scanner report secdoc reads: expected the JSON of OSV-Scanner, govulncheck, Trivy, Grype or SARIF 2.1.0"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Read("reports/"+tt.file, data)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.file, err, tt.want)
		}
	}
	for _, in := range []string{"", "[]", "null", "{", `{"runs": [], "version": "2.0.0"}`, "{\"config\": {}}\n{\"finding\": "} {
		if _, err := Read("reports/x.json", []byte(in)); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}
