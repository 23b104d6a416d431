package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"THR-0012: Token replay", "thr 0012 token replay"},
		{"Ünïcode straße, 東京", "ünïcode straße 東京"},
		{"a+b|c\td", "a b c d"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Terms(tt.in), " "); got != tt.want {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestShard pins the hash static/js/search.js repeats: a change here must
// change the script too.
func TestShard(t *testing.T) {
	tests := []struct {
		term string
		n    int
		want int
	}{
		{"token", 7, (('t'*31+'o')*31 + 'k') % 1000003 % 7},
		{"tok", 7, Shard("token", 7)},
		{"to", 7, ('t'*31 + 'o') * 31 % 1000003 % 7},
		{"x", 1, 0},
		{"😀a", 1000, ((0xD83D*31+0xDE00)%1000003*31 + 'a') % 1000003 % 1000},
	}
	for _, tt := range tests {
		if got := Shard(tt.term, tt.n); got != tt.want {
			t.Errorf("Shard(%q, %d) = %d, want %d", tt.term, tt.n, got, tt.want)
		}
	}
}

// unwrap returns the JSON arguments of a script file.
func unwrap(t *testing.T, f File, fn string) []byte {
	t.Helper()
	pre, post := "window.secdocSearch."+fn+"(", ");\n"
	s := string(f.Data)
	if !strings.HasPrefix(s, pre) || !strings.HasSuffix(s, post) {
		t.Fatalf("%s: not a call of %s: %.60q", f.Name, fn, s)
	}
	return []byte("[" + strings.TrimSuffix(strings.TrimPrefix(s, pre), post) + "]")
}

func TestBuild(t *testing.T) {
	docs := []Doc{
		{Href: "threats/thr-1/index.html", ID: "THR-1", Kind: "Threats", Title: "Token replay", Band: "high", Status: "open", Owner: "team-identity", Tags: []string{"auth"}, Text: "A stolen token is replayed. Token again."},
		{Href: "sops/sop-1/index.html", ID: "SOP-1", Kind: "SOPs", Title: "Rotate keys", Status: "active", Text: strings.Repeat("word ", 100)},
	}
	files, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Build(docs)
	for i := range files {
		if !bytes.Equal(files[i].Data, again[i].Data) {
			t.Errorf("%s differs between two builds", files[i].Name)
		}
	}
	var head []docsFile
	if err := json.Unmarshal(unwrap(t, files[0], "docs"), &head); err != nil {
		t.Fatal(err)
	}
	d := head[0]
	if d.DocumentCount != 2 || d.DocumentIDs["1"] != "sops/sop-1/index.html" || d.StoredFields["0"].Band != "high" {
		t.Errorf("docs.js = %+v", d)
	}
	if got := d.FieldLength["0"]; fmt.Sprint(got) != "[2 2 2 1 6]" {
		t.Errorf("field lengths of THR-1 = %v, want unique terms per field [2 2 2 1 6]", got)
	}
	if s := d.StoredFields["1"].Snippet; !strings.HasSuffix(s, "…") || len([]rune(s)) > SnippetRunes+1 {
		t.Errorf("snippet %q not cut at %d characters", s, SnippetRunes)
	}
	if len(files) != 1+d.Shards {
		t.Fatalf("%d files for %d shards", len(files), d.Shards)
	}
	found := map[string]map[string]map[string]int{}
	for i, f := range files[1:] {
		var args []json.RawMessage
		if err := json.Unmarshal(unwrap(t, f, "terms"), &args); err != nil {
			t.Fatal(err)
		}
		var entries [][2]json.RawMessage
		if err := json.Unmarshal(args[1], &entries); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			var term string
			var data map[string]map[string]int
			_ = json.Unmarshal(e[0], &term)
			_ = json.Unmarshal(e[1], &data)
			if Shard(term, d.Shards) != i {
				t.Errorf("term %q in shard %d, Shard says %d", term, i, Shard(term, d.Shards))
			}
			found[term] = data
		}
	}
	if got := found["token"]["1"]["0"]; got != 1 {
		t.Errorf("token in title of doc 0: %d, want 1", got)
	}
	if got := found["token"]["4"]["0"]; got != 2 {
		t.Errorf("token in text of doc 0: %d, want 2", got)
	}
	if got := found["team"]["2"]["0"]; got != 1 {
		t.Errorf("owner term team: %d, want 1", got)
	}
}

// TestSize measures what a search loads on a site of 10,000 records: docs.js
// and the largest shard must stay within a few megabytes.
func TestSize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10,000-record index")
	}
	// A vocabulary of 20,000 words made of common English syllables, so
	// that word beginnings bunch as they do in prose.
	syl := strings.Fields("con pro re com de in ex st ter ment tion ing al er an at en es or ic is it ar un per dis im sub trans inter over out pre se ca ma ra li ta po di mi")
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = syl[i%len(syl)] + syl[(i/len(syl))%len(syl)] + syl[(i*7/len(syl)/len(syl)+i)%len(syl)]
	}
	var docs []Doc
	for i := range 10000 {
		var body strings.Builder
		for w := range 300 {
			body.WriteString(vocab[(i*7919+w*104729)%len(vocab)] + " ")
		}
		docs = append(docs, Doc{Href: fmt.Sprintf("threats/thr-%05d/index.html", i), ID: fmt.Sprintf("THR-%05d", i), Kind: "Threats",
			Title: fmt.Sprintf("Threat number %d against service %d", i, i%50), Band: "high", Status: "open", Owner: fmt.Sprintf("team-%d", i%20), Tags: []string{"t" + fmt.Sprint(i%30)}, Text: body.String()})
	}
	start := time.Now()
	files, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Build took %v", time.Since(start))
	total, largest := 0, 0
	for _, f := range files[1:] {
		total += len(f.Data)
		largest = max(largest, len(f.Data))
	}
	t.Logf("10,000 records: docs.js %d bytes, %d shards totalling %d bytes, largest %d", len(files[0].Data), len(files)-1, total, largest)
	if load := len(files[0].Data) + 2*largest; load > 5<<20 {
		t.Errorf("a two-word search loads %d bytes, more than 5 MiB", load)
	}
}
