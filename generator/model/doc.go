// Package model turns loaded documents into records and validates their
// front matter against their kind's declaration (Spec): field types,
// enumerations, scales, dates, durations and references. It defines the
// declaration types and the Registry that indexes them; the kinds
// themselves are declared in package kinds, so model knows no kind by name.
//
// Every problem is reported with the file position of the offending key or
// value, and decoding goes on after a problem so that all of them are found
// in one run. Unknown fields are kept, in the order written, for display; a
// field one typo away from a known one draws a warning with the suggestion.
package model
