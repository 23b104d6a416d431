package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/site"
)

// TestInitThenBuildAndCheck scaffolds a repository and checks the promise of
// `secdoc init`: on the day it is made, it builds and passes `secdoc check`
// without a single finding.
func TestInitThenBuildAndCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "security-docs")
	code, stdout, stderr := runCmd(t, "init", dir, "--now", "2026-11-25")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"created " + filepath.Join(dir, "secdoc.yaml"), "created " + filepath.Join(dir, ".github", "workflows", "secdoc.yml"), "Next:\n  cd " + dir, "secdoc serve"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	res, err := site.Build(context.Background(), site.Options{Source: dir, Now: site.FixedClock(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) > 0 {
		t.Errorf("got findings: %v", res.Diagnostics)
	}
	code, stdout, stderr = runCmd(t, "check", "--source", dir, "--now", "2026-11-25")
	if code != exitOK || !strings.Contains(stdout, "0 errors, 0 warnings") {
		t.Errorf("check: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, "new", "threat", "Next one", "--source", dir, "--now", "2026-11-25")
	if code != exitOK || !strings.HasSuffix(stdout, "thr-0002-next-one.md\n") {
		t.Errorf("new after init: exit %d, %q", code, stdout)
	}
}

func TestInitInsideARepository(t *testing.T) {
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runCmd(t, "init", filepath.Join(repo, "docs"))
	if code != exitOK || !strings.Contains(stdout, "but it is inside "+repo) {
		t.Errorf("got exit %d and no note on moving the CI files:\n%s", code, stdout)
	}
}

func TestInitRefusesAFolderInUse(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "init", dir)
	if code != exitContent || !strings.Contains(stderr, "README.md") || !strings.Contains(stderr, "--force") {
		t.Errorf("got exit %d, stderr %q, want exit 1 pointing at --force", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content")); err == nil {
		t.Error("content/ was written into a folder in use")
	}
}

func TestInitForceKeepsFiles(t *testing.T) {
	dir := t.TempDir()
	mine := "title: Ours\n"
	if err := os.WriteFile(filepath.Join(dir, "secdoc.yaml"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "init", "--force", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "kept    "+filepath.Join(dir, "secdoc.yaml")+" (it exists)") || !strings.Contains(stdout, "created "+filepath.Join(dir, ".gitignore")) {
		t.Errorf("stdout does not say what was kept and created:\n%s", stdout)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "secdoc.yaml")); string(got) != mine {
		t.Errorf("got %q, want secdoc.yaml kept", got)
	}
}

func TestInitUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"two folders", []string{"init", "a", "b"}, exitUsage, `unexpected argument "b"`},
		{"bad date", []string{"init", t.TempDir(), "--now", "2026-13-01"}, exitUsage, "--now"},
		{"help", []string{"init", "--help"}, exitOK, "--force"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("got exit %d and stderr %q, want exit %d and %q", code, stderr, tc.code, tc.stderr)
			}
		})
	}
}
