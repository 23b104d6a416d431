package scaffold

import (
	"strings"
	"testing"
)

func TestMarkSuperseded(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"yaml", "---\nid: ADR-3\nstatus: accepted\ndate: 2026-01-02\n---\n\nBody status: accepted\n",
			"---\nid: ADR-3\nstatus: superseded\ndate: 2026-01-02\n---\n\nBody status: accepted\n"},
		{"yaml keeps spacing and comment", "---\nstatus:    \"accepted\"   # by the CAB\n---\n",
			"---\nstatus:    superseded   # by the CAB\n---\n"},
		{"yaml empty status", "---\nstatus:\ntitle: x\n---\n", "---\nstatus: superseded\ntitle: x\n---\n"},
		{"yaml without status", "---\nid: ADR-3\ndeciders:\n  - Ana\n---\nText\n",
			"---\nid: ADR-3\ndeciders:\n  - Ana\nstatus: superseded\n---\nText\n"},
		{"nested status is not the record's", "---\nreview:\n  status: done\n---\n",
			"---\nreview:\n  status: done\nstatus: superseded\n---\n"},
		{"crlf", "---\r\nstatus: proposed\r\ntitle: x\r\n---\r\nBody\r\n", "---\r\nstatus: superseded\r\ntitle: x\r\n---\r\nBody\r\n"},
		{"crlf insert", "---\r\ntitle: x\r\n---\r\n", "---\r\ntitle: x\r\nstatus: superseded\r\n---\r\n"},
		{"byte-order mark and blank lines", "\xef\xbb\xbf\n---\nstatus: accepted\n---\n", "\xef\xbb\xbf\n---\nstatus: superseded\n---\n"},
		{"toml", "+++\nid = \"ADR-3\"\nstatus = 'accepted' # ok\n+++\n", "+++\nid = \"ADR-3\"\nstatus = \"superseded\" # ok\n+++\n"},
		{"toml insert before a table", "+++\nid = \"ADR-3\"\n[extra]\nstatus = \"x\"\n+++\n",
			"+++\nid = \"ADR-3\"\nstatus = \"superseded\"\n[extra]\nstatus = \"x\"\n+++\n"},
		{"already superseded", "---\nstatus: Superseded\n---\n", "---\nstatus: Superseded\n---\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, changed, err := markSuperseded([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if changed != (tc.in != tc.want) {
				t.Errorf("got changed %v, want %v", changed, tc.in != tc.want)
			}
		})
	}
}

func TestMarkSupersededRefuses(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"json", ";;;\n{\"status\": \"accepted\"}\n;;;\n", "JSON"},
		{"bare json", "{\n\"status\": \"accepted\"\n}\n\nBody\n", "JSON"},
		{"no front matter", "# ADR 3\n\nStatus: accepted\n", "no front matter"},
		{"unclosed", "---\nstatus: accepted\n", "does not parse"},
		{"broken yaml", "---\nstatus: [accepted\n---\n", "does not parse"},
		{"value on the next line", "---\nstatus:\n  accepted\n---\n", "set status: superseded by hand"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := markSuperseded([]byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
}
