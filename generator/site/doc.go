// Package site runs the whole pipeline for one site root: it loads and decodes
// the content files in parallel, links the records, renders every page in
// parallel and writes the result to the destination folder atomically.
//
// Trust model: a build never writes outside its destination. Output paths are
// made from slugs that cannot hold separators or dots, and every write goes
// through an os.Root opened on a fresh temporary folder beside the
// destination. The destination is only replaced when the whole build has
// succeeded, and only when it is empty or was written by secdoc before.
package site
