package site

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/history"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/pool"
	"github.com/secdoc/secdoc/generator/render"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/theme"
	"github.com/secdoc/secdoc/generator/urls"
	"github.com/secdoc/secdoc/generator/vuln"
	"github.com/secdoc/secdoc/generator/web"
	"github.com/secdoc/secdoc/static"
	"github.com/secdoc/secdoc/templates"
)

// Site is a loaded and linked site, ready to render.
type Site struct {
	Config        config.Config
	Kinds         *model.Registry
	Records       []*model.Record // sorted by source path
	Graph         *link.Graph
	Risk          *risk.Analysis
	Vulns         *vuln.Board // the scanner reports' findings
	Diagnostics   diag.List
	walkDiags     diag.List
	resources     map[string]string // page resources: source path → output path
	resourceDiags diag.List
	static        []string // static file names, listed once
	opts          Options
	readers       []load.Reader
	now           time.Time // the clock's reading for this build
	root          *os.Root
	tree          *load.Tree // content/ and the mounted folders
	content       *Content   // the tree and the roots of --mount folders
	md            *markdown.Engine
	urls          urls.Builder
	git           *gitHistory       // the Git history of the site's files
	blobIDs       map[string]string // source path → Git blob id of the file as read, set by Load
}

// Load reads, decodes and links every content file of the site root.
func Load(ctx context.Context, opts Options) (*Site, error) {
	s, err := open(opts)
	if err != nil {
		return nil, err
	}
	files, diags, err := s.tree.Load(ctx, s.readers)
	if err != nil {
		s.Close()
		return nil, err
	}
	s.walkDiags = diags
	records := make([][]*model.Record, len(files))
	blobs := make([]string, len(files))
	pool.Each(len(files), func(i int) {
		if ctx.Err() == nil {
			records[i] = s.decode(files[i])
			blobs[i] = history.BlobID(files[i].Data)
		}
	})
	s.blobIDs = make(map[string]string, len(files))
	for i, f := range files {
		s.blobIDs[f.Path] = blobs[i]
	}
	var fileDiags diag.List
	for i, f := range files {
		fileDiags = append(fileDiags, f.Diags...)
		s.Records = append(s.Records, records[i]...)
	}
	s.analyse(ctx, fileDiags)
	return s, ctx.Err()
}

// Now returns the clock's reading this site was analysed at.
func (s *Site) Now() time.Time { return s.now }

// Close releases the site root and the mounted folders the site was read from.
func (s *Site) Close() error {
	s.content.Close()
	return s.root.Close()
}

// open reads the site's configuration and prepares the markdown engine.
func open(opts Options) (*Site, error) {
	root, name, err := openRoot(opts.Source)
	if err != nil {
		return nil, err
	}
	cfg, _, err := config.Load(root)
	if err == nil && len(cfg.Mounts)+len(opts.Mounts) == 0 {
		if cerr := hasContent(root); cerr != nil {
			err = &SetupError{fmt.Errorf("%s %w", name, cerr)}
		}
	}
	var settings *config.Error
	if errors.As(err, &settings) {
		err = &SetupError{err}
	}
	if err != nil {
		root.Close()
		return nil, err
	}
	c, err := OpenContent(root, cfg, opts.Mounts)
	if err != nil {
		root.Close()
		return nil, err
	}
	if opts.Local {
		cfg.BaseURL = ""
	}
	if opts.BaseURL != "" {
		cfg.BaseURL = opts.BaseURL
	}
	s := &Site{Config: cfg, Kinds: opts.Kinds, opts: opts, readers: opts.Readers, root: root, tree: c.Tree, content: c, now: opts.Now(),
		md: markdown.New(markdown.Options{DollarMath: cfg.Math.Dollar}), urls: urls.New(cfg.BaseURL)}
	if s.Kinds == nil {
		s.Kinds = kinds.Registry
	}
	if s.readers == nil {
		s.readers = s.Kinds.Readers(root.FS())
	}
	if err := s.findResources(); err != nil {
		root.Close()
		return nil, err
	}
	return s, nil
}

// analyse completes the decoded records (dates settled by their folders,
// dates from Git), links them, rates the risks and gathers every finding,
// those of decoding included.
func (s *Site) analyse(ctx context.Context, fileDiags diag.List) {
	fileDiags = append(fileDiags, model.SettleDays(s.Records)...)
	s.gitDates(ctx)
	if s.git == nil { // read once per load; serve reloads after a commit
		s.git = s.readHistory(ctx)
	}
	g, linkDiags := link.Resolve(s.Records, s.resources, s.urls)
	s.Graph = g
	s.Risk = risk.Analyse(s.Records, g, risk.Options{
		Bands: s.Config.Risk.Bands, Now: model.NewDate(s.now), ReviewInterval: s.Config.ReviewDays(),
	})
	s.Diagnostics = append(append(append(diag.List(nil), tag(s.walkDiags, "files")...), tag(fileDiags, "schema")...), linkDiags...)
	s.Diagnostics = append(s.Diagnostics, s.resourceDiags...)
	s.Diagnostics = append(s.Diagnostics, s.reserved()...)
	board, reportDiags := s.scanBoard()
	s.Vulns = board
	s.Diagnostics = append(s.Diagnostics, reportDiags...)
	s.Diagnostics.Sort()
}

// decode turns the documents a reader made of a file into records, its
// findings added to the file's and named by the record's id.
func (s *Site) decode(f *load.File) []*model.Record {
	var out []*model.Record
	for _, doc := range f.Docs {
		r, diags := model.Decode(doc, s.Kinds, s.md)
		for i := range diags {
			diags[i].ID = r.ID
		}
		f.Diags = append(f.Diags, diags...)
		out = append(out, r)
	}
	if len(out) == 1 {
		for i := range f.Diags {
			f.Diags[i].ID = out[0].ID
		}
	}
	return out
}

// Counts returns the number of records of each kind.
func (s *Site) Counts() map[model.Kind]int {
	counts := map[model.Kind]int{}
	for _, r := range s.Records {
		if !r.Intro {
			counts[r.Kind]++
		}
	}
	return counts
}

// themeFS returns the site's folder layered over an embedded theme folder.
func (s *Site) themeFS(dir string, embedded fs.FS) theme.Overlay {
	var own fs.FS
	if info, err := s.root.Stat(dir); err == nil && info.IsDir() {
		own, _ = fs.Sub(s.root.FS(), dir)
	}
	return theme.Overlay{own, embedded}
}

// Templates returns the site's templates over the default theme.
func (s *Site) Templates() theme.Overlay { return s.themeFS("templates", templates.FS) }

// Static returns the site's static files over the default theme's.
func (s *Site) Static() theme.Overlay { return s.themeFS("static", static.FS) }

// tag names the policy of findings that have none: the stage that made them.
func tag(l diag.List, policy string) diag.List {
	for i := range l {
		if l[i].Policy == "" {
			l[i].Policy = policy
		}
	}
	return l
}

// Reserved maps the top-level names of the output secdoc writes itself to
// what they hold: the generated pages and data files, serve's live reload
// and the theme's static folders (static names the static files). A
// record's page there would be overwritten or overwrite.
func Reserved(staticFiles []string) map[string]string {
	taken := render.Reserved()
	taken[web.LivePrefix] = "serve's live reload"
	for _, n := range staticFiles {
		top, _, _ := strings.Cut(n, "/")
		taken[top] = "the static file " + n
	}
	return taken
}

// reserved reports records whose page would land where secdoc writes
// something itself.
func (s *Site) reserved() diag.List {
	names, _ := s.staticFiles()
	taken := Reserved(names)
	var out diag.List
	for _, r := range s.Records {
		top, _, _ := strings.Cut(r.Path, "/")
		if what, ok := taken[top]; ok && top != "" {
			out.Add(diag.Diagnostic{Path: r.Source, Line: 1, Col: 1, ID: r.ID, Policy: "duplicate-path",
				Message: "page path /" + r.Path + " is where secdoc writes " + what + "; rename the file or its folder"})
		}
	}
	return out
}
