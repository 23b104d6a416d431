// Package link resolves the references between records: front-matter
// reference fields, relative markdown links to other files, and [[wiki links]].
// It checks that ids are unique, that every reference lands on a record of the
// right kind, and that decisions do not supersede each other in a cycle; then
// it records links, backlinks and derived relations such as superseded_by on
// the records, and points every body link at its target's URL.
package link
