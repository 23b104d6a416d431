package scaffold

import (
	"strings"
	"testing"
)

func TestSetStatusParagraph(t *testing.T) {
	const by = "Superseded by [3. X](0003-x.md)"
	tests := []struct{ name, in, want string }{
		{"one line", "# 2. Y\n\n## Status\n\nAccepted\n\n## Context\n\nText\n",
			"# 2. Y\n\n## Status\n\n" + by + "\n\n## Context\n\nText\n"},
		{"link lines stay", "# 2. Y\n\n## Status\n\nAccepted\n\nAmends [1. Z](0001-z.md)\n\n## Context\n",
			"# 2. Y\n\n## Status\n\n" + by + "\n\nAmends [1. Z](0001-z.md)\n\n## Context\n"},
		{"paragraph of two lines", "## Status\n\nProposed, pending\nthe rollout.\n## Context\n", "## Status\n\n" + by + "\n## Context\n"},
		{"crlf", "## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n", "## Status\r\n\r\n" + by + "\r\n\r\n## Context\r\n"},
		{"at the end without a newline", "## Status\n\nAccepted", "## Status\n\n" + by + "\n"},
		{"a fenced example is not the section", "```\n## Status\n\nx\n```\n\n## Status\n\nAccepted\n",
			"```\n## Status\n\nx\n```\n\n## Status\n\n" + by + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := setStatusParagraph([]byte(tc.in), by)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	for in, want := range map[string]string{
		"# 2. Y\n\nDate: 2018-04-10\n":      "no ## Status section",
		"## Status\n\n## Context\n\nText\n": "section is empty",
	} {
		if _, err := setStatusParagraph([]byte(in), by); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got error %v, want one containing %q", in, err, want)
		}
	}
}

func TestSetStatusBullet(t *testing.T) {
	const by = "superseded by [X](20260305-x.md)"
	tests := []struct{ name, in, want string }{
		{"log4brains", "# Y\n\n- Status: accepted\n- Date: 2020-10-16\n", "# Y\n\n- Status: " + by + "\n- Date: 2020-10-16\n"},
		{"madr 2 keeps its comment", "# Y\n\n* Status: accepted <!-- optional -->\n", "# Y\n\n* Status: " + by + " <!-- optional -->\n"},
		{"empty value", "# Y\n\n- Status:\n", "# Y\n\n- Status: " + by + "\n"},
		{"bold key", "# Y\n\n* **Status:** accepted\r\n", "# Y\n\n* **Status:** " + by + "\r\n"},
		{"no status: before the first bullet", "# Y\n\n- Deciders: Ana\n- Date: 2020-10-16\n\n## Context\n",
			"# Y\n\n- Status: " + by + "\n- Deciders: Ana\n- Date: 2020-10-16\n\n## Context\n"},
		{"no bullets: after the title", "# Y\n\nText.\n", "# Y\n\n- Status: " + by + "\n\nText.\n"},
		{"a bullet in a section is not a header", "# Y\n\n## Links\n\n- Status: x\n", "# Y\n\n- Status: " + by + "\n\n## Links\n\n- Status: x\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := setStatusBullet([]byte(tc.in), by, "-")
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	if _, err := setStatusBullet([]byte("Text only.\n"), by, "-"); err == nil || !strings.Contains(err.Error(), "no title") {
		t.Errorf("got error %v, want one saying there is no title", err)
	}
}

func TestRelFile(t *testing.T) {
	tests := []struct{ dir, file, want string }{
		{"content/decisions", "content/decisions/0003-x.md", "0003-x.md"},
		{"content/decisions/platform", "content/decisions/0003-x.md", "../0003-x.md"},
		{"content/decisions", "content/decisions/platform/0003-x.md", "platform/0003-x.md"},
		{"content/adr/a", "content/decisions/b/0003-x.md", "../../decisions/b/0003-x.md"},
	}
	for _, tc := range tests {
		if got := relFile(tc.dir, tc.file); got != tc.want {
			t.Errorf("relFile(%q, %q): got %q, want %q", tc.dir, tc.file, got, tc.want)
		}
	}
}
