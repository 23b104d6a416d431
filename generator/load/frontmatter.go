package load

import (
	"bytes"
	"unicode/utf8"

	"github.com/adrg/frontmatter"

	"github.com/secdoc/secdoc/generator/diag"
)

// Document is what a reader makes of a file: the front matter and body of
// one record, with the positions of its keys and values.
type Document struct {
	Path string // path relative to the site root, slash-separated
	// Place is where a mounted file appears under content/, such as
	// content/decisions/platform/0001-x.md; "" for a file in content/.
	Place string
	// IDPrefix is put in front of the record's id: its mount's id_prefix.
	IDPrefix string
	Format   string  // "yaml", "toml", "json", or "" without front matter
	Fields   []Field // front-matter keys in the order written
	Body     []byte  // markdown after the front matter
	BodyLine int     // 1-based line of the file where Body starts
	// Kind is the record kind the reader says the document is, "" to leave
	// it to the document's `kind:` field and folder.
	Kind string
	// Unparsed reports that the front matter failed to parse: Fields is
	// empty whatever the file says, so nothing can be concluded from a
	// field being absent.
	Unparsed bool
}

// ContentPath returns where the document appears under content/, which
// decides its URL and section.
func (f *Document) ContentPath() string {
	if f.Place != "" {
		return f.Place
	}
	return f.Path
}

// Field returns the field with the given key and whether it exists.
func (f *Document) Field(key string) (Field, bool) {
	for _, fl := range f.Fields {
		if fl.Key == key {
			return fl, true
		}
	}
	return Field{}, false
}

var bom = []byte("\xef\xbb\xbf")

// delimiter describes how a front-matter block opens and which decoder reads it.
type delimiter struct {
	format string
	start  string
	end    string
}

var delimiters = []delimiter{
	{"yaml", "---", "---"},
	{"toml", "+++", "+++"},
	{"json", ";;;", ";;;"},
	{"json", "{", "}"},
}

// Parse splits data, the bytes of the markdown file at path, into front
// matter and body.
// Problems are reported with their position in the file; a file with errors
// still returns what could be read, so later stages can go on checking it.
func Parse(path string, data []byte) (*Document, diag.List) {
	var diags diag.List
	f := &Document{Path: path, BodyLine: 1}
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		line, col := invalidUTF8(data)
		diags.Errorf(path, line, col, "file is not valid UTF-8")
		return nil, diags
	}
	open, openLine := opening(data)
	if open == nil {
		f.Body = data
		return f, diags
	}
	var block []byte
	captured := false
	capture := func(b []byte, _ any) error {
		block, captured = b, true
		return nil
	}
	formats := make([]*frontmatter.Format, 0, len(delimiters))
	for _, d := range delimiters {
		fm := frontmatter.NewFormat(d.start, d.end, capture)
		if d.start == "{" {
			fm.RequiresNewLine = true
			fm.UnmarshalDelims = true
		}
		formats = append(formats, fm)
	}
	var sink struct{}
	body, err := frontmatter.Parse(bytes.NewReader(data), &sink, formats...)
	if err != nil || !captured {
		diags.Errorf(path, openLine, 1, "front matter opened with %q is never closed", open.start)
		return nil, diags
	}
	f.Format = open.format
	f.Body = body
	if bytes.HasSuffix(data, body) {
		f.BodyLine = 1 + bytes.Count(data[:len(data)-len(body)], []byte("\n"))
	}
	blockLine := openLine + 1
	if open.start == "{" {
		blockLine = openLine
	}
	f.Fields, diags = decode(path, open.format, block, blockLine)
	f.Unparsed = f.Fields == nil && diags.HasErrors()
	return f, diags
}

// opening finds the front-matter delimiter on the first non-blank line, as
// adrg/frontmatter does, and returns it with its 1-based line number.
func opening(data []byte) (*delimiter, int) {
	line := 1
	for len(data) > 0 {
		end := bytes.IndexByte(data, '\n')
		var text []byte
		if end < 0 {
			text, data = data, nil
		} else {
			text, data = data[:end], data[end+1:]
		}
		text = bytes.TrimSpace(text)
		if len(text) == 0 {
			line++
			continue
		}
		for i := range delimiters {
			d := &delimiters[i]
			if string(text) == d.start {
				return d, line
			}
		}
		return nil, 0
	}
	return nil, 0
}

// decode reads a front-matter block with the decoder for its format.
func decode(path, format string, block []byte, blockLine int) ([]Field, diag.List) {
	switch format {
	case "toml":
		return decodeTOML(path, block, blockLine)
	case "json":
		return decodeJSON(path, block, blockLine)
	}
	return decodeYAML(path, block, blockLine)
}

// invalidUTF8 returns the position of the first byte that is not valid UTF-8.
func invalidUTF8(data []byte) (line, col int) {
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col
}
