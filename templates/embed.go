// Package templates holds the default theme's page templates, embedded in the binary.
package templates

import "embed"

// FS holds the default templates. A site's own templates/ folder overrides them file by file.
//
//go:embed *.html partials
var FS embed.FS
