package serve

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/secdoc/secdoc/generator/site"
)

const adr = "# 1. Use TLS\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Decision\n\n"

func TestEditInMountedFolder(t *testing.T) {
	p := startWith(t, setup{files: map[string]string{
		"secdoc.yaml":         "mounts:\n  - {source: doc/adr, target: decisions/platform, id_prefix: PLAT-}\n",
		"doc/adr/0001-tls.md": adr + "First wording.\n",
	}})
	p.eventually("the mounted page", p.pageContains("/decisions/platform/0001-tls/", "First wording"))
	p.write("doc/adr/0001-tls.md", adr+"Second wording.\n")
	p.eventually("an edit in the mounted folder", p.pageContains("/decisions/platform/0001-tls/", "Second wording"))
	p.write("doc/adr/0002-new.md", "# 2. New one\n\nDate: 2020-01-02\n\n## Status\n\nProposed\n")
	p.eventually("a new file in the mounted folder", p.pageContains("/decisions/platform/0002-new/", "New one"))

	// Moving the mount in secdoc.yaml reloads everything.
	p.write("secdoc.yaml", "mounts:\n  - {source: doc/adr, target: decisions/moved, id_prefix: PLAT-}\n")
	p.eventually("the page at the mount's new place", p.pageContains("/decisions/moved/0001-tls/", "Second wording"))
}

func TestEditInFolderMountedFromCommandLine(t *testing.T) {
	other := filepath.Join(t.TempDir(), "payments", "doc", "adr")
	if err := os.MkdirAll(other, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(other, "0001-tls.md")
	if err := os.WriteFile(file, []byte(adr+"First wording.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := startWith(t, setup{mount: []site.Mount{{Source: other, Target: "decisions/payments", IDPrefix: "PAY-"}}})
	p.eventually("the mounted page", p.pageContains("/decisions/payments/0001-tls/", "First wording"))
	if err := os.WriteFile(file, []byte(adr+"Second wording.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p.eventually("an edit outside the site root", p.pageContains("/decisions/payments/0001-tls/", "Second wording"))
}
