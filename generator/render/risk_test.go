package render

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
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

func TestRegisterOrders(t *testing.T) {
	mk := func(id, due, owner, status string) *risk.Threat {
		d, _ := model.ParseDate(due)
		if due == "" {
			d = model.Date{}
		}
		return &risk.Threat{Record: &model.Record{Kind: model.Threat, ID: id, Due: d, Owner: owner, Status: status}}
	}
	threats := []*risk.Threat{mk("T3", "", "zoe", "mitigated"), mk("T1", "2027-01-01", "", "open"), mk("T2", "2026-12-01", "amir", "")}
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
