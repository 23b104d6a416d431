package model

import (
	"path"
	"strings"

	"github.com/secdoc/secdoc/generator/markdown"
)

// Ref is a reference from one record to another by id. Which record it
// lands on is the link stage's answer, kept in its graph.
type Ref struct {
	ID    string
	Field string // front-matter key it was written under
	Line  int    // position in the source file
	Col   int
	// Path is the file the reference names when it is written as a link to
	// one ([ADR-0005](0005-x.md)), from the site root; ID is then the text
	// as written.
	Path string
	// Inferred marks a reference a reader read from prose, not from a
	// field: one that does not resolve is a warning, not an error.
	Inferred bool
}

// Extra is a front-matter field secdoc does not know, kept for display.
type Extra struct {
	Key   string
	Value string
}

// Value is the decoded value of one declared field; which part is set
// depends on the field's type.
type Value struct {
	Text  string   // Text, Enum
	Texts []string // Texts, EnumList
	Int   int      // Scale, Count, Days
	Day   Date     // Day
	Refs  []*Ref   // OneRef (one at most), ManyRefs
}

// Record is one document: a security record or a plain page.
type Record struct {
	Spec   *Spec
	Kind   Kind
	ID     string
	Title  string
	Source string // file path relative to the site root, or a mount's as given
	// IDPrefix is the id_prefix of the mounted collection the record is
	// in: its id starts with it, and ids it writes are looked up with it
	// first, so references stay within the collection.
	IDPrefix string
	// Place is where a mounted file appears under content/
	// (content/decisions/platform/0001-x.md); "" for a file in content/.
	Place   string
	Path    string // URL path from the site root, such as "threats/thr-0001/"; "" for the home page
	Section string // first folder under content/, "" for top-level files
	// Waivers maps check policies waived for this record to the reason.
	Waivers map[string]string
	Extras  []Extra
	Body    *markdown.Doc
	// BodyLine is the file line where the body starts, for positions of body links.
	BodyLine int
	// Intro marks a folder's introduction (_index.md, index.md or
	// README.md, see load.IsIntro): of the home page, a section or a
	// folder below one. It is never a record of its own.
	Intro bool
	// Unparsed marks a record whose front matter failed to parse: its
	// fields are unknown, not absent, so checks for missing fields skip it.
	Unparsed bool

	values map[string]Value  // declared fields by key
	keys   map[string][2]int // line and column of each front-matter key
	filled map[string]bool   // front-matter keys written with a non-empty value
	lower  string            // ID in lower case, the form ids are compared in
	refs   []*Ref            // every reference, field by field
	// pending are dates read from prose whose order SettleDays decides.
	pending []pendingDay
	from    map[string]string // where values set by Infer were found, by key
}

// Key returns the record's id in lower case: ids match case-insensitively.
func (r *Record) Key() string {
	if r.lower == "" {
		return strings.ToLower(r.ID)
	}
	return r.lower
}

// Text returns the text of field key, "" when not given.
func (r *Record) Text(key string) string { return r.values[key].Text }

// Texts returns the list of field key.
func (r *Record) Texts(key string) []string { return r.values[key].Texts }

// Int returns the number of field key, 0 when not given.
func (r *Record) Int(key string) int { return r.values[key].Int }

// Day returns the date of field key, the zero Date when not given.
func (r *Record) Day(key string) Date { return r.values[key].Day }

// Refs returns the references of field key, in the order written.
func (r *Record) Refs(key string) []*Ref { return r.values[key].Refs }

// Ref returns the reference of a single-reference field, or nil.
func (r *Record) Ref(key string) *Ref {
	if refs := r.values[key].Refs; len(refs) > 0 {
		return refs[0]
	}
	return nil
}

// Owner returns who answers for the record.
func (r *Record) Owner() string { return r.Text("owner") }

// Status returns the status as written, "" when not given.
func (r *Record) Status() string { return r.Text("status") }

// Updated returns the date the record was last updated.
func (r *Record) Updated() Date { return r.Day("updated") }

// State returns the record's status as every rule and page reads it: as
// written, else the status its kind implies (a threat without one is open).
func (r *Record) State() string {
	if s := r.Status(); s != "" {
		return s
	}
	if f := r.Spec.Field("status"); f != nil {
		return f.Implied
	}
	return ""
}

// Given reports whether declared field key has a value once decoded: a
// value that failed to decode counts as not given.
func (r *Record) Given(key string) bool {
	v := r.values[key]
	return v.Text != "" || len(v.Texts) > 0 || v.Int != 0 || !v.Day.IsZero() || len(v.Refs) > 0
}

// HasField reports whether the front matter gives key a non-empty value.
func (r *Record) HasField(key string) bool { return r.filled[key] }

// Less orders records by id, case-insensitively, then by source path, the
// order every list of records is shown in.
func Less(a, b *Record) bool {
	ka, kb := a.Key(), b.Key()
	if ka != kb {
		return ka < kb
	}
	return a.Source < b.Source
}

// KeyPos returns the file position of a front-matter key, or of the file's
// start when the key was not written.
func (r *Record) KeyPos(key string) (line, col int) {
	if p, ok := r.keys[key]; ok {
		return p[0], p[1]
	}
	return 1, 1
}

// AllRefs returns every front-matter reference of the record, field by
// field in declaration order.
func (r *Record) AllRefs() []*Ref { return r.refs }

// collectRefs gathers the references once decoding is done.
func (r *Record) collectRefs() {
	for i := range r.Spec.Fields {
		if f := &r.Spec.Fields[i]; f.Type == OneRef || f.Type == ManyRefs {
			r.refs = append(r.refs, r.values[f.Key].Refs...)
		}
	}
}

// Folder returns the path of the folder list page the record belongs to:
// "sops/etcd/" for "sops/etcd/restore/", its own path for an
// introduction, "" for a page at the top of content/.
func (r *Record) Folder() string {
	if r.Intro || r.Path == "" {
		return r.Path
	}
	dir := path.Dir(strings.TrimSuffix(r.Path, "/"))
	if dir == "." {
		return ""
	}
	return dir + "/"
}

// Folders returns the paths of the folder list pages that list the record,
// from its section's down to its own folder's.
func (r *Record) Folders() []string {
	f := r.Folder()
	var out []string
	for i := strings.Index(f, "/"); i >= 0; {
		out = append(out, f[:i+1])
		j := strings.Index(f[i+1:], "/")
		if j < 0 {
			break
		}
		i += j + 1
	}
	return out
}
