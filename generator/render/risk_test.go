package render

import (
	"sort"
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/urls"
)

func TestDefuse(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1":                       "'+1",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tcmd":                    "'\tcmd",
		"SQL injection":            "SQL injection",
		"":                         "",
	}
	for in, want := range tests {
		if got := defuse(in); got != want {
			t.Errorf("defuse(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSeq(t *testing.T) {
	if got := seq(1, 3); len(got) != 3 || got[2] != 3 {
		t.Errorf("seq(1, 3) = %v", got)
	}
	if got := seq(5, 1); len(got) != 5 || got[0] != 5 || got[4] != 1 {
		t.Errorf("seq(5, 1) = %v", got)
	}
}

// analyse decodes files (path → source), links them and rates their
// threats, failing on any diagnostic. It returns the records by id too.
func analyse(tb testing.TB, files map[string]string) (*risk.Analysis, map[string]*model.Record) {
	tb.Helper()
	engine := markdown.New(markdown.Options{})
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var records []*model.Record
	byID := map[string]*model.Record{}
	for _, p := range paths {
		f, diags := load.Parse(p, []byte(files[p]))
		if len(diags) > 0 {
			tb.Fatalf("load %s: %v", p, diags)
		}
		r, diags := model.Decode(f, kinds.Registry, engine)
		if len(diags) > 0 {
			tb.Fatalf("decode %s: %v", p, diags)
		}
		records = append(records, r)
		byID[r.ID] = r
	}
	g, diags := link.Resolve(records, nil, urls.New(""))
	if len(diags) > 0 {
		tb.Fatalf("link: %v", diags)
	}
	return risk.Analyse(records, g, risk.Options{Bands: risk.DefaultBands}), byID
}

func TestRegisterOrders(t *testing.T) {
	a, rs := analyse(t, map[string]string{
		"content/threats/t3.md": "---\nid: T3\nowner: zoe\nstatus: mitigated\n---\n",
		"content/threats/t1.md": "---\nid: T1\ndue: 2027-01-01\nstatus: open\n---\n",
		"content/threats/t2.md": "---\nid: T2\ndue: 2026-12-01\nowner: amir\n---\n",
	})
	threats := []*risk.Threat{a.Of(rs["T3"]), a.Of(rs["T1"]), a.Of(rs["T2"])}
	tests := map[string]string{"id": "T1,T2,T3", "due": "T2,T1,T3", "owner": "T2,T3,T1", "status": "T1,T2,T3"}
	for _, o := range RegisterOrders[1:] {
		var ids []string
		for _, t := range o.sorted(threats) {
			ids = append(ids, t.ID)
		}
		if got := strings.Join(ids, ","); got != tests[o.Key] {
			t.Errorf("by %s: got %s, want %s", o.Key, got, tests[o.Key])
		}
	}
}
