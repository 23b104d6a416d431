package nearest

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{{"likelyhood", "likelihood", 1}, {"onwer", "owner", 1}, {"abc", "abc", 0}, {"", "ab", 2}, {"kitten", "sitting", 3}}
	for _, tc := range tests {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestWord(t *testing.T) {
	cands := []string{"build", "check", "serve", "likelihood", "source", "destination"}
	tests := map[string]string{"biuld": "build", "chek": "check", "likelyhood": "likelihood", "sauce": "", "destinaton": "destination", "build": "", "xyz": ""}
	for in, want := range tests {
		if got := Word(in, cands); got != want {
			t.Errorf("Word(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithin(t *testing.T) {
	cands := []string{"title", "policies", "radiator"}
	tests := []struct {
		word  string
		limit int
		want  string
	}{
		{"policys", 1, ""},
		{"policys", 2, "policies"},
		{"titel", 2, "title"},
		{"colour", 2, ""},
		{"title", 2, ""},
	}
	for _, tc := range tests {
		if got := Within(tc.word, cands, tc.limit); got != tc.want {
			t.Errorf("Within(%q, %d) = %q, want %q", tc.word, tc.limit, got, tc.want)
		}
	}
}
