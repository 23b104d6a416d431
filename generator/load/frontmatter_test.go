package load

import (
	"strings"
	"testing"
)

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		format   string
		key      string
		text     string
		line     int
		bodyLine int
	}{
		{"yaml", "---\nid: THR-1\ntitle: X\n---\nbody\n", "yaml", "title", "X", 3, 5},
		{"yaml after blank lines", "\n\n---\nid: A\n---\n# H\n", "yaml", "id", "A", 4, 6},
		{"toml", "+++\nid = \"THR-2\"\nlikelihood = 3\n+++\nbody\n", "toml", "likelihood", "3", 3, 5},
		{"json delimited", ";;;\n{\"id\": \"X\",\n \"owner\": \"sam\"}\n;;;\nbody\n", "json", "owner", "sam", 3, 5},
		{"json bare", "{\n  \"id\": \"SOP-9\",\n  \"review_interval\": 90\n}\n\nbody\n", "json", "review_interval", "90", 3, 6},
		{"bom stripped", "\xef\xbb\xbf---\nid: B\n---\n", "yaml", "id", "B", 2, 4},
		{"toml date", "+++\ndue = 2026-01-02\n+++\n", "toml", "due", "2026-01-02", 2, 4},
		{"no front matter", "# Title\n\ntext\n", "", "", "", 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, diags := Parse("content/x.md", []byte(tc.src))
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics: %v", diags)
			}
			if f.Format != tc.format {
				t.Errorf("format: got %q, want %q", f.Format, tc.format)
			}
			if f.BodyLine != tc.bodyLine {
				t.Errorf("body line: got %d, want %d", f.BodyLine, tc.bodyLine)
			}
			if tc.key == "" {
				return
			}
			fl, ok := f.Field(tc.key)
			if !ok {
				t.Fatalf("field %q missing; fields %+v", tc.key, f.Fields)
			}
			if fl.Value.Text != tc.text || fl.Line != tc.line {
				t.Errorf("%s: got %q at line %d, want %q at line %d", tc.key, fl.Value.Text, fl.Line, tc.text, tc.line)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // formatted first diagnostic
	}{
		{"unclosed yaml", "\n---\nid: X\ntitle: never closed\n", "content/x.md:2:1: front matter opened with \"---\" is never closed"},
		{"malformed yaml", "---\nid: X\ntitle: [unclosed\nowner: a\n---\n", "content/x.md:3:1: invalid YAML front matter"},
		{"malformed toml", "+++\nid = \"X\"\nlikelihood = = 3\n+++\n", "content/x.md:3:"},
		{"malformed json", ";;;\n{\"id\": \"X\",\n\"owner\": }\n;;;\n", "content/x.md:3:"},
		{"not utf-8", "---\nid: X\n---\nbad \xff byte\n", "content/x.md:4:5: file is not valid UTF-8"},
		{"duplicate key", "---\nid: X\nowner: a\nowner: b\n---\n", "content/x.md:4:1:"},
		{"not a mapping", "---\n- a\n- b\n---\n", "content/x.md:2:1: front matter must be a mapping"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Parse("content/x.md", []byte(tc.src))
			if len(diags) == 0 {
				t.Fatalf("got no diagnostics, want %q", tc.want)
			}
			if got := diags[0].String(); !strings.HasPrefix(got, tc.want) {
				t.Errorf("got %q, want prefix %q", got, tc.want)
			}
		})
	}
}

func TestParseAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	b.WriteString("---\n")
	_, diags := Parse("content/bomb.md", []byte(b.String()))
	if !diags.HasErrors() {
		t.Fatal("got no error for an alias bomb")
	}
}

func TestParsePositionsOfListItems(t *testing.T) {
	src := "---\nid: THR-1\nassets:\n  - AST-1\n  - AST-2\n---\n"
	f, _ := Parse("content/t.md", []byte(src))
	fl, _ := f.Field("assets")
	if len(fl.Value.Items) != 2 {
		t.Fatalf("got %d items, want 2", len(fl.Value.Items))
	}
	if it := fl.Value.Items[1]; it.Line != 5 || it.Col != 5 {
		t.Errorf("second item at %d:%d, want 5:5", it.Line, it.Col)
	}
}

func TestParseMarksUnparsedFrontMatter(t *testing.T) {
	tests := []struct {
		name, src string
		unparsed  bool
	}{
		{"broken YAML", "---\nowner: [sam\n---\n", true},
		{"YAML not a mapping", "---\n- a\n---\n", true},
		{"broken TOML", "+++\nid = THR-1\n+++\n", true},
		{"broken JSON", ";;;\n{\"id\": 1,}\n;;;\n", true},
		{"duplicate key, fields still read", "---\nid: A\nid: B\n---\n", false},
		{"empty front matter", "---\n---\nbody\n", false},
		{"no front matter", "body\n", false},
		{"valid", "---\nid: A\n---\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, _ := Parse("content/x.md", []byte(tc.src))
			if doc == nil || doc.Unparsed != tc.unparsed {
				t.Errorf("got document %+v, want Unparsed %v", doc, tc.unparsed)
			}
		})
	}
}
