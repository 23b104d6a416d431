package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

// decode parses a rendered skeleton the way the build does.
func decode(t *testing.T, p string, data []byte) *model.Record {
	t.Helper()
	docs, diags := load.Decode(p, data, kinds.Registry.Readers(nil))
	if len(docs) != 1 || diags.HasErrors() {
		t.Fatalf("%s does not parse: %v\n%s", p, diags, data)
	}
	r, diags := model.Decode(docs[0], kinds.Registry, markdown.New(markdown.Options{}))
	if len(diags) > 0 {
		t.Fatalf("%s: %v\n%s", p, diags, data)
	}
	return r
}

// TestSkeletonsDecode renders every embedded skeleton with awkward titles and
// checks that the build reads back the kind, id and title, with no finding.
func TestSkeletonsDecode(t *testing.T) {
	root, err := os.OpenRoot(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	titles := []string{"Stolen session cookies", "Replay: an attacker's #1 trick", `"Quoted" \ title`, "null", "2026", "- dash first", "Ünïcode ✓"}
	readers := kinds.Registry.Readers(nil)
	for _, k := range kinds.Registry.Kinds() {
		for _, format := range formatsOf(k) {
			for _, title := range titles {
				name, text, err := skeleton(root, skeletonName(k, format))
				if err != nil {
					t.Fatal(err)
				}
				f := Fields{Kind: k.Name, ID: "X-1", Title: title, Owner: "Ana: lead", Date: "2026-03-05", ReviewInterval: "180d", Supersedes: []string{}, Number: 1}
				p := "content/" + folderFor(k) + "x.md"
				if format != "" && format != load.FormatSecdoc {
					p, f.ID = "content/"+folderFor(k)+"0001-x.md", "ADR-0001"
				}
				if k.Name == kinds.Page {
					f.ID = ""
				}
				data, err := render(&load.Tree{}, readers, name, text, f, p)
				if err != nil {
					t.Fatalf("%s %s: %v", k.Name, format, err)
				}
				r := decode(t, p, data)
				// A title read from a heading passes the typographer, which curls quotes.
				typeset := format != "" && format != load.FormatSecdoc && strings.ContainsAny(title, `'"`)
				if r.Kind != k.Name || r.Title != title && !typeset || f.ID != "" && r.ID != f.ID || r.Owner() != "" && r.Owner() != f.Owner {
					t.Errorf("%s %s %q: got kind %q, id %q, title %q, owner %q", k.Name, format, title, r.Kind, r.ID, r.Title, r.Owner())
				}
			}
		}
	}
}

// formatsOf lists the formats a kind's records are written in.
func formatsOf(k *model.Spec) []string {
	if !k.IDs.FileNumber {
		return []string{""}
	}
	return formatOrder
}

func folderFor(k *model.Spec) string {
	if len(k.Folders) > 0 {
		return k.Folders[0] + "/"
	}
	return ""
}

func TestSkeletonOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "templates", "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	own := "---\nid: {{.ID}}\ntitle: {{yaml .Title}}\n---\nOur own threat form.\n"
	if err := os.WriteFile(filepath.Join(dir, "templates", "new", "threat.md"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "templates", "new", "sop.md"), []byte("---\ntitle: [{{.Title}}\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	name, text, err := skeleton(root, spec(kinds.Threat).Skeleton)
	if err != nil || name != "templates/new/threat.md" {
		t.Fatalf("got %q, %v, want the site's templates/new/threat.md", name, err)
	}
	data, err := render(&load.Tree{}, kinds.Registry.Readers(nil), name, text, Fields{ID: "THR-1", Title: "X"}, "content/threats/x.md")
	if err != nil || string(data) != "---\nid: THR-1\ntitle: X\n---\nOur own threat form.\n" {
		t.Errorf("got %q, %v", data, err)
	}
	name, text, _ = skeleton(root, spec(kinds.SOP).Skeleton)
	if _, err := render(&load.Tree{}, kinds.Registry.Readers(nil), name, text, Fields{Title: "X"}, "content/sops/x.md"); err == nil || !strings.Contains(err.Error(), "templates/new/sop.md gives an invalid record") {
		t.Errorf("got error %v, want one naming the broken override", err)
	}
	bad := Fields{Title: "X"}
	if _, err := render(&load.Tree{}, kinds.Registry.Readers(nil), "own.md", []byte("---\nlikelihood: 0\n---\n"), bad, "content/threats/x.md"); err == nil || !strings.Contains(err.Error(), "likelihood") {
		t.Errorf("got error %v, want one about likelihood 0", err)
	}
	name, _, _ = skeleton(root, spec(kinds.Asset).Skeleton)
	if name != "embedded asset.md" {
		t.Errorf("got %q, want the embedded asset skeleton", name)
	}
}

func TestYAMLScalar(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{"", ""},
		{"a: b", `"a: b"`},
		{"ends with space ", `"ends with space "`},
		{"yes", `"yes"`},
		{"1e3", `"1e3"`},
		{"#hash", `"#hash"`},
		{"line\nbreak", `"line\nbreak"`},
	}
	for _, tc := range tests {
		if got := yamlScalar(tc.in); got != tc.want {
			t.Errorf("yamlScalar(%q): got %s, want %s", tc.in, got, tc.want)
		}
	}
	if got := yamlList([]string{"ADR-1", "a, b"}); got != `[ADR-1, "a, b"]` {
		t.Errorf("got %s, want [ADR-1, \"a, b\"]", got)
	}
}
