package model_test

import (
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
)

func TestDecisionIDAndTitleFromName(t *testing.T) {
	tests := []struct {
		name, path, src, id, title string
	}{
		{"adr-tools", "content/decisions/0007-use-x.md", "# 7. Use X\n", "ADR-0007", "Use X"},
		{"three digits", "content/adr/020-use-y.md", "# 020. Use Y\n", "ADR-0020", "Use Y"},
		{"ADR prefix", "content/adrs/ADR001-first.md", "# ADR001: First of all\n", "ADR-0001", "First of all"},
		{"heading number stale", "content/adr/0003-z.md", "# 2. Z\n", "ADR-0003", "Z"},
		{"log4brains date", "content/decisions/20200925-use-markdown.md", "# Use Markdown\n", "20200925-USE-MARKDOWN", "Use Markdown"},
		{"explicit id wins", "content/decisions/0004-a.md", "---\nid: ADR-4\n---\n# 4. A\n", "ADR-4", "A"},
		{"front matter title wins", "content/decisions/0005-b.md", "---\ntitle: 5. Kept\n---\n# 5. B\n", "ADR-0005", "5. Kept"},
		{"no number", "content/decisions/use-z.md", "# 2FA for admins\n", "use-z", "2FA for admins"},
		{"nav_order is not the number", "content/decisions/use-w.md", "---\nnav_order: 0032\nparent: Decisions\n---\n# W\n", "use-w", "W"},
		{"not a decision", "content/threats/0007-t.md", "# 7. T\n", "0007-t", "7. T"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, diags := decode(t, tc.path, tc.src)
			if len(diags) > 0 {
				t.Fatalf("got %q, want no findings", diags)
			}
			if r.ID != tc.id || r.Title != tc.title {
				t.Errorf("got id %q title %q, want %q %q", r.ID, r.Title, tc.id, tc.title)
			}
		})
	}
}

func TestNameIDNeedsTheRule(t *testing.T) {
	if got := model.NameID(model.IDRule{Prefix: "THR", Width: 4}, "content/threats/0007-x.md"); got != "" {
		t.Errorf("got %q, want no id without FromName", got)
	}
	if got := model.NameID(kinds.Registry.Spec(kinds.Decision).IDs, "content/adr/12-x.md"); got != "ADR-0012" {
		t.Errorf("got %q, want ADR-0012", got)
	}
}

func TestOpenStatusKeptAsWritten(t *testing.T) {
	tests := []struct{ src, want string }{
		{"---\nstatus: On hold\n---\n", "On hold"},
		{"---\nstatus: Draft\n---\n", "proposed"},
		{"---\nstatus: pending\n---\n", "proposed"},
		{"---\nstatus: approved\n---\n", "accepted"},
		{"---\nstatus: Superceded\n---\n", "superseded"},
	}
	for _, tc := range tests {
		r, _ := decode(t, "content/decisions/0001-a.md", tc.src)
		if got := r.Status(); got != tc.want {
			t.Errorf("%q: got status %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestFileReferences(t *testing.T) {
	r, diags := decode(t, "content/decisions/0003-c.md",
		"---\nsupersedes: ['[2. Use X](0002-use-x.md)', 0001-a.md, ADR-0009, '[x](../adr/0004-d.md#status)']\n---\n")
	if len(diags) > 0 {
		t.Fatalf("got %q, want no findings", diags)
	}
	want := []struct{ id, path string }{
		{"2. Use X", "content/decisions/0002-use-x.md"},
		{"0001-a.md", "content/decisions/0001-a.md"},
		{"ADR-0009", ""},
		{"x", "content/adr/0004-d.md"},
	}
	refs := r.Refs("supersedes")
	if len(refs) != len(want) {
		t.Fatalf("got %d references, want %d", len(refs), len(want))
	}
	for i, w := range want {
		if refs[i].ID != w.id || refs[i].Path != w.path {
			t.Errorf("reference %d: got %q %q, want %q %q", i, refs[i].ID, refs[i].Path, w.id, w.path)
		}
	}
}
