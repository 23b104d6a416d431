package policy

import (
	"sort"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/urls"
)

var now, _ = model.ParseDate("2026-11-25")

// evaluate links files (path → source) and applies the policies.
func evaluate(t *testing.T, files map[string]string, settings map[string]Setting) (diag.List, []*model.Record) {
	t.Helper()
	engine := markdown.New(markdown.Options{})
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var records []*model.Record
	for _, p := range paths {
		f, diags := load.Parse(p, []byte(files[p]))
		if diags.HasErrors() {
			t.Fatalf("load %s: %v", p, diags)
		}
		r, diags := model.Decode(f, kinds.Registry, engine)
		if diags.HasErrors() {
			t.Fatalf("decode %s: %v", p, diags)
		}
		records = append(records, r)
	}
	g, diags := link.Resolve(records, nil, urls.New(""))
	if diags.HasErrors() {
		t.Fatalf("link: %v", diags)
	}
	a := risk.Analyse(records, g, risk.Options{Bands: risk.DefaultBands, Now: now})
	found, err := Evaluate(records, a, settings, now)
	if err != nil {
		t.Fatal(err)
	}
	return found, records
}

// of returns the findings of one policy, formatted.
func of(found diag.List, policy string) []string {
	var out []string
	for _, d := range found {
		if d.Policy == policy {
			out = append(out, d.String())
		}
	}
	return out
}

const asset = "---\nid: AST-1\nconfidentiality: high\nintegrity: critical\navailability: high\n---\n"

func TestPolicies(t *testing.T) {
	tests := []struct {
		policy string
		pass   string // a threat, SOP, decision or asset file that complies
		fail   string // one that breaks the policy
		path   string
		want   string // the failing finding, formatted
	}{
		{"threat-owner",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\n---\n",
			"---\nid: T\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\n---\n",
			"content/threats/t.md", "content/threats/t.md:2:1: threat T has no owner: name who answers for it"},
		{"threat-likelihood",
			"---\nid: T\nowner: sam\nlikelihood: 2\nassets: [AST-1]\n---\n",
			"---\nid: T\nowner: sam\nimpact: 2\nassets: [AST-1]\n---\n",
			"content/threats/t.md", "content/threats/t.md:2:1: threat T has no likelihood, so it cannot be scored: rate it 1-5"},
		{"critical-age",
			"---\nid: T\nowner: sam\ndate: 2026-11-01\nlikelihood: 5\nimpact: 5\nassets: [AST-1]\n---\n",
			"---\nid: T\nowner: sam\ndate: 2026-10-01\nlikelihood: 5\nimpact: 5\nassets: [AST-1]\n---\n",
			"content/threats/t.md", "content/threats/t.md:4:1: critical threat T has been open for 55 days (limit 30)"},
		{"response-decision",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\nstatus: transferred\ndecision: ADR-1\n---\n",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\nstatus: transferred\n---\n",
			"content/threats/t.md", "content/threats/t.md:7:1: threat T is transferred without a decision: record the business's agreement in an ADR and set decision"},
		{"acceptance-expiry",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\nstatus: accepted\ndecision: ADR-1\naccepted_until: 2026-11-25\n---\n",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\nstatus: accepted\ndecision: ADR-1\n---\n",
			"content/threats/t.md", "content/threats/t.md:7:1: accepted risk T has no accepted_until: acceptances must expire and be reviewed"},
		{"sop-stale",
			"---\nid: SOP-1\nlast_tested: 2026-06-01\nreview_interval: 6m\n---\n",
			"---\nid: SOP-1\nlast_tested: 2026-04-01\nreview_interval: 6m\n---\n",
			"content/sops/s.md", "content/sops/s.md:3:1: warning: SOP-1: test 58 days overdue (review interval 180 days)"},
		{"decision-pending",
			"---\nid: ADR-2\nstatus: proposed\ndate: 2026-11-01\n---\n",
			"---\nid: ADR-2\nstatus: proposed\ndate: 2026-09-01\n---\n",
			"content/decisions/d.md", "content/decisions/d.md:3:1: warning: decision ADR-2 has been proposed for 85 days (limit 30): decide it"},
		{"asset-modelled",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\n---\n",
			"---\nid: T\nowner: sam\nlikelihood: 1\nimpact: 1\n---\n",
			"content/threats/t.md", "content/assets/a.md:2:1: warning: no threat lists asset AST-1: model the threats against it"},
	}
	for _, tc := range tests {
		t.Run(tc.policy, func(t *testing.T) {
			base := map[string]string{"content/assets/a.md": asset, "content/decisions/adr-1.md": "---\nid: ADR-1\nstatus: accepted\n---\n"}
			if tc.policy != "asset-modelled" {
				base["content/threats/keep.md"] = "---\nid: KEEP\nowner: sam\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\n---\n"
			}
			for name, src := range map[string]string{"pass": tc.pass, "fail": tc.fail} {
				files := map[string]string{tc.path: src}
				for k, v := range base {
					files[k] = v
				}
				found, _ := evaluate(t, files, nil)
				got := of(found, tc.policy)
				if name == "pass" && len(got) != 0 {
					t.Errorf("passing fixture: got %q, want no finding", got)
				}
				if name == "fail" && (len(got) != 1 || got[0] != tc.want) {
					t.Errorf("failing fixture: got %q, want [%q]", got, tc.want)
				}
			}
		})
	}
}

func TestSettings(t *testing.T) {
	files := map[string]string{
		"content/assets/a.md":  asset,
		"content/threats/t.md": "---\nid: T\nlikelihood: 5\nimpact: 5\ndate: 2026-11-10\nassets: [AST-1]\n---\n",
		"content/sops/s.md":    "---\nid: SOP-1\ntitle: Outage\n---\n",
	}
	found, _ := evaluate(t, files, map[string]Setting{
		"threat-owner": {Severity: "warning"},
		"critical-age": {Days: 7},
		"ticket":       {Kind: "threat", Require: []string{"ticket"}, Status: []string{"open"}, Message: "link the tracker item"},
		"sop-pager":    {Kind: "sop", Require: []string{"pager"}},
	})
	want := []string{
		"content/threats/t.md:2:1: warning: threat T has no owner: name who answers for it",
		"content/threats/t.md:5:1: critical threat T has been open for 15 days (limit 7)",
		"content/threats/t.md:2:1: warning: threat T has no ticket: link the tracker item",
		"content/sops/s.md:2:1: warning: SOP SOP-1 has no pager",
	}
	var got []string
	for _, p := range []string{"threat-owner", "critical-age", "ticket", "sop-pager"} {
		got = append(got, of(found, p)...)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	found, _ = evaluate(t, files, map[string]Setting{"threat-owner": {Severity: "off"}})
	if got := of(found, "threat-owner"); len(got) != 0 {
		t.Errorf("a policy switched off still reports %q", got)
	}
}

func TestBadSettings(t *testing.T) {
	tests := map[string]map[string]Setting{
		`severity "fatal"`:             {"threat-owner": {Severity: "fatal"}},
		"takes only severity and days": {"threat-owner": {Kind: "threat", Require: []string{"x"}}},
		`kind "widget" is not`:         {"mine": {Kind: "widget", Require: []string{"x"}}},
		"require lists no field":       {"mine": {Kind: "threat"}},
	}
	for want, settings := range tests {
		if _, _, err := configure(settings); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want an error containing %q", err, want)
		}
	}
}

func TestWaivers(t *testing.T) {
	files := map[string]string{
		"content/assets/a.md":  asset,
		"content/threats/t.md": "---\nid: T\nlikelihood: 1\nimpact: 1\nassets: [AST-1]\nwaivers:\n  threat-owner: named at Friday's triage\n  thraet-owner: typo\n---\n",
	}
	found, records := evaluate(t, files, nil)
	kept, waived := Waive(found, records)
	if len(waived) != 1 || waived[0].Finding.Policy != "threat-owner" || waived[0].Reason != "named at Friday's triage" {
		t.Errorf("waived: got %+v, want the threat-owner finding with its reason", waived)
	}
	if got := of(kept, "waivers"); len(got) != 1 || !strings.Contains(got[0], `"thraet-owner" names no policy`) {
		t.Errorf("got %q, want a warning about the misspelt waiver", got)
	}
	schema := diag.List{{Path: "content/threats/t.md", Policy: "reference", Message: "x"}}
	if kept, _ := Waive(schema, records); len(kept) != 1 {
		t.Error("a content error was waived")
	}
}

func TestWaiversOfReadingWarnings(t *testing.T) {
	files := map[string]string{
		"content/decisions/0001-x.md": "---\nstatus: on hold\nwaivers:\n  unknown-status: the team's word for parked\n  unknown-field: ours\n  date-format: written by hand\n---\n",
	}
	found, _ := evaluate(t, files, nil)
	if got := of(found, "waivers"); len(got) != 0 {
		t.Errorf("got %q, want the warnings of reading named as policies a record may waive", got)
	}
}
