package render

import "testing"

func TestClassWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"accepted", "accepted"},
		{"in-progress", "in-progress"},
		{"false-positive", "false-positive"},
		{"On hold", "on-hold"},
		{"  Pending -- review ", "pending-review"},
		{`x" onclick="y`, "x-onclick-y"},
		{"radiator alert", "radiator-alert"},
		{"✅", "other"},
		{"", "other"},
		{"Überprüft", "überprüft"},
	}
	for _, tc := range tests {
		if got := classWord(tc.in); got != tc.want {
			t.Errorf("classWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
