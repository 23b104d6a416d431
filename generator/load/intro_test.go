package load

import "testing"

func TestIntroRank(t *testing.T) {
	tests := map[string]int{
		"content/_index.md": 0, "content/sops/etcd/_index.md": 0, "content/sops/index.md": 1,
		"content/sops/INDEX.markdown": 1, "content/sops/README.md": 2, "content/sops/readme.md": 2,
		"content/sops/readme-first.md": -1, "content/sops/sop-001.md": -1,
	}
	for p, want := range tests {
		if got := IntroRank(p); got != want {
			t.Errorf("IntroRank(%q): got %d, want %d", p, got, want)
		}
	}
}
