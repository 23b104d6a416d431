package web

import (
	"strings"
	"testing"
)

func TestPolicies(t *testing.T) {
	tests := []struct {
		name, policy string
		framing      bool // whether it must ban framing
	}{
		{"declared by pages", CSP, false},
		{"sent as a header", HeaderCSP, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.HasPrefix(tc.policy, CSP) {
				t.Errorf("got %q, want it to start with the pages' policy", tc.policy)
			}
			if got := strings.Contains(tc.policy, "frame-ancestors 'none'"); got != tc.framing {
				t.Errorf("frame-ancestors 'none': got %v, want %v", got, tc.framing)
			}
			if got := strings.Contains(tc.policy, "'unsafe-"); got {
				t.Errorf("got %q, want no unsafe source", tc.policy)
			}
		})
	}
}
