package site

import (
	"context"
	"github.com/secdoc/secdoc/generator/history"
	"path/filepath"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/load"
	"github.com/secdoc/secdoc/generator/model"
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
	// Kinds are the record kinds the site knows; nil means kinds.Registry.
	Kinds *model.Registry
	// Readers turn content files into documents, asked in order; nil
	// means the kinds' own readers (ADR formats), then markdown with
	// front matter.
	Readers []load.Reader
	// Mounts are folders mounted from the command line, which may lie
	// outside the site root.
	Mounts []Mount
	// History tells when each file was first committed, for the fields
	// that fall back on Git; nil means the git of the site root.
	History history.Log
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
