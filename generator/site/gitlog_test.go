package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitRepo runs git in a test repository with fixed people and dates.
type gitRepo struct {
	t   *testing.T
	dir string
}

func (g gitRepo) run(author, date string, args ...string) {
	g.t.Helper()
	cmd := exec.Command("git", append([]string{"-C", g.dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME="+author, "GIT_AUTHOR_EMAIL=a@example.com", "GIT_COMMITTER_NAME="+author,
		"GIT_COMMITTER_EMAIL=a@example.com", "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	if out, err := cmd.CombinedOutput(); err != nil {
		g.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// write writes files of the site and commits them all as author on date.
func (g gitRepo) commit(author, date, subject string, files map[string]string) {
	g.t.Helper()
	for p, src := range files {
		full := filepath.Join(g.dir, filepath.FromSlash(p))
		if src == "" {
			if err := os.Remove(full); err != nil {
				g.t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			g.t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			g.t.Fatal(err)
		}
	}
	g.run(author, date, "add", "-A", ".")
	g.run(author, date, "commit", "-q", "-m", subject)
}

func threatFile(id, status, likelihood string) string {
	return "---\nid: " + id + "\ntitle: Threat " + id + "\nstride: [tampering]\nowner: team-a\nlikelihood: " + likelihood +
		"\nimpact: major\nstatus: " + status + "\n---\nA threat with a long enough body to be recognised after a rename.\n" +
		strings.Repeat("Some text that stays the same.\n", 8)
}

// historySite makes a repository with several commits: status changes, a
// rename, a deleted record and a superseded decision.
func historySite(t *testing.T) string {
	g := gitRepo{t, t.TempDir()}
	g.run("x", "2026-10-01T09:00:00+00:00", "init", "-q")
	g.commit("Alice", "2026-10-01T09:00:00+00:00", "Add the first threats", map[string]string{
		"content/threats/t1.md":       threatFile("THR-1", "open", "likely"),
		"content/threats/t2.md":       threatFile("THR-2", "open", "possible"),
		"content/threats/gone.md":     threatFile("THR-9", "open", "possible"),
		"content/decisions/0001-a.md": "---\nid: ADR-1\ntitle: Use A\nstatus: accepted\ndate: 2026-10-01\n---\nA.\n",
	})
	g.commit("Bob", "2026-10-10T09:00:00+00:00", "Mitigate THR-1", map[string]string{
		"content/threats/t1.md": threatFile("THR-1", "mitigated", "likely"),
	})
	g.run("Carol", "2026-10-20T09:00:00+00:00", "mv", "content/threats/t2.md", "content/threats/t2-renamed.md")
	g.commit("Carol", "2026-10-20T09:00:00+00:00", "Rename THR-2 and drop THR-9", map[string]string{
		"content/threats/gone.md": "",
	})
	g.commit("Dan", "2026-11-02T09:00:00+00:00", "Supersede ADR-1", map[string]string{
		"content/decisions/0001-a.md":   "---\nid: ADR-1\ntitle: Use A\nstatus: superseded\nsuperseded_by: [ADR-2]\ndate: 2026-10-01\n---\nA.\n",
		"content/decisions/0002-b.md":   "---\nid: ADR-2\ntitle: Use B\nstatus: accepted\ndate: 2026-11-02\n---\nB.\n",
		"content/threats/t2-renamed.md": threatFile("THR-2", "open", "likely"),
	})
	return g.dir
}

func readOut(t *testing.T, dest, p string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// historyRows returns the rows of a page's change history table.
func historyRows(page string) []string {
	_, table, ok := strings.Cut(page, `class="history-table"`)
	if !ok {
		return nil
	}
	table, _, _ = strings.Cut(table, "</tbody>")
	var rows []string
	for _, row := range strings.Split(table, "<tr>")[2:] {
		row = strings.NewReplacer("</td><td>", " | ", "<td>", "", "</td></tr>", "").Replace(strings.TrimSpace(row))
		rows = append(rows, stripTags(row))
	}
	return rows
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestRecordHistoryFromRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	root := historySite(t)
	dest := build(t, root, "")
	cases := []struct {
		page, last string
		rows       []string
	}{
		{"threats/t1/index.html", "Last changed 2026-10-10 by Bob", []string{
			"2026-10-10 | Bob | Mitigate THR-1 | status",
			"2026-10-01 | Alice | Add the first threats | created",
		}},
		{"threats/t2-renamed/index.html", "Last changed 2026-11-02 by Dan", []string{
			"2026-11-02 | Dan | Supersede ADR-1 | likelihood",
			"2026-10-20 | Carol | Rename THR-2 and drop THR-9 | renamed from content/threats/t2.md",
			"2026-10-01 | Alice | Add the first threats | created",
		}},
		{"decisions/0001-a/index.html", "Last changed 2026-11-02 by Dan", []string{
			"2026-11-02 | Dan | Supersede ADR-1 | status",
			"2026-10-01 | Alice | Add the first threats | created",
		}},
		{"risks/index.html", "Last changed 2026-11-02 by Dan", nil},
	}
	for _, tc := range cases {
		page := readOut(t, dest, tc.page)
		if !strings.Contains(stripTags(page), tc.last) {
			t.Errorf("%s: no %q in the footer", tc.page, tc.last)
		}
		if got := historyRows(page); strings.Join(got, "\n") != strings.Join(tc.rows, "\n") {
			t.Errorf("%s: history rows\n%s\nwant\n%s", tc.page, strings.Join(got, "\n"), strings.Join(tc.rows, "\n"))
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "threats/gone/index.html")); err == nil {
		t.Error("the deleted record has a page")
	}

	// A new file not yet committed says so; the build still succeeds.
	if err := os.WriteFile(filepath.Join(root, "content/threats/t3.md"), []byte(threatFile("THR-3", "open", "likely")), 0o644); err != nil {
		t.Fatal(err)
	}
	dest2 := build(t, root, "")
	if page := stripTags(readOut(t, dest2, "threats/t3/index.html")); !strings.Contains(page, "Last changed: not yet committed") {
		t.Errorf("an uncommitted record does not say so:\n%s", page)
	}
	if err := os.Remove(filepath.Join(root, "content/threats/t3.md")); err != nil {
		t.Fatal(err)
	}

	// A clone (other file times, same commit) gives the same bytes.
	clone := filepath.Join(t.TempDir(), "clone")
	gitRepo{t, root}.run("x", "2026-11-03T00:00:00+00:00", "clone", "-q", root, clone)
	dest3 := build(t, clone, "")
	for _, p := range []string{"threats/t1/index.html", "threats/t2-renamed/index.html", "index.html"} {
		if a, b := readOut(t, dest, p), readOut(t, dest3, p); a != b {
			t.Errorf("%s differs between the repository and its clone", p)
		}
	}

	// A shallow clone says its history is cut short.
	shallow := filepath.Join(t.TempDir(), "shallow")
	gitRepo{t, root}.run("x", "2026-11-03T00:00:00+00:00", "clone", "-q", "--depth", "1", "file://"+root, shallow)
	dest4 := build(t, shallow, "")
	page := readOut(t, dest4, "threats/t1/index.html")
	if !strings.Contains(page, "shallow clone") || !strings.Contains(stripTags(page), "Last changed 2026-11-02 by Dan") {
		t.Errorf("a shallow clone's page does not say it is shallow:\n%s", stripTags(page))
	}
}

func TestRecordHistoryWithoutGit(t *testing.T) {
	root := writeSite(t, map[string]string{"content/threats/t1.md": threatFile("THR-1", "open", "likely")})
	t.Setenv("PATH", t.TempDir()) // no git at all
	dest := build(t, root, "")
	page := readOut(t, dest, "threats/t1/index.html")
	if !strings.Contains(page, "Last changed: no Git history") || strings.Contains(page, "history-table") {
		t.Errorf("a site without Git does not say so:\n%s", stripTags(page))
	}
	if !strings.Contains(readOut(t, dest, "index.html"), "no Git history") {
		t.Error("the home page does not say there is no Git history")
	}
}
