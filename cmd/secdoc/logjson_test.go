package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jsonLines decodes every line of out as one JSON object, failing on any
// line that is not one.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var events []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		events = append(events, e)
	}
	return events
}

func TestLogFormatJSON(t *testing.T) {
	bad := t.TempDir()
	if err := os.MkdirAll(filepath.Join(bad, "content", "threats"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "content", "threats", "t.md"), []byte("---\nid: THR-1\ntitle: T\nlikelihood: 9\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		args   []string
		code   int
		events []string // the event of each line, in order
		want   map[string]any
	}{
		{"build", []string{"build", "--source", "../..", "--destination", filepath.Join(t.TempDir(), "out"), "--now", "2026-11-25", "--log-format", "json"},
			exitOK, []string{"build_start", "build_end"}, map[string]any{"ok": true, "pages": nil}},
		{"a failed build", []string{"build", "--source", bad, "--destination", filepath.Join(t.TempDir(), "out"), "--now", "2026-11-25", "--log-format", "json"},
			exitContent, []string{"build_start", "finding", "build_end"}, map[string]any{"file": "content/threats/t.md", "line": 4.0, "col": 13.0, "level": "ERROR"}},
		{"check", []string{"check", "--source", bad, "--now", "2026-11-25", "--log-format", "json"},
			exitContent, []string{"finding", "finding", "finding", "check_end"}, map[string]any{"file": "content/threats/t.md", "line": 4.0}}, // the schema error and two policy findings
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout holds %q, want nothing", stdout)
			}
			events := jsonLines(t, stderr)
			var names []string
			for _, e := range events {
				names = append(names, e["event"].(string))
			}
			if strings.Join(names, " ") != strings.Join(tc.events, " ") {
				t.Fatalf("events %v, want %v", names, tc.events)
			}
			for k, v := range tc.want {
				found := false
				for _, e := range events {
					if got, ok := e[k]; ok && (v == nil || got == v) {
						found = true
					}
				}
				if !found {
					t.Errorf("no event has %s = %v: %v", k, v, events)
				}
			}
		})
	}
	if code, _, stderr := runCmd(t, "build", "--log-format", "xml"); code != exitUsage || !strings.Contains(stderr, `--log-format "xml" is not human or json`) {
		t.Errorf("a wrong --log-format: exit %d, %q", code, stderr)
	}
}
