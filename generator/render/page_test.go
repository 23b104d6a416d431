package render

import (
	"testing"

	"github.com/secdoc/secdoc/generator/model"
)

func TestEditEscapesTheSourcePath(t *testing.T) {
	for _, tc := range []struct{ source, want string }{
		{"content/threats/thr-1.md", "https://git.example.com/edit/main/content/threats/thr-1.md"},
		{"content/notes/c#-and-q?.md", "https://git.example.com/edit/main/content/notes/c%23-and-q%3F.md"},
		{"content/a/%3C [x].md", "https://git.example.com/edit/main/content/a/%253C%20%5Bx%5D.md"},
		{"doc/adr/0001-x.md", "https://git.example.com/edit/main/doc/adr/0001-x.md"},
		{"../payments/doc/adr/0001-x.md", ""},
		{"/srv/payments/doc/adr/0001-x.md", ""},
	} {
		p := &Page{Site: &Site{EditURL: "https://git.example.com/edit/main/"}, Record: &model.Record{Source: tc.source}}
		if got := p.Edit(); got != tc.want {
			t.Errorf("Edit() of %s = %q, want %q", tc.source, got, tc.want)
		}
	}
}
