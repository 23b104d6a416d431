package history

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestGitLastCommitted(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	repo := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(repo, "site", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runGit(t, repo, "", "init", "-q")
	write("reports/osv.json", "{}\n")
	runGit(t, repo, "", "add", ".")
	runGit(t, repo, "2026-11-01T02:00:00+00:00", "commit", "-q", "-m", "scan one")
	write("reports/osv.json", "{\"results\": []}\n")
	runGit(t, repo, "", "add", ".")
	runGit(t, repo, "2026-11-30T02:00:00+00:00", "commit", "-q", "-m", "scan two")
	write("reports/new.json", "{}\n")
	got := Git{}.LastCommitted(context.Background(), filepath.Join(repo, "site"), []string{"reports/osv.json", "reports/new.json"})
	if d := got["reports/osv.json"].UTC().Format("2006-01-02T15:04"); d != "2026-11-30T02:00" {
		t.Errorf("reports/osv.json: got %s, want the last commit", d)
	}
	if _, ok := got["reports/new.json"]; ok {
		t.Errorf("an uncommitted file got a date: %v", got)
	}
}
