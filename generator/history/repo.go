package history

import (
	"context"
	"path"
	"strings"
	"time"
)

// Commit is one commit of a repository's history.
type Commit struct {
	Hash    string
	Author  string
	When    time.Time // author date, in the author's zone
	Subject string
}

// Change is what one commit did to one file.
type Change struct {
	Commit *Commit
	Status byte   // 'A' added, 'M' modified, 'D' deleted, 'R' renamed, 'T' type changed
	Path   string // the file's name after the commit, relative to the site root
	From   string // the name before a rename, "" otherwise
	Blob   string // the file's blob after the commit; "" when deleted
}

// Repo is the history of a site root read in one pass: every commit that
// touched a file under it, newest first, with renames followed.
type Repo struct {
	// Shallow is true in a shallow clone: the oldest commits are missing,
	// so the earliest changes read are not the first ones.
	Shallow bool
	// Commits are the commits that touched the root, newest first.
	Commits []*Commit
	// Files maps each path ever touched to its changes, newest first,
	// earlier names' changes included after a rename.
	Files map[string][]Change
	root  string
	git   Git
}

// Head returns the newest commit that touched the root, nil when none did.
func (r *Repo) Head() *Commit {
	if r == nil || len(r.Commits) == 0 {
		return nil
	}
	return r.Commits[0]
}

// File returns the changes of the file at path p (relative to the root),
// newest first; nil when it was never committed or there is no history.
func (r *Repo) File(p string) []Change {
	if r == nil {
		return nil
	}
	return r.Files[p]
}

// logFormat opens each commit with an empty field, then its hash, author,
// date and subject.
const logFormat = "--format=%x00" + marker + "%H%x00%an%x00%aI%x00%s"

// Read reads the history of the repository holding root with one
// `git log --raw`; it returns nil when there is none to read (git missing,
// not a repository, output over the bound).
func (g Git) Read(ctx context.Context, root string) *Repo {
	info, err := g.run(ctx, root, "rev-parse", "--show-prefix", "--is-shallow-repository")
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(string(info), "\n"), "\n")
	if len(lines) != 2 {
		return nil
	}
	log, err := g.run(ctx, root, "log", "-z", "-M", "--raw", "--no-abbrev", "--no-color", logFormat, "--", ".")
	if err != nil {
		return nil
	}
	r := ParseRaw(log, lines[0])
	r.Shallow, r.root, r.git = lines[1] == "true", root, g
	return r
}

// ParseRaw reads the output of `git log -z -M --raw --no-abbrev` with
// logFormat. Names are relative to the repository root; prefix is the
// site root's place in it ("" or ending in "/"), names outside it are left
// out and the rest made relative to it.
func ParseRaw(log []byte, prefix string) *Repo {
	r := &Repo{Files: map[string][]Change{}}
	alias := map[string]string{} // an older name → the name its history is kept under
	fields := strings.Split(string(log), "\x00")
	var c *Commit
	for i := 0; i < len(fields); i++ {
		f := strings.TrimPrefix(fields[i], "\n")
		switch {
		case f == "":
			if i+4 < len(fields) && strings.HasPrefix(fields[i+1], marker) {
				when, err := time.Parse(time.RFC3339, fields[i+3])
				c = nil
				if err == nil {
					c = &Commit{Hash: strings.TrimPrefix(fields[i+1], marker), Author: fields[i+2], When: when, Subject: fields[i+4]}
					r.Commits = append(r.Commits, c)
				}
				i += 4
			}
		case strings.HasPrefix(f, ":"):
			parts := strings.Fields(f)
			if len(parts) != 5 || parts[4] == "" || i+1 >= len(fields) {
				continue
			}
			ch := Change{Commit: c, Status: parts[4][0], Blob: parts[3]}
			if ch.Status == 'R' || ch.Status == 'C' {
				if i+2 >= len(fields) {
					continue
				}
				ch.From, ch.Path = fields[i+1], fields[i+2]
				i += 2
			} else {
				ch.Path = fields[i+1]
				i++
			}
			if ch.Status == 'D' || strings.Trim(ch.Blob, "0") == "" {
				ch.Blob = ""
			}
			if c == nil {
				continue
			}
			r.add(ch, prefix, alias)
		}
	}
	// Drop commits whose every name fell outside the prefix.
	kept := r.Commits[:0]
	used := map[*Commit]bool{}
	for _, changes := range r.Files {
		for _, ch := range changes {
			used[ch.Commit] = true
		}
	}
	for _, c := range r.Commits {
		if used[c] {
			kept = append(kept, c)
		}
	}
	r.Commits = kept
	return r
}

// add files one change under the name its history is kept by.
func (r *Repo) add(ch Change, prefix string, alias map[string]string) {
	rel, ok := relative(ch.Path, prefix)
	if !ok {
		return
	}
	ch.Path = rel
	if ch.From != "" {
		from, ok := relative(ch.From, prefix)
		if ch.Status == 'C' || !ok {
			ch.Status, ch.From = 'A', ""
		} else {
			ch.From = from
		}
	}
	key := rel
	if k, ok := alias[rel]; ok {
		key = k
	}
	r.Files[key] = append(r.Files[key], ch)
	if ch.Status == 'R' {
		alias[ch.From] = key
	} else if ch.Status == 'A' && ch.Commit != nil {
		// Older changes to this name belong to an earlier file, kept
		// under a key no path has.
		alias[rel] = "\x00" + ch.Commit.Hash + ":" + rel
	}
}

// relative makes a repository name relative to the site root's prefix.
func relative(name, prefix string) (string, bool) {
	rel, ok := strings.CutPrefix(name, prefix)
	if !ok || rel == "" || path.Clean(rel) != rel {
		return "", false
	}
	return rel, true
}
