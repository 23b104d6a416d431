package site

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
)

var scanNow = time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)

func buildScan(t *testing.T, src string) (string, error) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	_, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: FixedClock(scanNow), Version: "test"})
	return dest, err
}

func TestReportsRadiatorJSON(t *testing.T) {
	dest, err := buildScan(t, "testdata/scansite")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dest, "api/radiator.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Vulns struct {
			Critical, High, Medium, Low, Unknown int
			Accepted                             *int
			Reports                              []struct {
				File, Tool, Generated string
				Stale                 bool
			}
		} `json:"vulnerabilities"`
		Code struct {
			High, Low int
			Accepted  *int
			Reports   []struct{ File string }
		} `json:"code_findings"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	v := doc.Vulns
	// CVE-2024-6119 twice (its acceptance expired), the rest of Trivy's
	// open; CVE-2023-44487 accepted in both reports (once as Grype's GHSA
	// alias); CVE-2023-5678 not affecting.
	if v.Critical != 0 || v.High != 2 || v.Medium != 1 || v.Low != 2 || v.Unknown != 1 || v.Accepted == nil || *v.Accepted != 2 {
		t.Errorf("vulnerabilities %+v, accepted %v", v, *v.Accepted)
	}
	want := map[string]bool{"reports/back-office-trivy.json": true, "reports/nightly/orders-grype.json": false, "reports/nightly/payments-trivy.json": false}
	if len(v.Reports) != len(want) {
		t.Fatalf("reports %+v", v.Reports)
	}
	for _, r := range v.Reports {
		if stale, ok := want[r.File]; !ok || stale != r.Stale || r.Generated == "" {
			t.Errorf("report %+v", r)
		}
	}
	if doc.Code.High != 2 || doc.Code.Low != 1 || doc.Code.Accepted != nil || len(doc.Code.Reports) != 1 || doc.Code.Reports[0].File != "reports/nightly/storefront-semgrep.sarif" {
		t.Errorf("code findings %+v", doc.Code)
	}
}

func TestReportsPages(t *testing.T) {
	dest, err := buildScan(t, "testdata/scansite")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		page string
		want []string
	}{
		{"vulnerabilities/index.html", []string{
			"Stale reports", "reports/back-office-trivy.json", "6 open vulnerabilities",
			`id="v-reports-nightly-orders-grype-json-ghsa-qppj-fm5r-hxr3-golang-org-x-net-v0-15-0"`,
			"also CVE-2023-44487", "accepted</span> until 2027-03-31 in", "again: the acceptance in THR-2 expired on 2026-10-31",
			"not affecting</span>", "internal/search/query.go:57:9",
		}},
		{"assets/ast-2-payments/index.html", []string{"CVE-2024-45338", "reports/nightly/payments-trivy.json", "../../vulnerabilities/index.html#v-reports-nightly-payments-trivy-json-cve-2024-45338-golang-org-x-net-v0-15-0"}},
		{"threats/thr-1-rapid-reset/index.html", []string{"GHSA-qppj-fm5r-hxr3", "CVE-2023-44487", "Vulnerabilities this threat names"}},
		{"radiator/index.html", []string{"Open vulnerabilities", "2 high", "Stale scan reports", "reports/back-office-trivy.json", "Code findings"}},
	} {
		data, err := os.ReadFile(filepath.Join(dest, tt.page))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s lacks %q", tt.page, w)
			}
		}
	}
}

// TestReportErrors: a truncated report and an unknown asset are content
// errors at their positions, all at once, and the build writes nothing.
func TestReportErrors(t *testing.T) {
	src := t.TempDir()
	copyTree(t, "testdata/scansite", src)
	trivy, err := os.ReadFile("testdata/scansite/reports/nightly/payments-trivy.json")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(src, "reports/nightly/payments-trivy.json"), string(trivy[:1650]))
	write(t, filepath.Join(src, "secdoc.yaml"), "reports:\n  map: [{match: \"*.json\", asset: AST-9}]\n")
	dest, err := buildScan(t, src)
	var ce *diag.ContentError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a content error", err)
	}
	got := err.Error()
	for _, w := range []string{
		"reports/nightly/payments-trivy.json:51:7: the report ends early (truncated?)",
		`secdoc.yaml:1:1: reports.map[0].asset: no asset "AST-9"`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("errors lack %q:\n%s", w, got)
		}
	}
	if _, err := os.Stat(dest); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed build wrote %s", dest)
	}
}

func write(t *testing.T, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		write(t, filepath.Join(to, rel), string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
