package scan

import (
	"os"
	"path/filepath"
	"testing"
)

// realReports is where genuine scanner outputs are kept beside the
// repository (never copied in); SECDOC_REAL_REPORTS overrides it, and the
// test skips when neither exists.
var realReports = filepath.Join("..", "..", "..", "shared", "real-reports")

// TestRealReports reads the genuine outputs of each tool and checks the
// counts worked out from each file apart from this code (distinct id,
// package and version; govulncheck's distinct osv and module of its
// findings; OSV-Scanner's groups).
func TestRealReports(t *testing.T) {
	dir := os.Getenv("SECDOC_REAL_REPORTS")
	if dir == "" {
		dir = realReports
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no real reports at", dir, "(set SECDOC_REAL_REPORTS)")
	}
	tests := []struct {
		file        string
		format      string
		vulns, code int
		generated   bool
	}{
		{"trivy-1.json", "trivy", 6, 0, true},
		{"trivy-2.json", "trivy", 3, 0, true},
		{"grype-1.json", "grype", 2, 0, true},
		{"grype-2.json", "grype", 2, 0, false},
		{"grype-3.json", "grype", 327, 0, false},
		{"osv-scanner-1.json", "osv-scanner", 7, 0, false},
		{"osv-scanner-2.json", "osv-scanner", 2, 0, false},
		{"osv-scanner-3.json", "osv-scanner", 1, 0, false},
		{"govulncheck-1.json", "govulncheck", 4, 0, false},
		{"govulncheck-2.json", "govulncheck", 72, 0, false},
		{"sarif-1.sarif", "sarif", 4, 0, false},
		{"sarif-2.sarif", "sarif", 1, 0, false},
		{"sarif-3.sarif", "sarif", 0, 7, false},
		{"sarif-4.sarif", "sarif", 0, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Skip(err)
			}
			r, err := Read("reports/"+tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: tool %s, %d vulns, %d code, generated %v", tt.file, r.Tool, len(r.Vulns), len(r.Code), r.Generated)
			if r.Format != tt.format || len(r.Vulns) != tt.vulns || len(r.Code) != tt.code || r.Generated.IsZero() == tt.generated {
				t.Errorf("format %s, %d vulns, %d code findings, generated %v; want %s, %d, %d, %v", r.Format, len(r.Vulns), len(r.Code), r.Generated, tt.format, tt.vulns, tt.code, tt.generated)
			}
		})
	}
}
