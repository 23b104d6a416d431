package scaffold

import (
	"context"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
)

// entry is a content file as id allocation sees it.
type entry struct {
	Path   string     // slash path relative to the site root
	Kind   model.Kind // from its `kind:` field, else from its top folder
	ID     string     // the `id:` field, "" when absent
	Format string     // front-matter format: yaml, toml, json or ""
	Style  string     // the tool a decision is written for: see load.ADRFormat
	Title  string     // as the build reads it
	Status string     // as the build decodes it
}

// key returns the id the record is known by, in lower case: its `id:`, else
// its file name, as the build names it.
func (e entry) key() string {
	if e.ID != "" {
		return strings.ToLower(e.ID)
	}
	return strings.ToLower(baseName(e.Path))
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

// scan reads every content file of the site with the readers and the
// decoding the build uses, so that ids (an ADR's from its file name), kinds
// and formats agree with the build. Files that do not parse still count by
// their file name; folder introductions (load.IsIntro) are not records and
// are left out.
func scan(ctx context.Context, root *os.Root) ([]entry, error) {
	files, _, err := load.Load(ctx, root.FS(), kinds.Registry.Readers(root.FS()))
	if err != nil {
		return nil, err
	}
	md := markdown.New(markdown.Options{})
	var entries []entry
	for _, f := range files {
		if !load.IsIntro(f.Path) && (len(f.Docs) > 0 || len(f.Diags) > 0) {
			entries = append(entries, describe(f, md))
		}
	}
	return entries, nil
}

// describe says what a content file is to id allocation: its id and kind as
// the build decodes them, and the format its text is written in.
func describe(f *load.File, md *markdown.Engine) entry {
	e := entry{Path: f.Path, Kind: kinds.Registry.OfFolder(section(f.Path)).Name}
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

// topFolders lists the folders directly under content/.
func topFolders(root *os.Root) []string {
	list, err := fs.ReadDir(root.FS(), load.ContentDir)
	if err != nil {
		return nil
	}
	var dirs []string
	for _, d := range list {
		if d.IsDir() {
			dirs = append(dirs, d.Name())
		}
	}
	return dirs
}
