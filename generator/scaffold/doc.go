// Package scaffold writes new content: one record from a skeleton with the
// next free id for its kind (`secdoc new`), and the starting tree of a new
// documentation repository (`secdoc init`).
//
// Record skeletons are text/template files embedded in the binary under
// skeletons/, one per kind (asset.md, threat.md, decision.md, sop.md,
// exercise.md, threat-model.md, page.md), and one per ADR tool's format for
// decisions (decision-adr-tools.md, decision-madr.md, ...): a decision is
// written in the format of the collection, the folder, it goes in. A site
// overrides one by placing a file of the same name in <site>/templates/new/;
// the theme never reads that folder, so it is free for this use. A rendered
// skeleton must read back as a valid record with the build's readers, or
// nothing is written.
//
// Trust model: the site's files are read and written through an os.Root on
// the site root, so no id, title or template can place a file outside it.
// Files are created with O_EXCL and are never overwritten. The only edit made
// to an existing file is the status of a decision another one supersedes, as
// its tool writes it (the `status:` line, the `## Status` paragraph or the
// `Status:` bullet); every other byte of that file is kept.
package scaffold
