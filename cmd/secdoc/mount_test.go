package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// adrFolder copies the adr-tools fixtures into a new folder outside any
// site and returns it.
func adrFolder(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "generator", "load", "testdata", "adr", "adr-tools")
	dir := filepath.Join(t.TempDir(), "payments", "doc", "adr")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := os.ReadDir(src)
	if err != nil {
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
	return dir
}

func TestBuildMountFromOutside(t *testing.T) {
	root := checkSite(t, map[string]string{"content/threats/t.md": "---\nid: THR-1\n---\nok\n"})
	adr, other := adrFolder(t), adrFolder(t)
	dest := filepath.Join(t.TempDir(), "out")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"one mount", []string{"--mount", adr + ":decisions/payments:PAY-"}, exitOK, "built "},
		{"two with prefixes", []string{"--mount", adr + ":decisions/a:A-", "--mount", other + ":decisions/b:B-"}, exitOK, "built "},
		{"two without prefixes", []string{"--mount", adr + ":decisions/a", "--mount", other + ":decisions/b"}, exitContent,
			`duplicate id "ADR-0001": also claimed by ` + filepath.ToSlash(other) + "/0001-record-architecture-decisions.md"},
		{"one folder twice", []string{"--mount", adr + ":decisions/a:A-", "--mount", adr + ":decisions/b:B-"}, exitUsage, "a folder can be mounted once"},
		{"malformed", []string{"--mount", adr}, exitUsage, "want SRC:TARGET"},
		{"missing folder", []string{"--mount", adr + "-nope:decisions/x"}, exitUsage, "--mount " + adr + "-nope"},
		{"bad target", []string{"--mount", adr + ":../x"}, exitUsage, "target"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"build", "--source", root, "--destination", dest, "--now", "2026-11-25"}, tc.args...)
			code, stdout, stderr := runCmd(t, args...)
			if code != tc.code || !strings.Contains(stdout+stderr, tc.want) {
				t.Errorf("exit %d, got\n%s%s\nwant exit %d and %s", code, stdout, stderr, tc.code, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dest, "decisions", "b", "0003-use-redis-for-sessions", "index.html")); err != nil {
		t.Errorf("got %v, want the mounted page of the last good build under decisions/b", err)
	}
}

func TestMountSettingsRefused(t *testing.T) {
	root := checkSite(t, map[string]string{
		"content/threats/t.md": "---\nid: THR-1\n---\nok\n",
		"secdoc.yaml":          "mounts:\n  - {source: ../other-repo, target: decisions/x}\n",
	})
	if err := os.MkdirAll(filepath.Join(root, "..", "other-repo"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"build", "check"} {
		code, stdout, stderr := runCmd(t, cmd, "--source", root, "--now", "2026-11-25")
		want := `secdoc.yaml:2:14: mounts[0].source: "../other-repo" leaves the site root`
		if code != exitUsage || !strings.Contains(stdout+stderr, want) {
			t.Errorf("%s: exit %d, got\n%s%s\nwant exit 2 and %s", cmd, code, stdout, stderr, want)
		}
	}
}
