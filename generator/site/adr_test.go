package site

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// adrSite copies the load stage's fixtures of one ADR tool's format into a
// site as its decisions folder, unchanged, beside the files of extra (path
// → content), and builds it.
func adrSite(t *testing.T, format string, extra map[string]string) (dest string, res *Result) {
	t.Helper()
	root := writeSite(t, extra)
	src := filepath.Join("..", "load", "testdata", "adr", format)
	files, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "content", "decisions")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dest = filepath.Join(t.TempDir(), "public")
	res, err = Build(context.Background(), Options{Source: root, Destination: dest, Now: FixedClock(fixtureNow), Version: "test"})
	if err != nil {
		t.Fatalf("build %s: %v", format, err)
	}
	return dest, res
}

// adrDoc is what the test reads of a decision in documents.json.
type adrDoc struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	URL          string   `json:"url"`
	Status       string   `json:"status"`
	Date         string   `json:"date"`
	Supersedes   []string `json:"supersedes"`
	SupersededBy []string `json:"superseded_by"`
	Links        []string `json:"links"`
	Backlinks    []string `json:"backlinks"`
}

func documents(t *testing.T, dest string) map[string]adrDoc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, "api", "documents.json"))
	if err != nil {
		t.Fatal(err)
	}
	var api struct{ Documents []adrDoc }
	if err := json.Unmarshal(data, &api); err != nil {
		t.Fatal(err)
	}
	out := map[string]adrDoc{}
	for _, d := range api.Documents {
		out[d.ID] = d
	}
	return out
}

// summary is a decision as one line: id, title, status, date and its
// supersede relations.
func (d adrDoc) summary() string {
	return d.ID + " | " + d.Title + " | " + d.Status + " | " + d.Date + " | supersedes " +
		strings.Join(d.Supersedes, ",") + " | superseded by " + strings.Join(d.SupersededBy, ",")
}

func TestADRCollectionsBuildUnchanged(t *testing.T) {
	tests := []struct {
		format   string
		extra    map[string]string
		want     []string // summaries, sorted by id
		warnings []string
	}{
		{"adr-tools", nil, []string{
			"ADR-0001 | Record architecture decisions | accepted | 2018-04-09 | supersedes  | superseded by ",
			"ADR-0002 | Use Postgres for sessions | superseded | 2018-04-10 | supersedes  | superseded by ADR-0003",
			"ADR-0003 | Use Redis for sessions | accepted | 2018-05-02 | supersedes ADR-0002 | superseded by ",
			"ADR-0004 | Encrypt sessions at rest | accepted | 2018-05-20 | supersedes  | superseded by ",
			"ADR-0005 | Keep an audit log | On hold | 2018-06-01 | supersedes  | superseded by ",
			"ADR-0006 | Drop memcached | accepted | 2018-06-03 | supersedes 9. Use memcached | superseded by ",
		}, []string{
			`content/decisions/0005-keep-audit-log.md:7:1: warning: status: "On hold" is not one of proposed, accepted, rejected, deprecated, superseded; kept as written`,
			`content/decisions/0006-drop-memcached.md:9:12: warning: supersedes: "9. Use memcached" links to content/decisions/0009-use-memcached.md, which does not exist`,
		}},
		{"variants", nil, []string{
			"ADR-0001 | Use HTTPS everywhere | accepted | 2018-04-13 | supersedes  | superseded by ",
			"ADR-0020 | Rotate signing keys yearly | accepted | 2018-04-09 | supersedes  | superseded by ",
			"ADR-0039 | Rotate signing keys every quarter | proposed | 2018-04-10 | supersedes  | superseded by ",
			"ADR-0045 | Keep the old key for verification |  | 2019-01-15 | supersedes  | superseded by ADR-0046",
			"ADR-0046 | Sunset the old key | accepted |  | supersedes ADR-0045 | superseded by ",
		}, nil},
		{"madr2", nil, []string{
			"ADR-0001 | Use Markdown Architectural Decision Records | accepted | 2017-12-03 | supersedes  | superseded by ",
			"ADR-0002 | Use Ant for builds | superseded | 2018-01-10 | supersedes  | superseded by ADR-0003",
			"ADR-0003 | Use Gradle for builds | proposed | 2019-02-01 | supersedes ADR-0002 | superseded by ",
		}, nil},
		{"madr3", nil, []string{
			"ADR-0001 | Use plain JUnit5 for advanced test assertions | accepted | 2022-09-01 | supersedes  | superseded by ",
			"ADR-0002 | Use AssertJ | proposed | 2022-10-12 | supersedes  | superseded by ",
		}, nil},
		{"madr4", nil, []string{
			"ADR-0004 | Use Kotlin for the build scripts | superseded | 2024-09-12 | supersedes  | superseded by ADR-0005",
			"ADR-0005 | Use Java for the build scripts | accepted | 2024-11-02 | supersedes ADR-0004 | superseded by ",
		}, nil},
		{"log4brains", map[string]string{".log4brains.yml": "---\nproject:\n  name: shop\n  adrFolder: ./content/decisions\n"}, []string{
			"20200920-USE-PLAIN-TEXT-FILES | Use plain text files | accepted | 2020-09-20 | supersedes  | superseded by 20200925-USE-MARKDOWN-ARCHITECTURAL-DECISION-RECORDS",
			"20200925-USE-MARKDOWN-ARCHITECTURAL-DECISION-RECORDS | Use Markdown Architectural Decision Records | accepted | 2020-09-25 | supersedes 20200920-USE-PLAIN-TEXT-FILES | superseded by ",
			"20201016-USE-LOG4BRAINS | Use Log4brains to manage the ADRs | superseded | 2020-10-16 | supersedes  | superseded by Use Backstage",
			"20201101-USE-GITHUB-DISCUSSIONS | Use GitHub Discussions for RFCs | accepted |  | supersedes  | superseded by ",
		}, []string{
			`content/decisions/20201016-use-log4brains.md:3:25: warning: superseded_by: "Use Backstage" links to content/decisions/20211103-use-backstage.md, which does not exist`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			dest, res := adrSite(t, tc.format, tc.extra)
			docs := documents(t, dest)
			var got []string
			for _, d := range docs {
				got = append(got, d.summary())
			}
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			var warnings []string
			for _, d := range res.Diagnostics {
				warnings = append(warnings, d.String())
			}
			if strings.Join(warnings, "\n") != strings.Join(tc.warnings, "\n") {
				t.Errorf("got warnings\n%s\nwant\n%s", strings.Join(warnings, "\n"), strings.Join(tc.warnings, "\n"))
			}
		})
	}
}

func TestADRRelationsOnBothPages(t *testing.T) {
	dest, _ := adrSite(t, "adr-tools", nil)
	docs := documents(t, dest)
	read := func(id string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(docs[id].URL), "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	tests := []struct{ id, fact, target string }{
		{"ADR-0002", "Superseded by", "0003-use-redis-for-sessions"},
		{"ADR-0003", "Supersedes", "0002-use-postgres-for-sessions"},
		{"ADR-0003", "Amended by", "0004-encrypt-sessions-at-rest"},
		{"ADR-0004", "Amends", "0003-use-redis-for-sessions"},
		{"ADR-0005", "Clarifies", "0001-record-architecture-decisions"},
		{"ADR-0001", "Clarified by", "0005-keep-audit-log"},
	}
	for _, tc := range tests {
		page := read(tc.id)
		_, after, ok := strings.Cut(page, "<dt>"+tc.fact+"</dt>")
		fact, _, _ := strings.Cut(after, "</dd>")
		if !ok || !strings.Contains(fact, "/decisions/"+tc.target+"/index.html") {
			t.Errorf("%s: got fact %q %q, want a link to %s", tc.id, tc.fact, fact, tc.target)
		}
	}
	if d := docs["ADR-0003"]; strings.Join(d.Links, ",") != "ADR-0002,ADR-0004" || strings.Join(d.Backlinks, ",") != "ADR-0002,ADR-0004,ADR-0005" {
		t.Errorf("ADR-0003: got links %v backlinks %v, want ADR-0002,ADR-0004 and ADR-0002,ADR-0004,ADR-0005", d.Links, d.Backlinks)
	}
	if page := read("ADR-0005"); !strings.Contains(page, `<span class="badge status-on-hold">On hold</span>`) {
		t.Error("ADR-0005: want the status kept as written, with one class word made of it")
	}
	if page := read("ADR-0003"); strings.Count(page, "<h1") != 1 || !strings.Contains(page, "Use Redis for sessions</h1>") {
		t.Error("ADR-0003: want one h1, the title without its number")
	}
}

func TestADRWithoutStatusShowsUnknown(t *testing.T) {
	dest, _ := adrSite(t, "variants", nil)
	list, err := os.ReadFile(filepath.Join(dest, "decisions", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(list), `<span class="badge status-unknown">unknown</span>`) {
		t.Error("decisions list: want the status of ADR-0045 shown as unknown")
	}
	if !strings.Contains(string(list), `<span class="badge status-accepted">accepted</span>`) {
		t.Error("decisions list: want ✅ Accepted shown as accepted")
	}
}

func TestSessionStatusEditInTheBody(t *testing.T) {
	adr := "# 1. Use X\n\nDate: 2018-04-09\n\n## Status\n\n%s\n\n## Context\n\nWhy.\n"
	s, root := newSession(t, map[string]string{
		"content/decisions/0001-use-x.md": strings.Replace(adr, "%s", "Proposed", 1),
		"content/decisions/0002-use-y.md": "# 2. Use Y\n\n## Status\n\nAccepted\n",
	})
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	p := "content/decisions/0001-use-x.md"
	editFile(t, root, p, strings.Replace(adr, "%s", "Accepted\n\nSupersedes [2. Use Y](0002-use-y.md)", 1))
	snap, err := s.Update(context.Background(), []string{p}, false)
	if err != nil {
		t.Fatal(err)
	}
	full := build(t, root, "")
	for _, page := range []string{"decisions/index.html", "decisions/0001-use-x/index.html", "decisions/0002-use-y/index.html", "api/documents.json"} {
		want, _ := os.ReadFile(filepath.Join(full, page))
		if string(snap.Files[page]) != string(want) {
			t.Errorf("%s differs from a full build's after the status paragraph changed", page)
		}
	}
}

func TestSessionSettlesDatesOfTheFolderAgain(t *testing.T) {
	adr := func(n, date string) string { return "# " + n + ". X\n\nDate: " + date + "\n\n## Status\n\nAccepted\n" }
	s, root := newSession(t, map[string]string{
		"content/decisions/0001-x.md": adr("1", "09/04/2018"),
		"content/decisions/0002-y.md": adr("2", "13/04/2018"),
	})
	first, err := s.Update(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(first.Files["decisions/0001-x/index.html"]), "2018-04-09") {
		t.Fatal("want 09/04/2018 read day-first, as 13/04/2018 beside it settles")
	}
	p := "content/decisions/0002-y.md"
	editFile(t, root, p, adr("2", "2018-04-13"))
	snap, err := s.Update(context.Background(), []string{p}, false)
	if err != nil {
		t.Fatal(err)
	}
	if page := string(snap.Files["decisions/0001-x/index.html"]); strings.Contains(page, "2018-04-09") {
		t.Error("0001: still dated day-first when nothing in its folder settles the order")
	}
	warned := false
	for _, d := range snap.Result.Diagnostics {
		warned = warned || strings.HasPrefix(d.String(), `content/decisions/0001-x.md:3:7: warning: date: "09/04/2018" could be day-first or month-first`)
	}
	if !warned {
		t.Errorf("got %v, want the undecidable date warned about", snap.Result.Diagnostics)
	}
}

func TestSessionRereadsWhenLog4brainsConfigChanges(t *testing.T) {
	s, root := newSession(t, map[string]string{
		"content/decisions/20201101-x.md": "# X\n\n## Context\n\nWhy.\n",
	})
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	editFile(t, root, ".log4brains.yml", "project:\n  adrFolder: ./content/decisions\n")
	snap, err := s.Update(context.Background(), []string{".log4brains.yml"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(snap.Files["decisions/20201101-x/index.html"]), "status-accepted") {
		t.Error("a decision without status in a log4brains folder named after the first build: want accepted")
	}
}

func TestADRProseRelationsThatLandWrongWarn(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/threats/thr-1.md":    "---\nid: THR-1\nowner: x\nlikelihood: 1\nimpact: 1\n---\n",
		"content/decisions/0001-x.md": "# 1. X\n\n## Status\n\nAccepted\n\nSupersedes [the threat](../threats/thr-1.md) and ADR-0099\n",
	})
	res, err := Build(context.Background(), Options{Source: root, Destination: filepath.Join(t.TempDir(), "public"), Now: FixedClock(fixtureNow)})
	if err != nil {
		t.Fatalf("got %v, want the build to pass with warnings", err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{
		`content/decisions/0001-x.md:7:12: warning: supersedes: "the threat" is a threat, not a decision`,
		`content/decisions/0001-x.md:7:50: warning: supersedes: unknown decision "ADR-0099"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}
