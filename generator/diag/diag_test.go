package diag

import "testing"

func TestFormats(t *testing.T) {
	tests := []struct {
		name          string
		d             Diagnostic
		str, detailed string
	}{
		{"error at a position",
			Diagnostic{Path: "content/threats/thr-7.md", Line: 12, Col: 3, Message: `unknown asset "AST-99"`, Policy: "links"},
			`content/threats/thr-7.md:12:3: unknown asset "AST-99"`,
			`content/threats/thr-7.md:12:3: error: unknown asset "AST-99" [links]`},
		{"warning",
			Diagnostic{Path: "content/sops/s.md", Line: 2, Col: 1, Severity: Warning, Message: "not tested in 400 days", Policy: "stale-sop"},
			"content/sops/s.md:2:1: warning: not tested in 400 days",
			"content/sops/s.md:2:1: warning: not tested in 400 days [stale-sop]"},
		{"whole file, no policy",
			Diagnostic{Path: "secdoc.yaml", Message: "bad"},
			"secdoc.yaml:1:1: bad",
			"secdoc.yaml:1:1: error: bad []"},
		{"negative position",
			Diagnostic{Path: "a.md", Line: -4, Col: -1, Message: "m", Policy: "p"},
			"a.md:1:1: m",
			"a.md:1:1: error: m [p]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.String(); got != tc.str {
				t.Errorf("String: got %q, want %q", got, tc.str)
			}
			if got := tc.d.Detailed(); got != tc.detailed {
				t.Errorf("Detailed: got %q, want %q", got, tc.detailed)
			}
		})
	}
}
