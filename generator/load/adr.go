package load

import (
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/secdoc/secdoc/generator/diag"
)

// ADR reads architecture decision records as the ADR tools write them,
// with or without front matter: adr-tools (Michael Nygard's `# N. Title`,
// a `Date:` line and a `## Status` section with link lines), MADR 2
// (`* Status:` bullets under the title), MADR 3 and 4 (front matter) and
// log4brains (`- Status:` bullets and a `## Links` section). What the
// front matter gives wins; what the body states fills the rest, each
// field with the position it was read at, marked Inferred. The reader
// claims markdown files under the decision folders; their templates,
// indexes, READMEs and backlogs are not records and give no document.
type ADR struct {
	// Folders are the top folders under content/ that hold decisions.
	Folders []string
	// Log4brains are the folders, from the site root, of log4brains
	// collections, where a decision without a status is accepted; files
	// elsewhere count as log4brains' when written in its style.
	Log4brains []string
}

// Match claims markdown files under one of the decision folders.
func (a ADR) Match(p string) bool {
	rest, ok := strings.CutPrefix(p, ContentDir+"/")
	top, _, nested := strings.Cut(rest, "/")
	if !ok || !nested || !IsMarkdown(p) {
		return false
	}
	for _, f := range a.Folders {
		if strings.EqualFold(top, f) {
			return true
		}
	}
	return false
}

// Read reads a decision file; a folder's introduction (_index.md,
// index.md, README.md) is read as plain markdown.
func (a ADR) Read(p string, data []byte) ([]*Document, diag.List, bool) {
	if IsIntro(p) {
		return Markdown{}.Read(p, data)
	}
	if NotADR(p) {
		return nil, nil, true
	}
	doc, diags := Parse(p, data)
	if doc == nil {
		return nil, diags, true
	}
	diags = append(diags, readADR(doc, a.inLog4brains(p))...)
	return []*Document{doc}, diags, true
}

// notRecords are the names, without extension, of files in a decision
// folder that the tools keep beside the records (besides the folder's
// introduction, index.md or README.md, see IsIntro).
var notRecords = map[string]bool{"template": true, "adr-template": true, "backlog": true}

// NotADR reports whether the file at p, in a decision folder, is a
// template or backlog rather than a record.
func NotADR(p string) bool {
	base := strings.ToLower(path.Base(p))
	name := strings.TrimSuffix(base, path.Ext(base))
	return notRecords[name] || strings.HasPrefix(name, "0000-") || strings.HasPrefix(name, "0000_")
}

// line is one line of a body, its ending dropped, with its file line.
type line struct {
	text string
	num  int
}

// bodyLines splits a document's body into lines, dropping \r of Windows
// line endings.
func bodyLines(doc *Document) []line {
	raw := strings.Split(string(doc.Body), "\n")
	out := make([]line, len(raw))
	for i, t := range raw {
		out[i] = line{text: strings.TrimSuffix(t, "\r"), num: doc.BodyLine + i}
	}
	return out
}

// col returns the 1-based column of byte offset off in s, counted in
// characters as the YAML decoder counts them.
func col(s string, off int) int { return utf8.RuneCountInString(s[:off]) + 1 }

var (
	commentRe  = regexp.MustCompile(`<!--.*?-->`)
	emphasisRe = regexp.MustCompile(`\*\*|__`)
)

// blank replaces HTML comments and bold markers with spaces, one per
// character, so that columns counted in the result hold in the original.
func blank(s string) string {
	repl := func(m string) string { return strings.Repeat(" ", utf8.RuneCountInString(m)) }
	return emphasisRe.ReplaceAllStringFunc(commentRe.ReplaceAllStringFunc(s, repl), repl)
}
