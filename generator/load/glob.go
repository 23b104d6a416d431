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

// matchSegments matches pattern against name, segment by segment. The
// patterns come from secdoc.yaml, which is untrusted: trying every split for
// each `**` by recursion is exponential in their number, so the table of
// "pattern[i:] matches name[j:]" is filled instead, in len(pattern) ×
// len(name) steps.
func matchSegments(pattern, name []string) bool {
	next := make([]bool, len(name)+1) // row i+1 of the table
	next[len(name)] = true
	row := make([]bool, len(name)+1)
	for i := len(pattern) - 1; i >= 0; i-- {
		for j := len(name); j >= 0; j-- {
			switch {
			case pattern[i] == "**":
				row[j] = next[j] || j < len(name) && row[j+1]
			case j == len(name):
				row[j] = false
			default:
				ok, err := path.Match(pattern[i], name[j])
				row[j] = ok && err == nil && next[j+1]
			}
		}
		next, row = row, next
	}
	return next[0]
}
