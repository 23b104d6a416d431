package render

import (
	"strings"
	"testing"

	"github.com/secdoc/secdoc/generator/model"
)

func TestGroupPaths(t *testing.T) {
	tests := []struct{ name, owner, tag string }{
		{"Priya Natarajan", "owners/priya-natarajan/", "tags/priya-natarajan/"},
		{"team-identity", "owners/team-identity/", "tags/team-identity/"},
		{"Équipe Sécurité", "owners/équipe-sécurité/", "tags/équipe-sécurité/"},
		{"../../etc", "owners/etc/", "tags/etc/"},
		{"???", "", ""},
		{strings.Repeat("ab ", 100), "owners/" + strings.TrimSuffix(strings.Repeat("ab-", 20), "-") + "/", ""},
	}
	for _, tt := range tests {
		if got := OwnerPath(tt.name); got != tt.owner {
			t.Errorf("OwnerPath(%.20q) = %q, want %q", tt.name, got, tt.owner)
		}
		if got := TagPath(tt.name); tt.tag != "" && got != tt.tag {
			t.Errorf("TagPath(%.20q) = %q, want %q", tt.name, got, tt.tag)
		}
	}
}

func TestOwnersAndTags(t *testing.T) {
	a, rs := analyse(t, map[string]string{
		"content/threats/t1.md": "---\nid: T1\nowner: Mei Lin\nlikelihood: 5\nimpact: 5\nstatus: open\ntags: [pci]\n---\n",
		"content/threats/t2.md": "---\nid: T2\nowner: mei lin\nlikelihood: 2\nimpact: 2\nstatus: open\n---\n",
		"content/threats/t3.md": "---\nid: T3\nowner: Mei Lin\nlikelihood: 5\nimpact: 5\nstatus: mitigated\n---\n",
		"content/assets/a1.md":  "---\nid: A1\nowner: Joel\ntags: [pci, pii]\n---\n",
	})
	var records []*model.Record
	for _, id := range []string{"A1", "T1", "T2", "T3"} {
		records = append(records, rs[id])
	}
	s := &Site{Records: records, Risk: a}
	s.gatherGroups()
	var got []string
	for _, c := range s.Owners() {
		var ids, debt []string
		for _, r := range c.Records {
			ids = append(ids, r.ID)
		}
		for _, d := range c.Debt {
			debt = append(debt, d.ID)
		}
		got = append(got, c.Path+"="+strings.Join(ids, ",")+" debt "+strings.Join(debt, ","))
	}
	want := "owners/joel/=A1 debt |owners/mei-lin/=T1,T2,T3 debt T1,T2"
	if strings.Join(got, "|") != want {
		t.Errorf("owners:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	got = nil
	for _, c := range s.Tags() {
		var ids []string
		for _, r := range c.Records {
			ids = append(ids, r.ID)
		}
		got = append(got, c.Path+"="+strings.Join(ids, ","))
	}
	if want := "tags/pci/=A1,T1|tags/pii/=A1"; strings.Join(got, "|") != want {
		t.Errorf("tags: got %s, want %s", strings.Join(got, "|"), want)
	}

	// Depends: a change to T2 reaches its owner's page, not Joel's, nor
	// any page when it changed a body alone.
	owner := &Page{Path: "owners/mei-lin/", Collection: s.Owners()[1]}
	other := &Page{Path: "owners/joel/", Collection: s.Owners()[0]}
	index := &Page{Path: "owners/"}
	c := &Change{groups: map[string]bool{}}
	c.group(rs["T2"])
	for _, tt := range []struct {
		p    *Page
		c    *Change
		want bool
	}{{owner, c, true}, {other, c, false}, {index, c, true}, {owner, &Change{BodyOnly: true}, false}} {
		if got := collectionChanged(tt.p, tt.c); got != tt.want {
			t.Errorf("collectionChanged(%s, body only %v) = %v, want %v", tt.p.Path, tt.c.BodyOnly, got, tt.want)
		}
	}
}
