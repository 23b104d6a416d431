package scaffold

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
)

func TestCollectionChoice(t *testing.T) {
	two := files("decisions/0001-a.md", "decisions/platform/0002-b.md")
	tests := []struct {
		name    string
		entries []entry
		in      string
		path    string // the new file, or
		err     string // the error wanted
	}{
		{"one collection", files("adr/0001-a.md"), "", "content/adr/0002-x-y.md", ""},
		{"a nested collection", files("decisions/platform/0004-a.md"), "", "content/decisions/platform/0005-x-y.md", ""},
		{"several without --in", two, "", "", "decisions live in 2 folders (decisions, decisions/platform): choose one with --in, as in --in decisions"},
		{"--in picks one", two, "decisions/platform", "content/decisions/platform/0003-x-y.md", ""},
		{"--in with content/", two, "content/decisions/platform/", "content/decisions/platform/0003-x-y.md", ""},
		{"--in a new folder", two, "decisions/payments", "content/decisions/payments/0003-x-y.md", ""},
		{"--in leaves content", two, "../decisions", "", "--in ../decisions: name a folder inside content/, such as decisions/platform; .. leaves it"},
		{"--in climbs back", two, "decisions/../../x", "", ".. leaves it"},
		{"--in absolute", two, "/etc", "", "--in /etc: name a folder inside content/, such as decisions/platform, not an absolute path"},
		{"--in content itself", two, ".", "", "--in .: name a folder inside content/"},
		{"--in another kind's folder", two, "threats", "", "--in threats: content/threats/ holds threats, not decisions; decisions go in decisions/, adr/, adrs/"},
		{"--in no kind's folder", two, "notes", "", "--in notes: content/notes/ holds pages, not decisions"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := allocate(spec(kinds.Decision), "X: y!", march, inventory{entries: tc.entries}, tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Path != tc.path {
				t.Errorf("got path %q, want %q", p.Path, tc.path)
			}
		})
	}
}

func TestInIsForFolders(t *testing.T) {
	_, err := allocate(spec(kinds.Page), "Roadmap", march, inventory{}, "decisions")
	if err == nil || !strings.Contains(err.Error(), "--in is for records kept in folders") {
		t.Errorf("got error %v, want one saying --in is for records in folders", err)
	}
}
