package load

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestResources(t *testing.T) {
	fsys := fstest.MapFS{
		"content/sops/a.md":             {Data: []byte("record")},
		"content/sops/diagram.png":      {Data: []byte("png")},
		"content/sops/etcd/flow.svg":    {Data: []byte("svg")},
		"content/sops/.hidden.png":      {Data: []byte("hidden")},
		"content/.git/x.png":            {Data: []byte("hidden folder")},
		"content/sops/diagram.png~":     {Data: []byte("backup")},
		"content/sops/.diagram.png.swp": {Data: []byte("swap")},
		"content/sops/#notes.txt#":      {Data: []byte("emacs")},
		"content/sops/4913":             {Data: []byte("vim")},
		"content/sops/big.bin":          {Data: make([]byte, MaxFileSize+1)},
		"static/logo.png":               {Data: []byte("not content")},
	}
	paths, diags, err := (&Tree{Root: fsys}).Resources(DefaultReaders)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(paths, " "), "content/sops/diagram.png content/sops/etcd/flow.svg"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if len(diags) != 1 || diags[0].Path != "content/sops/big.bin" || !strings.Contains(diags[0].Message, "8 MB limit") {
		t.Errorf("got findings %v, want the oversized file refused", diags)
	}
}
