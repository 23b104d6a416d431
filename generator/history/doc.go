// Package history reads a site's Git history: when its files first entered
// version control (for records that do not say when they were written), and
// the full log with renames followed plus old versions of files, read with
// one `git log --raw` and one `git cat-file --batch` per repository.
//
// Trust model: file names come from the repository and may hold anything
// (spaces, newlines, quotes, non-UTF-8 bytes); git is run with -z so names
// arrive verbatim, and never through a shell. Its output is bounded, and
// any failure (git missing, not a repository, output too large) reads as
// "no history", never as an error: the dates are a convenience.
package history
