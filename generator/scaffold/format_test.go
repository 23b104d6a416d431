package scaffold

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/site"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/formats")

// TestNewInEachFormat writes a decision superseding another into a
// collection written in each format, hand-written in testdata/formats/NAME/site,
// and compares the new file and the edited old one with NAME/new.golden and
// NAME/old.golden. The site must then build, with the supersede link both ways.
func TestNewInEachFormat(t *testing.T) {
	tests := []struct {
		name, title, old string // old: the id superseded
		newFile, oldFile string
		newID            string
	}{
		{"adr-tools", "Use Redis for sessions", "ADR-0002",
			"content/decisions/0003-use-redis-for-sessions.md", "content/decisions/0002-use-postgres-for-sessions.md", "ADR-0003"},
		{"madr", "Use JUnit 6 for tests", "ADR-0002",
			"content/decisions/0003-use-junit-6-for-tests.md", "content/decisions/0002-use-junit-5.md", "ADR-0003"},
		{"madr3", "Use JUnit 6 for tests", "ADR-0001",
			"content/decisions/0002-use-junit-6-for-tests.md", "content/decisions/0001-use-junit-5.md", "ADR-0002"},
		{"madr2", "Use Gradle for builds", "ADR-0002",
			"content/decisions/0003-use-gradle-for-builds.md", "content/decisions/0002-use-ant-for-builds.md", "ADR-0003"},
		{"log4brains", "Use Backstage", "20201016-USE-LOG4BRAINS",
			"content/decisions/20260305-use-backstage.md", "content/decisions/20201016-use-log4brains.md", "20260305-USE-BACKSTAGE"},
		{"secdoc", "Rotate signing keys monthly", "ADR-0001",
			"content/decisions/0003-rotate-signing-keys-monthly.md", "content/decisions/0001-rotate-keys.md", "ADR-0003"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "formats", tc.name, "site"))); err != nil {
				t.Fatal(err)
			}
			c, err := New(Request{Source: dir, Kind: spec(kinds.Decision), Title: tc.title, Now: march, Supersedes: []string{tc.old}})
			if err != nil {
				t.Fatal(err)
			}
			if c.Path != tc.newFile || c.ID != tc.newID {
				t.Fatalf("got %s %s, want %s %s", c.ID, c.Path, tc.newID, tc.newFile)
			}
			golden(t, filepath.Join(dir, tc.newFile), filepath.Join("testdata", "formats", tc.name, "new.golden"))
			golden(t, filepath.Join(dir, tc.oldFile), filepath.Join("testdata", "formats", tc.name, "old.golden"))
			docs, diags := built(t, dir)
			for _, d := range diags {
				if d.Path == tc.newFile || d.Path == tc.oldFile {
					t.Errorf("got %s, want no finding on the files new wrote", d)
				}
			}
			if n, o := docs[tc.newID], docs[tc.old]; !slices.Contains(n.Supersedes, tc.old) || !slices.Contains(o.SupersededBy, tc.newID) || o.Status != "superseded" {
				t.Errorf("got new %+v, old %+v; want the new one superseding the old, both ways", n, o)
			}
		})
	}
}

// golden compares the file at got with the golden file, or rewrites it with -update.
func golden(t *testing.T, got, want string) {
	t.Helper()
	data, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(want, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != string(w) {
		t.Errorf("%s: got\n%s\nwant (%s)\n%s", got, data, want, w)
	}
}

// decisionDoc is what the test reads of a decision in documents.json.
type decisionDoc struct {
	ID           string   `json:"id"`
	Status       string   `json:"status"`
	Supersedes   []string `json:"supersedes"`
	SupersededBy []string `json:"superseded_by"`
}

// built builds the site at dir and returns its decisions by id, as
// documents.json lists them.
func built(t *testing.T, dir string) (map[string]decisionDoc, diag.List) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	res, err := site.Build(context.Background(), site.Options{Source: dir, Destination: dest, Now: site.FixedClock(march)})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(dest, "api", "documents.json"))
	if err != nil {
		t.Fatal(err)
	}
	var api struct{ Documents []decisionDoc }
	if err := json.Unmarshal(data, &api); err != nil {
		t.Fatal(err)
	}
	out := map[string]decisionDoc{}
	for _, d := range api.Documents {
		out[d.ID] = d
	}
	return out, res.Diagnostics
}

// TestNewAsksWhichCollection checks that New writes nothing when the
// decisions live in several folders and --in names none, or a wrong one.
func TestNewAsksWhichCollection(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"content/decisions/0001-a.md":          "# 1. A\n\nDate: 2018-04-09\n\n## Status\n\nAccepted\n",
		"content/decisions/platform/0002-b.md": "# 2. B\n\nDate: 2018-04-09\n\n## Status\n\nAccepted\n",
	})
	for in, want := range map[string]string{
		"":             "decisions live in 2 folders (decisions, decisions/platform): choose one with --in",
		"../elsewhere": ".. leaves it",
		"threats":      "content/threats/ holds threats, not decisions",
	} {
		_, err := New(Request{Source: dir, Kind: spec(kinds.Decision), Title: "C", Now: march, In: in})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--in %q: got error %v, want one containing %q", in, err, want)
		}
	}
	c, err := New(Request{Source: dir, Kind: spec(kinds.Decision), Title: "C", Now: march, In: "decisions/platform", Supersedes: []string{"ADR-0002"}})
	if err != nil || c.Path != "content/decisions/platform/0003-c.md" {
		t.Fatalf("got %+v, %v, want content/decisions/platform/0003-c.md", c, err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "content/decisions/platform/0002-b.md")); !strings.Contains(string(got), "Superseded by [3. C](0003-c.md)") {
		t.Errorf("got %q, want the old record superseded", got)
	}
}
