package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	const rev = "3e40f3b9c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7"
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "ldflags"},
		{"tagged module", &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}, Settings: vcs(rev, "false")}, "v1.4.0"},
		{"pseudo-version", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261201194057-3e40f3b9c1d2"}}, "v0.0.0-20261201194057-3e40f3b9c1d2"},
		{"devel, clean tree", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "false")}, "3e40f3b9c1d2"},
		{"devel, dirty tree", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "true")}, "3e40f3b9c1d2-dirty"},
		{"short revision", &debug.BuildInfo{Settings: vcs("3e40f3b", "false")}, "3e40f3b"},
		{"devel, no vcs", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "ldflags"},
		{"empty version, no vcs", &debug.BuildInfo{}, "ldflags"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionOf(tc.info, "ldflags"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
