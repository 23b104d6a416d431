package livereload

import "testing"

func TestInject(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"before the head's end", "<html><head><title>x</title></head><body></body></html>",
			"<html><head><title>x</title>" + Tag + "\n</head><body></body></html>"},
		{"the first head end only", "<head></head><pre></head></pre>", "<head>" + Tag + "\n</head><pre></head></pre>"},
		{"no head", "<p>fragment</p>", "<p>fragment</p>"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(Inject([]byte(tc.page))); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTag(t *testing.T) {
	const want = `<script src="/_secdoc/live.js" defer></script>`
	if Tag != want {
		t.Errorf("got %q, want %q", Tag, want)
	}
}
