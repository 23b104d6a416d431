package site

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// changeRows returns the rows of the changes page's table.
func changeRows(page string) []string {
	_, table, ok := strings.Cut(page, `class="changes-table"`)
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

// feed is what the test reads of the Atom feed.
type feed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Author  string `xml:"author>name"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

func TestChangesPageAndFeed(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	root := historySite(t)
	cases := []struct {
		name, config string
		rows         []string
	}{
		// The build date is 2026-11-25: 30 days back reach 2026-10-26.
		{"default 30 days", "", []string{
			"2026-11-02 | ADR-1 Use A | superseded | Dan | Supersede ADR-1",
			"2026-11-02 | ADR-2 Use B | new decision (accepted) | Dan | Supersede ADR-1",
			"2026-11-02 | THR-2 Threat THR-2 | likelihood 3 → 4 | Dan | Supersede ADR-1",
		}},
		{"60 days", "changes:\n  days: 60\n", []string{
			"2026-11-02 | ADR-1 Use A | superseded | Dan | Supersede ADR-1",
			"2026-11-02 | ADR-2 Use B | new decision (accepted) | Dan | Supersede ADR-1",
			"2026-11-02 | THR-2 Threat THR-2 | likelihood 3 → 4 | Dan | Supersede ADR-1",
			"2026-10-10 | THR-1 Threat THR-1 | status open → mitigated | Bob | Mitigate THR-1",
			"2026-10-01 | ADR-1 Use A | new decision (accepted) | Alice | Add the first threats",
			"2026-10-01 | THR-1 Threat THR-1 | new threat | Alice | Add the first threats",
			"2026-10-01 | THR-2 Threat THR-2 | new threat | Alice | Add the first threats",
			"2026-10-01 | THR-9 Threat THR-9 (removed) | new threat | Alice | Add the first threats",
		}},
		{"a window before every commit", "changes:\n  days: 1\n", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(root, "secdoc.yaml"), []byte(tc.config+"title: T\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			dest := build(t, root, "")
			page := readOut(t, dest, "changes/index.html")
			if got := changeRows(page); strings.Join(got, "\n") != strings.Join(tc.rows, "\n") {
				t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.rows, "\n"))
			}
			if tc.rows == nil && !strings.Contains(page, "Nothing changed in the last 1 days") {
				t.Error("an empty window does not say nothing changed")
			}
			var f feed
			if err := xml.Unmarshal([]byte(readOut(t, dest, "changes.xml")), &f); err != nil {
				t.Fatalf("changes.xml: %v", err)
			}
			if f.ID == "" || f.Updated != "2026-11-25T00:00:00Z" || len(f.Entries) != len(tc.rows) {
				t.Fatalf("feed: got id %q, updated %q, %d entries; want %d", f.ID, f.Updated, len(f.Entries), len(tc.rows))
			}
			seen := map[string]bool{}
			for i, e := range f.Entries {
				if seen[e.ID] || strings.ContainsAny(e.ID, " ()") {
					t.Errorf("entry %d: id %q repeated or not an IRI", i, e.ID)
				}
				seen[e.ID] = true
				parts := strings.Split(tc.rows[i], " | ")
				title := strings.TrimSuffix(strings.SplitN(parts[1], " ", 2)[1], " (removed)") + ": " + parts[2]
				if e.Title != title || e.Author != parts[3] || !strings.HasPrefix(e.Updated, parts[0]+"T") {
					t.Errorf("entry %d: got %q by %q at %s, want %q by %s on %s", i, e.Title, e.Author, e.Updated, title, parts[3], parts[0])
				}
			}
		})
	}
}
