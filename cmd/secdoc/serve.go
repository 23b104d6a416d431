package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"

	"github.com/secdoc/secdoc/generator/logs"
	"github.com/secdoc/secdoc/generator/serve"
	"github.com/secdoc/secdoc/generator/site"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var sf siteFlags
	fs := newFlagSet("serve [flags]", "Build the site into memory, serve it and rebuild on every change; open pages reload by themselves.\nNothing is written to disk.",
		"secdoc serve --source docs --port 0", stderr)
	sf.register(fs)
	bind := fs.String("bind", "127.0.0.1", "`ADDRESS` to listen on")
	port := fs.Int("port", 1313, "`PORT` to listen on; 0 picks a free one")
	remote := fs.Bool("allow-remote", false, "allow --bind to a non-loopback address (shares your drafts with the network)")
	now, code, ok := sf.parse(fs, args, stderr)
	if !ok {
		return code
	}
	if ip := net.ParseIP(*bind); *bind != "localhost" && (ip == nil || !ip.IsLoopback()) {
		if !*remote {
			fmt.Fprintf(stderr, "secdoc serve: --bind %s is not a loopback address; add --allow-remote to serve drafts to the network\n", *bind)
			return exitUsage
		}
		if sf.logFormat == "json" {
			logs.New(stderr).Warn("serving to the network: anyone who can reach this machine can read the site", slog.String("bind", *bind))
		} else {
			fmt.Fprintf(stderr, "warning: serving on %s: anyone who can reach this machine can read the site\n", *bind)
		}
	}
	opts := serve.Options{
		Site: site.Options{Source: sf.source, Mounts: sf.mounts, BaseURL: sf.baseURL, Local: true, Now: now, Version: buildVersion()},
		Addr: net.JoinHostPort(*bind, strconv.Itoa(*port)),
		Log:  stdout,
		Ready: func(url string) {
			fmt.Fprintf(stdout, "serving %s on %s (Ctrl-C to stop)\n", sf.source, url)
		},
	}
	if sf.logFormat == "json" {
		l := logs.New(stderr)
		opts.Logger, opts.Log = l, io.Discard
		opts.Ready = func(url string) {
			l.Info("serving", slog.String("event", "serve_start"), slog.String("source", sf.source), slog.String("url", url))
		}
		if err := serve.Run(ctx, opts); err != nil {
			l.Error(err.Error(), slog.String("event", "serve_end"), slog.Bool("ok", false))
			return exitContent
		}
		l.Info("stopped", slog.String("event", "serve_end"), slog.Bool("ok", true))
		return exitOK
	}
	if err := serve.Run(ctx, opts); err != nil {
		return fail(stderr, "serve", err)
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}
