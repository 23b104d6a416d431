package model

import (
	"path"
	"regexp"
	"strings"

	"github.com/secdoc/secdoc/generator/load"
)

// mdLink is a reference written as a markdown link: [label](destination).
var mdLink = regexp.MustCompile(`^\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$`)

// newRef makes the reference of value v of field fl. A value written as a
// link to a markdown file, [ADR-0005](0005-x.md) or 0005-x.md, names that
// file, relative to the document's folder.
func (d *decoder) newRef(fl load.Field, v load.Value) *Ref {
	ref := &Ref{ID: strings.TrimSpace(v.Text), Field: fl.Key, Line: v.Line, Col: v.Col, Inferred: fl.Inferred}
	dest := ref.ID
	if m := mdLink.FindStringSubmatch(ref.ID); m != nil {
		dest = m[2]
		if label := strings.TrimSpace(m[1]); label != "" {
			ref.ID = label
		} else {
			ref.ID = dest
		}
	}
	if p, ok := filePath(d.f.Path, dest); ok {
		ref.Path = p
	}
	return ref
}

// filePath returns the site-root path of dest, a relative link to a
// markdown file from the document at doc, and whether dest is one.
func filePath(doc, dest string) (string, bool) {
	dest, _, _ = strings.Cut(dest, "#")
	ext := strings.ToLower(path.Ext(dest))
	if ext != ".md" && ext != ".markdown" || strings.Contains(dest, ":") || strings.HasPrefix(dest, "/") {
		return "", false
	}
	return path.Join(path.Dir(doc), dest), true
}
