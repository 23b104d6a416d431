package model

import (
	"strings"
	"testing"
)

func TestLocation(t *testing.T) {
	tests := []struct {
		src, section, path string
		intro              bool
	}{
		{"content/threats/thr-0001-sql-injection.md", "threats", "threats/thr-0001-sql-injection/", false},
		{"content/about.md", "", "about/", false},
		{"content/_index.md", "", "", true},
		{"content/index.md", "", "", true},
		{"content/README.md", "", "", true},
		{"content/threats/_index.md", "threats", "threats/", true},
		{"content/sops/etcd/_index.md", "sops", "sops/etcd/", true},
		{"content/sops/etcd/Index.md", "sops", "sops/etcd/", true},
		{"content/sops/etcd/readme.markdown", "sops", "sops/etcd/", true},
		{"content/sops/etcd/readme-first.md", "sops", "sops/etcd/readme-first/", false},
		{"content/Threats/Payments/THR 1.md", "threats", "threats/payments/thr-1/", false},
		{"content/threats/..md", "threats", "threats/page/", false},
		{"content/a/b.c.md", "a", "a/bc/", false},
	}
	for _, tc := range tests {
		section, path, intro := location(tc.src)
		if section != tc.section || path != tc.path || intro != tc.intro {
			t.Errorf("%s: got %q %q %v, want %q %q %v", tc.src, section, path, intro, tc.section, tc.path, tc.intro)
		}
	}
}

func TestFolders(t *testing.T) {
	tests := []struct {
		path   string
		intro  bool
		folder string
		all    string
	}{
		{"", true, "", ""},
		{"about/", false, "", ""},
		{"sops/", true, "sops/", "sops/"},
		{"sops/restart/", false, "sops/", "sops/"},
		{"sops/etcd/", true, "sops/etcd/", "sops/ sops/etcd/"},
		{"sops/etcd/backup/offsite/ship/", false, "sops/etcd/backup/offsite/", "sops/ sops/etcd/ sops/etcd/backup/ sops/etcd/backup/offsite/"},
	}
	for _, tc := range tests {
		r := &Record{Path: tc.path, Intro: tc.intro}
		if got := r.Folder(); got != tc.folder {
			t.Errorf("%q: got folder %q, want %q", tc.path, got, tc.folder)
		}
		if got := strings.Join(r.Folders(), " "); got != tc.all {
			t.Errorf("%q: got folders %q, want %q", tc.path, got, tc.all)
		}
	}
}

func TestParseInterval(t *testing.T) {
	tests := map[string]int{"90": 90, "90d": 90, "12w": 84, "6m": 180, "1y": 365, " 2Y ": 730}
	for in, want := range tests {
		if got, err := ParseInterval(in); err != nil || got != want {
			t.Errorf("ParseInterval(%q): got %d, %v, want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "d", "-5", "0", "1.5y", "often"} {
		if _, err := ParseInterval(bad); err == nil {
			t.Errorf("ParseInterval(%q): got no error", bad)
		}
	}
}

func TestResourcePath(t *testing.T) {
	tests := []struct{ src, out string }{
		{"content/sops/etcd/diagram.png", "sops/etcd/diagram.png"},
		{"content/Decisions/Img/Flow.SVG", "decisions/img/Flow.SVG"},
		{"content/logo.png", "logo.png"},
		{"content/sops/two words.png", ""},
		{"content/sops/noext", ""},
		{"content/sops/index.html", ""},
		{"content/sops/a..png", ""},
	}
	for _, tc := range tests {
		out, ok := ResourcePath(tc.src)
		if out != tc.out || ok != (tc.out != "") {
			t.Errorf("%s: got %q %v, want %q", tc.src, out, ok, tc.out)
		}
	}
}
