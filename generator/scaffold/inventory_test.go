package scaffold

import (
	"context"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
)

// TestScanDecodesAsTheBuild checks that an ADR without front matter is
// known by the id the build gives it, from its file name, and by its format.
func TestScanDecodesAsTheBuild(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"content/decisions/0005-help-comments.md": "# 5. Help comments\n\nDate: 2018-04-10\n\n## Status\n\nAccepted\n",
		"content/decisions/template.md":           "# NUMBER. TITLE\n",
	})
	root := mustRoot(t, dir)
	entries, err := scan(context.Background(), &load.Tree{Root: root.FS()}, kinds.Registry.Readers(root.FS()))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("got %d entries (%v), want 1: the template is not a record", len(entries), entries)
	}
	e := entries[0]
	if e.ID != "ADR-0005" || e.Kind != kinds.Decision || e.Style != load.FormatADRTools {
		t.Errorf("got id %q kind %q format %q, want ADR-0005, decision, adr-tools", e.ID, e.Kind, e.Style)
	}
}
