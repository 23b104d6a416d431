package watch

import (
	"fmt"
	"slices"
	"testing"
)

func TestChangesBatch(t *testing.T) {
	many := func(n int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("content/f%04d.md", i))
		}
		return out
	}
	tests := []struct {
		name         string
		add          []string
		overflow     bool
		wantPaths    []string
		wantOverflow bool
	}{
		{"empty", nil, false, []string{}, false},
		{"sorted and deduplicated", []string{"b.md", "a.md", "b.md"}, false, []string{"a.md", "b.md"}, false},
		{"lost events", []string{"a.md"}, true, []string{"a.md"}, true},
		{"at the limit", many(maxPaths), false, many(maxPaths), false},
		{"over the limit", many(maxPaths + 1), false, many(maxPaths + 1), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newChanges()
			c.add(tc.add...)
			c.overflow = tc.overflow
			b := c.batch()
			if !slices.Equal(b.Paths, tc.wantPaths) || b.Overflow != tc.wantOverflow {
				t.Errorf("got %v paths (overflow %v), want %v (overflow %v)",
					len(b.Paths), b.Overflow, len(tc.wantPaths), tc.wantOverflow)
			}
		})
	}
}

func TestChangesMerge(t *testing.T) {
	a, b := newChanges(), newChanges()
	a.add("a.md")
	b.add("b.md", "a.md")
	b.overflow = true
	a.merge(b)
	got := a.batch()
	if want := []string{"a.md", "b.md"}; !slices.Equal(got.Paths, want) || !got.Overflow {
		t.Errorf("got %+v, want paths %q with overflow", got, want)
	}
}
