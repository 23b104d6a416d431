package site

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runbookTree is a Hugo-style runbook tree: an _index.md in every folder,
// a README.md and an index.md beside records, folders three deep.
var runbookTree = map[string]string{
	"content/_index.md":                          "---\ntitle: Ops\n---\nHome intro.\n",
	"content/README.md":                          "# Read me\n\nHow this repository works.\n",
	"content/sops/_index.md":                     "---\ntitle: Runbooks\n---\nAll runbooks.\n",
	"content/sops/README.md":                     "# Runbooks readme\n",
	"content/sops/sop-001-restart.md":            "---\nid: SOP-001\n---\n# Restart\n",
	"content/sops/etcd/_index.md":                "---\ntitle: etcd\n---\nThe etcd cluster.\n",
	"content/sops/etcd/index.md":                 "# etcd index\n\nLoses to _index.md.\n",
	"content/sops/etcd/restore.md":               "---\nid: SOP-002\n---\n# Restore etcd\n",
	"content/sops/etcd/backup/_index.md":         "---\ntitle: Backups\n---\nBacking up.\n",
	"content/sops/etcd/backup/verify.md":         "---\nid: SOP-003\n---\n# Verify a backup\n",
	"content/sops/etcd/backup/offsite/_index.md": "---\ntitle: Off-site\n---\n",
	"content/sops/etcd/backup/offsite/ship.md":   "---\nid: SOP-004\n---\n# Ship tapes\n",
	"content/sops/network/README.md":             "# Network runbooks\n\nFrom the README.\n",
	"content/sops/network/dns.md":                "---\nid: SOP-005\n---\n# DNS\n",
	"content/sops/plain/proxy.md":                "---\nid: SOP-006\n---\n# Proxy\n",
}

func buildTree(t *testing.T, files map[string]string) (string, *Result) {
	t.Helper()
	root := writeSite(t, files)
	dest := filepath.Join(t.TempDir(), "public")
	res, err := Build(context.Background(), Options{Source: root, Destination: dest, Now: FixedClock(fixtureNow)})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return dest, res
}

func readPage(t *testing.T, dest, p string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
	if err != nil {
		t.Fatalf("page %s: %v", p, err)
	}
	return string(data)
}

var currentRunbooks = regexp.MustCompile(`aria-current="(page|true)">Runbooks</a>`)

var crumbItem = regexp.MustCompile(`<li(?: aria-current="page")?>(?:<a href="[^"]*">)?([^<]*)`)

// trail returns the breadcrumb trail of a page as "Home › SOPs › etcd".
func trail(page string) string {
	_, nav, ok := strings.Cut(page, `<nav class="breadcrumbs"`)
	if !ok {
		return ""
	}
	nav, _, _ = strings.Cut(nav, "</nav>")
	var steps []string
	for _, m := range crumbItem.FindAllStringSubmatch(nav, -1) {
		steps = append(steps, m[1])
	}
	return strings.Join(steps, " › ")
}

func TestRunbookTreeBuilds(t *testing.T) {
	dest, res := buildTree(t, runbookTree)
	if len(res.Diagnostics) != 0 {
		t.Errorf("got findings %q, want none", findings(res))
	}
	if got := res.Records["sop"]; got != 6 {
		t.Errorf("got %d SOPs, want 6: no README or index record", got)
	}
	tests := []struct {
		page, trail string
		has, hasNot []string
	}{
		{"index.html", "", []string{"Home intro."}, []string{"How this repository works."}},
		{"sops/index.html", "Home › Runbooks", []string{"All runbooks.", `etcd/index.html">etcd</a> (3 SOPs)`, `network/index.html">Network runbooks</a> (1 SOP)`, "SOP-006"}, []string{"Runbooks readme"}},
		{"sops/etcd/index.html", "Home › Runbooks › etcd", []string{"The etcd cluster.", "SOP-002", "SOP-004", `backup/index.html">Backups</a> (2 SOPs)`}, []string{"SOP-001", "Loses to"}},
		{"sops/etcd/backup/index.html", "Home › Runbooks › etcd › Backups", []string{"Backing up.", "SOP-003", "SOP-004", `offsite/index.html">Off-site</a>`}, []string{"SOP-002"}},
		{"sops/etcd/backup/offsite/index.html", "Home › Runbooks › etcd › Backups › Off-site", []string{"SOP-004"}, []string{"SOP-003"}},
		{"sops/network/index.html", "Home › Runbooks › Network runbooks", []string{"From the README.", "SOP-005"}, nil},
		{"sops/plain/index.html", "Home › Runbooks › plain", []string{"SOP-006"}, nil},
		{"sops/etcd/restore/index.html", "Home › Runbooks › etcd › SOP-002", nil, nil},
		{"sops/etcd/backup/offsite/ship/index.html", "Home › Runbooks › etcd › Backups › Off-site › SOP-004", nil, nil},
		{"sops/sop-001-restart/index.html", "Home › Runbooks › SOP-001", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.page, func(t *testing.T) {
			page := readPage(t, dest, tc.page)
			if got := trail(page); got != tc.trail {
				t.Errorf("got trail %q, want %q", got, tc.trail)
			}
			nav, _, _ := strings.Cut(page, "</nav>")
			if strings.HasPrefix(tc.page, "sops/") && !currentRunbooks.MatchString(nav) {
				t.Error("the Runbooks section is not marked current in the site navigation")
			}
			for _, s := range tc.has {
				if !strings.Contains(page, s) {
					t.Errorf("got no %q on the page", s)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(page, s) {
					t.Errorf("got %q on the page, want none", s)
				}
			}
		})
	}
	for _, p := range []string{"readme", "sops/readme", "sops/etcd/index", "sops/network/readme"} {
		if _, err := os.Stat(filepath.Join(dest, p)); err == nil {
			t.Errorf("got a page %s/, want none", p)
		}
	}
}

func TestFolderAndRecordOnOnePath(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/sops/etcd.md":         "---\nid: SOP-001\n---\n",
		"content/sops/etcd/restore.md": "---\nid: SOP-002\n---\n",
	})
	_, err := Build(context.Background(), Options{Source: root, Now: FixedClock(fixtureNow)})
	want := "content/sops/etcd.md:1:1: page path /sops/etcd/ is also the list page of the folder content/sops/etcd/"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
}

// TestSessionFolderPages checks serve's incremental rebuilds of a tree: a
// title edit renders the folder lists above the record, and a file moved
// into a new folder (same number of records) renders everything, so the new
// folder's list and the trails inside it appear.
func TestSessionFolderPages(t *testing.T) {
	s, root := newSession(t, runbookTree)
	first, err := s.Update(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	editFile(t, root, "content/sops/etcd/backup/verify.md", "---\nid: SOP-003\ntitle: Verify a backup twice\n---\n")
	snap, err := s.Update(context.Background(), []string{"content/sops/etcd/backup/verify.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Result.Pages >= first.Result.Pages {
		t.Errorf("incremental update rendered %d pages, a full build %d: want fewer", snap.Result.Pages, first.Result.Pages)
	}
	for _, p := range []string{"sops/index.html", "sops/etcd/index.html", "sops/etcd/backup/index.html"} {
		if !strings.Contains(string(snap.Files[p]), "Verify a backup twice") {
			t.Errorf("%s still shows the old title", p)
		}
	}
	if got, want := string(snap.Files["sops/network/index.html"]), string(first.Files["sops/network/index.html"]); got != want {
		t.Error("the list of an unrelated folder changed")
	}

	if err := os.Remove(filepath.Join(root, "content/sops/plain/proxy.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "content/sops/edge"), 0o755); err != nil {
		t.Fatal(err)
	}
	editFile(t, root, "content/sops/edge/proxy.md", "---\nid: SOP-006\n---\n# Proxy\n")
	snap, err = s.Update(context.Background(), []string{"content/sops/plain/proxy.md", "content/sops/edge/proxy.md"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := trail(string(snap.Files["sops/edge/proxy/index.html"])); got != "Home › Runbooks › edge › SOP-006" {
		t.Errorf("got trail %q on the moved record", got)
	}
	if !strings.Contains(string(snap.Files["sops/edge/index.html"]), "SOP-006") {
		t.Error("the new folder has no list page listing its record")
	}
	if !strings.Contains(string(snap.Files["sops/index.html"]), `edge/index.html">edge</a>`) {
		t.Error("the section does not list the new folder")
	}
}

func TestHomeIntroPrecedence(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"_index.md first", map[string]string{"content/_index.md": "# From _index\n", "content/index.md": "# From index\n", "content/README.md": "# From README\n"}, "From _index"},
		{"index.md before README.md", map[string]string{"content/index.md": "# From index\n", "content/README.md": "# From README\n"}, "From index"},
		{"README.md alone", map[string]string{"content/README.md": "# From README\n\nWelcome.\n"}, "From README"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.files["content/sops/a.md"] = "---\nid: SOP-1\n---\n"
			dest, res := buildTree(t, tc.files)
			if len(res.Diagnostics) != 0 {
				t.Errorf("got findings %s, want none", findings(res))
			}
			if page := readPage(t, dest, "index.html"); !strings.Contains(page, "<title>"+tc.want) {
				t.Errorf("got no site title %q on the home page", tc.want)
			}
		})
	}
}
