// Package static holds the default theme's stylesheets, scripts and vendored
// client libraries, embedded in the binary and copied into every built site.
package static

import "embed"

// FS holds the default static files. A site's own static/ folder overrides them file by file.
//
//go:embed css js katex vendor
var FS embed.FS
