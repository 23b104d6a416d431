package load

import (
	"path"
	"strings"
)

// Globs are path.Match patterns over slash paths in which a `**` segment
// matches any number of folders, none included: `drafts/**` matches the
// folder drafts and everything in it, `**/*.draft.md` such files at any
// depth. path.Match alone cannot say "at any depth" and filepath.Glob reads
// the disk, so the few lines here are the whole matcher.
type Globs []string

// Match reports whether any of the patterns matches the slash path p.
func (g Globs) Match(p string) bool {
	for _, pattern := range g {
		if matchSegments(strings.Split(pattern, "/"), strings.Split(p, "/")) {
			return true
		}
	}
	return false
}

// CheckGlob returns path.ErrBadPattern for a pattern path.Match rejects.
func CheckGlob(pattern string) error {
	for _, seg := range strings.Split(pattern, "/") {
		if _, err := path.Match(seg, ""); err != nil {
			return err
		}
	}
	return nil
}

func matchSegments(pattern, name []string) bool {
	for len(pattern) > 0 {
		if pattern[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegments(pattern[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, err := path.Match(pattern[0], name[0]); !ok || err != nil {
			return false
		}
		pattern, name = pattern[1:], name[1:]
	}
	return len(name) == 0
}
