package model

import (
	"path"
	"regexp"
	"strings"
)

// resourceName is a file name a resource keeps in the output: letters,
// digits, '-', '_' and dots, with an extension, never starting with a dot.
// The extension keeps it apart from the folders pages are written to,
// whose names hold no dot.
var resourceName = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9._-]*\.[A-Za-z0-9]+$`)

// ResourcePath returns the output path of the page resource at src (such
// as "content/sops/etcd/diagram.png" → "sops/etcd/diagram.png"): its
// folder as the pages of that folder have it, and its own name. ok is false
// for a name that is unsafe in a URL or a path, or that is a page's own
// file (index.html, 404.html), which the resource would overwrite.
func ResourcePath(src string) (out string, ok bool) {
	dir, name := path.Split(src)
	if !resourceName.MatchString(name) || strings.Contains(name, "..") {
		return "", false
	}
	if lower := strings.ToLower(name); lower == "index.html" || lower == "404.html" {
		return "", false
	}
	_, folder, _ := location(dir + "_index.md")
	return folder + name, true
}
