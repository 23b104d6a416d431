package load

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/secdoc/secdoc/generator/diag"
)

// lines is a reader that claims .txt files whose content starts with
// "lines", making one document of each further line: the shape of a
// report reader, one file, many records.
type lines struct{}

func (lines) Match(p string) bool { return strings.HasSuffix(p, ".txt") }

func (lines) Read(p string, data []byte) ([]*Document, diag.List, bool) {
	rest, ok := bytes.CutPrefix(data, []byte("lines\n"))
	if !ok {
		return nil, nil, false
	}
	var docs []*Document
	for i, l := range strings.Split(strings.TrimSpace(string(rest)), "\n") {
		docs = append(docs, &Document{Path: p, Kind: "finding", BodyLine: i + 2,
			Fields: []Field{{Key: "id", Line: i + 2, Col: 1, Value: Value{Kind: Scalar, Text: l, Line: i + 2, Col: 1}}}})
	}
	return docs, nil, true
}

func TestLoadAsksReadersInOrder(t *testing.T) {
	fsys := fstest.MapFS{
		"content/threats/t.md":     {Data: []byte("---\nid: THR-1\n---\n")},
		"content/reports/a.txt":    {Data: []byte("lines\nCVE-1\nCVE-2\n")},
		"content/reports/b.txt":    {Data: []byte("not mine\n")},
		"content/reports/c.png":    {Data: []byte("\x89PNG")},
		"content/.hidden/x.md":     {Data: []byte("hidden")},
		"content/threats/.#t.md":   {Data: []byte("editor lock")},
		"content/threats/#t.md#":   {Data: []byte("editor backup")},
		"elsewhere/not-content.md": {Data: []byte("outside content/")},
	}
	files, diags, err := Load(context.Background(), fsys, []Reader{Markdown{}, lines{}})
	if err != nil || len(diags) > 0 {
		t.Fatalf("got %v, %v", err, diags)
	}
	got := map[string]string{}
	for _, f := range files {
		var ids []string
		for _, d := range f.Docs {
			fl, _ := d.Field("id")
			ids = append(ids, d.Kind+":"+fl.Value.Text)
		}
		for _, d := range f.Diags {
			ids = append(ids, d.String())
		}
		got[f.Path] = strings.Join(ids, ",")
	}
	want := map[string]string{
		"content/threats/t.md":  ":THR-1",
		"content/reports/a.txt": "finding:CVE-1,finding:CVE-2",
		"content/reports/b.txt": "content/reports/b.txt:1:1: no reader understands this file",
	}
	if len(got) != len(want) {
		t.Errorf("got files %v, want %v (a png no reader matches, hidden and editor files skipped)", got, want)
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s: got %q, want %q", p, got[p], w)
		}
	}
}

func TestReadBytesRefusesOversizedFiles(t *testing.T) {
	fsys := fstest.MapFS{"content/big.md": {Data: bytes.Repeat([]byte("a"), MaxFileSize+1)}}
	f := ReadFile(fsys, "content/big.md", DefaultReaders)
	if len(f.Docs) != 0 || len(f.Diags) != 1 || !strings.Contains(f.Diags[0].Message, "larger than the 8 MB limit") {
		t.Errorf("got %d documents, %v; want none and the size limit", len(f.Docs), f.Diags)
	}
}
