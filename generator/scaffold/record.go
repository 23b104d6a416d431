package scaffold

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/site"
)

// Request says which record New creates.
type Request struct {
	Source     string // the site root
	Kind       *model.Spec
	Title      string
	Owner      string    // may be ""
	Now        time.Time // today, for the dates of the skeleton and the month of dated ids
	Supersedes []string  // ids of decisions the new one supersedes (decisions only)
	// In is the folder under content/ the record goes in (--in), "" to
	// let New choose: the one folder that holds the kind's records. A
	// folder a mount shows there is written in the mounted folder.
	In string
	// Mounts are the --mount folders of the command line; those of
	// secdoc.yaml are read from the site's settings.
	Mounts []site.Mount
}

// Created is what New wrote.
type Created struct {
	Path string // the new file's source path, as the build names it
	File string // its path on the disk, as the operator can open it
	ID   string // its id on the site; for a page, its file name
	// Superseded lists the decisions the new one supersedes.
	Superseded []Superseded
}

// Superseded is a decision the new one supersedes.
type Superseded struct {
	ID, Path string
	File     string // its path on the disk
	Already  bool   // its status already read superseded, so it was left alone
}

// New creates a record of req.Kind from its skeleton with the next free id,
// and marks the decisions it supersedes. It never overwrites a file.
func New(req Request) (*Created, error) {
	if strings.TrimSpace(req.Title) == "" {
		return nil, errors.New("the title is empty")
	}
	if len(req.Supersedes) > 0 && req.Kind.Field("supersedes") == nil {
		return nil, errors.New("only a decision can supersede another")
	}
	root, err := os.OpenRoot(req.Source)
	if err != nil {
		return nil, fmt.Errorf("open site root: %w", err)
	}
	defer root.Close()
	cfg, _, err := config.Load(root)
	if err != nil {
		return nil, fmt.Errorf("read site settings: %w", err)
	}
	if info, err := root.Stat(load.ContentDir); len(cfg.Mounts)+len(req.Mounts) == 0 && (err != nil || !info.IsDir()) {
		return nil, fmt.Errorf("%s has no %s/ folder: run secdoc init there, or pass --source with the site root", req.Source, load.ContentDir)
	}
	content, err := site.OpenContent(root, cfg, req.Mounts)
	if err != nil {
		return nil, err
	}
	defer content.Close()
	st := &store{source: req.Source, root: root, content: content}
	readers := kinds.Registry.Readers(root.FS())
	entries, err := scan(context.Background(), content.Tree, readers)
	if err != nil {
		return nil, err
	}
	inv := inventory{entries: entries, dirs: topFolders(root, content.Tree.Mounts),
		log4brains: load.Log4brainsFolders(root.FS()), mounts: content.Tree.Mounts}
	p, err := allocate(req.Kind, req.Title, req.Now, inv, req.In)
	if err != nil {
		return nil, err
	}
	edits, err := prepareSupersede(st, readers, entries, req.Supersedes, p, req.Title)
	if err != nil {
		return nil, err
	}
	at := st.locate(p.Path)
	data, err := fill(root, content.Tree, readers, req, cfg, p, at, edits)
	if err != nil {
		return nil, err
	}
	if err := create(at.root, at.path, data); err != nil {
		return nil, err
	}
	return apply(st, p, at, edits)
}

// fill renders the skeleton of the kind and format planned for the record.
func fill(root *os.Root, tree *load.Tree, readers []load.Reader, req Request, cfg config.Config, p plan, at spot, edits []edit) ([]byte, error) {
	f := Fields{Kind: req.Kind.Name, ID: p.ID, Title: req.Title, Owner: req.Owner, Date: req.Now.Format("2006-01-02"),
		Supersedes: []string{}, Number: p.Number}
	for _, e := range edits {
		f.Supersedes = append(f.Supersedes, e.ref)
		f.Links = append(f.Links, link(e, p))
	}
	f.ReviewInterval = cfg.Risk.ReviewInterval
	name, text, err := skeleton(root, skeletonName(req.Kind, p.Format))
	if err != nil {
		return nil, err
	}
	return render(tree, readers, name, text, f, at.src)
}

// link is how the planned record links to a decision it supersedes.
func link(e edit, p plan) Link {
	l := Link{ID: e.ref, Title: e.Title, File: relFile(path.Dir(p.Path), e.Path)}
	if m := adrNumber.FindStringSubmatch(baseName(e.Path)); m != nil {
		l.Number, _ = strconv.Atoi(m[1])
	}
	return l
}

// apply marks the superseded decisions once the new one exists.
func apply(st *store, p plan, at spot, edits []edit) (*Created, error) {
	c := &Created{Path: at.src, File: at.file, ID: p.siteID()}
	if c.ID == "" {
		c.ID = baseName(p.Path)
	}
	for _, e := range edits {
		old := st.locate(e.Path)
		if e.data != nil {
			if err := replace(old.root, old.path, e.data); err != nil {
				return c, fmt.Errorf("created %s, but could not mark %s superseded: %w", at.src, e.id, err)
			}
		}
		c.Superseded = append(c.Superseded, Superseded{ID: e.id, Path: e.src(), File: old.file, Already: e.data == nil})
	}
	return c, nil
}
