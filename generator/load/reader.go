package load

import (
	"path"
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
)

// Reader turns the files it claims into documents. Readers are asked in
// order; the first that claims a file reads it. A reader must be safe for
// concurrent use: files are read in parallel.
type Reader interface {
	// Match reports whether the reader may take the file at p (slash
	// path from the site root), judged by its folder and name alone, so
	// that files no reader wants are never opened.
	Match(p string) bool
	// Read turns the file's bytes into zero or more documents. It returns
	// ok false when the content is not the reader's format, and the next
	// reader is asked.
	Read(p string, data []byte) (docs []*Document, diags diag.List, ok bool)
}

// Markdown reads markdown files with optional YAML, TOML or JSON front
// matter: one file, one document.
type Markdown struct{}

// Match claims markdown files that are not an editor's temporary or backup files.
func (Markdown) Match(p string) bool { return IsMarkdown(p) }

// Read splits the file into front matter and body.
func (Markdown) Read(p string, data []byte) ([]*Document, diag.List, bool) {
	doc, diags := Parse(p, data)
	if doc == nil {
		return nil, diags, true
	}
	return []*Document{doc}, diags, true
}

// DefaultReaders are the readers of every site.
var DefaultReaders = []Reader{Markdown{}}

// IsMarkdown reports whether name is a markdown file that is not an editor's
// temporary or backup file.
func IsMarkdown(name string) bool {
	base := path.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "#") {
		return false
	}
	ext := strings.ToLower(path.Ext(base))
	return ext == ".md" || ext == ".markdown"
}

// Matches reports whether any of readers may take the file at p.
func Matches(readers []Reader, p string) bool {
	for _, r := range readers {
		if r.Match(p) {
			return true
		}
	}
	return false
}
