package watch

import "sort"

// maxPaths is the largest batch trusted for an incremental rebuild; beyond it
// Batch.Overflow asks for a full one, which is then cheaper anyway.
const maxPaths = 1000

// Batch is a set of changes delivered together.
type Batch struct {
	// Paths lists the changed files as slash paths relative to the root,
	// sorted and without duplicates. Removed files are included: callers stat
	// each path to learn whether it still exists. A folder that was removed or
	// moved away appears under its own path, because the files it held raise
	// no events of their own.
	Paths []string
	// Overflow reports that events were lost or that the batch is too large
	// to trust: rebuild everything.
	Overflow bool
}

// changes collects the paths of one batch while it is gathered.
type changes struct {
	paths    map[string]struct{}
	overflow bool
}

func newChanges() *changes {
	return &changes{paths: map[string]struct{}{}}
}

// add records the slash paths rel.
func (c *changes) add(rel ...string) {
	for _, p := range rel {
		c.paths[p] = struct{}{}
	}
}

// empty reports whether nothing has been recorded.
func (c *changes) empty() bool {
	return len(c.paths) == 0 && !c.overflow
}

// merge adds everything recorded in o.
func (c *changes) merge(o *changes) {
	for p := range o.paths {
		c.paths[p] = struct{}{}
	}
	c.overflow = c.overflow || o.overflow
}

// batch returns the recorded changes as a Batch.
func (c *changes) batch() Batch {
	b := Batch{Paths: make([]string, 0, len(c.paths))}
	for p := range c.paths {
		b.Paths = append(b.Paths, p)
	}
	sort.Strings(b.Paths)
	b.Overflow = c.overflow || len(b.Paths) > maxPaths
	return b
}
