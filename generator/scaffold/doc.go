// Package scaffold writes new content: one record from a skeleton with the
// next free id for its kind (`secdoc new`), and the starting tree of a new
// documentation repository (`secdoc init`).
//
// Record skeletons are text/template files embedded in the binary under
// skeletons/, one per kind (asset.md, threat.md, decision.md, sop.md,
// exercise.md, threat-model.md, page.md). A site overrides one by placing a
// file of the same name in <site>/templates/new/; the theme never reads that
// folder, so it is free for this use. A rendered skeleton must hold valid
// front matter, or nothing is written.
//
// Trust model: the site's files are read and written through an os.Root on
// the site root, so no id, title or template can place a file outside it.
// Files are created with O_EXCL and are never overwritten. The only edit made
// to an existing file is the `status:` line of a decision another one
// supersedes; every other byte of that file is kept.
package scaffold
