package model_test

import (
	"testing"
	"time"

	"github.com/secdoc/secdoc/generator/model"
)

func TestInfer(t *testing.T) {
	day := model.NewDate(time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
	cases := []struct {
		name, src, key string
		want           bool
		wantDay        string
	}{
		{"an empty date is filled", "---\nid: ADR-1\n---\n", "date", true, "2024-03-05"},
		{"a written date is kept", "---\nid: ADR-1\ndate: 2020-01-02\n---\n", "date", false, "2020-01-02"},
		{"a text field is not a day", "---\nid: ADR-1\n---\n", "owner", false, ""},
		{"an unknown field is refused", "---\nid: ADR-1\n---\n", "colour", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := decode(t, "content/decisions/0001-x.md", tc.src)
			if got := r.Infer(tc.key, day, model.FromGit); got != tc.want {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			if got := r.Day(tc.key).String(); got != tc.wantDay {
				t.Errorf("got day %q, want %q", got, tc.wantDay)
			}
			from := ""
			if tc.want {
				from = model.FromGit
			}
			if got := r.InferredFrom(tc.key); got != from {
				t.Errorf("got from %q, want %q", got, from)
			}
		})
	}
}
