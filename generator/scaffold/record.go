package scaffold

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/config"
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
	edits, err := prepareSupersede(root, entries, req.Supersedes)
	if err != nil {
		return nil, err
	}
	data, err := fill(root, req, p, edits)
	if err != nil {
		return nil, err
	}
	if err := create(root, p.Path, data); err != nil {
		return nil, err
	}
	return apply(root, p, edits)
}

// fill renders the kind's skeleton for the planned record.
func fill(root *os.Root, req Request, p plan, edits []edit) ([]byte, error) {
	f := Fields{Kind: req.Kind.Name, ID: p.ID, Title: req.Title, Owner: req.Owner, Date: req.Now.Format("2006-01-02"), Supersedes: []string{}}
	for _, e := range edits {
		f.Supersedes = append(f.Supersedes, e.id)
	}
	cfg, _, err := config.Load(root)
	if err != nil {
		return nil, fmt.Errorf("read site settings: %w", err)
	}
	f.ReviewInterval = cfg.Risk.ReviewInterval
	name, text, err := skeleton(root, req.Kind)
	if err != nil {
		return nil, err
	}
	return render(name, text, f, p.Path)
}

// apply marks the superseded decisions once the new one exists.
func apply(root *os.Root, p plan, edits []edit) (*Created, error) {
	c := &Created{Path: p.Path, ID: p.ID}
	if c.ID == "" {
		c.ID = baseName(p.Path)
	}
	for _, e := range edits {
		if e.data != nil {
			if err := replace(root, e.path, e.data); err != nil {
				return c, fmt.Errorf("created %s, but could not mark %s superseded: %w", p.Path, e.id, err)
			}
		}
		c.Superseded = append(c.Superseded, Superseded{ID: e.id, Path: e.path, Already: e.data == nil})
	}
	return c, nil
}
