package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/diag"
)

func TestCheckExampleSiteIsClean(t *testing.T) {
	code, stdout, stderr := runCmd(t, "check", "--source", "../..", "--now", "2026-11-25")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "0 errors") {
		t.Errorf("summary: got %q", stdout)
	}
}

// checkSite writes a site and returns its root.
func checkSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, src := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

var failing = map[string]string{
	"content/assets/a.md":  "---\nid: AST-1\nintegrity: high\n---\n",
	"content/threats/b.md": "---\nid: THR-2\nowner: sam\nlikelihood: 2\nimpact: 2\nassets: [AST-1, AST-9]\n---\n",
	"content/threats/a.md": "---\nid: THR-1\nlikelihood: 2\nimpact: 2\nassets: [AST-1]\nstatus: accepted\n---\n",
}

func TestCheckHuman(t *testing.T) {
	code, stdout, _ := runCmd(t, "check", "--source", checkSite(t, failing), "--now", "2026-11-25")
	want := `content/threats/a.md:2:1: error: threat THR-1 has no owner: name who answers for it [threat-owner]
content/threats/a.md:6:1: error: accepted risk THR-1 has no accepted_until: acceptances must expire and be reviewed [acceptance-expiry]
content/threats/a.md:6:1: error: threat THR-1 is accepted without a decision: record the business's agreement in an ADR and set decision [response-decision]
content/threats/b.md:6:17: error: assets: unknown asset "AST-9" [reference]
4 errors, 0 warnings in 3 files
`
	if code != exitContent || stdout != want {
		t.Errorf("exit %d, got\n%s\nwant exit 1 and\n%s", code, stdout, want)
	}
}

func TestCheckJSON(t *testing.T) {
	code, stdout, _ := runCmd(t, "check", "--format", "json", "--source", checkSite(t, failing), "--now", "2026-11-25")
	var doc struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("not one JSON document: %v\n%s", err, stdout)
	}
	if code != exitContent || len(doc.Findings) != 4 || doc.Summary["errors"] != 4 {
		t.Fatalf("exit %d, %d findings, summary %v", code, len(doc.Findings), doc.Summary)
	}
	f := doc.Findings[3]
	for k, want := range map[string]any{"id": "THR-2", "file": "content/threats/b.md", "line": 6.0, "col": 17.0, "severity": "error", "policy": "reference"} {
		if f[k] != want {
			t.Errorf("%s: got %v, want %v", k, f[k], want)
		}
	}
}

func TestCheckGitHubAnnotations(t *testing.T) {
	// The syntax GitHub documents for workflow commands:
	//   ::error file={name},line={line},col={col},title={title}::{message}
	// with %, CR and LF escaped in the message, and also ':' and ',' in properties.
	var out strings.Builder
	err := writeGitHub(&out, report{Files: 1, Findings: diag.List{
		{Path: "content/threats/a,b:c.md", Line: 3, Col: 7, Severity: diag.Warning, Policy: "mine", Message: "50% done: a, b\nnext"},
		{Path: "content/x.md", Line: 1, Col: 1, Severity: diag.Error, Policy: "reference", Message: "plain"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := "::warning file=content/threats/a%2Cb%3Ac.md,line=3,col=7,title=secdoc mine::50%25 done: a, b%0Anext\n" +
		"::error file=content/x.md,line=1,col=1,title=secdoc reference::plain\n" +
		"1 error, 1 warning in 1 files\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestCheckPoliciesFromConfig(t *testing.T) {
	files := map[string]string{"secdoc.yaml": "policies:\n  threat-owner: {severity: off}\n  response-decision: {severity: warning}\n  acceptance-expiry: {severity: off}\n"}
	for k, v := range failing {
		files[k] = v
	}
	delete(files, "content/threats/b.md")
	code, stdout, _ := runCmd(t, "check", "--source", checkSite(t, files), "--now", "2026-11-25")
	if code != exitOK || !strings.Contains(stdout, "[response-decision]") || strings.Contains(stdout, "[threat-owner]") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	files["secdoc.yaml"] = "policies:\n  threat-owner: {severity: fatal}\n"
	if code, _, stderr := runCmd(t, "check", "--source", checkSite(t, files)); code != exitUsage || !strings.Contains(stderr, `severity "fatal"`) {
		t.Errorf("bad setting: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCmd(t, "check", "--format", "xml"); code != exitUsage {
		t.Errorf("bad format: exit %d, want 2", code)
	}
}

func TestCheckUnparsedFileGetsOnlyItsParseErrors(t *testing.T) {
	tests := []struct{ name, path, src, want string }{
		{"broken YAML threat", "content/threats/t.md", "---\nid: THR-1\nowner: [sam\n---\n",
			"content/threats/t.md:3:1: error: invalid YAML front matter"},
		{"broken YAML SOP", "content/sops/s.md", "---\nid: SOP-1\n  last_tested: 2026-01-01\n---\n",
			"content/sops/s.md:3:"},
		{"broken TOML threat", "content/threats/t.md", "+++\nid = THR-1\n+++\n",
			"content/threats/t.md:2:"},
		{"broken JSON threat", "content/threats/t.md", ";;;\n{\"id\": \"THR-1\",}\n;;;\n",
			"content/threats/t.md:2:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, _ := runCmd(t, "check", "--source", checkSite(t, map[string]string{tc.path: tc.src}), "--now", "2026-11-25")
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if code != exitContent || len(lines) != 2 || !strings.HasPrefix(lines[0], tc.want) || lines[1] != "1 error, 0 warnings in 1 files" {
				t.Errorf("got exit %d and\n%s\nwant exit 1, one finding starting %q and the summary", code, stdout, tc.want)
			}
		})
	}
}
