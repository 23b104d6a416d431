package site

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/link"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/markdown"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/risk"
	"github.com/secdoc/secdoc/generator/theme"
	"github.com/secdoc/secdoc/generator/urls"
	"github.com/secdoc/secdoc/generator/web"
	"github.com/secdoc/secdoc/static"
	"github.com/secdoc/secdoc/templates"
)

// FixedClock returns a clock that always reads t, for reproducible builds
// and tests.
func FixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

// Options says what to build and where.
type Options struct {
	Source      string // site root
	Destination string // output folder; "" means public/ under the site root
	BaseURL     string // overrides the configuration's base_url when not ""
	// Local keeps links relative whatever base_url the configuration sets,
	// for previews, whose pages must link to each other, not to production.
	Local bool
	// Now is the clock: every build asks it for the date the ageing rules
	// (overdue, expired, stale) compare against, so a long-running session
	// moves to the next day by itself. Tests pass a fixed clock.
	Now     func() time.Time
	Version string // shown in the generator meta tag
}

// Result describes a finished build.
type Result struct {
	Records     map[model.Kind]int
	Pages       int // HTML pages written
	Files       int // all files written
	Duration    time.Duration
	Diagnostics diag.List // warnings, and errors when the build failed
}

// Build builds the site. Content problems come back as a *diag.ContentError
// and leave the destination untouched; warnings are in Result.Diagnostics.
func Build(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	s, err := Load(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	res := &Result{Records: s.Counts(), Diagnostics: s.Diagnostics}
	if err := s.Diagnostics.Err(); err != nil {
		return res, err
	}
	dest := opts.Destination
	if dest == "" {
		dest = filepath.Join(opts.Source, "public")
	}
	if err := checkBeside(opts.Source, dest); err != nil {
		return res, err
	}
	out, err := newOutput(dest)
	if err != nil {
		return res, err
	}
	if err := s.Write(ctx, out.write, res); err != nil {
		out.discard()
		return res, err
	}
	if err := out.commit(); err != nil {
		return res, err
	}
	res.Duration = time.Since(start)
	return res, nil
}

// Site is a loaded and linked site, ready to render.
type Site struct {
	Config      config.Config
	Records     []*model.Record
	Index       *link.Index
	Risk        *risk.Analysis
	Diagnostics diag.List
	walkDiags   diag.List
	static      []string // static file names, listed once
	opts        Options
	now         time.Time // the clock's reading for this build
	root        *os.Root
	md          *markdown.Engine
	urls        urls.Builder
}

// Load reads, decodes and links every content file of the site root.
func Load(ctx context.Context, opts Options) (*Site, error) {
	s, err := open(opts)
	if err != nil {
		return nil, err
	}
	paths, diags, err := load.Walk(s.root)
	if err != nil {
		return nil, err
	}
	s.walkDiags = diags
	var fileDiags diag.List
	s.Records, fileDiags = s.decodeAll(ctx, paths)
	s.analyse(fileDiags)
	return s, ctx.Err()
}

// Now returns the clock's reading this site was analysed at.
func (s *Site) Now() time.Time { return s.now }

// Close releases the site root the site was read from.
func (s *Site) Close() error { return s.root.Close() }

// open reads the site's configuration and prepares the markdown engine.
func open(opts Options) (*Site, error) {
	root, err := os.OpenRoot(opts.Source)
	if err != nil {
		return nil, fmt.Errorf("open site root: %w", err)
	}
	cfg, _, err := config.Load(root)
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
	return &Site{Config: cfg, opts: opts, root: root, now: opts.Now(),
		md: markdown.New(markdown.Options{DollarMath: cfg.Math.Dollar}), urls: urls.New(cfg.BaseURL)}, nil
}

// analyse links the decoded records, rates the risks and gathers every
// finding, those of decoding included.
func (s *Site) analyse(fileDiags diag.List) {
	ix, linkDiags := link.Resolve(s.Records, s.urls)
	s.Index = ix
	s.Risk = risk.Analyse(s.Records, risk.Options{
		Bands: s.Config.Risk.Bands, Now: model.NewDate(s.now), ReviewInterval: s.Config.ReviewDays(),
	})
	s.Diagnostics = append(append(append(diag.List(nil), tag(s.walkDiags, "files")...), tag(fileDiags, "schema")...), linkDiags...)
	s.Diagnostics = append(s.Diagnostics, s.reserved()...)
	s.Diagnostics.Sort()
}

// decodeAll reads and decodes files in parallel, keeping their order.
func (s *Site) decodeAll(ctx context.Context, paths []string) ([]*model.Record, diag.List) {
	records := make([]*model.Record, len(paths))
	diags := make([]diag.List, len(paths))
	parallel(len(paths), func(i int) {
		if ctx.Err() != nil {
			return
		}
		records[i], diags[i] = s.decode(paths[i])
	})
	var out []*model.Record
	var all diag.List
	for i, r := range records {
		all = append(all, diags[i]...)
		if r != nil {
			out = append(out, r)
		}
	}
	return out, all
}

// decode reads one file into a record.
func (s *Site) decode(p string) (*model.Record, diag.List) {
	data, err := load.Read(s.root, p)
	if err != nil {
		var l diag.List
		l.Errorf(p, 0, 0, "%v", err)
		return nil, l
	}
	return s.decodeData(p, data)
}

// decodeData decodes the bytes of the file at p.
func (s *Site) decodeData(p string, data []byte) (*model.Record, diag.List) {
	f, diags := load.Parse(p, data)
	if f == nil {
		return nil, diags
	}
	r, more := model.Decode(f, s.md)
	diags = append(diags, more...)
	for i := range diags {
		diags[i].ID = r.ID
	}
	return r, diags
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

// generated names the top-level folders secdoc writes itself.
var generated = map[string]string{
	"risks": "the risk register", "radiator": "the radiator", "api": "the data files", web.LivePrefix: "serve's live reload",
}

// reserved reports records whose page would land in a folder that secdoc
// generates or that the theme's static files fill, where it would be
// overwritten or would overwrite.
func (s *Site) reserved() diag.List {
	taken := map[string]string{}
	for k, v := range generated {
		taken[k] = v
	}
	if names, err := s.staticFiles(); err == nil {
		for _, n := range names {
			top, _, _ := strings.Cut(n, "/")
			taken[top] = "the static file " + n
		}
	}
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
