package load

// Kind is the shape of a front-matter value.
type Kind int

const (
	// Null is an explicitly empty value (`key:` or `key: null`).
	Null Kind = iota
	// Scalar is a string, number, boolean or date, kept as text.
	Scalar
	// List is a sequence of values.
	List
	// Map is a nested mapping of keys to values.
	Map
)

// Value is one front-matter value and the file position where it was written.
type Value struct {
	Kind   Kind
	Text   string  // the scalar's text; dates are formatted as YYYY-MM-DD
	Items  []Value // the list's items
	Fields []Field // the map's fields, in the order written
	Line   int     // 1-based line in the file
	Col    int     // 1-based column in the file
}

// Field is one key of a front-matter mapping.
type Field struct {
	Key   string
	Line  int // position of the key in the file
	Col   int
	Value Value
	// Inferred marks a field a reader read from the body's prose (a
	// `Date:` line, a `## Status` section), not from front matter.
	Inferred bool
}

// Strings returns the value as a list of strings: a scalar becomes a list of one,
// a list keeps its scalar items. ok is false when an item is not a scalar.
func (v Value) Strings() (items []Value, ok bool) {
	switch v.Kind {
	case Null:
		return nil, true
	case Scalar:
		return []Value{v}, true
	case List:
		for _, it := range v.Items {
			if it.Kind != Scalar {
				return nil, false
			}
		}
		return v.Items, true
	}
	return nil, false
}
