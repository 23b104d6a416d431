package scaffold

import (
	"context"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

// entry is a content file as id allocation sees it.
type entry struct {
	Path   string     // where the build shows it: a slash path from the site root, content/...
	Source string     // its real path when mounted from elsewhere, as the build names it; "" when Path
	Prefix string     // the id prefix of its collection (a mount's id_prefix)
	Kind   model.Kind // from its `kind:` field, else from its top folder
	ID     string     // the `id:` field, "" when absent
	Format string     // front-matter format: yaml, toml, json or ""
	Style  string     // the tool a decision is written for: see load.ADRFormat
	Title  string     // as the build reads it
	Status string     // as the build decodes it
}

// src returns the path the build names the file by, in messages.
func (e entry) src() string {
	if e.Source != "" {
		return e.Source
	}
	return e.Path
}

// ownID returns the record's id within its collection: its id without the
// collection's prefix.
func (e entry) ownID() string {
	if len(e.ID) >= len(e.Prefix) && strings.EqualFold(e.ID[:len(e.Prefix)], e.Prefix) {
		return e.ID[len(e.Prefix):]
	}
	return e.ID
}

// key returns the id the record is known by, in lower case: its `id:`, else
// its file name, as the build names it.
func (e entry) key() string {
	if e.ID != "" {
		return strings.ToLower(e.ID)
	}
	return strings.ToLower(e.Prefix + baseName(e.Path))
}

// baseName returns the file name of p without its extension.
func baseName(p string) string {
	b := path.Base(p)
	return strings.TrimSuffix(b, path.Ext(b))
}

// section returns the top folder under content/ of a path, "" at the top.
func section(p string) string {
	rel := strings.TrimPrefix(p, load.ContentDir+"/")
	if dir, _, ok := strings.Cut(rel, "/"); ok {
		return dir
	}
	return ""
}

// scan reads every content file of the site, in content/ and the mounted
// folders, with the readers and the decoding the build uses, so that ids
// (an ADR's from its file name), kinds and formats agree with the build.
// Files that do not parse still count by their file name; folder
// introductions (load.IsIntro) are not records and are left out.
func scan(ctx context.Context, tree *load.Tree, readers []load.Reader) ([]entry, error) {
	files, _, err := tree.Load(ctx, readers)
	if err != nil {
		return nil, err
	}
	md := markdown.New(markdown.Options{})
	var entries []entry
	for _, f := range files {
		place, prefix := tree.Place(f.Path)
		if !load.IsIntro(place) && (len(f.Docs) > 0 || len(f.Diags) > 0) {
			e := describe(f, place, md)
			if place != f.Path {
				e.Source = f.Path
			}
			e.Prefix = prefix
			entries = append(entries, e)
		}
	}
	return entries, nil
}

// describe says what a content file, shown at place, is to id allocation:
// its id and kind as the build decodes them, and the format its text is
// written in.
func describe(f *load.File, place string, md *markdown.Engine) entry {
	e := entry{Path: place, Kind: kinds.Registry.OfFolder(section(place)).Name}
	if len(f.Docs) == 0 {
		return e
	}
	doc := f.Docs[0]
	e.Format, e.Style = doc.Format, load.ADRFormat(doc)
	r, _ := model.Decode(doc, kinds.Registry, md)
	e.Kind = r.Kind
	e.ID, e.Title, e.Status = r.ID, r.Title, r.Status()
	return e
}

// topFolders lists the folders directly under content/, and those the
// mounts show there.
func topFolders(root *os.Root, mounts []load.Mount) []string {
	var dirs []string
	if list, err := fs.ReadDir(root.FS(), load.ContentDir); err == nil {
		for _, d := range list {
			if d.IsDir() {
				dirs = append(dirs, d.Name())
			}
		}
	}
	for _, m := range mounts {
		if top, _, _ := strings.Cut(m.Target, "/"); !slices.Contains(dirs, top) {
			dirs = append(dirs, top)
		}
	}
	return dirs
}
