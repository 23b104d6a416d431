package policy_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/policy"
	"github.com/secdoc/secdoc/generator/site"
)

// TestReportPolicies applies vulnerability-fix and report-stale to the
// site fixture with scanner reports, as configured.
func TestReportPolicies(t *testing.T) {
	at := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	s, err := site.Load(context.Background(), site.Options{Source: "../site/testdata/scansite", Now: site.FixedClock(at)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name     string
		settings map[string]policy.Setting
		want     []string
	}{
		{"defaults", nil, []string{
			"reports/back-office-trivy.json:1:1: error: high CVE-2024-6119 in libssl3 3.1.4-r5 is open and fixed in 3.1.7-r0: upgrade, or record a decision in a threat naming it [vulnerability-fix]",
			"reports/back-office-trivy.json:1:1: error: the trivy report was generated 78 days ago, on 2026-09-14: the scan pipeline has stopped [report-stale]",
			"reports/nightly/payments-trivy.json:1:1: error: high CVE-2024-6119 in libssl3 3.1.4-r5 is open and fixed in 3.1.7-r0: upgrade, or record a decision in a threat naming it [vulnerability-fix]",
		}},
		{"configured", map[string]policy.Setting{"vulnerability-fix": {Severity: "off"}, "report-stale": {Severity: "warning"}}, []string{
			"reports/back-office-trivy.json:1:1: warning: the trivy report was generated 78 days ago, on 2026-09-14: the scan pipeline has stopped [report-stale]",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found, err := policy.EvaluateReports(s.Records, s.Risk, s.Vulns, tt.settings, model.NewDate(at))
			if err != nil {
				t.Fatal(err)
			}
			found.Sort()
			var got []string
			for _, d := range found {
				if d.Policy == "vulnerability-fix" || d.Policy == "report-stale" {
					got = append(got, d.Detailed())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
