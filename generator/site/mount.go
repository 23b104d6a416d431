package site

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/load"
)

// Mount is a folder the operator mounts from the command line, anywhere on
// the disk: --mount SRC:TARGET[:PREFIX].
type Mount struct {
	Source   string // the folder as given, shown as the source of its files
	Target   string // where it appears under content/
	IDPrefix string
}

// Content is a site's content tree with, for each mount, the folder on the
// disk it reads, so that a command that writes records (secdoc new) can
// write where the build reads.
type Content struct {
	Tree *load.Tree
	// Folders[i] is where Tree.Mounts[i] lies: a folder of Root.
	Folders []Folder
	roots   []*os.Root
}

// Folder is a mounted folder on the disk: the folder Path of Root ("." for
// a --mount, opened as a root of its own).
type Folder struct {
	Root *os.Root
	Path string
}

// Close closes the roots of the --mount folders.
func (c *Content) Close() { closeAll(c.roots) }

// OpenContent assembles the site's content tree: content/, the mounts of
// the settings, each read through the site root, and those of the command
// line, each through its own os.Root, which Close closes.
func OpenContent(root *os.Root, cfg config.Config, cli []Mount) (*Content, error) {
	c := &Content{Tree: &load.Tree{Root: root.FS(), Exclude: cfg.Exclude}}
	t := c.Tree
	for _, m := range cfg.Mounts {
		sub, err := fs.Sub(root.FS(), m.Source)
		if err != nil {
			return nil, fmt.Errorf("mount %s: %w", m.Source, err)
		}
		t.Mounts = append(t.Mounts, load.Mount{FS: sub, Source: m.Source, Target: m.Target, IDPrefix: m.IDPrefix, Exclude: m.Exclude})
		c.Folders = append(c.Folders, Folder{Root: root, Path: m.Source})
	}
	for _, m := range cli {
		r, err := openMount(m)
		if err != nil {
			c.Close()
			return nil, &SetupError{err}
		}
		c.roots = append(c.roots, r)
		src := MountSource(m.Source)
		for _, o := range t.Mounts {
			if config.Overlap(src, o.Source) {
				c.Close()
				return nil, &SetupError{fmt.Errorf("--mount %s: overlaps the mount of %s: a folder can be mounted once", m.Source, o.Source)}
			}
		}
		t.Mounts = append(t.Mounts, load.Mount{FS: r.FS(), Source: src, Target: m.Target, IDPrefix: m.IDPrefix})
		c.Folders = append(c.Folders, Folder{Root: r, Path: "."})
	}
	return c, nil
}

// openMount opens the folder of a --mount.
func openMount(m Mount) (*os.Root, error) {
	if _, msg := config.CheckTarget(m.Target); msg != "" {
		return nil, fmt.Errorf("--mount %s:%s: target %s", m.Source, m.Target, msg)
	}
	r, err := os.OpenRoot(m.Source)
	if err != nil {
		return nil, fmt.Errorf("--mount %s: %w", m.Source, err)
	}
	return r, nil
}

// MountSource returns how the files of a --mount folder are named: the path
// as given, cleaned, or the absolute path for the current folder, which
// would otherwise name its files as though they lay in the site root.
func MountSource(src string) string {
	clean := filepath.Clean(src)
	if clean == "." {
		if abs, err := filepath.Abs(clean); err == nil {
			clean = abs
		}
	}
	return filepath.ToSlash(clean)
}

func closeAll(roots []*os.Root) {
	for _, r := range roots {
		r.Close()
	}
}
