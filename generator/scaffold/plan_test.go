package scaffold

import (
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

var march = time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)

// files makes entries from "path" or "path=id" strings; the kind comes from
// the folder, or from a "path=id=kind" suffix.
func files(specs ...string) []entry {
	var out []entry
	for _, s := range specs {
		parts := strings.Split(s, "=")
		e := entry{Path: "content/" + parts[0], Kind: kinds.Registry.OfFolder(section("content/" + parts[0])).Name}
		if len(parts) > 1 {
			e.ID = parts[1]
		}
		if len(parts) > 2 {
			e.Kind = model.Kind(parts[2])
		}
		out = append(out, e)
	}
	return out
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name    string
		kind    model.Kind
		entries []entry
		dirs    []string
		id      string
		path    string
	}{
		{"empty site, threat", kinds.Threat, nil, nil, "THR-0001", "content/threats/thr-0001-x-y.md"},
		{"empty site, asset", kinds.Asset, nil, nil, "AST-001", "content/assets/ast-001-x-y.md"},
		{"empty site, sop", kinds.SOP, nil, nil, "SOP-001", "content/sops/sop-001-x-y.md"},
		{"empty site, decision", kinds.Decision, nil, nil, "ADR-0001", "content/decisions/0001-x-y.md"},
		{"empty site, exercise", kinds.Exercise, nil, nil, "EX-2026-03", "content/exercises/ex-2026-03-x-y.md"},
		{"empty site, threat model", kinds.ThreatModel, nil, nil, "TM-2026-03", "content/models/tm-2026-03-x-y.md"},
		{"empty folder exists", kinds.Threat, nil, []string{"threats"}, "THR-0001", "content/threats/thr-0001-x-y.md"},
		{"THR-0015 then THR-0016", kinds.Threat, files("threats/thr-0015-a.md=THR-0015", "threats/thr-0002-b.md=THR-0002"), nil, "THR-0016", "content/threats/thr-0016-x-y.md"},
		{"THR-108 then THR-109", kinds.Threat, files("threats/a.md=THR-108", "threats/b.md=THR-107"), nil, "THR-109", "content/threats/thr-109-x-y.md"},
		{"AST-008 then AST-009", kinds.Asset, files("assets/ast-008-a.md=AST-008"), nil, "AST-009", "content/assets/ast-009-x-y.md"},
		{"padding grows past its width", kinds.Asset, files("assets/a.md=AST-999"), nil, "AST-1000", "content/assets/ast-1000-x-y.md"},
		{"mixed widths take the widest padding", kinds.Threat, files("threats/a.md=THR-007", "threats/b.md=THR-0012"), nil, "THR-0013", ""},
		{"unpadded ids stay unpadded", kinds.Threat, files("threats/a.md=THR-9", "threats/b.md=THR-10"), nil, "THR-11", ""},
		{"ids only in file names", kinds.Threat, files("threats/thr-0003-a.md", "threats/thr-0007-b.md"), nil, "THR-0008", ""},
		{"prefix spelt as the ids spell it", kinds.Threat, files("threats/a.md=Thr-01", "threats/b.md=Thr-02"), nil, "Thr-03", "content/threats/thr-03-x-y.md"},
		{"the most common prefix wins", kinds.Threat, files("threats/a.md=T-1", "threats/b.md=RISK-0001", "threats/c.md=RISK-0002"), nil, "RISK-0003", ""},
		{"file name numbers count too", kinds.Threat, files("threats/thr-0020-a.md=THR-0004"), nil, "THR-0021", ""},
		{"kind field places a record elsewhere", kinds.Threat, files("threats/a.md=THR-0002", "misc/b.md=THR-0030=threat"), nil, "THR-0031", ""},
		{"taken by another kind", kinds.Threat, files("threats/a.md=THR-0001", "about.md=THR-0002"), nil, "THR-0003", ""},
		{"adr-tools numbering", kinds.Decision, files("decisions/0001-a.md", "decisions/0013-b.md"), []string{"decisions"}, "ADR-0014", "content/decisions/0014-x-y.md"},
		{"adr ids and files agree", kinds.Decision, files("decisions/0012-a.md=ADR-0012", "decisions/0013-b.md=ADR-0013"), nil, "ADR-0014", "content/decisions/0014-x-y.md"},
		{"adr ids ahead of files", kinds.Decision, files("decisions/0002-a.md=ADR-0009"), nil, "ADR-0010", "content/decisions/0010-x-y.md"},
		{"adr folder in use", kinds.Decision, files("adr/0001-a.md"), []string{"adr"}, "ADR-0002", "content/adr/0002-x-y.md"},
		{"adrs folder in use", kinds.Decision, files("adrs/0003-a.md=DEC-0003"), []string{"adrs"}, "DEC-0004", "content/adrs/0004-x-y.md"},
		{"runbooks folder in use", kinds.SOP, files("runbooks/sop-04-a.md=SOP-04"), []string{"runbooks"}, "SOP-05", "content/runbooks/sop-05-x-y.md"},
		{"folder with most records wins", kinds.SOP, files("runbooks/a.md=SOP-1", "runbooks/b.md=SOP-2"), []string{"sops", "runbooks"}, "SOP-3", "content/runbooks/sop-3-x-y.md"},
		{"threat-models folder in use", kinds.ThreatModel, nil, []string{"threat-models"}, "TM-2026-03", "content/threat-models/tm-2026-03-x-y.md"},
		{"exercise month taken", kinds.Exercise, files("exercises/a.md=EX-2026-03"), nil, "EX-2026-03-2", "content/exercises/ex-2026-03-2-x-y.md"},
		{"exercise month taken twice", kinds.Exercise, files("exercises/a.md=EX-2026-03", "exercises/b.md=ex-2026-03-2"), nil, "EX-2026-03-3", ""},
		{"exercise month taken by a file name", kinds.Exercise, files("exercises/ex-2026-03-fire-drill.md"), nil, "EX-2026-03-2", ""},
		{"exercise in another month", kinds.Exercise, files("exercises/a.md=EX-2026-02"), nil, "EX-2026-03", ""},
		{"exercise prefix kept", kinds.Exercise, files("exercises/a.md=TTX-2025-11"), nil, "TTX-2026-03", "content/exercises/ttx-2026-03-x-y.md"},
		{"numbered exercises stay numbered", kinds.Exercise, files("exercises/a.md=EX-001"), nil, "EX-002", ""},
		{"threat model month taken", kinds.ThreatModel, files("models/a.md=TM-2026-03"), nil, "TM-2026-03-2", ""},
		{"page", kinds.Page, files("about.md"), nil, "", "content/x-y.md"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := allocate(spec(tc.kind), "X: y!", march, inventory{entries: tc.entries, dirs: tc.dirs}, "")
			if err != nil {
				t.Fatal(err)
			}
			if p.ID != tc.id {
				t.Errorf("got id %q, want %q", p.ID, tc.id)
			}
			if tc.path != "" && p.Path != tc.path {
				t.Errorf("got path %q, want %q", p.Path, tc.path)
			}
		})
	}
}

func TestAllocatePageRefusals(t *testing.T) {
	tests := []struct {
		name, title string
		entries     []entry
		dirs        []string
		want        string
	}{
		{"no letters", "!!!", nil, nil, "no file name"},
		{"id taken", "Roadmap", files("threats/a.md=roadmap"), nil, `id "roadmap" exists`},
		{"generated page", "Risks", nil, nil, `"risks" belongs to a page secdoc generates`},
		{"home page", "Index", nil, nil, `"index" belongs to a page secdoc generates`},
		{"content folder", "Threats", nil, []string{"threats"}, "content/threats/ folder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := allocate(spec(kinds.Page), tc.title, march, inventory{entries: tc.entries, dirs: tc.dirs}, "")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Stolen session cookies", "stolen-session-cookies"},
		{"Use HMAC-signatures (v2)", "use-hmac-signatures-v2"},
		{"  --a -- b--  ", "a-b"},
		{"Überblick: Zugänge", "überblick-zugänge"},
		{"../../etc/passwd", "etc-passwd"},
		{"!!!", ""},
		{strings.Repeat("word ", 30), strings.TrimSuffix(strings.Repeat("word-", 12), "-")},
	}
	for _, tc := range tests {
		if got := slugOf(tc.title); got != tc.want {
			t.Errorf("slug(%q): got %q, want %q", tc.title, got, tc.want)
		}
	}
}
