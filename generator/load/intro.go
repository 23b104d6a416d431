package load

import (
	"path"
	"strings"
)

// introNames are the file names, without extension and in lower case, of a
// folder's introduction, in the order one wins over another when a folder
// holds several: Hugo's _index.md, then the index.md and README.md that
// other tools and Git hosts show for a folder. None is ever a record.
var introNames = []string{"_index", "index", "readme"}

// IntroRank returns the precedence of the file at p as its folder's
// introduction (0 wins), or -1 when it is not an introduction.
func IntroRank(p string) int {
	base := strings.ToLower(path.Base(p))
	name := strings.TrimSuffix(base, path.Ext(base))
	for i, n := range introNames {
		if name == n {
			return i
		}
	}
	return -1
}

// IsIntro reports whether the file at p introduces its folder.
func IsIntro(p string) bool { return IntroRank(p) >= 0 }
