package model

import (
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/secdoc/secdoc/generator/load"
)

// Kind names a record kind, such as "threat".
type Kind string

// Spec declares one kind of record: everything the pipeline knows about the
// kind, read by decoding, linking, rendering, `secdoc new` and the checks.
// The declarations themselves live in package kinds, one file each.
type Spec struct {
	Name     Kind
	Label    string   // plural heading, such as "Threat models"
	Singular string   // capitalised singular, such as "Threat model"
	One      string   // the noun for one record, such as "threat model"
	Many     string   // the noun for several, such as "threat models"
	Words    []string // what a `kind:` field accepts, the name first
	Folders  []string // top content folders that imply the kind, the usual one first
	IDs      IDRule
	Fields   []Field
	// Facts lists, in page order, the field keys the record page shows as
	// key facts; a "risk:" name is a fact the risk stage computes.
	Facts []string
	// Columns are the cells of the kind's section list after id and title.
	Columns []Column
	// JSON lists, in order, the keys of documents.json after the common
	// ones; a "risk:" name is a value the risk stage computes.
	JSON []string
	// Related shows, on the record page, records reached through a backlink.
	Related []Related
	// Skeleton is the file under the kinds' skeletons/ folder `secdoc new` fills.
	Skeleton string
	// Policies are the kind's built-in field checks for `secdoc check`.
	Policies []Policy
	// Reader, when set, makes the reader of the kind's own file formats
	// (such as ADR tools' markdown), claiming files in the given folders;
	// it is asked before the plain markdown reader. root is the site root,
	// where the reader may find its tool's configuration.
	Reader func(folders []string, root fs.FS) load.Reader

	byKey map[string]*Field
}

// IDRule says how `secdoc new` numbers a kind's records.
type IDRule struct {
	Prefix string // such as "THR"
	Width  int    // digits of the first number; 0 when the ids are dated
	Dated  bool   // ids are PREFIX-YYYY-MM
	// FileNumber names files NNNN-slug.md, the number shared with the id,
	// as adr-tools does.
	FileNumber bool
	// FromName gives a record without an `id` field the id its file name
	// implies, as ADR tools name files: a leading number (0007-x.md,
	// ADR007-x.md) as Prefix-NNNN with Width digits, a date prefix
	// (20200925-x.md) as the name upper-cased. A title read from the
	// body's heading loses its number prefix ("1. ", "ADR001: ").
	FromName bool
}

// Type is the shape and meaning of a field's value.
type Type int

// The field types.
const (
	Text     Type = iota // one value, kept as written
	Texts                // a list of values (a single value is a list of one)
	Enum                 // one word of Values (or Aliases)
	EnumList             // a list of words of Values, each kept once
	Scale                // 1-5, as a number or one of Values
	Count                // a whole number, 0 or more
	Days                 // a duration in days: 90, 90d, 12w, 6m, 1y
	Day                  // a calendar date
	OneRef               // the id of one record of kind Target
	ManyRefs             // ids of records of kind Target
	Inverse              // derived: the records whose field Of refers to this one
	Waivers              // policy names mapped to the reasons they are waived
)

// Field declares one front-matter field of a kind.
type Field struct {
	Key     string
	Also    []string // other keys that fill the same field, such as decision-makers
	Type    Type
	Label   string            // how pages name it
	Values  []string          // Enum, EnumList, Scale: the words, in order
	Aliases map[string]string // Enum, EnumList: other words for a value
	Initial bool              // EnumList: a value's initial letter names it (STRIDE's S, T, R...)
	Target  Kind              // OneRef, ManyRefs: the kind referred to; "" for any
	// Of is, for an Inverse field, the ManyRefs field of other records it
	// inverts. A ManyRefs field with Of is one side of a relation that may
	// be written on either side: it holds the records it names and those
	// whose field Of names this one.
	Of string
	// Open keeps an Enum value outside Values as written, with a warning
	// (policy "unknown-<key>") instead of an error: statuses teams coin.
	Open bool
	// Absent is what pages show when a record gives no value, such as a
	// decision's "unknown" status; it is neither stored nor read by rules.
	Absent string
	Badge  string // Enum: the CSS class prefix when shown as a badge, such as "status-"
	// Implied is the value a record without the field is read as, such as a
	// threat's "open" status; it is neither stored nor shown.
	Implied string
	// JSONName replaces Key in documents.json.
	JSONName string
	// Acyclic names the finding reported when references of this field form
	// a cycle, such as "supersede-cycle"; "" allows cycles.
	Acyclic string
	// GitFallback gives a Day field a record leaves empty the date of the
	// first Git commit that added the record's file, marked as such.
	GitFallback bool

	target *Spec // the declaration of Target, set by the registry
}

// OpenPolicy names the warning about a value outside an Open enumeration.
func (f *Field) OpenPolicy() string { return "unknown-" + f.Key }

// Warnings returns the names of the warnings reading a record of the kind
// may give, which the record may waive: a field one typo away from a known
// one, a date read from prose left out, a value outside an open enumeration.
func (s *Spec) Warnings() []string {
	out := []string{"unknown-field", load.DatePolicy}
	for i := range s.Fields {
		if f := &s.Fields[i]; f.Open {
			out = append(out, f.OpenPolicy())
		}
	}
	return out
}

// TargetSpec returns the kind a reference field refers to, nil for any kind.
func (f *Field) TargetSpec() *Spec { return f.target }

// JSONKey returns the field's key in documents.json.
func (f *Field) JSONKey() string {
	if f.JSONName != "" {
		return f.JSONName
	}
	return f.Key
}

// Decoded reports whether the field is read from front matter; derived
// fields are not.
func (f *Field) Decoded() bool { return f.Type != Inverse }

// Column is one cell of a section list row.
type Column struct {
	Header string
	Field  string // the field key it shows
	Class  string // the cell's CSS class: "num", "date" or ""
	Show   Show
}

// Show is how a list cell shows its field.
type Show int

// The ways a cell shows its value.
const (
	Plain  Show = iota // the value as text
	Joined             // a list joined with commas
	Level              // a level badge, sorted by weight
	Status             // a status badge
	Number             // a number, blank when 0
	Period             // a number of days, "90 days", sorted by number
	IDs                // links to the records, by id
)

// Related is a relation a record page shows beyond its own links: the
// records that records of kind Through, linking to this one, name in Field.
type Related struct {
	Through Kind
	Field   string
	Note    string // qualifies the group, such as "on its threats"
}

// Policy is a built-in check that records of a kind give a field.
type Policy struct {
	Name    string
	Summary string
	Field   string
	Hint    string // follows "<kind> <id> has no <field>", punctuation included
}

// Field returns the declaration of the field key (or one of its other
// keys), or nil.
func (s *Spec) Field(key string) *Field { return s.byKey[key] }

// Noun returns the kind's name for a count of n records: "1 threat", "2 SOPs".
func (s *Spec) Noun(n int) string {
	if n == 1 {
		return s.One
	}
	return s.Many
}

// Indefinite returns the kind's singular noun as running text writes it,
// after its indefinite article: "a threat", "an asset", "an SOP".
func (s *Spec) Indefinite() string { return Article(s.One) + " " + s.One }

// Article returns "a" or "an" for the noun, by the sound it starts with as
// far as its spelling tells: a word starting with a vowel letter takes "an"
// (an asset, an exercise); one written in capitals is an initialism, read
// letter by letter, and takes "an" when its first letter's name starts with
// a vowel sound (an SOP, an MFA, but a TLS). Words whose sound belies their
// spelling ("a user", "an hour") are not among the kinds' nouns.
func Article(noun string) string {
	first, _ := utf8.DecodeRuneInString(noun)
	vowels := "aeiouAEIOU"
	if initialism(noun) {
		vowels = "AEFHILMNORSX"
	}
	if strings.ContainsRune(vowels, first) {
		return "an"
	}
	return "a"
}

// initialism reports whether the noun's first word is written in capitals,
// two letters or more, such as "SOP" or "ADR".
func initialism(noun string) bool {
	word, _, _ := strings.Cut(noun, " ")
	word = strings.TrimSuffix(word, "s")
	return len(word) > 1 && strings.ToUpper(word) == word && strings.ToLower(word) != word
}
