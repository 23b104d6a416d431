package link

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/urls"
)

var engine = markdown.New(markdown.Options{})

// resolve decodes files (path → source) and links them, returning the
// records by id and the formatted diagnostics.
func resolve(t *testing.T, files map[string]string) (map[string]*model.Record, *Graph, []string) {
	t.Helper()
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var records []*model.Record
	for _, p := range paths {
		f, diags := load.Parse(p, []byte(files[p]))
		if len(diags) > 0 {
			t.Fatalf("load %s: %v", p, diags)
		}
		r, diags := model.Decode(f, kinds.Registry, engine)
		if len(diags) > 0 {
			t.Fatalf("decode %s: %v", p, diags)
		}
		records = append(records, r)
	}
	g, diags := Resolve(records, nil, urls.New(""))
	diags.Sort()
	byID := map[string]*model.Record{}
	for _, r := range records {
		byID[r.ID] = r
	}
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	for _, r := range records {
		for _, l := range g.Body(r) {
			l.Link.Resolve(l.URL, l.Title)
		}
	}
	return byID, g, out
}

func ids(rs []*model.Record) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return strings.Join(out, ",")
}

func TestResolveRelations(t *testing.T) {
	rs, g, diags := resolve(t, map[string]string{
		"content/assets/ast-1.md":     "---\nid: AST-1\n---\n# Orders\n## Disaster scenarios\n",
		"content/threats/thr-1.md":    "---\nid: THR-1\nassets: [ast-1]\ndecision: ADR-2\n---\nSee [[ADR-1]] and [orders](../assets/ast-1.md#disaster-scenarios).\n",
		"content/decisions/0001-a.md": "---\nid: ADR-1\nstatus: accepted\n---\n",
		"content/decisions/0002-b.md": "---\nid: ADR-2\nstatus: proposed\nsupersedes: [ADR-1]\n---\n",
		"content/sops/sop-1.md":       "---\nid: SOP-1\nassets: [AST-1]\nthreats: [THR-1]\n---\n",
	})
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics: %v", diags)
	}
	tests := []struct{ name, got, want string }{
		{"threat links", ids(g.Links(rs["THR-1"])), "ADR-1,ADR-2,AST-1"},
		{"asset backlinks", ids(g.Backlinks(rs["AST-1"])), "SOP-1,THR-1"},
		{"superseded_by from a proposed ADR", ids(g.Inverse(rs["ADR-1"], "superseded_by")), "ADR-2"},
		{"case-insensitive ref keeps target id", g.Targets(rs["THR-1"], "assets")[0].ID, "AST-1"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	var buf bytes.Buffer
	if err := engine.Render(&buf, rs["THR-1"].Body); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<a href="../../decisions/0001-a/index.html">ADR-1</a>`, `<a href="../../assets/ast-1/index.html#disaster-scenarios">orders</a>`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("body: got %s, want it to contain %s", buf.String(), want)
		}
	}
}

func TestResolveErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"dangling front-matter reference", map[string]string{
			"content/threats/t.md": "---\nid: THR-1\nassets:\n  - AST-99\n---\n"},
			[]string{`content/threats/t.md:4:5: assets: unknown asset "AST-99"`}},
		{"reference to the wrong kind", map[string]string{
			"content/threats/t.md": "---\nid: THR-1\ndecision: SOP-1\n---\n",
			"content/sops/s.md":    "---\nid: SOP-1\n---\n"},
			[]string{`content/threats/t.md:3:11: decision: "SOP-1" is an SOP, not a decision`}},
		{"wrong kind, article before a vowel", map[string]string{
			"content/threats/t.md":   "---\nid: THR-1\nassets: [EX-1]\n---\n",
			"content/exercises/e.md": "---\nid: EX-1\n---\n"},
			[]string{`content/threats/t.md:3:10: assets: "EX-1" is an exercise, not an asset`}},
		{"duplicate id, case-insensitive", map[string]string{
			"content/threats/a.md": "---\nid: THR-1\n---\n",
			"content/threats/b.md": "---\ntitle: B\nid: thr-1\n---\n"},
			[]string{`content/threats/a.md:2:1: duplicate id "THR-1": also claimed by content/threats/b.md`,
				`content/threats/b.md:3:1: duplicate id "thr-1": also claimed by content/threats/a.md`}},
		{"dangling wiki link", map[string]string{
			"content/threats/t.md": "---\nid: THR-1\n---\n\nText [[THR-404]].\n"},
			[]string{`content/threats/t.md:5:6: wiki link to unknown id "THR-404"`}},
		{"link to a missing file", map[string]string{
			"content/threats/t.md": "---\nid: THR-1\n---\n[x](../sops/gone.md)\n"},
			[]string{`content/threats/t.md:4:1: link to missing file "../sops/gone.md" (looked for content/sops/gone.md)`}},
		{"fragment naming no heading", map[string]string{
			"content/threats/t.md": "---\nid: THR-1\n---\n[x](u.md#nowhere)\n",
			"content/threats/u.md": "---\nid: THR-2\n---\n## Somewhere\n"},
			[]string{`content/threats/t.md:4:1: warning: #nowhere names no heading of content/threats/u.md`}},
		{"supersede cycle", map[string]string{
			"content/decisions/a.md": "---\nid: ADR-1\nsupersedes: [ADR-2]\n---\n",
			"content/decisions/b.md": "---\nid: ADR-2\nsupersedes: [ADR-1]\n---\n"},
			[]string{`content/decisions/a.md:3:1: supersedes forms a cycle: ADR-1 → ADR-2 → ADR-1`,
				`content/decisions/b.md:3:1: supersedes forms a cycle: ADR-1 → ADR-2 → ADR-1`}},
		{"two files, one page path", map[string]string{
			"content/threats/thr 1.md": "---\nid: A\n---\n",
			"content/threats/thr-1.md": "---\nid: B\n---\n"},
			[]string{`content/threats/thr 1.md:1:1: page path /threats/thr-1/ is also written by content/threats/thr-1.md`,
				`content/threats/thr-1.md:1:1: page path /threats/thr-1/ is also written by content/threats/thr 1.md`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, diags := resolve(t, tc.files)
			if strings.Join(diags, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(diags, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
