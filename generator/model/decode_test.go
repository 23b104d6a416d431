package model_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

var engine = markdown.New(markdown.Options{})

func decode(t *testing.T, path, src string) (*model.Record, []string) {
	t.Helper()
	f, diags := load.Parse(path, []byte(src))
	if f == nil {
		t.Fatalf("load: %v", diags)
	}
	r, more := model.Decode(f, kinds.Registry, engine)
	var out []string
	for _, d := range append(diags, more...) {
		out = append(out, d.String())
	}
	return r, out
}

func TestDecodeThreat(t *testing.T) {
	r, diags := decode(t, "content/threats/thr-0001-sqli.md", `---
stride: [S, tampering, Information Disclosure]
assets: [AST-1, AST-2]
likelihood: likely
impact: 5
status: in-discussion
decision: ADR-0001
due: 2026-12-01
votes: 3
ticket: SEC-1
---
# SQL injection in search

body
`)
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics %v", diags)
	}
	checks := []struct{ name, got, want string }{
		{"kind", string(r.Kind), "threat"},
		{"id", r.ID, "thr-0001-sqli"},
		{"title", r.Title, "SQL injection in search"},
		{"path", r.Path, "threats/thr-0001-sqli/"},
		{"stride", strings.Join(r.Texts("stride"), ","), "spoofing,tampering,information-disclosure"},
		{"status", r.Status(), "open"},
		{"due", r.Day("due").String(), "2026-12-01"},
		{"decision", r.Ref("decision").ID, "ADR-0001"},
		{"extra", r.Extras[0].Key + "=" + r.Extras[0].Value, "ticket=SEC-1"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if r.Int("likelihood") != 4 || r.Int("impact") != 5 || r.Int("votes") != 3 || len(r.Refs("assets")) != 2 {
		t.Errorf("got likelihood %d impact %d votes %d assets %d, want 4 5 3 2", r.Int("likelihood"), r.Int("impact"), r.Int("votes"), len(r.Refs("assets")))
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, path, src, want string
	}{
		{"level outside enumeration", "content/assets/a.md", "---\nconfidentiality: extreme\n---\n",
			`content/assets/a.md:2:18: confidentiality: "extreme" is not one of none, low, medium, high, critical`},
		{"likelihood out of range", "content/threats/t.md", "---\nlikelihood: 7\n---\n",
			`content/threats/t.md:2:13: likelihood: "7" is not 1-5 or one of rare, unlikely, possible, likely, almost-certain`},
		{"bad stride item", "content/threats/t.md", "---\nstride:\n  - spoofing\n  - sneaking\n---\n",
			`content/threats/t.md:4:5: stride: "sneaking" is not one of`},
		{"bad date", "content/threats/t.md", "---\ndue: next week\n---\n",
			`content/threats/t.md:2:6: due: "next week" is not a date (want YYYY-MM-DD)`},
		{"wrong type", "content/threats/t.md", "---\nowner: [a, b]\n---\n",
			`content/threats/t.md:2:8: owner: must be a single value, not a list or mapping`},
		{"bad interval", "content/sops/s.md", "---\nreview_interval: often\n---\n",
			`content/sops/s.md:2:18: review_interval: "often" is not a duration`},
		{"coined decision status", "content/decisions/d.md", "---\nstatus: maybe\n---\n",
			`content/decisions/d.md:2:9: warning: status: "maybe" is not one of proposed, accepted, rejected, deprecated, superseded; kept as written`},
		{"unknown kind", "content/x.md", "---\nkind: widget\n---\n", `content/x.md:2:7: kind: "widget" is not one of`},
		{"votes not a number", "content/threats/t.md", "---\nvotes: lots\n---\n", `content/threats/t.md:2:8: votes: "lots" is not a whole number`},
		{"typo warning", "content/threats/t.md", "---\nlikelyhood: 3\n---\n",
			`content/threats/t.md:2:1: warning: unknown field "likelyhood": did you mean "likelihood"?`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := decode(t, tc.path, tc.src)
			if len(diags) != 1 || !strings.HasPrefix(diags[0], tc.want) {
				t.Errorf("got %q, want one diagnostic starting %q", diags, tc.want)
			}
		})
	}
}

func TestDecodeAllProblemsAtOnce(t *testing.T) {
	_, diags := decode(t, "content/threats/t.md", "---\nlikelihood: 9\nimpact: huge\nstatus: done\n---\n")
	if len(diags) != 3 {
		t.Errorf("got %d diagnostics %q, want 3", len(diags), diags)
	}
}

func TestKindFromFolder(t *testing.T) {
	tests := map[string]model.Kind{
		"content/assets/a.md": kinds.Asset, "content/threats/t.md": kinds.Threat, "content/adr/0001-x.md": kinds.Decision,
		"content/adrs/0001-x.md": kinds.Decision, "content/decisions/d.md": kinds.Decision, "content/runbooks/r.md": kinds.SOP,
		"content/sops/s.md": kinds.SOP, "content/exercises/e.md": kinds.Exercise, "content/models/m.md": kinds.ThreatModel,
		"content/threat-models/m.md": kinds.ThreatModel, "content/about.md": kinds.Page, "content/guides/g.md": kinds.Page,
	}
	for path, want := range tests {
		r, _ := decode(t, path, "text\n")
		if r.Kind != want {
			t.Errorf("%s: got kind %q, want %q", path, r.Kind, want)
		}
	}
	r, _ := decode(t, "content/notes/x.md", "---\nkind: ADR\n---\n")
	if r.Kind != kinds.Decision {
		t.Errorf("kind field: got %q, want decision", r.Kind)
	}
}

func TestTitleFromHeadingIsPlainText(t *testing.T) {
	r, diags := decode(t, "content/decisions/0001-x.md", "---\nid: ADR-0001\n---\n"+`# Don't "allow" a < b & c`+"\n\nbody\n")
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics %v", diags)
	}
	if want := "Don’t “allow” a < b & c"; r.Title != want {
		t.Errorf("got %q, want %q", r.Title, want)
	}
}

func TestBodyFitsUnderTitle(t *testing.T) {
	tests := []struct{ name, src, title, levels string }{
		{"front-matter title repeated by the heading", "---\ntitle: Use Postgres\n---\n# Use Postgres\n\n## Context\n", "Use Postgres", "2"},
		{"front-matter title and a different heading", "---\ntitle: Use Postgres\n---\n# Storage decision\n\n## Context\n", "Use Postgres", "2 2"},
		{"title from the heading, a second level-1 heading", "# Use Postgres\n\n# Appendix\n", "Use Postgres", "2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, diags := decode(t, "content/decisions/0001-x.md", tc.src)
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics %v", diags)
			}
			var levels []string
			for _, h := range r.Body.Headings {
				if h.Level > 1 || h.Text != r.Body.Title {
					levels = append(levels, strconv.Itoa(h.Level))
				}
			}
			if r.Title != tc.title || strings.Join(levels, " ") != tc.levels {
				t.Errorf("got title %q, levels %v; want %q, %s", r.Title, levels, tc.title, tc.levels)
			}
		})
	}
}
