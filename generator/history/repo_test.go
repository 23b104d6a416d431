package history

import (
	"os/exec"
	"strings"
	"testing"
)

// raw formats one commit as git log -z -M --raw --no-abbrev writes it with logFormat.
func raw(hash, author, date, subject string, entries ...string) string {
	s := "\x00" + marker + hash + "\x00" + author + "\x00" + date + "\x00" + subject + "\x00\n"
	for _, e := range entries {
		s += e + "\x00"
	}
	return s
}

const blob1, blob2 = "1111111111111111111111111111111111111111", "2222222222222222222222222222222222222222"

func TestParseRaw(t *testing.T) {
	z := "0000000000000000000000000000000000000000"
	log := raw("c3", "Carol", "2026-10-20T09:00:00+02:00", "rename", ":100644 100644 "+blob2+" "+blob2+" R100", "site/b.md", "site/c.md") +
		raw("c2", "Bob", "2026-10-10T09:00:00Z", "edit", ":100644 100644 "+blob1+" "+blob2+" M", "site/b.md", ":100644 000000 "+blob1+" "+z+" D", "site/gone.md") +
		raw("c1", "Alice", "2026-10-01T09:00:00Z", "add", ":000000 100644 "+z+" "+blob1+" A", "site/b.md", ":000000 100644 "+z+" "+blob1+" A", "site/gone.md",
			":000000 100644 "+z+" "+blob1+" A", "other/x.md") +
		raw("c0", "Eve", "2026-09-01T09:00:00Z", "outside only", ":000000 100644 "+z+" "+blob1+" A", "other/y.md")
	r := ParseRaw([]byte(log), "site/")
	var hashes []string
	for _, c := range r.Commits {
		hashes = append(hashes, c.Hash)
	}
	if got := strings.Join(hashes, " "); got != "c3 c2 c1" {
		t.Errorf("commits: got %s, want c3 c2 c1 (c0 touched nothing under the prefix)", got)
	}
	cases := []struct{ path, want string }{
		{"c.md", "c3 R b.md " + blob2 + "; c2 M  " + blob2 + "; c1 A  " + blob1},
		{"gone.md", "c2 D  ; c1 A  " + blob1},
		{"b.md", ""},
		{"x.md", ""},
	}
	for _, tc := range cases {
		var parts []string
		for _, ch := range r.File(tc.path) {
			parts = append(parts, ch.Commit.Hash+" "+string(ch.Status)+" "+ch.From+" "+ch.Blob)
		}
		if got := strings.Join(parts, "; "); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.path, got, tc.want)
		}
	}
	if r.Head().Author != "Carol" || r.Head().When.Format("2006-01-02 -07:00") != "2026-10-20 +02:00" {
		t.Errorf("head: got %+v", r.Head())
	}
}

func TestBlobIDMatchesGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	for _, data := range []string{"", "x\n", "---\nid: THR-1\n---\n\xff body"} {
		cmd := exec.Command("git", "hash-object", "--stdin")
		cmd.Stdin = strings.NewReader(data)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := BlobID([]byte(data)), strings.TrimSpace(string(out)); got != want {
			t.Errorf("%q: got %s, want %s", data, got, want)
		}
	}
}
