package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/logs"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/policy"
	"github.com/secdoc/secdoc/generator/site"
)

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var sf siteFlags
	fs := newFlagSet("check [flags]", "Validate the records and apply the policies of secdoc.yaml without writing a site.\nExit status: 0 clean (warnings allowed), 1 when any finding is an error, 2 on usage errors.",
		"secdoc check --format github --now 2026-11-25", stderr)
	sf.register(fs)
	format := fs.String("format", "human", "output `FORMAT`: human, json, github (workflow-command annotations) or sarif (SARIF 2.1.0, for code scanning)")
	now, code, ok := sf.parse(fs, args, stderr)
	if !ok {
		return code
	}
	write, known := formats[*format]
	if !known {
		fmt.Fprintf(stderr, "secdoc check: --format %q is not human, json, github or sarif\n", *format)
		return exitUsage
	}
	s, err := site.Load(ctx, site.Options{Source: sf.source, Mounts: sf.mounts, Now: now, Version: buildVersion()})
	if err != nil && sf.logFormat == "json" {
		l := logs.New(stderr)
		var ce *config.Error
		if errors.As(err, &ce) {
			logs.Findings(l, ce.List)
		}
		l.Error(err.Error(), slog.String("event", "check_end"), slog.Bool("ok", false))
		return exitUsage
	}
	if err != nil {
		return fail(stderr, "check", err)
	}
	defer s.Close()
	found, err := policy.EvaluateReports(s.Records, s.Risk, s.Vulns, s.Config.Policies, model.NewDate(s.Now()))
	if err != nil {
		fmt.Fprintf(stderr, "secdoc check: secdoc.yaml: %v\n", err)
		return exitUsage
	}
	all := append(append(diag.List(nil), s.Diagnostics...), found...)
	all.Sort()
	kept, waived := policy.Waive(all, s.Records)
	rep := report{Findings: kept, Waived: waived, Files: len(s.Records)}
	if sf.logFormat == "json" {
		l := logs.New(stderr)
		logs.Findings(l, kept)
		e, w := kept.Count()
		l.Info("check end", slog.String("event", "check_end"), slog.Bool("ok", !kept.HasErrors()), slog.Int("errors", e),
			slog.Int("warnings", w), slog.Int("waived", len(waived)), slog.Int("files", rep.Files))
		if kept.HasErrors() {
			return exitContent
		}
		return exitOK
	}
	if err := write(stdout, rep); err != nil {
		fmt.Fprintln(stderr, "secdoc check:", err)
		return exitContent
	}
	if kept.HasErrors() {
		return exitContent
	}
	return exitOK
}

// report is the outcome of a check.
type report struct {
	Findings diag.List
	Waived   []policy.Waived
	Files    int
}

var formats = map[string]func(io.Writer, report) error{
	"human":  writeHuman,
	"json":   writeJSON,
	"github": writeGitHub,
	"sarif":  writeSARIF,
}

// writeHuman prints one finding per line and a summary.
func writeHuman(w io.Writer, r report) error {
	for _, f := range r.Findings {
		fmt.Fprintln(w, f.Detailed())
	}
	_, err := fmt.Fprintln(w, r.summary())
	return err
}

func (r report) summary() string {
	e, wn := r.Findings.Count()
	s := fmt.Sprintf("%s, %s in %d files", plural(e, "error"), plural(wn, "warning"), r.Files)
	if len(r.Waived) > 0 {
		s += fmt.Sprintf(" (%d waived)", len(r.Waived))
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// writeGitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request's files.
func writeGitHub(w io.Writer, r report) error {
	for _, f := range r.Findings {
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", f.Severity,
			escapeProperty(f.Path), max(f.Line, 1), max(f.Col, 1), escapeProperty("secdoc "+f.Policy), escapeData(f.Message))
	}
	_, err := fmt.Fprintln(w, r.summary())
	return err
}

// escapeData escapes a workflow command's message as the Actions toolkit does.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, which also
// must not contain the ':' and ',' that delimit properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
