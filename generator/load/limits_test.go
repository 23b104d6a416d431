package load

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// Front matter is untrusted: whatever its shape, parsing ends quickly with
// the fields or with a clear error. The budgets are generous (each case takes
// milliseconds) so they catch a quadratic or exponential blow-up, not noise.
func timedParse(t *testing.T, src string) (*Document, string) {
	t.Helper()
	budget := 3 * time.Second
	if raceEnabled() {
		budget *= 10
	}
	start := time.Now()
	f, diags := Parse("content/x.md", []byte(src))
	if took := time.Since(start); took > budget {
		t.Errorf("parsing %d bytes took %v, want under %v", len(src), took, budget)
	}
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.String())
	}
	return f, strings.Join(msgs, "\n")
}

// raceEnabled reports whether the test binary was built with -race, which
// slows everything down several times.
func raceEnabled() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

func TestAliasBombsFailFast(t *testing.T) {
	tests := map[string]string{
		"lists of ten, ten deep": aliasBomb(),
		"maps of ten, ten deep":  mapBomb(),
		"lists of two, 64 deep":  wideBomb(),
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			_, msgs := timedParse(t, src)
			if !strings.Contains(msgs, "content/x.md:2:") || !strings.Contains(msgs, "alias bomb") {
				t.Errorf("got %q, want an alias-bomb error on line 2", msgs)
			}
		})
	}
}

// mapBomb is a billion laughs made of mappings rather than lists.
func mapBomb() string {
	var b strings.Builder
	b.WriteString("---\nm0: &m0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol, i: lol, j: lol}\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "m%d: &m%d {", i, i)
		for j := 0; j < 10; j++ {
			fmt.Fprintf(&b, "k%d: *m%d, ", j, i-1)
		}
		b.WriteString("}\n")
	}
	return b.String() + "---\n"
}

// wideBomb doubles 64 times: 2^64 values from 64 short lines.
func wideBomb() string {
	var b strings.Builder
	b.WriteString("---\nx0: &x0 [lol, lol]\n")
	for i := 1; i < 64; i++ {
		fmt.Fprintf(&b, "x%d: &x%d [*x%d, *x%d]\n", i, i, i-1, i-1)
	}
	return b.String() + "---\n"
}

func TestDeepFrontMatterFailsFast(t *testing.T) {
	n := 100000
	tests := []struct{ name, src, want string }{
		{"yaml flow sequences", "---\na: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n---\n", "content/x.md:2:1: invalid YAML front matter: exceeded max depth"},
		{"yaml flow mappings", "---\na: " + strings.Repeat("{a: ", n) + "1" + strings.Repeat("}", n) + "\n---\n", "invalid YAML front matter: exceeded max depth"},
		{"json arrays", ";;;\n{\"a\": " + strings.Repeat("[", n) + strings.Repeat("]", n) + "}\n;;;\n", "content/x.md:2:10007: invalid JSON front matter: invalid character '[' exceeded max depth"},
		{"toml inline tables", "+++\na = " + strings.Repeat("{a = ", n) + "1" + strings.Repeat("}", n) + "\n+++\n", "content/x.md:2:1: invalid TOML front matter: inline tables or dotted keys nested more than"},
		{"toml dotted key", "+++\n" + strings.Repeat("a.", n) + "b = 1\n+++\n", "content/x.md:2:1: invalid TOML front matter: inline tables or dotted keys nested more than"},
		{"toml quoted dotted key", "+++\nid = 'x'\n" + strings.Repeat(`"a".`, n) + "b = 1\n+++\n", "content/x.md:3:1: invalid TOML front matter"},
		{"toml braces after a multi-line string", "+++\na = \"\"\"x\"\"\"\"\nb = " + strings.Repeat("{a = ", n) + "1" + strings.Repeat("}", n) + " # \"\n+++\n", "content/x.md:3:1: invalid TOML front matter: inline tables or dotted keys nested more than"},
		{"toml table header", "+++\n[" + strings.Repeat("a.", n) + "b]\n+++\n", "invalid TOML front matter: inline tables or dotted keys"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, msgs := timedParse(t, tc.src)
			if !strings.Contains(msgs, tc.want) {
				t.Errorf("got %q, want %q", msgs, tc.want)
			}
		})
	}
}

func TestTOMLDepthGuardKeepsOrdinaryValues(t *testing.T) {
	src := "+++\n# a {{{{{ comment [[[ ...........................................\n" +
		"title = \"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ ........................................\"\n" +
		"note = '''\n{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ ..................................\n'''\n" +
		"escaped = \"\\\"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\"\n" +
		"scores = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5, 31.5, 32.5, 33.5, 34.5]\n" +
		"at = 2026-01-02T07:32:00.999Z\n" +
		"a.b.c = {d = {e = {f.g = 1}}}\n+++\n"
	f, msgs := timedParse(t, src)
	if msgs != "" {
		t.Fatalf("got %q, want no findings", msgs)
	}
	if fl, ok := f.Field("title"); !ok || !strings.HasPrefix(fl.Value.Text, "{{{{") {
		t.Errorf("title: got %+v", fl)
	}
}

// TestManyKeysParseInLinearTime guards against a quadratic key search: with
// one, 30,000 keys took half a minute.
func TestManyKeysParseInLinearTime(t *testing.T) {
	const n = 30000
	var y, tm, j strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&y, "key%d: v\n", i)
		fmt.Fprintf(&tm, "key%d = 1\n", i)
		if i > 0 {
			j.WriteString(",\n")
		}
		fmt.Fprintf(&j, "\"key%d\": 1", i)
	}
	tests := []struct {
		name, src string
		keys      int
	}{
		{"yaml", "---\n" + y.String() + "key0: duplicate\n---\n", n + 1},
		{"toml", "+++\n" + tm.String() + "+++\n", n},
		{"json", ";;;\n{" + j.String() + "}\n;;;\n", n},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, msgs := timedParse(t, tc.src)
			if f == nil || len(f.Fields) != tc.keys {
				t.Fatalf("got %+.200v, want %d fields (%.200s)", f, tc.keys, msgs)
			}
			if tc.name == "yaml" && !strings.Contains(msgs, `key "key0" appears twice (first on line 2)`) {
				t.Errorf("got %q, want the duplicate key reported", msgs)
			}
			last := f.Fields[len(f.Fields)-1]
			if tc.name != "yaml" && (last.Key != fmt.Sprintf("key%d", n-1) || last.Line != n+1) {
				t.Errorf("last key %q on line %d, want key%d on line %d", last.Key, last.Line, n-1, n+1)
			}
		})
	}
}

func TestMegabyteStringValue(t *testing.T) {
	big := strings.Repeat("a<b>&\"c ", 1<<17) // 1 MB
	tests := map[string]string{
		"yaml": "---\nid: X\ntitle: '" + big + "'\n---\nbody\n",
		"toml": "+++\nid = 'X'\ntitle = '" + big + "'\n+++\nbody\n",
		"json": ";;;\n{\"id\": \"X\",\n\"title\": \"" + strings.ReplaceAll(big, `"`, `\"`) + "\"}\n;;;\nbody\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			f, msgs := timedParse(t, src)
			if msgs != "" {
				t.Fatalf("got %q", msgs)
			}
			if fl, _ := f.Field("title"); fl.Value.Text != big || fl.Line != 3 {
				t.Errorf("title: got %d bytes on line %d, want %d bytes on line 3", len(fl.Value.Text), fl.Line, len(big))
			}
		})
	}
}
