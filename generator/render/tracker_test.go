package render

import (
	"testing"

	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

func TestTrackerLinks(t *testing.T) {
	links := map[string]string{"ticket": "https://tracker.example.org/browse/{value}", "owner": "https://people.example.org/{value}"}
	fs := trackerLinks([]Fact{
		{Key: "ticket", Text: "SEC 1/2", Extra: true},
		{Key: "owner", Text: "Joel", Path: "owners/joel/"},
		{Key: "status", Text: "open", Badge: "status-open"},
		{Key: "", Text: "computed"},
		{Key: "ticket", Text: ""},
	}, links)
	want := []string{"https://tracker.example.org/browse/SEC%201%2F2", "", "", "", ""}
	for i, f := range fs {
		if f.Href != want[i] {
			t.Errorf("fact %d (%s=%q): href %q, want %q", i, f.Key, f.Text, f.Href, want[i])
		}
	}
}

func TestContents(t *testing.T) {
	md := markdown.New(markdown.Options{})
	tests := []struct {
		src  string
		want int
	}{
		{"# Title\n\n## A\n\n## B\n", 0},
		{"# Title\n\n## A\n\n### B\n\n## C\n\n#### D\n", 3},
		{"## A\n\n## B\n\n## C\n\n## D\n", 4},
	}
	for _, tt := range tests {
		p := &Page{Kind: &PageKind{Layout: "record"}, Record: &model.Record{Body: md.Parse([]byte(tt.src))}}
		if got := len(p.Contents()); got != tt.want {
			t.Errorf("%q: %d entries, want %d", tt.src, got, tt.want)
		}
	}
	p := &Page{Kind: &PageKind{Layout: "section"}, Record: &model.Record{Body: md.Parse([]byte(tests[2].src))}}
	if p.Contents() != nil {
		t.Error("a list page got a contents list")
	}
}
