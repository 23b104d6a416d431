package urls

import "testing"

func TestPage(t *testing.T) {
	tests := []struct {
		base, from, to, want string
	}{
		{"", "", "threats/thr-1/", "threats/thr-1/index.html"},
		{"", "threats/thr-1/", "", "../../index.html"},
		{"", "threats/thr-1/", "assets/ast-1/", "../../assets/ast-1/index.html"},
		{"", "risks/l4-i5/", "risks/", "../../risks/index.html"},
		{"https://docs.example.com/sec/", "threats/thr-1/", "assets/ast-1/", "https://docs.example.com/sec/assets/ast-1/"},
		{"https://docs.example.com", "", "", "https://docs.example.com/"},
	}
	for _, tc := range tests {
		if got := New(tc.base).Page(tc.from, tc.to); got != tc.want {
			t.Errorf("Page(%q → %q) with base %q = %q, want %q", tc.from, tc.to, tc.base, got, tc.want)
		}
	}
}

func TestFileAndCanonical(t *testing.T) {
	if got := New("").File("threats/thr-1/", "css/secdoc.css"); got != "../../css/secdoc.css" {
		t.Errorf("File = %q", got)
	}
	if got := New("").Canonical("threats/thr-1/"); got != "/threats/thr-1/" {
		t.Errorf("Canonical = %q", got)
	}
	if got := New("https://x.test/docs/").Canonical("threats/thr-1/"); got != "https://x.test/docs/threats/thr-1/" {
		t.Errorf("Canonical with base = %q", got)
	}
}

func TestRooted(t *testing.T) {
	if got := New("").Rooted().Page("", "threats/"); got != "/threats/" {
		t.Errorf("rooted page = %q, want /threats/", got)
	}
	if got := New("").Rooted().File("", "css/secdoc.css"); got != "/css/secdoc.css" {
		t.Errorf("rooted file = %q, want /css/secdoc.css", got)
	}
	if got := New("https://x.test/docs").Rooted().File("", "css/a.css"); got != "https://x.test/docs/css/a.css" {
		t.Errorf("rooted with base = %q", got)
	}
}
