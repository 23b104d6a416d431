package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/config"
	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/logs"
	"github.com/secdoc/secdoc/generator/model"
	"github.com/secdoc/secdoc/generator/site"
)

// siteFlags are the flags every command that reads a site shares.
type siteFlags struct {
	source, baseURL, now string
	mounts               mountFlags
	logFormat            string
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.source, "source", ".", "site root `DIR` holding content/")
	fs.StringVar(&f.baseURL, "base-url", "", "absolute `URL` the site is published at (default: relative links)")
	fs.Var(&f.mounts, "mount", "mount the folder `SRC:TARGET[:PREFIX]` at TARGET under content/, with ids prefixed; repeatable, for folders outside the site root")
	fs.StringVar(&f.now, "now", "", "build date `YYYY-MM-DD` for ageing rules (default: SOURCE_DATE_EPOCH or today)")
	fs.StringVar(&f.logFormat, "log-format", "human", "`FORMAT` of the log: human, or json for JSON Lines (one event per line, nothing else written)")
}

// parse parses a command that takes no arguments and returns the clock of
// its builds, or the exit code to stop with.
func (f *siteFlags) parse(fs *flag.FlagSet, args []string, stderr io.Writer) (func() time.Time, int, bool) {
	pos, err := parseFlags(fs, args)
	if err == nil && len(pos) > 0 {
		fmt.Fprintf(stderr, "secdoc %s: unexpected argument %q\n", fs.Name(), pos[0])
		return nil, exitUsage, false
	}
	if err != nil {
		return nil, usageCode(err), false
	}
	if f.logFormat != "human" && f.logFormat != "json" {
		fmt.Fprintf(stderr, "secdoc %s: --log-format %q is not human or json\n", fs.Name(), f.logFormat)
		return nil, exitUsage, false
	}
	now, err := buildClock(f.now)
	if err != nil {
		fmt.Fprintf(stderr, "secdoc %s: %v\n", fs.Name(), err)
		return nil, exitUsage, false
	}
	return now, exitOK, true
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var sf siteFlags
	fs := newFlagSet("build [flags]", "Build the site into public/ (or --destination). A failed build leaves the previous output untouched.",
		"secdoc build --source docs --base-url https://security.example.com/ --now 2026-11-25", stderr)
	sf.register(fs)
	dest := fs.String("destination", "", "output `DIR` (default: public under the site root)")
	now, code, ok := sf.parse(fs, args, stderr)
	if !ok {
		return code
	}
	opts := site.Options{Source: sf.source, Mounts: sf.mounts, Destination: *dest, BaseURL: sf.baseURL, Now: now, Version: buildVersion()}
	if sf.logFormat == "json" {
		return buildJSON(ctx, opts, logs.New(stderr))
	}
	res, err := site.Build(ctx, opts)
	if res != nil {
		printDiagnostics(stderr, res.Diagnostics)
	}
	var ce *diag.ContentError
	if errors.As(err, &ce) {
		e, w := ce.List.Count()
		fmt.Fprintf(stderr, "build failed: %d errors, %d warnings; previous output left as it was\n", e, w)
		return exitContent
	}
	if err != nil {
		return fail(stderr, "build", err)
	}
	fmt.Fprintf(stdout, "built %s: %d pages, %d files in %d ms\n", countsLine(res.Records), res.Pages, res.Files, res.Duration.Milliseconds())
	return exitOK
}

// fail prints the error a command stopped with and returns its exit code:
// usage for a site root or settings that are wrong, as for a wrong flag,
// since the fix is in how secdoc is run; content for everything else.
// Settings problems are printed one per line as file:line:col: message, as
// content findings are, so editors and CI can point at them.
func fail(stderr io.Writer, command string, err error) int {
	var ce *config.Error
	if errors.As(err, &ce) {
		printDiagnostics(stderr, ce.List)
	} else {
		fmt.Fprintf(stderr, "secdoc %s: %v\n", command, err)
	}
	var se *site.SetupError
	if errors.As(err, &se) {
		return exitUsage
	}
	return exitContent
}

func usageCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

func printDiagnostics(w io.Writer, l diag.List) {
	for _, d := range l {
		fmt.Fprintln(w, d.String())
	}
}

// countsLine summarises records by kind: "7 assets, 16 threats, ...".
func countsLine(counts map[model.Kind]int) string {
	var parts []string
	for _, k := range kinds.Registry.Kinds() {
		if n := counts[k.Name]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k.Noun(n)))
		}
	}
	if len(parts) == 0 {
		return "no records"
	}
	return strings.Join(parts, ", ")
}
