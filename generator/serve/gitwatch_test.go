package serve

import (
	"os"
	"os/exec"
	"testing"
)

// git runs git in dir as author, failing the test on error.
func git(t *testing.T, dir, author string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME="+author, "GIT_AUTHOR_EMAIL=a@example.com", "GIT_COMMITTER_NAME="+author,
		"GIT_COMMITTER_EMAIL=a@example.com", "GIT_AUTHOR_DATE=2026-11-20T10:00:00Z", "GIT_COMMITTER_DATE=2026-11-20T10:00:00Z")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestCommitRefreshesHistory rewrites the last commit without touching a
// file of the site: only the watch on HEAD and refs can tell the server.
func TestCommitRefreshesHistory(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	p := startWith(t, setup{git: func(root string) {
		git(t, root, "Alice", "init", "-q")
		git(t, root, "Alice", "add", ".")
		git(t, root, "Alice", "commit", "-q", "-m", "records")
	}})
	p.eventually("the page names the first author", p.pageContains("/threats/t1/", "by Alice"))
	git(t, p.root, "Zed", "commit", "-q", "--amend", "--no-edit", "--reset-author")
	p.eventually("the page names the new author after the commit", p.pageContains("/threats/t1/", "by Zed"))
}
