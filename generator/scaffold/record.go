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
	// let New choose: the one folder that holds the kind's records.
	In string
}

// Created is what New wrote.
type Created struct {
	Path string // the new file, relative to the site root
	ID   string // its id; for a page, its file name
	// Superseded lists the decisions the new one supersedes.
	Superseded []Superseded
}

// Superseded is a decision the new one supersedes.
type Superseded struct {
	ID, Path string
	Already  bool // its status already read superseded, so it was left alone
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
	if info, err := root.Stat(load.ContentDir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("%s has no %s/ folder: run secdoc init there, or pass --source with the site root", req.Source, load.ContentDir)
	}
	entries, err := scan(context.Background(), root)
	if err != nil {
		return nil, err
	}
	inv := inventory{entries: entries, dirs: topFolders(root), log4brains: load.Log4brainsFolders(root.FS())}
	p, err := allocate(req.Kind, req.Title, req.Now, inv, req.In)
	if err != nil {
		return nil, err
	}
	readers := kinds.Registry.Readers(root.FS())
	edits, err := prepareSupersede(root, readers, entries, req.Supersedes, p, req.Title)
	if err != nil {
		return nil, err
	}
	data, err := fill(root, readers, req, p, edits)
	if err != nil {
		return nil, err
	}
	if err := create(root, p.Path, data); err != nil {
		return nil, err
	}
	return apply(root, p, edits)
}

// fill renders the skeleton of the kind and format planned for the record.
func fill(root *os.Root, readers []load.Reader, req Request, p plan, edits []edit) ([]byte, error) {
	f := Fields{Kind: req.Kind.Name, ID: p.ID, Title: req.Title, Owner: req.Owner, Date: req.Now.Format("2006-01-02"),
		Supersedes: []string{}, Number: p.Number}
	for _, e := range edits {
		f.Supersedes = append(f.Supersedes, e.id)
		f.Links = append(f.Links, link(e, p))
	}
	cfg, _, err := config.Load(root)
	if err != nil {
		return nil, fmt.Errorf("read site settings: %w", err)
	}
	f.ReviewInterval = cfg.Risk.ReviewInterval
	name, text, err := skeleton(root, skeletonName(req.Kind, p.Format))
	if err != nil {
		return nil, err
	}
	return render(readers, name, text, f, p.Path)
}

// link is how the planned record links to a decision it supersedes.
func link(e edit, p plan) Link {
	l := Link{ID: e.id, Title: e.Title, File: relFile(path.Dir(p.Path), e.Path)}
	if m := adrNumber.FindStringSubmatch(baseName(e.Path)); m != nil {
		l.Number, _ = strconv.Atoi(m[1])
	}
	return l
}

// apply marks the superseded decisions once the new one exists.
func apply(root *os.Root, p plan, edits []edit) (*Created, error) {
	c := &Created{Path: p.Path, ID: p.ID}
	if c.ID == "" {
		c.ID = baseName(p.Path)
	}
	for _, e := range edits {
		if e.data != nil {
			if err := replace(root, e.Path, e.data); err != nil {
				return c, fmt.Errorf("created %s, but could not mark %s superseded: %w", p.Path, e.id, err)
			}
		}
		c.Superseded = append(c.Superseded, Superseded{ID: e.id, Path: e.Path, Already: e.data == nil})
	}
	return c, nil
}
