package site

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFirefighter builds a site with a rotation on dates before, at and
// after its turns: radiator.json, the radiator and the home page name who is
// on duty and who is next.
func TestFirefighter(t *testing.T) {
	src := filepath.Join(t.TempDir(), "site")
	if err := os.CopyFS(src, os.DirFS("testdata/site")); err != nil {
		t.Fatal(err)
	}
	cfg := "rotation: {people: [Amara, Bo, Chidi], start: 2026-11-02, length: 7d}\n"
	if err := os.WriteFile(filepath.Join(src, "secdoc.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		now, duty, next, from string
	}{
		{"2026-11-01", "", "Amara", "2026-11-02"},
		{"2026-11-08", "Amara", "Bo", "2026-11-09"},
		{"2026-11-09", "Bo", "Chidi", "2026-11-16"},
		{"2026-11-25", "Amara", "Bo", "2026-11-30"},
	}
	for _, tt := range tests {
		now, _ := time.Parse("2006-01-02", tt.now)
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Build(context.Background(), Options{Source: src, Destination: dest, Now: FixedClock(now.Add(10 * time.Hour)), Version: "test"}); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Firefighter string `json:"firefighter"`
			Next        string `json:"firefighter_next"`
		}
		data, err := os.ReadFile(filepath.Join(dest, "api", "radiator.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Firefighter != tt.duty || doc.Next != tt.next {
			t.Errorf("%s: radiator.json says %q then %q, want %q then %q", tt.now, doc.Firefighter, doc.Next, tt.duty, tt.next)
		}
		duty := tt.duty
		if duty == "" {
			duty = "nobody yet"
		}
		for _, page := range []string{"radiator/index.html", "index.html"} {
			html, err := os.ReadFile(filepath.Join(dest, page))
			if err != nil {
				t.Fatal(err)
			}
			s := string(html)
			if !strings.Contains(s, "<strong>"+duty) || !strings.Contains(s, tt.next+" from") || !strings.Contains(s, tt.from) {
				t.Errorf("%s: %s does not show %q on duty and %q next from %s", tt.now, page, duty, tt.next, tt.from)
			}
		}
	}
}
