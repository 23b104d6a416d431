package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/secdoc/secdoc/generator/scaffold"
)

func runInit(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("init [DIR] [flags]", `Scaffold a new documentation repository in DIR (default: the current folder): content/ with
one example record of each kind, secdoc.yaml with every setting commented, .gitignore, and CI
examples for GitHub Actions and GitLab CI that check pull requests and publish from main.
Records are dated today (--now), so nothing is stale or overdue on the day it is created.
DIR must be empty (a .git folder is fine) unless --force, which adds the missing files and
keeps every file that exists.`, "secdoc init security-docs", stderr)
	force := fs.Bool("force", false, "write into a folder that is not empty, keeping the files it has")
	now := fs.String("now", "", "date `YYYY-MM-DD` of the example records (default: SOURCE_DATE_EPOCH or today)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return usageCode(err)
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "secdoc init: unexpected argument %q\n", pos[1])
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	date, err := buildDate(*now)
	if err != nil {
		fmt.Fprintln(stderr, "secdoc init:", err)
		return exitUsage
	}
	written, err := scaffold.Init(scaffold.InitRequest{Dir: dir, Now: date, Force: *force})
	printWritten(stdout, dir, written)
	if errors.Is(err, scaffold.ErrNotEmpty) {
		fmt.Fprintf(stderr, "secdoc init: %v; pass --force to add the missing files (existing files are kept)\n", err)
		return exitContent
	}
	if err != nil {
		fmt.Fprintln(stderr, "secdoc init:", err)
		return exitContent
	}
	printNext(stdout, dir)
	return exitOK
}

// printWritten lists the files written and those kept as they were.
func printWritten(w io.Writer, dir string, written []scaffold.Written) {
	for _, f := range written {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if f.Skipped {
			fmt.Fprintf(w, "kept    %s (it exists)\n", p)
		} else {
			fmt.Fprintf(w, "created %s\n", p)
		}
	}
}

// printNext tells a new user what to run next.
func printNext(w io.Writer, dir string) {
	fmt.Fprint(w, "\nNext:\n")
	if dir != "." {
		fmt.Fprintf(w, "  cd %s\n", dir)
	}
	fmt.Fprint(w, `  secdoc serve                       preview the site, reloading as you edit
  secdoc new threat "Your first threat"
  secdoc check                       what CI runs on every pull request
`)
	if repo := repoAbove(dir); repo != "" {
		fmt.Fprintf(w, "\nThe CI examples assume %s is the root of its repository, but it is inside %s:\nmove .github/ and .gitlab-ci.yml there and add --source to their secdoc commands.\n", dir, repo)
	}
}

// repoAbove returns the Git repository dir is inside of, below its root, or
// "" when dir is a repository's root or in none.
func repoAbove(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil || exists(filepath.Join(abs, ".git")) {
		return ""
	}
	for p := filepath.Dir(abs); p != filepath.Dir(p); p = filepath.Dir(p) {
		if exists(filepath.Join(p, ".git")) {
			return p
		}
	}
	return ""
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
