package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/site"
)

// exampleCopy copies the example site's content/ into a fresh site root.
func exampleCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// loadClean loads a site and fails the test on any finding.
func loadClean(t *testing.T, dir string) *site.Site {
	t.Helper()
	s := loadSite(t, dir)
	for _, d := range s.Diagnostics {
		t.Errorf("finding: %s", d)
	}
	return s
}

// recordAt returns the record loaded from a path relative to the site root.
func recordAt(t *testing.T, s *site.Site, p string) *model.Record {
	t.Helper()
	for _, r := range s.Records {
		if r.Source == p {
			return r
		}
	}
	t.Fatalf("no record was loaded from %s", p)
	return nil
}

func TestNewEveryKind(t *testing.T) {
	dir := exampleCopy(t)
	tests := []struct {
		word, title string
		kind        model.Kind
		id, path    string
	}{
		{"asset", "Session store", kinds.Asset, "AST-009", "content/assets/ast-009-session-store.md"},
		{"threat", "Stolen session cookies", kinds.Threat, "THR-0021", "content/threats/thr-0021-stolen-session-cookies.md"},
		{"decision", "Use HMAC signatures", kinds.Decision, "ADR-0015", "content/decisions/0015-use-hmac-signatures.md"},
		{"adr", "Rotate keys: yearly", kinds.Decision, "ADR-0016", "content/decisions/0016-rotate-keys-yearly.md"},
		{"sop", "Session store outage", kinds.SOP, "SOP-007", "content/sops/sop-007-session-store-outage.md"},
		{"runbook", "Cookie theft", kinds.SOP, "SOP-008", "content/sops/sop-008-cookie-theft.md"},
		{"exercise", "Stolen laptop", kinds.Exercise, "EX-2026-11", "content/exercises/ex-2026-11-stolen-laptop.md"},
		{"exercise", "Second drill", kinds.Exercise, "EX-2026-11-2", "content/exercises/ex-2026-11-2-second-drill.md"},
		{"threat-model", "Sessions", kinds.ThreatModel, "TM-2026-11", "content/models/tm-2026-11-sessions.md"},
		{"model", "Cookies", kinds.ThreatModel, "TM-2026-11-2", "content/models/tm-2026-11-2-cookies.md"},
		{"page", "On-call rota", kinds.Page, "on-call-rota", "content/on-call-rota.md"},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCmd(t, "new", tc.word, tc.title, "--source", dir, "--now", "2026-11-25")
		if code != exitOK || stderr != "" {
			t.Fatalf("new %s: exit %d, stderr %q", tc.word, code, stderr)
		}
		if want := filepath.Join(dir, filepath.FromSlash(tc.path)) + "\n"; stdout != want {
			t.Errorf("new %s: got stdout %q, want %q", tc.word, stdout, want)
		}
	}
	s := loadClean(t, dir)
	for _, tc := range tests {
		r := recordAt(t, s, tc.path)
		if r.Kind != tc.kind || r.ID != tc.id || r.Title != tc.title {
			t.Errorf("%s: got %s %s %q, want %s %s %q", tc.path, r.Kind, r.ID, r.Title, tc.kind, tc.id, tc.title)
		}
	}
	if _, err := site.Build(context.Background(), site.Options{Source: dir, Now: site.FixedClock(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))}); err != nil {
		t.Errorf("the site no longer builds: %v", err)
	}
}

func TestNewFlagsAfterArguments(t *testing.T) {
	dir := exampleCopy(t)
	code, stdout, stderr := runCmd(t, "new", "threat", "X", "--now", "2026-01-01", "--source", dir, "--owner", "Ana Ferreira")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(strings.TrimSpace(stdout))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\ndate: 2026-01-01\n", "\nowner: Ana Ferreira ", "\ntitle: X\n"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the new file lacks %q:\n%s", want, data)
		}
	}
}

// TestNewNeverOverwrites plants a link, pointing out of the site, where the
// next threat goes: the command must fail and leave the link's target alone.
func TestNewNeverOverwrites(t *testing.T) {
	dir := exampleCopy(t)
	victim := filepath.Join(t.TempDir(), "victim.md")
	if err := os.WriteFile(victim, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "content", "threats", "thr-0021-x.md")
	if err := os.Symlink(victim, target); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	code, _, stderr := runCmd(t, "new", "threat", "X", "--source", dir)
	if code != exitContent || !strings.Contains(stderr, "content/threats/thr-0021-x.md already exists; not overwriting it") {
		t.Errorf("got exit %d, stderr %q, want exit 1 saying the file exists", code, stderr)
	}
	if got, _ := os.ReadFile(victim); string(got) != "keep me\n" {
		t.Errorf("got %q, want the file unchanged", got)
	}
}

func TestNewSupersedes(t *testing.T) {
	dir := exampleCopy(t)
	oldPath := filepath.Join(dir, "content", "decisions", "0010-hmac-signed-warehouse-webhooks.md")
	before, err := os.ReadFile(oldPath)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "new", "decision", "Sign webhooks with Ed25519", "--supersedes", "ADR-0010", "--source", dir, "--now", "2026-11-25")
	if code != exitOK || !strings.Contains(stderr, "marked ADR-0010 superseded in ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	after, err := os.ReadFile(oldPath)
	if err != nil {
		t.Fatal(err)
	}
	b, a := strings.SplitAfter(string(before), "\n"), strings.SplitAfter(string(after), "\n")
	if len(a) != len(b) {
		t.Fatalf("got %d lines, want the %d there were", len(a), len(b))
	}
	for i := range b {
		if a[i] != b[i] && (!strings.HasPrefix(b[i], "status:") || a[i] != "status: superseded\n") {
			t.Errorf("line %d: got %q, want %q (only the status line may change)", i+1, a[i], b[i])
		}
	}
	if bytes.Equal(before, after) {
		t.Error("the old decision was not marked superseded")
	}
	s := loadClean(t, dir)
	old := recordAt(t, s, "content/decisions/0010-hmac-signed-warehouse-webhooks.md")
	by := s.Graph.Inverse(old, "superseded_by")
	if old.Status() != "superseded" || len(by) != 1 || by[0].ID != "ADR-0015" {
		t.Errorf("got status %q, superseded by %v, want superseded by ADR-0015", old.Status(), ids(by))
	}
}

func TestNewSiteSkeleton(t *testing.T) {
	dir := exampleCopy(t)
	own := "---\nid: {{.ID}}\ntitle: {{yaml .Title}}\nowner: Security guild\nlikelihood: possible\n---\n\nOur own form, {{.Date}}.\n"
	if err := os.MkdirAll(filepath.Join(dir, "templates", "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "templates", "new", "threat.md"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "new", "threat", "Guild threat", "--source", dir, "--now", "2026-11-25")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(strings.TrimSpace(stdout))
	want := "---\nid: THR-0021\ntitle: Guild threat\nowner: Security guild\nlikelihood: possible\n---\n\nOur own form, 2026-11-25.\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	loadClean(t, dir)
}

func TestNewUsage(t *testing.T) {
	dir := exampleCopy(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown kind", []string{"new", "threats", "X"}, exitUsage, `unknown kind "threats" (did you mean "threat"?)`},
		{"no title", []string{"new", "threat"}, exitUsage, "want KIND and TITLE"},
		{"empty title", []string{"new", "threat", " "}, exitUsage, "the title is empty"},
		{"supersedes on a threat", []string{"new", "threat", "X", "--supersedes", "ADR-0001"}, exitUsage, "--supersedes is for decisions only"},
		{"bad date", []string{"new", "threat", "X", "--now", "soon"}, exitUsage, `--now "soon"`},
		{"unknown flag", []string{"new", "threat", "X", "--titel", "Y"}, exitUsage, "flag provided but not defined"},
		{"unknown decision", []string{"new", "adr", "X", "--supersedes", "ADR-0099", "--source", dir}, exitContent, "ADR-0099: no record has that id"},
		{"not a site", []string{"new", "threat", "X", "--source", t.TempDir()}, exitContent, "has no content/ folder"},
		{"help", []string{"new", "--help"}, exitOK, "templates/new/KIND.md"},
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

// ids returns the ids of records, for messages.
func ids(rs []*model.Record) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// TestNewInCollection runs new on a site with an adr-tools collection and a
// MADR one: without --in it lists them; --in, typed after the title, picks
// one, and the record is written in that collection's format.
func TestNewInCollection(t *testing.T) {
	dir := t.TempDir()
	for from, to := range map[string]string{"adr-tools": "platform", "madr4": "payments"} {
		if err := os.CopyFS(filepath.Join(dir, "content", "decisions", to), os.DirFS(filepath.Join("../../generator/load/testdata/adr", from))); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCmd(t, "new", "decision", "Drop Redis", "--source", dir)
	if code != exitUsage || !strings.Contains(stderr, "decisions live in 2 folders (decisions/payments, decisions/platform): choose one with --in") {
		t.Errorf("got exit %d, stderr %q, want exit 2 listing the folders", code, stderr)
	}
	code, stdout, stderr := runCmd(t, "new", "decision", "Drop Redis", "--source", dir, "--now", "2026-11-25", "--in", "decisions/platform", "--supersedes", "ADR-0006")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(strings.TrimSpace(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if want := "# 7. Drop Redis\n\nDate: 2026-11-25\n\n## Status\n\nAccepted\n\nSupersedes [6. "; !strings.HasPrefix(string(data), want) || !strings.HasSuffix(strings.TrimSpace(stdout), filepath.FromSlash("content/decisions/platform/0007-drop-redis.md")) {
		t.Errorf("got %s:\n%s\nwant it to start %q", stdout, data, want)
	}
	code, _, stderr = runCmd(t, "new", "decision", "X", "--source", dir, "--in", "../x")
	if code != exitUsage || !strings.Contains(stderr, "--in ../x: name a folder inside content/") {
		t.Errorf("got exit %d, stderr %q, want exit 2 refusing ..", code, stderr)
	}
}
