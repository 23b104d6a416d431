package site

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// gitDatesSite holds adr-tools decisions, one without a Date line.
var gitDatesSite = map[string]string{
	"content/decisions/0001-record-decisions.md": "# 1. Record decisions\n\n## Status\n\nAccepted\n\n## Context\n\nWe decide.\n",
	"content/decisions/0002-use-go.md":           "# 2. Use Go\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n",
	"content/threats/t1.md":                      "---\nid: THR-1\ntitle: Tampering\n---\n",
}

// gitCommitAll commits every file of dir, a new repository, on date.
func gitCommitAll(t *testing.T, dir, date string) {
	t.Helper()
	env := append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t",
		"GIT_COMMITTER_EMAIL=t@example.com", "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"commit", "-q", "-m", "records"}} {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}

// gitDoc is what the test reads of a decision in documents.json.
type gitDoc struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	DateFrom string `json:"date_from"`
}

func gitDocs(t *testing.T, data []byte) map[string]gitDoc {
	t.Helper()
	var api struct{ Documents []gitDoc }
	if err := json.Unmarshal(data, &api); err != nil {
		t.Fatal(err)
	}
	out := map[string]gitDoc{}
	for _, d := range api.Documents {
		out[d.ID] = d
	}
	return out
}

// checkGitDates checks the pages and documents.json of a build of gitDatesSite.
func checkGitDates(t *testing.T, read func(string) []byte) {
	t.Helper()
	docs := gitDocs(t, read("api/documents.json"))
	if got := docs["ADR-0001"]; got.Date != "2024-03-05" || got.DateFrom != "git" {
		t.Errorf("ADR-0001 in documents.json: got date %q from %q, want 2024-03-05 from git", got.Date, got.DateFrom)
	}
	if got := docs["ADR-0002"]; got.Date != "2020-01-02" || got.DateFrom != "" {
		t.Errorf("ADR-0002 in documents.json: got date %q from %q, want its own 2020-01-02", got.Date, got.DateFrom)
	}
	if got := docs["THR-1"]; got.Date != "" {
		t.Errorf("THR-1: got date %q, want none: only decisions fall back on Git", got.Date)
	}
	page := string(read("decisions/0001-record-decisions/index.html"))
	if !strings.Contains(page, "2024-03-05 (first commit)") {
		t.Errorf("ADR-0001's page does not show the date marked as from Git:\n%s", page)
	}
	if page := string(read("decisions/0002-use-go/index.html")); strings.Contains(page, "first commit") {
		t.Error("ADR-0002's page marks its own date as from Git")
	}
	list := string(read("decisions/index.html"))
	if !strings.Contains(list, "2024-03-05") || strings.Contains(list, "first commit") {
		t.Error("the decision list does not show the plain date from Git")
	}
}

func TestGitDatesFromRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	root := writeSite(t, gitDatesSite)
	gitCommitAll(t, root, "2024-03-05T10:00:00+00:00")
	dest := build(t, root, "")
	checkGitDates(t, func(p string) []byte {
		data, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		return data
	})
}

// fakeLog is a history.Log with fixed dates that counts its calls.
type fakeLog struct {
	dates map[string]time.Time
	calls int
}

func (f *fakeLog) FirstAdded(context.Context, string) map[string]time.Time {
	f.calls++
	return f.dates
}

func TestSessionKeepsGitDates(t *testing.T) {
	root := writeSite(t, gitDatesSite)
	log := &fakeLog{dates: map[string]time.Time{
		"content/decisions/0001-record-decisions.md": time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC),
		"content/decisions/0002-use-go.md":           time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC),
	}}
	s := NewSession(Options{Source: root, Now: FixedClock(fixtureNow), Version: "test", History: log})
	if _, err := s.Update(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	p := "content/decisions/0001-record-decisions.md"
	editFile(t, root, p, gitDatesSite[p]+"\nMore context.\n")
	snap, err := s.Update(context.Background(), []string{p}, false)
	if err != nil {
		t.Fatal(err)
	}
	checkGitDates(t, func(p string) []byte { return snap.Files[p] })
	if log.calls != 2 {
		t.Errorf("got %d calls of the log, want 2: one per update that has an undated decision", log.calls)
	}
}
