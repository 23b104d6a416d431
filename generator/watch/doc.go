// Package watch reports changes under a site's root folder in debounced
// batches, so that "secdoc serve" rebuilds once per save rather than once per
// file-system event.
//
// It watches folders, not files (inotify is not recursive on Linux), adds
// folders as they appear and walks them, because files created inside a new
// folder before its watch is in place raise no events. Editors save through
// temporary names, renames and deletes; the batch names only the real files,
// and callers learn whether each still exists by looking at it.
//
// Trust model: the watched tree is the author's own site, but file names are
// taken as they come. Paths are reported relative to the root, with forward
// slashes, and only for things under the root; symbolic links are reported as
// files and never followed, so a link cannot pull a folder outside the root
// into the watch. The package reads no file contents. Hidden folders, ".git",
// "node_modules" and the folders in Options.Ignore (the output folder above
// all, or every build would trigger the next) are never watched.
package watch
