package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/logs"
	"github.com/secdoc/secdoc/generator/site"
)

// buildJSON builds the site logging JSON Lines: a start event, each
// finding, and an end event with the counts and timing that replaces the
// human summary line.
func buildJSON(ctx context.Context, opts site.Options, l *slog.Logger) int {
	start := time.Now()
	l.Info("build start", slog.String("event", "build_start"), slog.String("source", opts.Source))
	res, err := site.Build(ctx, opts)
	if res != nil {
		logs.Findings(l, res.Diagnostics)
	}
	var ce *diag.ContentError
	var se *config.Error
	switch {
	case errors.As(err, &ce):
		e, w := ce.List.Count()
		l.Error("build failed; previous output left as it was", slog.String("event", "build_end"), slog.Bool("ok", false),
			slog.Int("errors", e), slog.Int("warnings", w), slog.Int64("duration_ms", time.Since(start).Milliseconds()))
		return exitContent
	case errors.As(err, &se):
		logs.Findings(l, se.List)
		l.Error("build failed: settings", slog.String("event", "build_end"), slog.Bool("ok", false))
		return exitUsage
	case err != nil:
		l.Error(err.Error(), slog.String("event", "build_end"), slog.Bool("ok", false))
		var setup *site.SetupError
		if errors.As(err, &setup) {
			return exitUsage
		}
		return exitContent
	}
	_, w := res.Diagnostics.Count()
	l.Info("build end", slog.String("event", "build_end"), slog.Bool("ok", true), logs.Counts(res.Records),
		slog.Int("pages", res.Pages), slog.Int("files", res.Files), slog.Int("warnings", w),
		slog.Int64("duration_ms", res.Duration.Milliseconds()))
	return exitOK
}
