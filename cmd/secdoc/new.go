package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/secdoc/secdoc/generator/kinds"
	"github.com/secdoc/secdoc/generator/scaffold"
)

// newSynopsis is the help of secdoc new; the list of kinds comes from their declarations.
var newSynopsis = `Create a record from a skeleton, with the next free id of its kind, and print its path.

KIND is one of:
  ` + kinds.Registry.List() + `.

The file goes in the folder the site already uses for the kind (threats/, decisions/ or adr/,
...), named after its id and title; a decision is numbered as adr-tools does (0014-title.md).
When the kind's records live in several folders (decisions/, decisions/platform/), --in picks one.
A folder mounted there (mounts: in secdoc.yaml, or --mount as build takes it) is written in its
real place, such as doc/adr/, in its collection's format and numbering.
Existing files are never overwritten. The front matter is dated today (--now) and the body
explains how to fill in each section.

A file templates/new/KIND.md in the site root (threat.md, decision.md, sop.md, threat-model.md,
...) replaces the built-in skeleton. It is a Go text/template given .ID, .Title, .Owner, .Date,
.Supersedes and .ReviewInterval, with the functions yaml and yamlList to quote values.

A decision is written in its collection's format: adr-tools (0014-title.md, "# 14. Title", no
front matter), MADR 2, 3 or 4, log4brains (YYYYMMDD-title.md) or secdoc's own, from the skeletons
decision-adr-tools.md, decision-madr.md, decision-madr3.md, decision-madr2.md and
decision-log4brains.md, which templates/new/ may replace too (given also .Number and .Links).

--supersedes also marks the old decision superseded as its tool does (the status: line, the
## Status paragraph or the Status: bullet), changing only that line, and says so on standard error.`

func runNew(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("new KIND TITLE [flags]", newSynopsis,
		`secdoc new threat "Stolen session cookies" --owner "Mei Lin Howarth"`+"\n  "+
			`secdoc new decision "Use HMAC signatures" --supersedes ADR-0003`+"\n  "+
			`secdoc new decision "Pin certificates" --in decisions/mobile`, stderr)
	source := fs.String("source", ".", "site root `DIR` holding content/")
	now := fs.String("now", "", "date `YYYY-MM-DD` of the new record (default: SOURCE_DATE_EPOCH or today)")
	owner := fs.String("owner", "", "`NAME` of the record's owner")
	in := fs.String("in", "", "folder `DIR` under content/ the record goes in, such as decisions/platform (needed when the kind lives in several)")
	var mounts mountFlags
	fs.Var(&mounts, "mount", "mount the folder `SRC:TARGET[:PREFIX]` as build does, so --in TARGET writes into SRC; repeatable")
	var supersedes idList
	fs.Var(&supersedes, "supersedes", "`ID` of a decision the new one supersedes; repeat the flag or separate ids with commas")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return usageCode(err)
	}
	req, msg := newRequest(pos, supersedes)
	if msg == "" {
		req.Now, err = buildDate(*now)
		if err != nil {
			msg = err.Error()
		}
	}
	if msg != "" {
		fmt.Fprintln(stderr, "secdoc new:", msg)
		return exitUsage
	}
	req.Source, req.Owner, req.In, req.Mounts = *source, *owner, *in, mounts
	c, err := scaffold.New(req)
	return reportNew(c, err, stdout, stderr)
}

// newRequest reads KIND and TITLE; a title may also be typed unquoted, as
// several words. It returns a message for a usage error.
func newRequest(pos []string, supersedes idList) (scaffold.Request, string) {
	if len(pos) < 2 {
		return scaffold.Request{}, `want KIND and TITLE, as in: secdoc new threat "Stolen session cookies"`
	}
	kind, err := scaffold.ParseKind(pos[0])
	if err != nil {
		return scaffold.Request{}, err.Error()
	}
	title := strings.Join(pos[1:], " ")
	switch {
	case strings.TrimSpace(title) == "":
		return scaffold.Request{}, "the title is empty"
	case len(supersedes) > 0 && kind.Field("supersedes") == nil:
		return scaffold.Request{}, "--supersedes is for decisions only"
	}
	return scaffold.Request{Kind: kind, Title: title, Supersedes: supersedes}, ""
}

// reportNew prints what New did: the new file's path alone on standard
// output, so that `$EDITOR "$(secdoc new ...)"` works, and the rest on
// standard error.
func reportNew(c *scaffold.Created, err error, stdout, stderr io.Writer) int {
	if c != nil {
		fmt.Fprintln(stdout, c.File)
		for _, s := range c.Superseded {
			what := "marked %s superseded in %s\n"
			if s.Already {
				what = "%s was already superseded; %s left as it was\n"
			}
			fmt.Fprintf(stderr, what, s.ID, s.File)
		}
	}
	var usage *scaffold.UsageError
	if err != nil {
		fmt.Fprintln(stderr, "secdoc new:", err)
		if errors.As(err, &usage) {
			return exitUsage
		}
		return exitContent
	}
	return exitOK
}

// idList is a flag that collects ids, given repeatedly or separated by commas.
type idList []string

func (l *idList) String() string { return strings.Join(*l, ",") }

func (l *idList) Set(s string) error {
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			*l = append(*l, id)
		}
	}
	return nil
}
