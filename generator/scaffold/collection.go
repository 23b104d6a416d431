package scaffold

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
)

// inventory is what New knows of the site before it writes.
type inventory struct {
	entries    []entry
	dirs       []string     // the folders directly under content/
	log4brains []string     // the folders .log4brains.yml names, from the site root
	mounts     []load.Mount // the mounted folders, by their targets under content/
}

// prefixOf returns the id prefix of the collection in the folder dir, from
// the site root: its mount's id_prefix, "" for a folder of content/.
func (inv inventory) prefixOf(dir string) string {
	if i, _ := mountAt(inv.mounts, dir); i >= 0 {
		return inv.mounts[i].IDPrefix
	}
	return ""
}

// sourceDir returns where the folder dir, from the site root, really lies:
// itself in content/, else in its mounted folder.
func (inv inventory) sourceDir(dir string) string {
	if i, in := mountAt(inv.mounts, dir); i >= 0 {
		return path.Join(inv.mounts[i].Source, in)
	}
	return dir
}

// collections returns the folders, from the site root, in the folders of
// kind k that hold its records, sorted. A record placed elsewhere by its
// `kind:` field makes no collection.
func collections(k *model.Spec, own []entry) []string {
	var out []string
	for _, e := range own {
		if kinds.Registry.OfFolder(section(e.Path)).Name != k.Name {
			continue
		}
		if d := path.Dir(e.Path); !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out
}

// chooseCollection returns the folder, from the site root, a new record of
// kind k goes in: the one in names (--in), else the one folder holding the
// kind's records, else the kind's usual folder. Several folders and no
// --in is an error listing them.
func chooseCollection(k *model.Spec, in string, own []entry, dirs []string) (string, error) {
	if in != "" {
		return inFolder(k, in)
	}
	cs := collections(k, own)
	switch len(cs) {
	case 0:
		return load.ContentDir + "/" + chooseFolder(k, own, dirs), nil
	case 1:
		return cs[0], nil
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = strings.TrimPrefix(c, load.ContentDir+"/")
	}
	return "", usageErrorf("%s live in %d folders (%s): choose one with --in, as in --in %s",
		k.Many, len(cs), strings.Join(names, ", "), names[0])
}

// inFolder checks the folder --in names, relative to content/ (a leading
// content/ is allowed), and returns it from the site root. It must stay
// inside content/ and be a folder of kind k.
func inFolder(k *model.Spec, in string) (string, error) {
	p := filepath.ToSlash(in)
	if filepath.IsAbs(in) || path.IsAbs(p) || filepath.VolumeName(in) != "" {
		return "", usageErrorf("--in %s: name a folder inside %s/, such as %s/platform, not an absolute path", in, load.ContentDir, k.Folders[0])
	}
	if slices.Contains(strings.Split(p, "/"), "..") {
		return "", usageErrorf("--in %s: name a folder inside %s/, such as %s/platform; .. leaves it", in, load.ContentDir, k.Folders[0])
	}
	p = strings.TrimPrefix(path.Clean(p), load.ContentDir+"/")
	if p == "." || p == load.ContentDir {
		return "", usageErrorf("--in %s: name a folder inside %s/, such as %s/platform", in, load.ContentDir, k.Folders[0])
	}
	top, _, _ := strings.Cut(p, "/")
	if other := kinds.Registry.OfFolder(top); other.Name != k.Name {
		return "", usageErrorf("--in %s: %s/%s/ holds %s, not %s; %s go in %s/",
			in, load.ContentDir, top, other.Many, k.Many, k.Many, strings.Join(k.Folders, "/, "))
	}
	return load.ContentDir + "/" + p, nil
}

// formatOf returns the format the records of the collection dir are written
// in: log4brains' for a folder .log4brains.yml names, else the format most
// of its records use (a tie goes to a format with front matter), else
// secdoc's own.
func formatOf(dir string, own []entry, log4brains []string, source string) string {
	if slices.Contains(log4brains, dir) || slices.Contains(log4brains, source) {
		return load.FormatLog4brains
	}
	count := map[string]int{}
	for _, e := range own {
		if path.Dir(e.Path) == dir && e.Style != "" {
			count[e.Style]++
		}
	}
	best := load.FormatSecdoc
	for _, f := range formatOrder {
		if count[f] > count[best] {
			best = f
		}
	}
	return best
}

// formatOrder ranks the formats for a tie: front matter first.
var formatOrder = []string{load.FormatSecdoc, load.FormatMADR, load.FormatMADR3, load.FormatADRTools, load.FormatMADR2, load.FormatLog4brains}

// UsageError is a request the command line must change, such as an --in
// outside content/: the command exits as for a usage error.
type UsageError struct{ msg string }

// Error returns the message.
func (e *UsageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &UsageError{msg: fmt.Sprintf(format, args...)}
}
