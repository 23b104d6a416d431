package markdown

import (
	"strings"
	"testing"
)

// Expected anchors are GitHub's (github-slugger's published fixtures and
// headings checked on github.com).
func TestAnchor(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Keystroke & Mouse Dynamics", "keystroke--mouse-dynamics"},
		{"Überblick", "überblick"},
		{"foo-bar", "foo-bar"},
		{"Foo  Bar", "foo--bar"},
		{"Why?", "why"},
		{"-a-", "-a-"},
		{"heading with a - dash", "heading-with-a---dash"},
		{"heading with an _ underscore", "heading-with-an-_-underscore"},
		{"heading with a period.txt", "heading-with-a-periodtxt"},
		{"exchange.bind_headers(exchange, routing [, bindCallback])", "exchangebind_headersexchange-routing--bindcallback"},
		{"apostrophe’s should be trimmed", "apostrophes-should-be-trimmed"},
		{"What's new in v2.0?", "whats-new-in-v20"},
		{"en–dash and em—dash", "endash-and-emdash"},
		{"I ♥ unicode", "i--unicode"},
		{"😄 unicode emoji", "-unicode-emoji"},
		{"😄-😄 unicode emoji", "--unicode-emoji"},
		{"🔥 Incident response 🚒", "-incident-response-"},
		{"Привет non-latin 你好", "привет-non-latin-你好"},
		{"日本語の見出し", "日本語の見出し"},
		{"보안 검토", "보안-검토"},
		{"C++ & C#: 100% $5 @team", "c--c-100-5-team"},
		{"x² ½ Ⅻ", "x--ⅻ"},
		{"Ⓐ circled", "ⓐ-circled"},
		{"café with e\u0301", "café-with-e\u0301"},
		{"no\u00a0break", "nobreak"},
		{"STRIDE: Spoofing", "stride-spoofing"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := anchor(tc.text); got != tc.want {
				t.Errorf("anchor(%q): got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestGenerateRepeats follows github-slugger's fixture of repeated headings.
func TestGenerateRepeats(t *testing.T) {
	s := newIDs()
	steps := []struct{ text, want string }{
		{"alpha", "alpha"}, {"alpha", "alpha-1"},
		{"echo", "echo"}, {"echo", "echo-1"}, {"echo 1", "echo-1-1"}, {"echo-1", "echo-1-2"}, {"echo", "echo-2"},
		{"foxtrot-1", "foxtrot-1"}, {"foxtrot", "foxtrot"}, {"foxtrot", "foxtrot-2"},
		{"golf", "golf"}, {"golf", "golf-1"}, {"golf", "golf-2"},
		{" a ", "-a-"}, {"-a-", "-a--1"},
		{"🔥", "heading"}, {"🚒", "heading-1"},
	}
	for i, st := range steps {
		if got := string(s.Generate([]byte(st.text), 0)); got != st.want {
			t.Errorf("step %d, %q: got %q, want %q", i, st.text, got, st.want)
		}
	}
}

// TestHeadingIDs checks that anchors come from the text a reader sees, as on
// GitHub, not from the markdown source.
func TestHeadingIDs(t *testing.T) {
	src := strings.Join([]string{
		"# Keystroke & Mouse Dynamics",
		"## Why?",
		"## Why?",
		"## [CVE-2021-44228](https://nvd.nist.gov/vuln/detail/CVE-2021-44228) Log4Shell",
		"## The `--force` flag",
		"## __init__ method",
		"## Fish &amp; Chips \\#1",
		`## "Neutral" arguments don't -- or --- matter...`,
		"## Über *alles* ![logo](logo.png)",
		"## See https://example.com/a",
		"## See [[THR-7]] and [[ADR-1|the decision]]",
		"Setext over\ntwo lines\n---",
	}, "\n\n")
	want := []string{
		"keystroke--mouse-dynamics",
		"why",
		"why-1",
		"cve-2021-44228-log4shell",
		"the---force-flag",
		"init-method",
		"fish--chips-1",
		"neutral-arguments-dont----or-----matter",
		"über-alles-",
		"see-httpsexamplecoma",
		"see-thr-7-and-the-decision",
		"setext-overtwo-lines",
	}
	d := New(Options{}).Parse([]byte(src))
	if len(d.Headings) != len(want) {
		t.Fatalf("got %d headings %+v, want %d", len(d.Headings), d.Headings, len(want))
	}
	for i, h := range d.Headings {
		if h.ID != want[i] {
			t.Errorf("heading %q: got id %q, want %q", h.Text, h.ID, want[i])
		}
		if !d.HasAnchor(want[i]) {
			t.Errorf("HasAnchor(%q): got false, want true", want[i])
		}
	}
}
