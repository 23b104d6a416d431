// Package link resolves the references between records: front-matter
// reference fields, relative markdown links to other files, and [[wiki links]].
// It checks that ids are unique, that every reference lands on a record of
// the kind its field declares, and that fields declared acyclic (a
// decision's supersedes) form no cycle. What it finds it returns as a Graph:
// where each reference lands, links and backlinks, the derived inverse
// fields such as superseded_by, and the URL of every body link. Records are
// only read, so later stages depend on the graph they are handed, visibly.
package link
