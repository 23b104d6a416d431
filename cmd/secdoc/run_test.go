package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestBuildExampleSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCmd(t, "build", "--source", "../..", "--destination", dest, "--now", "2026-11-25")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	summary := regexp.MustCompile(`^built \d+ assets, \d+ threats, \d+ decisions, \d+ SOPs, \d+ exercises, \d+ threat models, \d+ pages: \d+ pages, \d+ files in \d+ ms\n$`)
	if !summary.MatchString(stdout) {
		t.Errorf("summary %q does not match %s", stdout, summary)
	}
	if stderr != "" {
		t.Errorf("the example site should build without warnings, got:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(dest, "threats", "index.html")); err != nil {
		t.Error(err)
	}
}

func TestExitCodes(t *testing.T) {
	bad := t.TempDir()
	if err := os.MkdirAll(filepath.Join(bad, "content", "threats"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "content", "threats", "t.md"), []byte("---\nlikelihood: 9\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	misspelt := t.TempDir()
	if err := os.MkdirAll(filepath.Join(misspelt, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(misspelt, "secdoc.yaml"), []byte("policys: {}\nradiator:\n  refrehs: 30\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	settings := "secdoc.yaml:1:1: unknown setting \"policys\": did you mean \"policies\"?\n" +
		"secdoc.yaml:3:3: unknown setting \"radiator.refrehs\": did you mean \"radiator.refresh\"?\n"
	empty := t.TempDir()
	noContent := empty + " has no content/ folder: pass --source with the site root, or run secdoc init there"
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"content error", []string{"build", "--source", bad}, exitContent, "content/threats/t.md:2:13: likelihood:"},
		{"build without content/", []string{"build", "--source", empty}, exitUsage, "secdoc build: " + noContent},
		{"check without content/", []string{"check", "--source", empty}, exitUsage, "secdoc check: " + noContent},
		{"serve without content/", []string{"serve", "--source", empty, "--port", "0"}, exitUsage, "secdoc serve: " + noContent},
		{"build with a misspelt setting", []string{"build", "--source", misspelt}, exitUsage, settings},
		{"check with a misspelt setting", []string{"check", "--source", misspelt}, exitUsage, settings},
		{"missing site root", []string{"check", "--source", filepath.Join(empty, "nowhere")}, exitUsage, "nowhere does not exist: pass --source with the site root"},
		{"unknown flag", []string{"build", "--sauce", "."}, exitUsage, "flag provided but not defined: -sauce"},
		{"bad date", []string{"build", "--now", "tomorrow"}, exitUsage, `--now "tomorrow": want YYYY-MM-DD`},
		{"unknown command", []string{"biuld"}, exitUsage, `unknown command "biuld" (did you mean "build"?)`},
		{"misspelt flag", []string{"build", "--destinaton", "x"}, exitUsage, "did you mean --destination?"},
		{"stray argument", []string{"build", "extra"}, exitUsage, `unexpected argument "extra"`},
		{"stray argument after --", []string{"build", "--", "-x"}, exitUsage, `unexpected argument "-x"`},
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

func TestVersionAndUsage(t *testing.T) {
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"version", []string{"--version"}, exitOK, "secdoc " + buildVersion() + "\n", ""},
		{"help", []string{"--help"}, exitOK, "Usage:", ""},
		{"help command", []string{"help"}, exitOK, "Usage:", ""},
		{"no arguments", nil, exitUsage, "", "Usage:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("got exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q", code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
			}
			if tc.stdout == "" && stdout != "" {
				t.Errorf("got stdout %q, want none", stdout)
			}
		})
	}
}

func TestHelpGoesToStdout(t *testing.T) {
	code, stdout, _ := runCmd(t, "help", "build")
	if code != exitOK || !strings.Contains(stdout, "Example:") {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
}

func TestParseFlagsDoubleDash(t *testing.T) {
	fs := newFlagSet("new", "", "", io.Discard)
	now := fs.String("now", "", "")
	pos, err := parseFlags(fs, []string{"threat", "--now", "2026-01-01", "--", "-dash title", "--also"})
	if err != nil || *now != "2026-01-01" || strings.Join(pos, "|") != "threat|-dash title|--also" {
		t.Errorf("got %q, %v, now %q", pos, err, *now)
	}
}
