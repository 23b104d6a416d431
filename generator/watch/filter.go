package watch

import (
	"path"
	"strings"
)

// skip reports whether the slash path rel (relative to the root) is never
// reported nor watched: it lies in an ignored or hidden folder, or it names a
// hidden file or an editor's temporary or backup file.
func skip(rel string, ignore []string) bool {
	if rel == "." {
		return false
	}
	for _, prefix := range ignore {
		if rel == prefix || strings.HasPrefix(rel, prefix+"/") {
			return true
		}
	}
	for _, part := range strings.Split(rel, "/") {
		if strings.HasPrefix(part, ".") || part == "node_modules" {
			return true
		}
	}
	return editorTemp(path.Base(rel))
}

// editorTemp reports whether name is one editors write while saving: vim's
// swap, backup and write-test ("4913") files, Emacs lock and auto-save files,
// GNOME's atomic-save streams and JetBrains' safe-write copies. Hidden names
// (".x.swp", ".#x", ".goutputstream-*") are caught earlier but listed here too,
// so the function stands on its own.
func editorTemp(name string) bool {
	for _, suffix := range []string{"~", ".swp", ".swx", ".swo"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	for _, mark := range []string{"jb_tmp___", "jb_old___", "jb_bak___"} {
		if strings.Contains(name, mark) {
			return true
		}
	}
	return name == "4913" ||
		strings.HasPrefix(name, ".#") ||
		strings.HasPrefix(name, ".goutputstream-") ||
		len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")
}

// cleanIgnore turns the configured ignore list into clean slash paths without
// leading "./" or trailing slashes, dropping entries that name the root.
func cleanIgnore(list []string) []string {
	var out []string
	for _, p := range list {
		p = strings.TrimPrefix(path.Clean(p), "/")
		if p != "." && p != "" {
			out = append(out, p)
		}
	}
	return out
}
