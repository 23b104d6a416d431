package load

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse: it must never panic, and every
// position it reports must lie inside the file, since the command prints them
// as path:line:col for an editor to jump to.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"",
		"# Title\n\nbody\n",
		"---\nid: THR-1\ntitle: X\nassets:\n  - AST-1\n  - AST-2\n---\nbody\n",
		"\n\n---\nid: A\n---\n# H\n",
		"+++\nid = \"THR-2\"\nlikelihood = 3\ndue = 2026-01-02\n[extra]\nticket = \"SEC-1\"\n+++\nbody\n",
		";;;\n{\"id\": \"X\",\n \"owner\": \"sam\"}\n;;;\nbody\n",
		"{\n  \"id\": \"SOP-9\",\n  \"review_interval\": 90\n}\n\nbody\n",
		"{\"id\": \"X\"}\n\nbody\n",
		"---\nid: X\ntitle: never closed\n",
		"+++\nid = \"X\"\n",
		"\xef\xbb\xbf---\nid: B\n---\n",
		"---\nid: X\n---\nbad \xff byte\n",
		"---\nid: [unclosed\n---\n",
		"---\n- a\n- b\n---\n",
		"---\nid: X\nid: Y\n---\n",
		"---\r\nid: X\r\ntitle: CRLF\r\n---\r\nbody\r\n",
		"---\rid: X\rtitle: CR only\r---\rbody\r",
		"---\nid: \"a\\0b\\u2028c\"\nk: !!binary aGk=\n---\n",
		"---\na: &a [x, x]\nb: [*a, *a, *a]\n---\n",
		"---\n? [a, b]\n: c\n---\n",
		"---\nkey: |\n  multi\n  line\n---\n",
		"---\n---\n",
		"+++\n+++\n",
		";;;\n[1, 2]\n;;;\n",
		"{\n\"a\": {\"b\": [1, {\"c\": null}]}\n}\n\n",
	} {
		f.Add([]byte(seed))
	}
	f.Add([]byte(aliasBomb()))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, diags := Parse("content/f.md", data)
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, d := range diags {
			if d.Line < 1 || d.Line > lines+1 {
				t.Errorf("diagnostic %q: line %d outside 1..%d", d, d.Line, lines+1)
			}
		}
		if file == nil {
			if !diags.HasErrors() {
				t.Error("got no file and no error")
			}
			return
		}
		if file.BodyLine < 1 || file.BodyLine > lines+1 {
			t.Errorf("body line %d outside 1..%d", file.BodyLine, lines+1)
		}
		if !bytes.HasSuffix(data, file.Body) {
			t.Errorf("body %q is not the end of the file", file.Body)
		}
		for _, fl := range file.Fields {
			checkField(t, fl, lines)
		}
	})
}

// FuzzADR feeds arbitrary bytes to the ADR reader, seeded with the
// fixtures of every format: it must never panic, the body must stay the
// end of the file, and every field it reads must lie inside the file.
func FuzzADR(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "adr", "*", "*.md"))
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("<!-- a --> # 1. X\n## Status\n\n**Status:**\n\nSuperseded by\n"))
	f.Add([]byte("## Status: \n- Date\n```\n## Status\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, diags, _ := ADR{Folders: []string{"decisions"}}.Read("content/decisions/0001-x.md", data)
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, d := range diags {
			if d.Line < 1 || d.Line > lines+1 {
				t.Errorf("diagnostic %q: line %d outside 1..%d", d, d.Line, lines+1)
			}
		}
		for _, doc := range docs {
			if !bytes.HasSuffix(data, doc.Body) || doc.BodyLine < 1 || doc.BodyLine > lines+1 {
				t.Errorf("body at line %d, %q, is not the end of the file", doc.BodyLine, doc.Body)
			}
			for _, fl := range doc.Fields {
				checkField(t, fl, lines)
			}
		}
	})
}

// checkField checks the positions of a field and everything nested in it.
func checkField(t *testing.T, fl Field, lines int) {
	t.Helper()
	if fl.Line < 1 || fl.Line > lines+1 || fl.Col < 1 {
		t.Errorf("field %q at %d:%d, outside 1..%d", fl.Key, fl.Line, fl.Col, lines+1)
	}
	checkValue(t, fl.Key, fl.Value, lines)
}

func checkValue(t *testing.T, key string, v Value, lines int) {
	t.Helper()
	if v.Line < 1 || v.Line > lines+1 || v.Col < 1 {
		t.Errorf("value of %q at %d:%d, outside 1..%d", key, v.Line, v.Col, lines+1)
	}
	for _, it := range v.Items {
		checkValue(t, key, it, lines)
	}
	for _, fl := range v.Fields {
		checkField(t, fl, lines)
	}
}

// aliasBomb is a "billion laughs" YAML front matter: ten levels of ten
// aliases each, 10^10 values once expanded.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		prev := "*a" + string(rune('0'+i-1))
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		b.WriteString(strings.TrimSuffix(strings.Repeat(prev+", ", 10), ", "))
		b.WriteString("]\n")
	}
	b.WriteString("---\n")
	return b.String()
}
