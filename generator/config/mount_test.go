package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mountSite makes a site root holding doc/adr and a file, with a symbolic
// link out of the root, and loads secdoc.yaml src there.
func mountSite(t *testing.T, src string) (Config, error) {
	t.Helper()
	dir := t.TempDir()
	outside := t.TempDir()
	for _, d := range []string{"site/doc/adr", "site/content"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	site := filepath.Join(dir, "site")
	if err := os.WriteFile(filepath.Join(site, "notes.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(site, "out")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("doc", filepath.Join(site, "docs")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "secdoc.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c, _, err := Load(root)
	return c, err
}

func TestMounts(t *testing.T) {
	c, err := mountSite(t, "mounts:\n  - source: ./doc/adr/\n    target: decisions/platform/\n    id_prefix: PLAT-\n    exclude: [\"drafts/**\"]\n"+
		"  - {source: docs/adr, target: decisions/other}\nexclude: [\"**/*.draft.md\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	m := c.Mounts[0]
	if m.Source != "doc/adr" || m.Target != "decisions/platform" || m.IDPrefix != "PLAT-" || m.Exclude[0] != "drafts/**" || c.Exclude[0] != "**/*.draft.md" {
		t.Errorf("got %+v and exclude %v, want clean paths and the settings given", c.Mounts, c.Exclude)
	}
	if c.Mounts[1].Source != "docs/adr" {
		t.Errorf("got %q, want a link inside the root followed", c.Mounts[1].Source)
	}
}

func TestMountErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"absolute source", "mounts:\n  - {source: /etc, target: decisions/x}\n",
			`secdoc.yaml:2:14: mounts[0].source: "/etc" is an absolute path`},
		{"source climbing out", "mounts:\n  - source: doc/../../other-repo\n    target: decisions/x\n",
			`secdoc.yaml:2:13: mounts[0].source: "doc/../../other-repo" leaves the site root`},
		{"symbolic link out", "mounts:\n  - {source: out, target: decisions/x}\n",
			`secdoc.yaml:2:14: mounts[0].source: "out" leads outside the site root`},
		{"missing folder", "title: x\nmounts:\n  - {source: doc/adr, target: decisions/x}\n  - {source: doc/missing, target: decisions/y}\n",
			`secdoc.yaml:4:14: mounts[1].source: folder "doc/missing" does not exist`},
		{"file", "mounts:\n  - {source: notes.md, target: decisions/x}\n",
			`secdoc.yaml:2:14: mounts[0].source: "notes.md" is a file, not a folder`},
		{"inside content", "mounts:\n  - {source: content, target: decisions/x}\n",
			`mounts[0].source: "content" is inside content/`},
		{"target climbing out", "mounts:\n  - {source: doc/adr, target: ../static}\n",
			`secdoc.yaml:2:31: mounts[0].target: "../static" must be a clean path`},
		{"absolute target", "mounts:\n  - {source: doc/adr, target: /decisions}\n",
			`mounts[0].target: "/decisions" must be a relative slash path`},
		{"unclean target", "mounts:\n  - {source: doc/adr, target: decisions/./x}\n",
			`mounts[0].target: "decisions/./x" must be a clean path`},
		{"content in target", "mounts:\n  - {source: doc/adr, target: content/decisions}\n",
			`mounts[0].target: "content/decisions" is relative to content/ already: write "decisions"`},
		{"no target", "mounts:\n  - {source: doc/adr}\n",
			`secdoc.yaml:2:5: mounts[0].target: must name a folder under content/`},
		{"mounted twice", "mounts:\n  - {source: doc, target: decisions/x}\n  - {source: doc/adr, target: decisions/y}\n",
			`secdoc.yaml:3:14: mounts[1].source: "doc/adr" overlaps mounts[0].source "doc"`},
		{"bad glob", "exclude: [\"a/[\"]\n",
			`secdoc.yaml:1:10: exclude: "a/[" is not a valid pattern`},
		{"misspelt mount setting", "mounts:\n  - {source: doc/adr, target: decisions/x, idprefix: P-}\n",
			`secdoc.yaml:2:44: unknown setting "mounts.idprefix": did you mean "mounts.id_prefix"?`},
		{"mounts not a list", "mounts: doc/adr\n",
			`secdoc.yaml:1:9: mounts: must be a list`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := mountSite(t, tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
}

func TestMountsTOML(t *testing.T) {
	_, err := loadFile(t, "secdoc.toml", "title = \"x\"\n[[mounts]]\nsource = \"/etc\"\ntarget = \"decisions/x\"\n")
	want := `secdoc.toml:3:1: mounts[0].source: "/etc" is an absolute path`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %s", err, want)
	}
}
