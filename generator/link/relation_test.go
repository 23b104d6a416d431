package link

import (
	"strings"
	"testing"
)

func TestRelationsWrittenOnEitherSide(t *testing.T) {
	rs, g, diags := resolve(t, map[string]string{
		"content/decisions/0001-a.md": "---\nsuperseded_by: ['[2. B](0002-b.md)']\n---\n",
		"content/decisions/0002-b.md": "---\namends: [ADR-0003]\n---\n",
		"content/decisions/0003-c.md": "---\nclarified_by: [0004-d.md]\n---\n",
		"content/decisions/0004-d.md": "---\nsupersedes: [ADR-0001]\n---\n",
	})
	if len(diags) > 0 {
		t.Fatalf("got %v, want no findings", diags)
	}
	tests := []struct{ name, got, want string }{
		{"written superseded_by", ids(g.Related(rs["ADR-0001"], "superseded_by")), "ADR-0002,ADR-0004"},
		{"derived supersedes", ids(g.Related(rs["ADR-0002"], "supersedes")), "ADR-0001"},
		{"written supersedes", ids(g.Related(rs["ADR-0004"], "supersedes")), "ADR-0001"},
		{"derived amended_by", ids(g.Related(rs["ADR-0003"], "amended_by")), "ADR-0002"},
		{"derived clarifies", ids(g.Related(rs["ADR-0004"], "clarifies")), "ADR-0003"},
		{"backlinks of a file link", ids(g.Backlinks(rs["ADR-0002"])), "ADR-0001"},
		{"links of a file link", ids(g.Links(rs["ADR-0001"])), "ADR-0002"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestMissingTargetFileIsAWarning(t *testing.T) {
	_, _, diags := resolve(t, map[string]string{
		"content/decisions/0001-a.md": "---\nsupersedes: ['[0. Gone](0000-gone.md)']\n---\n",
		"content/decisions/0002-b.md": "---\nsupersedes: [ADR-0042]\n---\n",
	})
	want := []string{
		`content/decisions/0001-a.md:2:14: warning: supersedes: "0. Gone" links to content/decisions/0000-gone.md, which does not exist`,
		`content/decisions/0002-b.md:2:14: supersedes: unknown decision "ADR-0042"`,
	}
	if strings.Join(diags, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", diags, want)
	}
}
