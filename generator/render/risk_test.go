package render

import "testing"

func TestDefuse(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1":                       "'+1",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tcmd":                    "'\tcmd",
		"SQL injection":            "SQL injection",
		"":                         "",
	}
	for in, want := range tests {
		if got := defuse(in); got != want {
			t.Errorf("defuse(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSeq(t *testing.T) {
	if got := seq(1, 3); len(got) != 3 || got[2] != 3 {
		t.Errorf("seq(1, 3) = %v", got)
	}
	if got := seq(5, 1); len(got) != 5 || got[0] != 5 || got[4] != 1 {
		t.Errorf("seq(5, 1) = %v", got)
	}
}
