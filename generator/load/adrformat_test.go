package load

import "testing"

func TestADRFormat(t *testing.T) {
	tests := []struct{ file, want string }{
		{"adr-tools/0002-use-postgres-for-sessions.md", FormatADRTools},
		{"adr-tools/0001-record-architecture-decisions.md", FormatADRTools},
		{"madr2/0002-use-ant-for-builds.md", FormatMADR2},
		{"madr3/0001-use-junit5.md", FormatMADR3},
		{"madr4/0005-use-java.md", FormatMADR},
		{"log4brains/20201016-use-log4brains.md", FormatLog4brains},
		{"variants/020-rotate-keys.md", FormatADRTools},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			docs, _ := readFixture(t, tc.file)
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			if got := ADRFormat(docs[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	doc, _ := Parse("content/decisions/0003-x.md", []byte("# 3. X\n\n```\n## Status\n```\n\n* Status: accepted\n"))
	if got := ADRFormat(doc); got != FormatMADR2 {
		t.Errorf("a fenced ## Status: got %q, want %q", got, FormatMADR2)
	}
	doc, _ = Parse("content/decisions/adr-0001-x.md", []byte("---\nid: ADR-0001\nstatus: accepted\n---\n# X\n"))
	if got := ADRFormat(doc); got != FormatSecdoc {
		t.Errorf("front matter with an id: got %q, want %q", got, FormatSecdoc)
	}
}
