package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
)

// Mount brings a folder of the site's repository into the content tree
// without moving it, such as doc/adr at decisions/platform.
type Mount struct {
	// Source is the folder, relative to the site root and inside it.
	// secdoc.yaml comes with pull requests, so it can never name a folder
	// outside the root: those come only from the command line (--mount).
	Source string `yaml:"source"`
	// Target is where the folder appears under content/; its first
	// segment decides the kind, as a folder of content/ would.
	Target string `yaml:"target"`
	// IDPrefix is put in front of the folder's ids, so several collections
	// numbering from ADR-0001 stay apart.
	IDPrefix string `yaml:"id_prefix"`
	// Exclude lists globs, relative to the folder, of files to leave out.
	Exclude []string `yaml:"exclude"`
}

// mountProblems checks the mounts and exclude globs, and cleans the paths
// of mounts that pass. root is the site root every source must stay in; a
// source is looked up through it, so a symbolic link out of the root fails
// even when its target exists.
func (c *Config) mountProblems(root *os.Root) []problem {
	out := globProblems("exclude", c.Exclude)
	for i := range c.Mounts {
		m := &c.Mounts[i]
		at := fmt.Sprintf("mounts.%d.", i)
		src, msg := CheckSource(m.Source)
		if msg == "" && root != nil {
			msg = sourceFolder(root, src)
		}
		for j := range i {
			if msg == "" && Overlap(src, c.Mounts[j].Source) {
				msg = fmt.Sprintf("%q overlaps mounts[%d].source %q: a folder can be mounted once", src, j, c.Mounts[j].Source)
			}
		}
		if msg != "" {
			out = append(out, problem{at + "source", msg})
		} else {
			m.Source = src
		}
		if t, msg := CheckTarget(m.Target); msg != "" {
			out = append(out, problem{at + "target", msg})
		} else {
			m.Target = t
		}
		out = append(out, globProblems(at+"exclude", m.Exclude)...)
	}
	return out
}

// CheckSource returns a mount source of secdoc.yaml as a clean slash path,
// or why it may not be mounted.
func CheckSource(s string) (string, string) {
	clean := path.Clean(filepath.ToSlash(s))
	switch {
	case strings.TrimSpace(s) == "":
		return "", "must name a folder inside the site root, such as doc/adr"
	case path.IsAbs(clean) || filepath.IsAbs(s) || filepath.VolumeName(s) != "":
		return "", fmt.Sprintf("%q is an absolute path: a mount's source must be a folder inside the site root (a folder elsewhere can only be mounted from the command line, with --mount)", s)
	case clean == ".." || strings.HasPrefix(clean, "../"):
		return "", fmt.Sprintf("%q leaves the site root: a mount's source must be a folder inside it (a folder elsewhere can only be mounted from the command line, with --mount)", s)
	case clean == ".":
		return "", fmt.Sprintf("%q is the site root itself: name the folder to mount", s)
	case clean == load.ContentDir || strings.HasPrefix(clean, load.ContentDir+"/"):
		return "", fmt.Sprintf("%q is inside %s/, which is read already", s, load.ContentDir)
	}
	return clean, ""
}

// Overlap reports whether two mount sources (clean slash paths) are the
// same folder or one holds the other: their files would have two places.
func Overlap(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+"/") || strings.HasPrefix(b, a+"/")
}

// sourceFolder checks through the site root that src is a folder in it.
func sourceFolder(root *os.Root, src string) string {
	info, err := root.Stat(src)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("folder %q does not exist in the site root", src)
	case err != nil:
		return fmt.Sprintf("%q leads outside the site root (through a symbolic link?), which a mount may not", src)
	case !info.IsDir():
		return fmt.Sprintf("%q is a file, not a folder", src)
	}
	return ""
}

// CheckTarget returns a mount target as a clean slash path, or why it is
// not a place under content/.
func CheckTarget(t string) (string, string) {
	clean := path.Clean(t)
	switch {
	case strings.TrimSpace(t) == "":
		return "", "must name a folder under content/, such as decisions/platform"
	case strings.Contains(t, `\`) || path.IsAbs(t) || filepath.IsAbs(t):
		return "", fmt.Sprintf("%q must be a relative slash path under content/, such as decisions/platform", t)
	case clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || clean != strings.TrimSuffix(t, "/"):
		return "", fmt.Sprintf("%q must be a clean path under content/ without . or .., such as decisions/platform", t)
	case clean == load.ContentDir || strings.HasPrefix(clean, load.ContentDir+"/"):
		return "", fmt.Sprintf("%q is relative to content/ already: write %q", t, strings.TrimPrefix(strings.TrimPrefix(clean, load.ContentDir), "/"))
	}
	for _, seg := range strings.Split(clean, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", fmt.Sprintf("%q has a hidden folder %q, which secdoc skips", t, seg)
		}
	}
	return clean, ""
}

// globProblems reports the patterns of a list path.Match cannot read.
func globProblems(at string, globs []string) []problem {
	var out []problem
	for _, g := range globs {
		if err := load.CheckGlob(g); err != nil || strings.TrimSpace(g) == "" {
			out = append(out, problem{at, fmt.Sprintf("%q is not a valid pattern (path.Match syntax, with ** for any number of folders)", g)})
		}
	}
	return out
}
