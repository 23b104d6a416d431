package site

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
		{"radiator/index.html", []string{"Scanner reports", `<p class="tile-summary">2 high · 1 medium · 2 low · 1 unknown · 2 accepted · 3 code findings · oldest scan `, "Stale report reports/back-office-trivy.json", "fixed in "}},
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

// vexShape is OpenVEX v0.2.0's JSON schema (openvex/spec,
// openvex_json_schema_0.2.0.json) for what secdoc writes: required and
// allowed properties (additionalProperties is false), the status and
// justification enumerations, and the rules by status.
var vexShape = struct{ doc, docRequired, statement, vulnerability, product []string }{
	doc:           []string{"@context", "@id", "author", "role", "timestamp", "last_updated", "version", "tooling", "statements"},
	docRequired:   []string{"@context", "@id", "author", "timestamp", "version", "statements"},
	statement:     []string{"@id", "version", "vulnerability", "timestamp", "last_updated", "products", "status", "supplier", "status_notes", "justification", "impact_statement", "action_statement", "action_statement_timestamp"},
	vulnerability: []string{"@id", "name", "description", "aliases"},
	product:       []string{"@id", "identifiers", "hashes", "subcomponents"},
}

func validateVEX(data []byte) []string {
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return []string{err.Error()}
	}
	var errs []string
	closed := func(at string, obj map[string]any, allowed []string) {
		for k := range obj {
			if !slicesContains(allowed, k) {
				errs = append(errs, at+": may not have "+k)
			}
		}
	}
	closed("$", doc, vexShape.doc)
	for _, k := range vexShape.docRequired {
		if _, ok := doc[k]; !ok {
			errs = append(errs, "$: lacks "+k)
		}
	}
	if doc["@context"] != "https://openvex.dev/ns/v0.2.0" {
		errs = append(errs, "$: @context is not v0.2.0")
	}
	if v, ok := doc["version"].(float64); !ok || v < 1 {
		errs = append(errs, "$: version below 1")
	}
	if _, err := time.Parse(time.RFC3339, fmt.Sprint(doc["timestamp"])); err != nil {
		errs = append(errs, "$: timestamp is not a date-time")
	}
	if id := fmt.Sprint(doc["@id"]); !strings.Contains(id, ":") {
		errs = append(errs, "$: @id is not a URI")
	}
	sts, _ := doc["statements"].([]any)
	if len(sts) == 0 {
		errs = append(errs, "$: no statements")
	}
	for i, s := range sts {
		at := fmt.Sprintf("$.statements[%d]", i)
		st, _ := s.(map[string]any)
		closed(at, st, vexShape.statement)
		v, _ := st["vulnerability"].(map[string]any)
		closed(at+".vulnerability", v, vexShape.vulnerability)
		if name, _ := v["name"].(string); name == "" {
			errs = append(errs, at+": vulnerability without name")
		}
		ps, _ := st["products"].([]any)
		for _, p := range ps {
			pm, _ := p.(map[string]any)
			closed(at+".products", pm, vexShape.product)
			if id := fmt.Sprint(pm["@id"]); !strings.Contains(id, ":") {
				errs = append(errs, at+": product @id is not a URI")
			}
		}
		_, just := st["justification"]
		_, impact := st["impact_statement"]
		switch st["status"] {
		case "not_affected":
			if just == impact {
				errs = append(errs, at+": not_affected needs a justification or an impact statement, not both")
			}
			if j := fmt.Sprint(st["justification"]); just && !slicesContains([]string{"component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path", "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist"}, j) {
				errs = append(errs, at+": justification "+j+" not in the enumeration")
			}
		case "affected":
			if _, ok := st["action_statement"]; !ok {
				errs = append(errs, at+": affected without action_statement")
			}
		case "fixed", "under_investigation":
		default:
			errs = append(errs, at+": status not in the enumeration")
		}
	}
	return errs
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestOpenVEX(t *testing.T) {
	dest, err := buildScan(t, "testdata/scansite")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dest, "api/openvex.json"))
	if err != nil {
		t.Fatal(err)
	}
	if errs := validateVEX(data); len(errs) > 0 {
		t.Fatalf("invalid OpenVEX:\n%s\n%s", strings.Join(errs, "\n"), data)
	}
	var doc struct {
		Statements []struct {
			Vulnerability struct{ Name string }
			Products      []struct {
				ID string `json:"@id"`
			}
			Status, Justification, ActionStatement string `json:",omitempty"`
		}
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Statements {
		line := s.Vulnerability.Name + " " + s.Status + " " + s.Justification
		for _, p := range s.Products {
			line += " " + p.ID
		}
		got = append(got, line)
	}
	want := []string{
		"CVE-2023-44487 affected  pkg:golang/golang.org/x/net@v0.15.0",
		"GHSA-qppj-fm5r-hxr3 affected  pkg:golang/golang.org/x/net@v0.15.0",
		"CVE-2023-5678 not_affected vulnerable_code_not_in_execute_path pkg:apk/alpine/libcrypto3@3.1.4-r0?arch=x86_64&distro=alpine-3.18.4",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("statements\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(string(data), `"action_statement":"Risk accepted in THR-1 by decision ADR-1 (Accept HTTP/2 rapid reset in the payment service until the proxy upgrade) until 2027-03-31."`) {
		t.Errorf("no action statement naming the decision and date:\n%s", data)
	}
}

func TestOpenVEXWarnsWithoutJustification(t *testing.T) {
	src := t.TempDir()
	copyTree(t, "testdata/scansite", src)
	p := filepath.Join(src, "content/threats/thr-3-crypto.md")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	write(t, p, strings.Replace(string(data), "vex_justification: vulnerable_code_not_in_execute_path\n", "", 1))
	dest := filepath.Join(t.TempDir(), "public")
	res, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: FixedClock(scanNow)})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/threats/thr-3-crypto.md:9:1: warning: THR-3 is false-positive for CVE-2023-5678 but has no vex_justification"
	var found bool
	for _, d := range res.Diagnostics {
		found = found || strings.HasPrefix(d.String(), want)
	}
	if !found {
		t.Errorf("no warning %q in %v", want, res.Diagnostics)
	}
	vex, err := os.ReadFile(filepath.Join(dest, "api/openvex.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(vex), "CVE-2023-5678") {
		t.Errorf("a statement without justification:\n%s", vex)
	}
}

func TestValidateVEX(t *testing.T) {
	ok := `{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"a","timestamp":"2026-12-01T00:00:00Z","version":1,"statements":[{"vulnerability":{"name":"CVE-1"},"status":"affected","action_statement":"upgrade"}]}`
	if errs := validateVEX([]byte(ok)); len(errs) > 0 {
		t.Fatalf("rejected a valid document: %v", errs)
	}
	for _, bad := range []string{
		strings.Replace(ok, `,"action_statement":"upgrade"`, "", 1),
		strings.Replace(ok, `"affected","action_statement":"upgrade"`, `"not_affected"`, 1),
		strings.Replace(ok, `"affected","action_statement":"upgrade"`, `"not_affected","justification":"because"`, 1),
		strings.Replace(ok, `"version":1,`, "", 1),
		strings.Replace(ok, `"author":"a"`, `"author":"a","colour":"red"`, 1),
		strings.Replace(ok, `{"vulnerability"`, `{"products":[{"@id":"no uri"}],"vulnerability"`, 1),
	} {
		if errs := validateVEX([]byte(bad)); len(errs) == 0 {
			t.Errorf("accepted %s", bad)
		}
	}
}

// commitLog is a history.Log that also knows last commits, as history.Git does.
type commitLog map[string]time.Time

func (commitLog) FirstAdded(context.Context, string) map[string]time.Time { return nil }

func (c commitLog) LastCommitted(_ context.Context, _ string, paths []string) map[string]time.Time {
	out := map[string]time.Time{}
	for _, p := range paths {
		if t, ok := c[p]; ok {
			out[p] = t
		}
	}
	return out
}

// TestReportAgeFromGit: reports that carry no time (OSV-Scanner,
// govulncheck) take their file's last commit, else their age is unknown.
func TestReportAgeFromGit(t *testing.T) {
	src := t.TempDir()
	copyTree(t, "testdata/scansite", src)
	for _, name := range []string{"osv-scanner.json", "govulncheck.json"} {
		data, err := os.ReadFile(filepath.Join("..", "scan", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(src, "reports", name), string(data))
	}
	committed := time.Date(2026, 11, 30, 22, 0, 0, 0, time.UTC)
	dest := filepath.Join(t.TempDir(), "public")
	_, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: FixedClock(scanNow),
		History: commitLog{"reports/osv-scanner.json": committed}})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dest, "api/radiator.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`{"file":"reports/osv-scanner.json","tool":"osv-scanner","generated":"2026-11-30T22:00:00Z","stale":false}`,
		`{"file":"reports/govulncheck.json","tool":"govulncheck","generated":"","stale":false}`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("radiator.json lacks %s:\n%s", want, data)
		}
	}
	page, err := os.ReadFile(filepath.Join(dest, "vulnerabilities/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"8 hours old (last commit)", "the report does not say when it was generated"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("vulnerabilities page lacks %q", want)
		}
	}
}
