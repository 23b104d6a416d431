package main

import "runtime/debug"

// version is the fallback for builds without module or VCS information; a
// release may set it with -ldflags "-X main.version=...".
var version = "dev"

// buildVersion returns the version --version reports, from the binary's
// build information.
func buildVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(info, version)
}

// versionOf returns the module's version when the build has one (`go
// install module@v1.2.0`, or a checkout at a tag); else the VCS revision,
// shortened as Go's pseudo-versions shorten it and marked "-dirty" when the
// tree had uncommitted changes; else fallback.
func versionOf(info *debug.BuildInfo, fallback string) string {
	if info == nil {
		return fallback
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value[:min(len(s.Value), 12)]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "-dirty"
		}
	}
	if rev == "" {
		return fallback
	}
	return rev + dirty
}
