package model

import (
	"strings"

	"github.com/secdoc/secdoc/generator/markdown"
)

// Ref is a reference from one record to another by id.
type Ref struct {
	ID     string
	Field  string // front-matter key it was written under; "body" for links in the text
	Line   int    // position in the source file
	Col    int
	Target *Record // the record referred to, set by the link stage
}

// Extra is a front-matter field secdoc does not know, kept for display.
type Extra struct {
	Key   string
	Value string
}

// Record is one content file: a security record or a plain page.
type Record struct {
	Kind    Kind
	ID      string
	Title   string
	Source  string // file path relative to the site root
	Path    string // URL path from the site root, such as "threats/thr-0001/"; "" for the home page
	Section string // first folder under content/, "" for top-level files

	Owner string
	Tags  []string
	// Waivers maps check policies waived for this record to the reason.
	Waivers map[string]string
	Date    Date
	Updated Date

	// Asset.
	Confidentiality, Integrity, Availability string // levels, "" when not given
	Value                                    string

	// Threat.
	Stride                             []string
	Likelihood, Impact                 int // 1-5, 0 when not given
	ResidualLikelihood, ResidualImpact int
	Status                             string // threats and decisions
	Decision, Model                    *Ref
	AcceptedUntil, Due                 Date
	Votes                              int

	// Decision.
	Deciders   []string
	Supersedes []*Ref

	// SOP, exercise, threat model.
	Assets, Threats, SOPs []*Ref
	Alerts                []string
	LastTested            Date
	ReviewInterval        int // days, 0 when not given
	Scenario, Scope       string
	Participants          []string

	// Set by the link stage: the records this one links to and is linked
	// from (front matter and body together, each once, sorted by id), and the
	// decisions that supersede this one.
	Links, Backlinks []*Record
	SupersededBy     []*Record

	Extras []Extra
	Body   *markdown.Doc
	// BodyLine is the file line where the body starts, for positions of body links.
	BodyLine int
	// Intro marks an _index.md file: the introduction of a section or of the home page.
	Intro bool

	keys   map[string][2]int // line and column of each front-matter key
	filled map[string]bool   // front-matter keys written with a non-empty value
	lower  string            // ID in lower case, the form ids are compared in
}

// Key returns the record's id in lower case: ids match case-insensitively.
func (r *Record) Key() string {
	if r.lower == "" {
		return strings.ToLower(r.ID)
	}
	return r.lower
}

// State returns the record's status; a threat without one is open, as every
// rule and page reads it.
func (r *Record) State() string {
	if r.Kind == Threat && r.Status == "" {
		return "open"
	}
	return r.Status
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

// Refs returns every front-matter reference of the record, in a fixed order.
func (r *Record) Refs() []*Ref {
	var refs []*Ref
	for _, one := range []*Ref{r.Decision, r.Model} {
		if one != nil {
			refs = append(refs, one)
		}
	}
	for _, many := range [][]*Ref{r.Assets, r.Threats, r.SOPs, r.Supersedes} {
		refs = append(refs, many...)
	}
	return refs
}
