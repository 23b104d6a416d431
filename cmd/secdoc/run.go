package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/secdoc/secdoc/generator/nearest"
	"github.com/secdoc/secdoc/generator/site"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // the content has errors
	exitUsage   = 2 // the command line is wrong
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"serve", "preview the site with live reload", runServe},
		{"build", "build the site into public/", runBuild},
		{"new", "create a record from a skeleton with the next free id", runNew},
		{"init", "scaffold a new documentation repository", runInit},
		{"check", "validate the records and apply the policies, for CI", runCheck},
	}
}

// run dispatches to a subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" && len(args) == 1 {
		usage(stdout)
		return exitOK
	}
	if args[0] == "--version" || args[0] == "version" {
		fmt.Fprintln(stdout, "secdoc", buildVersion())
		return exitOK
	}
	name := args[0]
	if name == "help" {
		// Asked-for help goes to stdout, like `secdoc --help`.
		name, args, stderr = args[1], []string{args[1], "--help"}, stdout
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "secdoc: unknown command %q%s\nRun 'secdoc help' for the list of commands.\n", name, suggestCommand(name))
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, "secdoc turns markdown security records into a cross-linked static site.\n\nUsage:\n  secdoc COMMAND [flags]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'secdoc help COMMAND' for a command's flags and examples.\n")
}

func suggestCommand(name string) string {
	var names []string
	for _, c := range commands() {
		if strings.HasPrefix(c.name, name) {
			return fmt.Sprintf(" (did you mean %q?)", c.name)
		}
		names = append(names, c.name)
	}
	if n := nearest.Word(name, names); n != "" {
		return fmt.Sprintf(" (did you mean %q?)", n)
	}
	return ""
}

// parseFlags parses flags that may come before and after positional
// arguments, returning the positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			suggestFlag(fs, err)
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(positional, rest...), nil // everything after -- is an argument
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// suggestFlag names the defined flag an undefined one was probably meant to be.
func suggestFlag(fs *flag.FlagSet, err error) {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		return
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if n := nearest.Word(strings.TrimLeft(name, "-"), names); n != "" {
		fmt.Fprintf(fs.Output(), "did you mean --%s?\n", n)
	}
}

// newFlagSet returns a flag set that prints its usage with an example.
func newFlagSet(name, synopsis, example string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(strings.Fields(name)[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: secdoc %s\n\n%s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExample:\n  %s\n", example)
	}
	return fs
}

// buildClock returns the clock ageing rules read: fixed at --now, else at
// SOURCE_DATE_EPOCH, else the real time, which a long-running serve reads
// afresh on every rebuild.
func buildClock(now string) (func() time.Time, error) {
	if now != "" {
		t, err := time.Parse("2006-01-02", now)
		if err != nil {
			return nil, fmt.Errorf("--now %q: want YYYY-MM-DD", now)
		}
		return site.FixedClock(t), nil
	}
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		n, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return nil, errors.New("SOURCE_DATE_EPOCH is not a number of seconds")
		}
		return site.FixedClock(time.Unix(n, 0).UTC()), nil
	}
	return func() time.Time { return time.Now().UTC() }, nil
}

// buildDate reads the clock of buildClock once, for commands that write
// files dated today.
func buildDate(now string) (time.Time, error) {
	clock, err := buildClock(now)
	if err != nil {
		return time.Time{}, err
	}
	return clock(), nil
}
