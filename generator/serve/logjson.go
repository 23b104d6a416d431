package serve

import (
	"errors"
	"log/slog"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/logs"
	"github.com/secdoc/secdoc/generator/site"
)

// logJSON logs a rebuild as JSON events: its findings, then one rebuild
// event saying why it ran, whether it worked, and what it cost.
func (b *builder) logJSON(snap *site.Snapshot, err error, why string, start time.Time) {
	l := b.opts.Logger
	attrs := []any{slog.String("event", "rebuild"), slog.String("why", why), slog.Int64("duration_ms", time.Since(start).Milliseconds())}
	var ce *diag.ContentError
	var se *config.Error
	switch {
	case errors.As(err, &se):
		logs.Findings(l, se.List)
		l.Error("build failed; still serving the last good build", append(attrs, slog.Bool("ok", false))...)
	case errors.As(err, &ce):
		logs.Findings(l, ce.List)
		e, w := ce.List.Count()
		l.Error("build failed; still serving the last good build", append(attrs, slog.Bool("ok", false), slog.Int("errors", e), slog.Int("warnings", w))...)
	case err != nil:
		l.Error(err.Error(), append(attrs, slog.Bool("ok", false))...)
	default:
		logs.Findings(l, snap.Result.Diagnostics)
		l.Info("rebuilt", append(attrs, slog.Bool("ok", true), slog.Int("pages", snap.Result.Pages))...)
	}
}
